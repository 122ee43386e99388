"""advisor-desk setup: a new shop from the command line; bad input is one line, exit 2,
and changes nothing."""

from __future__ import annotations

from tests.support.cli import DEMO, db_bytes, run


def test_setup_names_the_store_and_its_manager(tmp_path, capsys):
    data = str(tmp_path / "data")
    code, out, err = run(capsys, "--data-dir", data, "setup", "--store", "沁研 静安专柜",
                         "--code", "sh001", "--manager", "林晓雯")
    assert code == 0, err
    assert "沁研 静安专柜 (SH001)" in out and "林晓雯" in out
    from advisor_desk.paths import AppPaths
    from advisor_desk.services.desk import open_desk

    desk = open_desk(AppPaths.resolve(data))
    try:
        (manager,) = desk.advisors.list()
        assert manager.is_manager and manager.name == "林晓雯" and not desk.setup.is_new()
        assert desk.settings.get().store_code == "SH001"
    finally:
        desk.close()
    before = db_bytes(tmp_path / "data" / "advisor_desk.db")
    code, _, err = run(capsys, "--data-dir", data, "setup", "--store", "别的店", "--code",
                       "X1", "--manager", "张三")
    assert code == 2 and err.count("\n") == 1 and "already in use" in err
    assert db_bytes(tmp_path / "data" / "advisor_desk.db") == before


def test_a_bad_store_code_is_one_line_and_writes_nothing(tmp_path, capsys):
    data = str(tmp_path / "data")
    code, _, err = run(capsys, "--data-dir", data, "setup", "--store", "店", "--code",
                       "上海一号", "--manager", "林")
    assert code == 2 and err.count("\n") == 1 and "store code" in err
    code, _, _ = run(capsys, "--data-dir", data, *DEMO)
    assert code == 0  # still an empty shop: the demo accepts it
