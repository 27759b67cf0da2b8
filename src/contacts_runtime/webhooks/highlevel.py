"""HighLevel webhook deliveries: signature, freshness and replay checks, then a typed event.

HighLevel signs each delivery's body in one of two ways (``WebhookAuthentication.md`` and its Node SDK):

- ``x-ghl-signature``: Ed25519 over the body, base64. The newer scheme; when the header is there and an
  Ed25519 key is given, it alone decides (no fallback to the other header), as the Node SDK does.
- ``x-wh-signature``: RSA (PKCS #1 v1.5) with SHA-256 over the body, base64, checked against the key
  HighLevel publishes (``HIGHLEVEL_PUBLIC_KEY``) unless another is given for a key rotation.

The signature covers the bytes as delivered, so ``verify`` takes the raw body, never a re-encoded
JSON. A verified body must carry a ``timestamp`` within ``tolerance`` seconds of now and a
``webhookId`` not seen before (the documented replay protections). The event comes from the
``events`` mapping by the payload's ``type``; a type it does not name comes back as ``UnknownEvent``,
so an event HighLevel adds later never breaks a receiver.

Needs the ``cryptography`` package: ``pip install "contacts-sdk[webhooks]"``; without it ``verify``
raises an ``ImportError`` whose message is that command.
"""

from __future__ import annotations

import base64
import binascii
import datetime
import functools
import json
import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from .._extras import requires_extra
from ..errors import ArgumentError, WebhookVerificationError

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey

__all__ = [
    "DEFAULT_TOLERANCE",
    "ED25519_SIGNATURE_HEADER",
    "HIGHLEVEL_PUBLIC_KEY",
    "RSA_SIGNATURE_HEADER",
    "InMemorySeenStore",
    "SeenStore",
    "UnknownEvent",
    "WebhookVerificationError",
    "verify",
]

EventT = TypeVar("EventT")

RSA_SIGNATURE_HEADER = "x-wh-signature"
ED25519_SIGNATURE_HEADER = "x-ghl-signature"
DEFAULT_TOLERANCE = 300.0

HIGHLEVEL_PUBLIC_KEY = """-----BEGIN PUBLIC KEY-----
MIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEAokvo/r9tVgcfZ5DysOSC
Frm602qYV0MaAiNnX9O8KxMbiyRKWeL9JpCpVpt4XHIcBOK4u3cLSqJGOLaPuXw6
dO0t6Q/ZVdAV5Phz+ZtzPL16iCGeK9po6D6JHBpbi989mmzMryUnQJezlYJ3DVfB
csedpinheNnyYeFXolrJvcsjDtfAeRx5ByHQmTnSdFUzuAnC9/GepgLT9SM4nCpv
uxmZMxrJt5Rw+VUaQ9B8JSvbMPpez4peKaJPZHBbU3OdeCVx5klVXXZQGNHOs8gF
3kvoV5rTnXV0IknLBXlcKKAQLZcY/Q9rG6Ifi9c+5vqlvHPCUJFT5XUGG5RKgOKU
J062fRtN+rLYZUV+BjafxQauvC8wSWeYja63VSUruvmNj8xkx2zE/Juc+yjLjTXp
IocmaiFeAO6fUtNjDeFVkhf5LNb59vECyrHD2SQIrhgXpO4Q3dVNA5rw576PwTzN
h/AMfHKIjE4xQA1SZuYJmNnmVZLIZBlQAF9Ntd03rfadZ+yDiOXCCs9FkHibELhC
HULgCsnuDJHcrGNd5/Ddm5hxGQ0ASitgHeMZ0kcIOwKDOzOU53lDza6/Y09T7sYJ
PQe7z0cvj7aE4B+Ax1ZoZGPzpJlZtGXCsu9aTEGEnKzmsFqwcSsnw3JB31IGKAyk
T1hhTiaCeIY/OwwwNUY2yvcCAwEAAQ==
-----END PUBLIC KEY-----
"""
"""The RSA key HighLevel publishes for ``x-wh-signature`` (``WebhookAuthentication.md``)."""


class SeenStore(Protocol):
    """Remembers the ``webhookId`` of accepted deliveries, so that a replay is refused.

    Share one store between every process that receives deliveries (a database table or a cache
    with a unique key), else a replay sent to another process goes through.
    """

    def add(self, webhook_id: str, *, now: float, expires_at: float) -> bool:
        """Record ``webhook_id`` until ``expires_at``; ``False`` when it is already recorded (atomically)."""
        ...


