"""iCalendar: export engagements, import official holiday schedules."""
