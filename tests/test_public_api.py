"""Each public namespace's ``__all__``, pinned against a written-out list, and the package roots holding nothing else.

A name that joins or leaves a public API is a decision: changing it here is the review of that decision.
The lists are written out by hand, never computed from the modules they check.
"""

from __future__ import annotations

import importlib
import types

import pytest

# The errors both client packages share, at their root and in their ``errors`` module.
SHARED_ERRORS = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "ArgumentError",
    "AuthenticationError",
    "BadRequestError",
    "BulkCallInterruptedError",
    "ClientClosedError",
    "ConflictError",
    "DailyLimitError",
    "DecodeError",
    "InternalServerError",
    "InvalidGrantError",
    "LocationUninstalledError",
    "MissingCredentialsError",
    "NoNextPageError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "SucceededUnreadableError",
    "TokenStoreError",
    "UnprocessableEntityError",
]
CLIENT_ROOT = [
    "UNSET",
    "AsyncPage",
    "AsyncPaginator",
    "BulkProgress",
    "BulkResult",
    "PageInfo",
    "RawResponse",
    "SyncPage",
    "Unset",
    "errors",
    "models",
]
ERRORS_MODULE_EXTRAS = ["MALFORMED", "MISSING", "NOT_JSON", "status_error_class"]

PUBLIC_API: dict[str, list[str]] = {
    "sakari_client": [*SHARED_ERRORS, *CLIENT_ROOT, "AsyncSakari", "Sakari", "WebhookPayloadError"],
    "highlevel_client": [*SHARED_ERRORS, *CLIENT_ROOT, "AsyncHighLevel", "HighLevel", "WebhookVerificationError"],
    "sakari_client.errors": [*SHARED_ERRORS, *ERRORS_MODULE_EXTRAS, "WebhookPayloadError"],
    "highlevel_client.errors": [*SHARED_ERRORS, *ERRORS_MODULE_EXTRAS, "WebhookVerificationError"],
    "highlevel_v3_client": [
        *SHARED_ERRORS,
        *CLIENT_ROOT,
        "AsyncHighLevelV3",
        "HighLevelV3",
        "WebhookVerificationError",
    ],
    "highlevel_v3_client.errors": [*SHARED_ERRORS, *ERRORS_MODULE_EXTRAS, "WebhookVerificationError"],
    "sakari_client.params": [
        "ActorParam",
        "AttributeConditionParam",
        "CampaignFiltersParam",
        "CampaignReportingParam",
        "CampaignRequestParam",
        "CampaignTriggerParam",
        "ChangeStampParam",
        "ContactErrorParam",
        "ContactListParam",
        "ContactParam",
        "ContactRequestParam",
        "DoubleOptInParam",
        "IntegrationLinkParam",
        "ListFilterParam",
        "ListSourceParam",
        "MediaLinkParam",
        "MessageFiltersParam",
        "MobileParam",
        "SendMessagesRequestParam",
        "TagParam",
        "TemplateRequestParam",
        "TokenRequestParam",
        "WebhookRequestParam",
    ],
    "highlevel_client.params": [
        "BulkTagsRequestParam",
        "BusinessAssignmentRequestParam",
        "CreateContactRequestParam",
        "CreateCustomFieldRequestParam",
        "CreateNoteRequestParam",
        "CreateTaskRequestParam",
        "CustomFieldInputParam",
        "CustomValueRequestParam",
        "DndSettingParam",
        "DndSettingsParam",
        "FollowersRequestParam",
        "InboundDndSettingParam",
        "InboundDndSettingsParam",
        "LocationTagRequestParam",
        "SearchContactsRequestParam",
        "SearchFilterParam",
        "SearchSortParam",
        "TagsRequestParam",
        "TaskCompletionRequestParam",
        "TextBoxListOptionParam",
        "UpdateContactRequestParam",
        "UpdateCustomFieldRequestParam",
        "UpdateNoteRequestParam",
        "UpdateTaskRequestParam",
        "UpsertContactRequestParam",
        "WorkflowEnrollmentRequestParam",
    ],
    "highlevel_client.oauth": [
        "SPEC",
        "AccessToken",
        "AuthorizationURL",
        "OAuthStateError",
        "check_state",
        "OAuthTokens",
        "TokenPair",
        "TokenStoreError",
        "aexchange_code",
        "alocation_token",
        "arefresh",
        "authorization_url",
        "exchange_code",
        "location_token",
        "refresh",
    ],
    "sakari_client.webhooks": ["EVENTS", "Event", "UnknownEvent", "WebhookPayloadError", "parse"],
    "highlevel_client.webhooks": [
        "EVENTS",
        "Event",
        "InMemorySeenStore",
        "SeenStore",
        "UnknownEvent",
        "WebhookVerificationError",
        "verify",
    ],
    "contacts_runtime": [
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
    ],
    "contacts_runtime.errors": [*SHARED_ERRORS, "WebhookPayloadError", "WebhookVerificationError"],
    "contacts_runtime.webhooks.sakari": [
        "SUBSCRIPTION_TO_DELIVERY_NAMES",
        "UnknownEvent",
        "WebhookPayloadError",
        "parse",
    ],
    "contacts_runtime.webhooks.highlevel": [
        "DEFAULT_TOLERANCE",
        "ED25519_SIGNATURE_HEADER",
        "HIGHLEVEL_PUBLIC_KEY",
        "RSA_SIGNATURE_HEADER",
        "InMemorySeenStore",
        "SeenStore",
        "UnknownEvent",
        "WebhookVerificationError",
        "verify",
    ],
    "contacts_sandbox": [
        "HIGHLEVEL_TOKEN",
        "SAKARI_CLIENT_ID",
        "SAKARI_CLIENT_SECRET",
        "RateLimit",
        "Sandbox",
        "SandboxServer",
        "SandboxSettings",
        "main",
    ],
    "contacts_cli": ["main"],
}

# Roots whose namespace holds their ``__all__``, their own submodules and dunders, and nothing else.
CLEAN_ROOTS = ["sakari_client", "highlevel_client", "contacts_runtime"]


@pytest.mark.parametrize("name", sorted(PUBLIC_API))
def test_all_is_the_pinned_list(name: str) -> None:
    exported = importlib.import_module(name).__all__
    assert len(set(exported)) == len(exported), f"{name}.__all__ names something twice"
    assert sorted(exported) == sorted(PUBLIC_API[name])


@pytest.mark.parametrize("name", sorted(PUBLIC_API))
def test_every_exported_name_exists(name: str) -> None:
    module = importlib.import_module(name)
    missing = [exported for exported in module.__all__ if not hasattr(module, exported)]
    assert missing == []


@pytest.mark.parametrize("name", CLEAN_ROOTS)
def test_a_package_root_holds_only_its_public_api_and_its_submodules(name: str) -> None:
    package = importlib.import_module(name)
    leaked = [
        attribute
        for attribute, value in vars(package).items()
        if not attribute.startswith("_")
        and attribute not in package.__all__
        and not (isinstance(value, types.ModuleType) and value.__name__ == f"{name}.{attribute}")
    ]
    assert leaked == []


@pytest.mark.parametrize("name", ["sakari_client", "highlevel_client"])
def test_the_version_helpers_do_not_leak_but_the_version_is_there(name: str) -> None:
    package = importlib.import_module(name)
    assert not hasattr(package, "version") and not hasattr(package, "PackageNotFoundError")
    assert isinstance(package.__version__, str) and package.__version__
