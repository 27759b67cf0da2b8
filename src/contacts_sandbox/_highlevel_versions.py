"""HighLevel's API v3 as the sandbox answers it: the same records and handlers as 2021-07-28, with what v3
spells differently translated on the way in and out, read from the v3 description where it can be.

Records are kept in 2021-07-28's form (do-not-disturb channels `SMS`, `Email`, ...). A v3 request's
channels (`sms`, `email`, ...) are renamed before its handler runs, and a v3 answer's after: channels lower
case, and an acknowledgement's `succeded` answered as the fields the v3 description lists for it
(`succeeded`, and the deprecated `succeded` where it still does).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ._service import Answer, Call
from ._spec import Spec

V3 = "v3"
_CHANNELS_V3 = {"Call": "call", "Email": "email", "SMS": "sms", "WhatsApp": "whatsApp", "GMB": "gmb", "FB": "fb"}
_CHANNELS_V2 = {v3: v2 for v2, v3 in _CHANNELS_V3.items()}
_OLD_SPELLING, _NEW_SPELLING = "succeded", "succeeded"


def _channels(value: Any, names: dict[str, str]) -> Any:
    """A copy of ``value`` with every ``dndSettings`` object's channels renamed (records are never changed)."""
    if isinstance(value, list):
        return [_channels(item, names) for item in value]
    if not isinstance(value, dict):
        return value
    copied = {key: _channels(item, names) for key, item in value.items()}
    settings = copied.get("dndSettings")
    if isinstance(settings, dict):
        copied["dndSettings"] = {names.get(channel, channel): setting for channel, setting in settings.items()}
    return copied


def request_from_v3(call: Call) -> Call:
    """The call as the 2021-07-28 handlers read it."""
    if not isinstance(call.body, dict) or "dndSettings" not in call.body:
        return call
    return replace(call, body=_channels(call.body, _CHANNELS_V2))


def answer_to_v3(spec: Spec, call: Call, answer: Answer) -> Answer:
    """A 2021-07-28 answer as v3 gives it (``spec`` is the v3 description)."""
    if not 200 <= answer.status < 300 or not isinstance(answer.body, dict):
        return answer
    body = _channels(answer.body, _CHANNELS_V3)
    if _OLD_SPELLING in body:
        schema = spec.response_schema(call.operation, answer.status)
        listed = spec.object_properties(schema)[0] if schema is not None else {}
        flag = body.pop(_OLD_SPELLING)
        body = {**{name: flag for name in (_NEW_SPELLING, _OLD_SPELLING) if name in listed}, **body}
    return Answer(answer.status, body, answer.headers)