class InMemorySeenStore:
    """A ``SeenStore`` in this process's memory: ids are kept until they expire, at most ``max_entries``.

    When full, the oldest id is forgotten first; a replay of it would then be accepted, so size it above
    the deliveries expected within twice the tolerance.
    """

    def __init__(self, max_entries: int = 100_000) -> None:
        if max_entries < 1:
            raise ArgumentError(f"max_entries must be 1 or more, not {max_entries}")
        self.max_entries = max_entries
        self._expiries: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()

    def add(self, webhook_id: str, *, now: float, expires_at: float) -> bool:
        with self._lock:
            expiry = self._expiries.get(webhook_id)
            if expiry is not None and expiry > now:
                return False
            self._expiries.pop(webhook_id, None)
            self._expiries[webhook_id] = expires_at
            # Entries go in at now + tolerance, so the oldest expire first: stop at the first live one.
            while self._expiries:
                oldest_id, oldest_expiry = next(iter(self._expiries.items()))
                if oldest_expiry > now and len(self._expiries) <= self.max_entries:
                    break
                del self._expiries[oldest_id]
            return True

    def __len__(self) -> int:
        return len(self._expiries)


_DEFAULT_SEEN = InMemorySeenStore()


@dataclass(frozen=True)
class UnknownEvent:
    """A verified delivery whose ``type`` the ``events`` mapping does not know (or that has no ``type``)."""

    type: str | None
    raw: Mapping[str, Any] = field(repr=False)
    """The whole payload, decoded from JSON and otherwise untouched."""

    @property
    def webhook_id(self) -> str | None:
        webhook_id = self.raw.get("webhookId")
        return webhook_id if isinstance(webhook_id, str) else None


def verify(
    body: bytes,
    headers: Mapping[str, str],
    *,
    events: Mapping[str, Callable[[Mapping[str, Any]], EventT]],
    public_key: str | None = None,
    ed25519_public_key: str | None = None,
    tolerance: float = DEFAULT_TOLERANCE,
    seen: SeenStore | None = None,
    now: Callable[[], float] = time.time,
) -> EventT | UnknownEvent:
    """Check one delivery and return its typed event.

    Args:
        body: the request body exactly as received.
        headers: the request headers (any case).
        events: builds the event of each ``type`` from the payload, such as ``{"ContactCreate":
            ContactCreateEvent.from_dict}``.
        public_key: PEM of the RSA key for ``x-wh-signature``; HighLevel's published key when ``None``.
        ed25519_public_key: PEM of the Ed25519 key for ``x-ghl-signature``. HighLevel hands it to apps
            (the references hold no copy), so without it only ``x-wh-signature`` is checked.
        tolerance: seconds the payload's ``timestamp`` may be from ``now()``, either way.
        seen: where accepted ``webhookId`` values are kept; a process-wide in-memory store when ``None``.
        now: the clock, in seconds since the epoch.

    Raises:
        WebhookVerificationError: a missing or wrong signature, a body that is not a JSON object, a
            missing or stale ``timestamp``, a missing or already seen ``webhookId``, or a payload its event
            class refuses.
        ArgumentError: (a ``ValueError``) a key that is not a PEM public key of the right kind, or a tolerance
            that is not positive.
        ImportError: ``cryptography`` is not installed; the message is ``pip install "contacts-sdk[webhooks]"``.
    """
    if not isinstance(body, bytes | bytearray | memoryview):
        raise TypeError(f"verify() takes the delivery's raw body as bytes, not {type(body).__name__}")
    if not (tolerance > 0 and math.isfinite(tolerance)):
        raise ArgumentError(f"tolerance must be a positive number of seconds, not {tolerance!r}")
    body = bytes(body)
    _check_signature(body, headers, public_key, ed25519_public_key)
    payload = _decode(body)
    current = now()
    sent_at = _timestamp(payload)
    if abs(current - sent_at) > tolerance:
        drift = abs(current - sent_at)
        raise WebhookVerificationError(
            f"the delivery's timestamp is {drift:.0f} s from now, past the {tolerance:g} s allowed"
        )
    webhook_id = payload.get("webhookId")
    if not isinstance(webhook_id, str) or not webhook_id:
        raise WebhookVerificationError("the delivery has no webhookId to check against replays")
    event = _event(payload, events)
    store = _DEFAULT_SEEN if seen is None else seen
    if not store.add(webhook_id, now=current, expires_at=max(current, sent_at) + tolerance):
        raise WebhookVerificationError(f"the delivery {webhook_id!r} was already received (a replay)")
    return event


def _header(headers: Mapping[str, str], name: str) -> str | None:
    value = headers.get(name)
    if value is None:
        value = next((item for key, item in headers.items() if key.lower() == name), None)
    return value


