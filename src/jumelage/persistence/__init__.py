"""SQLite through SQLAlchemy 2: the models, the safe way to open a database file (probe,
backup, migrate, lock), and the backups. Nothing here imports Qt."""
