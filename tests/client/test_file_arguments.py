"""``files.share(path)`` and the other document arguments read regular files only, up to a documented cap
(issue #24): no device, FIFO, directory or ``/proc`` entry, and nothing is sent when refused."""

from __future__ import annotations

import os
from pathlib import Path

import httpx
import pytest
from contacts_runtime import ArgumentError
from contacts_runtime._arguments import MAX_FILE_BYTES, read_file
from sakari_client import AsyncSakari, Sakari
from sakari_client.resources.files import FilesResource

from .conftest import Service


def _fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe"
    os.mkfifo(path)
    return path


@pytest.mark.parametrize("make", [_fifo, lambda tmp_path: tmp_path, lambda tmp_path: Path("/dev/zero")])
def test_a_path_that_is_not_a_regular_file_is_refused_before_sending(
    make: object, tmp_path: Path, sakari: Sakari, service: Service
) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    with pytest.raises(ArgumentError, match="not a regular file"):
        sakari.files.share(path)
    assert service.requests == []


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="no /proc here")
async def test_a_proc_entry_is_refused(async_sakari: AsyncSakari, service: Service) -> None:
    with pytest.raises(ArgumentError, match="regular file"):
        await async_sakari.files.share("/proc/self/status")
    assert service.requests == []


def test_a_document_over_the_cap_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.bin"
    with big.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: no disk used
    with pytest.raises(ArgumentError, match=str(MAX_FILE_BYTES)):
        read_file(big)
    with pytest.raises(ArgumentError, match=str(MAX_FILE_BYTES)), big.open("rb") as handle:
        read_file(handle)


def test_a_regular_file_is_sent(tmp_path: Path, sakari: Sakari, service: Service) -> None:
    path = tmp_path / "doc.pdf"
    path.write_bytes(b"%PDF-1.4")
    service.default = lambda request: httpx.Response(200, json={"success": True})
    sakari.files.share(path)
    assert service.api_requests()[0].content == b"%PDF-1.4"


def test_the_docstring_says_so() -> None:
    assert "regular file" in (FilesResource.share.__doc__ or "") and "100 MiB" in (FilesResource.share.__doc__ or "")
