"""The business rules as pure functions and small immutable values (no Qt, SQL, files or clocks)."""
