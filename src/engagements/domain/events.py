"""The vocabulary of IEM events: the kinds of event a partner asks an expert to attend.

Here in the domain, with no dependencies, so the request form (``engagements.forms``),
the command line and the services share one list without the form code loading the
database layer.
"""

from __future__ import annotations

EVENT_TYPES = ("launch", "promotion", "version-update", "migration", "other")
