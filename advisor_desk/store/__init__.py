"""SQLAlchemy models, the engine and its pragmas, migrations, backups and every query.

The only package that writes SQL. Functions here take a session and return domain dataclasses;
ORM objects never leave this package.
"""
