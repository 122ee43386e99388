"""The schema revisions this app knows, without importing Alembic (it costs ~0.4 s at start).

``tests/store/test_migrations.py`` checks these against the scripts in ``db/versions``.
"""

KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0005", "0002", "0003", "0006", "0008", "0007",
                                     "0014", "0013")
HEAD_REVISION = KNOWN_REVISIONS[-1]
