"""audit: the audit trail, newest first."""

from __future__ import annotations

import argparse
from typing import Any

from engagements.cli.common import emit, open_database, positive_int
from engagements.errors import InvalidInput
from engagements.services.audit import audit_trail

# Short names people type for the audit trail's entity kinds.
ENTITY_ALIASES = {
    "iem": "iem_request",
    "request": "iem_request",
    "purchase": "iem_purchase",
    "form": "issued_form",
    "expert-service": "expert_service_use",
}


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    audit = subparsers.add_parser("audit", parents=[common], help="show the audit trail")
    audit.add_argument(
        "--entity",
        metavar="KIND:ID",
        help="only one thing, e.g. iem:12 (or iem_request:12), session:3, partner:P001",
    )
    audit.add_argument("--limit", type=positive_int, default=100)
    audit.set_defaults(handler=_audit)


def _audit(args: argparse.Namespace) -> int:
    entity = None
    if args.entity:
        kind, _, identifier = args.entity.partition(":")
        if not kind or not identifier:
            raise InvalidInput("--entity must look like KIND:ID, e.g. iem_request:12", "entity")
        entity = (ENTITY_ALIASES.get(kind, kind), identifier)
    events = audit_trail(open_database(args), entity, args.limit)
    rows = [
        {
            "at": e.at,
            "actor": e.actor,
            "action": e.action,
            "entity": e.entity,
            "before": e.before,
            "after": e.after,
            "reason": e.reason,
        }
        for e in events
    ]
    human = "\n".join(
        f"{e.at:%Y-%m-%d %H:%M:%S} {e.actor:<12} {e.action:<28} {e.entity}" for e in events
    )
    return emit(args, {"events": rows}, human or "no audit records")
