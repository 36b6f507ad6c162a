"""The dates anything can be planned for.

Outside them no working calendar can count business days (workalendar's rule-based
holidays are trusted from 1990 to 2099), so a date there is a typing mistake, not a plan:
year 1900, year 9999. Kept apart from the calendars so that checking a typed date does not
load workalendar.
"""

from __future__ import annotations

from datetime import date

PLANNABLE_DATES = (date(1990, 1, 1), date(2099, 12, 31))
"""The first and last date a subscription, request, session or use may be dated."""
