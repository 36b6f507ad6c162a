"""The plan catalog: editions and their entitlements, as data an administrator can change.

Parsed from TOML text (the caller reads the file) and validated, so a broken catalog is
refused at start with a message naming the key, never discovered half-way through a rule.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

EDITION_NAMES = ("standard", "commercial", "enterprise")
SessionEntitlement = Literal["none", "contract", "yearly"]
YearBasis = Literal["subscription", "calendar"]


class CatalogError(ValueError):
    """The plan catalog is malformed; the message names the offending key."""


@dataclass(frozen=True)
class Edition:
    """What one edition of the plan includes."""

    name: str
    label: str
    rank: int  # higher is richer; a move to a lower rank is a downgrade
    ticket_quota_per_month: int | None  # None: unlimited
    case_handler: str
    designated_tam_asm: bool
    iem_days_per_year: int
    sessions: SessionEntitlement
    sessions_per_year: int  # for "yearly"; "contract" reads the subscription's quota
    service_reports: bool
    expert_service: bool

    @property
    def includes_iem(self) -> bool:
        return self.iem_days_per_year > 0


@dataclass(frozen=True)
class PlanCatalog:
    plan_name: str
    year_basis: YearBasis
    required_business_days: int
    default_calendar: str
    expert_service_minimum_term_months: int
    expert_service_constrains_exit: bool
    response_targets_minutes: Mapping[str, int]
    editions: Mapping[str, Edition]

    def edition(self, name: str) -> Edition:
        try:
            return self.editions[name]
        except KeyError:
            raise CatalogError(f"unknown edition {name!r}") from None


def parse_catalog(text: str) -> PlanCatalog:
    """Parse and validate catalog TOML text."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CatalogError(f"plan catalog is not valid TOML: {exc}") from exc
    editions = _table(data, "editions")
    missing = [name for name in EDITION_NAMES if name not in editions]
    if missing:
        raise CatalogError(f"plan catalog lacks editions: {', '.join(missing)}")
    allowance, lead_time = _table(data, "allowance"), _table(data, "lead_time")
    expert = _table(data, "expert_service")
    year_basis = _get(allowance, "year_basis", str, "allowance")
    if year_basis not in ("subscription", "calendar"):
        raise CatalogError("allowance.year_basis must be 'subscription' or 'calendar'")
    return PlanCatalog(
        plan_name=_get(data, "plan_name", str, ""),
        year_basis=year_basis,
        required_business_days=_positive(lead_time, "required_business_days", "lead_time"),
        default_calendar=_get(lead_time, "default_calendar", str, "lead_time"),
        expert_service_minimum_term_months=_positive(
            expert, "minimum_term_months", "expert_service"
        ),
        expert_service_constrains_exit=_get(expert, "constrains_exit", bool, "expert_service"),
        response_targets_minutes={
            key: _positive(_table(data, "response_targets"), key, "response_targets")
            for key in _table(data, "response_targets")
        },
        editions={
            name: _edition(name, _table(editions, name, "editions")) for name in EDITION_NAMES
        },
    )


def _edition(name: str, raw: Mapping[str, Any]) -> Edition:
    where = f"editions.{name}"
    sessions = _get(raw, "sessions", str, where)
    if sessions not in ("none", "contract", "yearly"):
        raise CatalogError(f"{where}.sessions must be 'none', 'contract' or 'yearly'")
    quota = raw.get("ticket_quota_per_month")
    if quota is not None and (not isinstance(quota, int) or quota < 0):
        raise CatalogError(f"{where}.ticket_quota_per_month must be a whole number")
    return Edition(
        name=name,
        label=_get(raw, "label", str, where),
        rank=_positive(raw, "rank", where),
        ticket_quota_per_month=quota,
        case_handler=_get(raw, "case_handler", str, where),
        designated_tam_asm=_get(raw, "designated_tam_asm", bool, where),
        iem_days_per_year=_non_negative(raw, "iem_days_per_year", where),
        sessions=sessions,
        sessions_per_year=_non_negative(raw, "sessions_per_year", where, default=0),
        service_reports=_get(raw, "service_reports", bool, where),
        expert_service=_get(raw, "expert_service", bool, where),
    )


def _table(data: Mapping[str, Any], key: str, where: str = "") -> Mapping[str, Any]:
    value = data.get(key)
    if not isinstance(value, dict):
        raise CatalogError(f"plan catalog lacks the table [{_dotted(where, key)}]")
    return value


def _get(data: Mapping[str, Any], key: str, kind: type, where: str) -> Any:
    value = data.get(key)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise CatalogError(f"plan catalog: {_dotted(where, key)} must be a {kind.__name__}")
    return value


def _non_negative(data: Mapping[str, Any], key: str, where: str, default: int | None = None) -> int:
    if default is not None and key not in data:
        return default
    value: int = _get(data, key, int, where)
    if value < 0:
        raise CatalogError(f"plan catalog: {_dotted(where, key)} must not be negative")
    return value


def _positive(data: Mapping[str, Any], key: str, where: str) -> int:
    value = _non_negative(data, key, where)
    if value == 0:
        raise CatalogError(f"plan catalog: {_dotted(where, key)} must be above zero")
    return value


def _dotted(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key
