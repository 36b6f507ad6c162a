"""Which years each calendar under test has trustworthy data for (shared by the domain tests)."""

from __future__ import annotations

# Years in which workalendar itself computes each calendar (CN: its 2018-2023 tables), so
# our answers can be compared with its own.
WORKALENDAR_YEARS = {
    "CN": (2018, 2023),
    "US": (2000, 2030),
    "GB": (2000, 2030),
    "DE": (2000, 2030),
    "HK": (2000, 2030),
    "SG": (2000, 2030),
    "JP": (2000, 2030),
}
# The official schedules shipped in resources/holidays/CN.toml.
SHIPPED_CN_YEARS = (2024, 2025, 2026)
# Every year our calendars answer for: workalendar's plus the shipped schedules.
CALENDAR_YEARS = {**WORKALENDAR_YEARS, "CN": (WORKALENDAR_YEARS["CN"][0], SHIPPED_CN_YEARS[-1])}
