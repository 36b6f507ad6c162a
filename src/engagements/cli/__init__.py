"""The ``engagements`` command: argument parsing, JSON output and exit codes (no rules)."""
