"""Shared set-up for the iCalendar tests: a CN partner with requests and a session."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from engagements.services import iem, sessions
from engagements.services.partners import NewPartner, add_partner

DATA = Path(__file__).parent / "data"
CN_2027 = DATA / "CN-2027.ics"
SHANGHAI = ZoneInfo("Asia/Shanghai")


def add_enterprise(
    db,
    partner_id="P1",
    name="杭州云帆科技有限公司",
    start=date(2026, 1, 1),
    months=24,
    tam="Liu Yang",
    calendar="CN",
):
    """An Enterprise partner on ``calendar`` with a designated TAM."""
    return add_partner(
        db,
        NewPartner(
            id=partner_id,
            name=name,
            edition="enterprise",
            start=start,
            months=months,
            calendar=calendar,
            designated_tam=tam,
        ),
    )


def request(
    db,
    partner_id,
    start,
    end,
    submitted,
    approve=False,
    name="Double 11 promotion",
    sub_client=("acc-778", "云帆商城"),
    justification=None,
):
    return iem.request_iem(
        db,
        iem.IemRequestInput(
            partner_id=partner_id,
            start=start,
            end=end,
            submitted=submitted,
            event_name=name,
            event_type="promotion",
            sub_client=sub_client,
            approve=approve,
            justification=justification,
        ),
        today=submitted,
    )


def book(db, partner_id, expert_id, start, hours=2, topic="architecture"):
    starts = start.replace(tzinfo=SHANGHAI) if start.tzinfo is None else start
    return sessions.book_session(
        db,
        sessions.SessionBooking(
            partner_id=partner_id,
            expert_id=expert_id,
            starts_at=starts,
            ends_at=starts.replace(hour=starts.hour + hours),
            topic=topic,
            timezone=str(starts.tzinfo),
            attendees="ops team",
        ),
    )


@pytest.fixture
def cn_2027_file() -> Path:
    return CN_2027


@pytest.fixture
def stamp() -> datetime:
    return datetime(2026, 11, 26, 8, 0, tzinfo=ZoneInfo("UTC"))
