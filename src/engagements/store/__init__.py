"""Storage: SQLAlchemy models, the engine factory and the migrations (no business decisions)."""
