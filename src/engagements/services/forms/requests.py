"""What a verified form asks for: the same rules as any other request, then the record.

An IEM form becomes a submitted ``IemRequest`` through ``iem.request_iem``; a session form
becomes a pending ``SessionRequest`` (sessions have no "requested" state of their own).
Rule results that do not block (late, allowance forecast, quota used up) travel with the
request as warnings; entitlement does block.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

from sqlalchemy.orm import Session

from engagements.domain import findings
from engagements.domain import sessions as session_rules
from engagements.domain.allowance import DateSpan, require_room_for
from engagements.domain.errors import RuleRefusal
from engagements.domain.findings import Finding
from engagements.errors import InvalidInput
from engagements.forms.values import FieldProblem, IemAsk, ReturnedForm, problem_of, value_problem
from engagements.services import audit, iem
from engagements.services.allowance import (
    partner_iem_days,
    sessions_used,
    subscription_year,
)
from engagements.services.database import Database
from engagements.services.forms.joined import JoinedTransaction
from engagements.services.forms.session_requests import SESSION_REQUEST_PENDING, stored_warnings
from engagements.services.forms.verifying import FormRejected
from engagements.services.partners import (
    current_subscription,
    find_or_add_sub_client,
    load_partner,
)
from engagements.store.models import Partner, SessionRequest, Subscription

Created = tuple[tuple[int, ...], list[FieldProblem]]  # new row ids, warnings


class FormRequests:
    """The rules for what a verified form asks for, and recording it as a pending request."""

    def __init__(self, db: Database, session: Session, returned: ReturnedForm, today: date) -> None:
        assert returned.identity is not None
        self.db, self.session, self.returned, self.today = db, session, returned, today
        self.partner_id = returned.identity.partner_id

    def partner_name(self) -> str | None:
        partner = self.session.get(Partner, self.partner_id)
        return partner.name if partner else None

    def _subscription(self, on: date) -> Subscription:
        return current_subscription(load_partner(self.session, self.partner_id), on)

    def check_only(self) -> tuple[list[FieldProblem], FieldProblem | None]:
        """Warnings, or the rule refusal an import would meet (as a problem)."""
        try:
            if self.returned.iem is not None:
                ask = self.returned.iem
                iem.require_entitled(self.db, self._subscription(ask.start), (ask.start, ask.end))
                return self.iem_warnings(), None
            return self.session_warnings(), None
        except RuleRefusal as refusal:
            return [], problem_of("request_type", refusal)

    def iem_warnings(self) -> list[FieldProblem]:
        """Lead time and the allowance forecast (committed plus pending plus this event)."""
        ask = self.returned.iem
        assert ask is not None
        subscription = self._subscription(ask.start)
        found = [
            self._lead_time_warning(subscription, ask),
            self._forecast_warning(subscription, (ask.start, ask.end)),
        ]
        return [warning for warning in found if warning is not None]

    def _lead_time_warning(self, subscription: Subscription, ask: IemAsk) -> FieldProblem | None:
        lead = iem.assess(self.session, self.db, subscription, self.today, ask.start)
        # The form's own sentences, with their findings (``case`` "form") for the window.
        if lead.undetermined:
            message = f"lead time undetermined: {lead.missing_data}"
            return FieldProblem(
                "event_start",
                message,
                "lead_time_undetermined",
                Finding(
                    findings.LEAD_TIME_UNDETERMINED,
                    message,
                    {"case": "form", "calendar": lead.calendar, "missing_year": lead.missing_year},
                ),
            )
        if lead.meets_lead_time:
            return None
        if lead.submitted_after_start:
            message = "late: the event starts before the form was received"
            return FieldProblem(
                "event_start",
                message,
                "late_request",
                Finding(findings.LATE, message, {"case": "form", "submitted_after_start": True}),
            )
        message = (
            f"late: {lead.notice_business_days} business days' notice, "
            f"{lead.required_business_days} needed; the earliest start meeting the "
            f"lead time is {lead.earliest_start or 'undetermined'}"
        )
        return FieldProblem(
            "event_start",
            message,
            "late_request",
            Finding(
                findings.LATE,
                message,
                {
                    "case": "form",
                    "submitted_after_start": False,
                    "notice_business_days": lead.notice_business_days,
                    "required_business_days": lead.required_business_days,
                    "earliest_start": lead.earliest_start,
                },
            ),
        )

    def _forecast_warning(self, subscription: Subscription, span: DateSpan) -> FieldProblem | None:
        days = partner_iem_days(self.session, self.db, subscription, span)
        try:
            require_room_for(
                days.years, days.included, days.purchases, days.committed + days.pending, span
            )
        except RuleRefusal as refusal:
            message = f"allowance forecast with the pending requests: {refusal.reason}"
            whole = "; ".join(f.message for f in refusal.findings) == refusal.reason
            return FieldProblem(
                "event_end",
                message,
                "allowance_forecast",
                Finding(
                    findings.OVER_ALLOWANCE,
                    message,
                    {"case": "forecast", "findings": refusal.findings},
                )
                if whole
                else None,
            )
        return None

    def session_warnings(self) -> list[FieldProblem]:
        """Entitlement (refused), the contract quota and the sessions left (warnings)."""
        ask = self.returned.session
        assert ask is not None
        day = ask.starts_at.date()
        subscription = self._subscription(day)
        try:
            quota = session_rules.session_quota(
                self.db.catalog.edition(subscription.edition), subscription.session_quota
            )
        except RuleRefusal as refusal:
            if refusal.error != "contract_quota_unset":
                raise
            return [problem_of("session_topic", refusal)]
        warnings = []
        used = sessions_used(
            self.session, self.partner_id, subscription_year(self.db, subscription, day)
        )
        try:
            session_rules.require_quota_left(quota, used)
        except RuleRefusal as refusal:
            warnings.append(problem_of("session_start", refusal))
        if ask.starts_at < datetime.combine(self.today, time.min, ask.starts_at.tzinfo):
            warnings.append(
                value_problem(
                    "session_start", "the preferred start has passed", "past_start", "past_start"
                )
            )
        return warnings

    def record(self) -> Created:
        """Record the request (IEM: a submitted request; session: a pending request)."""
        if self.returned.iem is not None:
            return self._record_iem()
        return self._record_session()

    def _record_iem(self) -> Created:
        ask, returned = self.returned.iem, self.returned
        assert ask is not None and returned.identity is not None
        request = iem.IemRequestInput(
            partner_id=self.partner_id,
            start=ask.start,
            end=ask.end,
            submitted=self.today,
            event_name=ask.event_name,
            event_type=ask.event_type,
            description=returned.description,
            sub_client=returned.sub_client,
            contact_name=returned.contact[0],
            contact_email=returned.contact[1],
            contact_phone=returned.contact[2],
            form_id=returned.identity.form_id,
        )
        try:
            iem.validate_request(request)
        except InvalidInput as invalid:
            raise FormRejected(
                [problem_of(invalid.field or "file", invalid, "invalid_value")]
            ) from None
        warnings = self.iem_warnings()
        outcome = iem.request_iem(
            JoinedTransaction(self.db, self.session),
            replace(request, warnings=tuple(w.message for w in warnings)),
            self.today,
        )
        return (outcome.id,), warnings

    def _record_session(self) -> Created:
        ask, returned = self.returned.session, self.returned
        assert ask is not None and returned.identity is not None
        warnings = self.session_warnings()
        sub_client_id = (
            find_or_add_sub_client(
                self.session, self.db.actor, self.partner_id, *returned.sub_client
            )
            if returned.sub_client
            else None
        )
        row = SessionRequest(
            partner_id=self.partner_id,
            subscription_id=self._subscription(ask.starts_at.date()).id,
            sub_client_id=sub_client_id,
            form_id=returned.identity.form_id,
            topic=ask.topic,
            preferred_start=ask.starts_at,
            timezone=ask.timezone,
            description=returned.description,
            contact_name=returned.contact[0],
            contact_email=returned.contact[1],
            contact_phone=returned.contact[2],
            warnings=stored_warnings(warnings),
            status=SESSION_REQUEST_PENDING,
        )
        self.session.add(row)
        self.session.flush()
        audit.record(
            self.session,
            self.db.actor,
            "session_request.create",
            ("session_request", row.id),
            None,
            audit.snapshot(row),
        )
        return (row.id,), warnings
