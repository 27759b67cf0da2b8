"""Send a templated SMS to every contact with a tag, then wait (bounded) until each is delivered or failed.

    python scripts/with_sandbox.py .venv/bin/python examples/send_to_filter.py --seed-demo-contacts

Against the sandbox, ``--seed-demo-contacts`` first creates a few contacts to send to. Against the real
service, set ``SAKARI_CLIENT_ID``, ``SAKARI_CLIENT_SECRET`` and ``SAKARI_ACCOUNT_ID`` and leave it out:
messages are then really sent and charged, once each (``messages.send`` is never retried once it may
have reached Sakari).
"""

from __future__ import annotations

import argparse
import sys
import time

from sakari_client import Sakari
from sakari_client.models import Message, MessageFilters, Mobile, Tag, TemplateType

FINAL_STATUSES = frozenset({"delivered", "failed", "undelivered", "rejected", "expired"})
DEMO_CONTACTS = [
    ("Chris", "+1 555 010 0001", "vip"),
    ("Ann", "+1 555 010 0002", "vip"),
    ("Bob", "+1 555 010 0003", "newsletter"),
    ("Dee", "12", "vip"),  # a number no carrier accepts: its message fails
]


def template_text(sakari: Sakari, name: str, text: str) -> str:
    """The text of the template called ``name``, stored first if the account has none by that name."""
    for template in sakari.templates.list(name=name):
        if template.name == name and isinstance(template.template, str):
            return template.template
    created = sakari.templates.create(name=name, type_=TemplateType.SMS, template=text)
    stored = created.data[0].template
    return stored if isinstance(stored, str) else text


def wait_for_delivery(sakari: Sakari, messages: list[Message], *, timeout: float, interval: float) -> dict[str, str]:
    """Each message's last status, polling until every one is final or ``timeout`` seconds have passed."""
    statuses = {str(message.id): str(message.status) for message in messages}
    deadline = time.monotonic() + timeout
    while True:
        pending = [message_id for message_id, status in statuses.items() if status not in FINAL_STATUSES]
        if not pending or time.monotonic() >= deadline:
            return statuses
        for message_id in pending:
            fetched = sakari.messages.get(message_id).data
            statuses[message_id] = str(fetched.status) if fetched else "unknown"
        time.sleep(min(interval, max(0.0, deadline - time.monotonic())))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tag", default="vip", help="send to every contact carrying this tag")
    parser.add_argument("--template-name", default="VIP sale")
    parser.add_argument("--text", default="Hi {{ firstName }}, 20% off for our VIPs today only!")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds to wait for delivery, at most")
    parser.add_argument("--interval", type=float, default=0.5, help="seconds between status checks")
    parser.add_argument("--seed-demo-contacts", action="store_true", help="create demo contacts first")
    args = parser.parse_args(argv)

    with Sakari() as sakari:  # SAKARI_CLIENT_ID, SAKARI_CLIENT_SECRET, SAKARI_ACCOUNT_ID, SAKARI_BASE_URL
        if args.seed_demo_contacts:
            for first, number, tag in DEMO_CONTACTS:
                sakari.contacts.create(
                    first_name=first, mobile=Mobile(number=number, country="US"), tags=[Tag(tag=tag)]
                )
        recipients = [contact.first_name for contact in sakari.contacts.list(tags=args.tag)]
        print(f"{len(recipients)} contact(s) tagged {args.tag!r}: {', '.join(map(str, recipients))}")
        if not recipients:
            return 0

        text = template_text(sakari, args.template_name, args.text)
        answer = sakari.messages.send(filters=MessageFilters(tags=[args.tag]), template=text)
        messages = answer.data.messages if answer.data and answer.data.messages else []
        price = answer.data.estimated_price if answer.data else None
        print(f"sent {len(messages)} message(s), estimated price {price}")

        statuses = wait_for_delivery(sakari, messages, timeout=args.timeout, interval=args.interval)
        for message in messages:
            who = message.contact.first_name if message.contact else "?"
            print(f"  {who:<8} {statuses[str(message.id)]:<10} {message.message}")
        pending = sorted(status for status in statuses.values() if status not in FINAL_STATUSES)
        if pending:
            print(f"{len(pending)} message(s) not final after {args.timeout} s: {pending}")
            return 1
        delivered = sum(status == "delivered" for status in statuses.values())
        print(f"{delivered} delivered, {len(statuses) - delivered} not delivered")
    return 0


if __name__ == "__main__":
    sys.exit(main())
