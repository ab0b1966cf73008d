"""The Qt user interface. It talks to the services only, receives plain rows, and never
imports SQLAlchemy or the persistence layer (import-linter checks this)."""
