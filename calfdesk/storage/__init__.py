"""SQLite storage: tables, migrations, typed errors and backups. Returns plain domain objects."""
