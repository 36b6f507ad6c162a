"""The Qt desktop application (asks services, displays answers; no SQL, no rules)."""
