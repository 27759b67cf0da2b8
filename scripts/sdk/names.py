"""How the generator reads openapi-python-client's names and types."""

from __future__ import annotations

from typing import Any

from openapi_python_client.strings import PythonIdentifier


def wire(value: Any) -> Any:
    """The spec's own spelling of a name (openapi-python-client wraps untrusted text)."""
    return value.get_untrusted_value() if hasattr(value, "get_untrusted_value") else value


def code(value: Any) -> str:
    """Python code openapi-python-client produced (a type annotation, say), as text."""
    return value.as_unembedded_code() if hasattr(value, "as_unembedded_code") else str(value)


def identifier(name: str) -> str:
    return str(PythonIdentifier(name, prefix="field_"))


def kind(prop: Any) -> str:
    """The class name of an openapi-python-client property (``StringProperty``, ``UnionProperty``, ...)."""
    return type(prop).__name__
