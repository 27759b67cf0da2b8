"""``make docs`` (``scripts/build_docs.py``): pdoc's warnings fail the build; resource classes are rendered."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def build_docs(tmp_path: Path, package: dict[str, str]) -> subprocess.CompletedProcess[str]:
    for name, source in package.items():
        (tmp_path / "shop").mkdir(exist_ok=True)
        (tmp_path / "shop" / name).write_text(textwrap.dedent(source))
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_docs.py"), "--output", str(tmp_path / "out"), "shop"],
        env={**os.environ, "PYTHONPATH": str(tmp_path)},
        capture_output=True,
        text=True,
    )


def test_a_pdoc_warning_fails_the_build(tmp_path: Path) -> None:
    result = build_docs(
        tmp_path,
        {
            "__init__.py": '''
            """A shop."""


            def buy(item: "NoSuchType") -> None:
                """Buy an item."""
            '''
        },
    )
    assert result.returncode == 1
    assert "NoSuchType" in result.stderr
    assert "pdoc raised 1 warning(s)" in result.stderr


def test_the_classes_of_public_attributes_are_rendered_from_private_modules(tmp_path: Path) -> None:
    result = build_docs(
        tmp_path,
        {
            "__init__.py": '''
                """A shop."""

                from ._client import Shop

                __all__ = ["Shop"]
                ''',
            "_client.py": '''
                """The shop's client."""

                __all__ = ["Shop"]


                class OrdersResource:
                    """Orders."""

                    def place(self, item: str) -> None:
                        """Place an order for the item."""


                class Shop:
                    """The client."""

                    orders: OrdersResource

                    def __init__(self) -> None:
                        self.orders = OrdersResource()
                ''',
        },
    )
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "out" / "shop" / "_client.html").read_text()
    assert 'id="OrdersResource.place"' in page
    assert "Place an order for the item." in page
    assert 'href="shop/_client.html#OrdersResource"' in (tmp_path / "out" / "shop.html").read_text()
