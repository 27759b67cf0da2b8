"""The runtime both generated client packages share: transport, retries, auth, paging, bulk, errors.

Generated code (``sakari_client``, ``highlevel_client``) calls it; users import the clients from
those packages, which re-export what they need from here.
"""

import logging as _logging

from . import errors, types
from ._arguments import ArgumentError
from ._auth import BearerToken, ClientCredentials
from ._base_client import DEFAULT_MAX_RETRIES, DEFAULT_MAX_WAIT, DEFAULT_TIMEOUT, AsyncAPIClient, Pacer, SyncAPIClient
from ._bulk import BulkProgress, BulkResult, arun_bulk, run_bulk
from ._config import RateLimitHeaders, ServiceConfig
from ._pagination import (
    AsyncPage,
    AsyncPaginator,
    CursorPaging,
    OffsetPaging,
    PageInfo,
    SearchPaging,
    SyncPage,
)
from ._request import NO_BODY, Request, RequestOptions, path_segment
from ._response import ErrorBodies, RawResponse, async_to_raw_response_wrapper, to_raw_response_wrapper
from .errors import NoNextPageError

# A library's records go where its user's logging configuration sends them, never to stderr uninvited.
_logging.getLogger(__name__).addHandler(_logging.NullHandler())

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_MAX_WAIT",
    "DEFAULT_TIMEOUT",
    "NO_BODY",
    "ArgumentError",
    "AsyncAPIClient",
    "AsyncPage",
    "AsyncPaginator",
    "BearerToken",
    "BulkProgress",
    "BulkResult",
    "ClientCredentials",
    "CursorPaging",
    "ErrorBodies",
    "NoNextPageError",
    "OffsetPaging",
    "Pacer",
    "PageInfo",
    "RateLimitHeaders",
    "RawResponse",
    "Request",
    "RequestOptions",
    "SearchPaging",
    "ServiceConfig",
    "SyncAPIClient",
    "SyncPage",
    "arun_bulk",
    "async_to_raw_response_wrapper",
    "errors",
    "path_segment",
    "run_bulk",
    "to_raw_response_wrapper",
    "types",
]
