"""SQLAlchemy models, the engine factory, migrations and the event store. No Qt."""