def _signature_bytes(value: str, header: str) -> bytes:
    try:
        return base64.b64decode(value.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise WebhookVerificationError(f"the {header} header is not base64") from None


def _check_signature(body: bytes, headers: Mapping[str, str], rsa_pem: str | None, ed25519_pem: str | None) -> None:
    # The first use of cryptography in a verify(): the key helpers below run only once this succeeded.
    with requires_extra("webhooks"):
        from cryptography.exceptions import InvalidSignature
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import padding

    ed25519_signature = _header(headers, ED25519_SIGNATURE_HEADER)
    if ed25519_signature is not None and ed25519_pem is not None:
        try:
            _ed25519_key(ed25519_pem).verify(_signature_bytes(ed25519_signature, ED25519_SIGNATURE_HEADER), body)
        except InvalidSignature:
            raise WebhookVerificationError(
                f"the {ED25519_SIGNATURE_HEADER} signature does not match the body"
            ) from None
        return
    rsa_signature = _header(headers, RSA_SIGNATURE_HEADER)
    if rsa_signature is None:
        if ed25519_signature is not None:
            raise WebhookVerificationError(
                f"the delivery is signed with {ED25519_SIGNATURE_HEADER} only: pass ed25519_public_key to check it"
            )
        raise WebhookVerificationError(
            f"the delivery has no {ED25519_SIGNATURE_HEADER} or {RSA_SIGNATURE_HEADER} signature header"
        )
    key = _rsa_key(HIGHLEVEL_PUBLIC_KEY if rsa_pem is None else rsa_pem)
    try:
        key.verify(_signature_bytes(rsa_signature, RSA_SIGNATURE_HEADER), body, padding.PKCS1v15(), hashes.SHA256())
    except InvalidSignature:
        raise WebhookVerificationError(f"the {RSA_SIGNATURE_HEADER} signature does not match the body") from None


@functools.lru_cache(maxsize=8)
def _rsa_key(pem: str) -> RSAPublicKey:
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey

    key = _load_public_key(pem, "public_key")
    if not isinstance(key, RSAPublicKey):
        raise ArgumentError(f"public_key must be an RSA public key, not {type(key).__name__}")
    return key


@functools.lru_cache(maxsize=8)
def _ed25519_key(pem: str) -> Ed25519PublicKey:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    key = _load_public_key(pem, "ed25519_public_key")
    if not isinstance(key, Ed25519PublicKey):
        raise ArgumentError(f"ed25519_public_key must be an Ed25519 public key, not {type(key).__name__}")
    return key


def _load_public_key(pem: str, name: str) -> object:
    from cryptography.hazmat.primitives.serialization import load_pem_public_key

    try:
        return load_pem_public_key(pem.encode())
    except (ValueError, TypeError):
        raise ArgumentError(f"{name} is not a PEM public key") from None


def _decode(body: bytes) -> dict[str, Any]:
    try:
        decoded = json.loads(body)
    except UnicodeDecodeError:
        raise WebhookVerificationError("the webhook body is not UTF-8 text") from None
    except ValueError as error:
        raise WebhookVerificationError(f"the webhook body is not JSON ({type(error).__name__})") from None
    if not isinstance(decoded, dict):
        raise WebhookVerificationError(f"the webhook body is a JSON {type(decoded).__name__}, not an object")
    return decoded


def _timestamp(payload: Mapping[str, Any]) -> float:
    stamp = payload.get("timestamp")
    if not isinstance(stamp, str):
        raise WebhookVerificationError("the delivery has no timestamp to check its age against")
    try:
        moment = datetime.datetime.fromisoformat(stamp)
    except ValueError:
        raise WebhookVerificationError("the delivery's timestamp is not an ISO 8601 date-time") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    return moment.timestamp()


def _event(
    payload: dict[str, Any], events: Mapping[str, Callable[[Mapping[str, Any]], EventT]]
) -> EventT | UnknownEvent:
    event_type = payload.get("type")
    if not isinstance(event_type, str):
        return UnknownEvent(type=None, raw=payload)
    build = events.get(event_type)
    if build is None:
        return UnknownEvent(type=event_type, raw=payload)
    try:
        return build(payload)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        # The generated models' DecodeError names the JSON path and types only; other errors may quote
        # payload values (personal data), so only their class is named.
        where = getattr(error, "json_path", None)
        detail = f"{where}: {error}" if isinstance(where, str) else type(error).__name__
        raise WebhookVerificationError(f"the {event_type!r} payload does not fit its event class ({detail})") from error
