"""Sakari as a dlt source: the account's contacts and messages, each a full scan merged on ``id``.

Sakari documents no filter by time of change for either list, so every run reads them whole and the
merge keeps one row per id (a changed contact replaces its row; nothing is loaded twice).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import dlt
from contacts_runtime.errors import ArgumentError
from dlt.extract.resource import DltResource
from sakari_client import Sakari

__all__ = ["sakari_source"]

MAX_PAGE_LIMIT = 100
"""The most items a page of either list holds (the spec's ``limit`` maximum)."""


@dlt.source(name="sakari")
def sakari_source(client: Sakari, *, messages: bool = True, page_limit: int = MAX_PAGE_LIMIT) -> Iterator[DltResource]:
    """The contacts (and, unless ``messages=False``, the messages) of the client's account."""
    if not isinstance(client, Sakari):
        raise ArgumentError(f"`client`: a Sakari client, got {type(client).__name__}")
    if not isinstance(page_limit, int) or isinstance(page_limit, bool) or not 1 <= page_limit <= MAX_PAGE_LIMIT:
        raise ArgumentError(f"`page_limit`: a whole number from 1 to {MAX_PAGE_LIMIT}, got {page_limit!r}")

    def contacts() -> Iterator[list[dict[str, Any]]]:
        for page in client.contacts.list(limit=page_limit).iter_pages():
            yield page.items_json()

    yield dlt.resource(contacts, name="contacts", primary_key="id", write_disposition="merge", parallelized=True)
    if messages:

        def messages_() -> Iterator[list[dict[str, Any]]]:
            for page in client.messages.list(limit=page_limit).iter_pages():
                yield page.items_json()

        yield dlt.resource(messages_, name="messages", primary_key="id", write_disposition="merge", parallelized=True)
