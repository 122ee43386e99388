"""Screenshots of the shared counter PC's screens at 1366×768 (docs/privacy.md): the lock
screen, the privacy log and the backup list in Settings.

    python tools/counter_screenshots.py OUT_DIR --lang zh_CN|en

Runs on Qt's offscreen platform on a throw-away demo data folder that gets what a week at a
counter leaves behind: daily backups, one before an import and one by hand; phone numbers
shown, an export with full phones, PINs set, wrong PINs, a role changed and a customer erased
on request. Files: ``lock-screen-<lang>.png``, ``privacy-log-<lang>.png``,
``settings-backups-<lang>.png``.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tools import screenshots  # after the path is set

WIDTH, HEIGHT = 1366, 768


def counter_week(desk, tmp: Path) -> tuple:
    """What a week at the counter leaves in the privacy log and the backups folder."""
    from advisor_desk.domain.errors import DeskError
    from advisor_desk.domain.segments import SegmentFilter
    from advisor_desk.store.backup import make_backup

    people = desk.advisors.list()
    boss = next(a for a in people if a.is_manager)
    staff = [a for a in people if not a.is_manager]
    me = desk.advisors.unlock(boss.id)
    desk.advisors.set_pin(staff[0].id, "2580", session=me)
    for _ in range(5):  # someone guessing a colleague's PIN
        with contextlib.suppress(DeskError):
            desk.advisors.unlock(staff[0].id, "0000")
    desk.advisors.set_pin(staff[0].id, "1357", session=me)  # the manager resets it
    desk.advisors.set_role(staff[1].id, "manager", session=me)
    desk.advisors.set_role(staff[1].id, "advisor", session=me)
    customers = desk.customers.ids(SegmentFilter(), viewer=boss)
    for cid in customers[:3]:
        desk.customers.reveal_phone(cid, session=me)
    desk.customer_export.export(tmp / "all.xlsx", advisor=boss, full_phones=True, session=me)
    desk.customer_export.export(tmp / "mine.xlsx", advisor=staff[0])
    desk.customers.erase(customers[5], session=me, reason="顾客来电要求删除资料")
    backups = desk.paths.backups
    now = datetime.now(UTC)
    for days in range(1, 10):  # one a day, older ones rotated out by the store's setting
        make_backup(desk.paths.database, backups, "daily", now - timedelta(days=days))
    make_backup(desk.paths.database, backups, "import", now - timedelta(days=2, hours=3))
    make_backup(desk.paths.database, backups, "manual", now - timedelta(hours=1))
    return boss, me


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="zh_CN", choices=("zh_CN", "en"))
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)


    from advisor_desk.ui.dialogs.privacy_log import PrivacyLogDialog
    from advisor_desk.ui.pages import PAGE_SPECS

    _app, tmp, desk = screenshots.demo_desk(args.lang, "advisor-desk-counter-")
    boss, session = counter_week(desk, tmp)
    screenshots.WIDTH, screenshots.HEIGHT = WIDTH, HEIGHT
    window = screenshots.make_window(desk, tmp / "demo")
    desk.advisors.set_pin(boss.id, "2468", session=session)  # after start-up: it would ask
    session = desk.advisors.unlock(boss.id, "2468")
    window.advisor_picker.select(boss)
    window.state.set_advisor(boss, session)
    window.navigation.setCurrentRow([s.key for s in PAGE_SPECS].index("settings"))
    screenshots.settle(2.0)  # the backups' customer counts are read in the background
    suffix = f"-{args.lang}.png"
    screenshots.save_window(window, args.out / f"settings-backups{suffix}")
    screenshots.save_dialog(window, PrivacyLogDialog(window, window.ui),
                            args.out / f"privacy-log{suffix}")
    window.navigation.setCurrentRow(0)
    screenshots.settle(0.5)
    window.lock.lock()
    screenshots.settle(0.5)
    screenshots.save_window(window, args.out / f"lock-screen{suffix}")
    window.close()
    desk.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
