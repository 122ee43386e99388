"""Screenshots for docs/customers.md at 1366×698, as the app draws them: Ctrl+P as an
advisor (stage, last contact, next step; the customers of others counted, not shown) and the
import dialog's dry run of a WeCom export with problems.

    python tools/customer_screenshots.py OUT_DIR [--lang zh_CN|en]

Files: ``ctrl-p[-en].png`` and ``customer-import-problems[-en].png``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.support.customer_files import WECOM_HEADERS, WECOM_TITLE, wecom_rows, write_xlsx
from tools.screenshots import demo_desk, make_window, save_dialog, settle


def _problem_file(path: Path) -> Path:
    """A WeCom export with what shops' files have: tags the brand lacks, two skin types on
    one person, a short phone, a row with no name."""
    rows = wecom_rows(30, seed=7)
    tags, phone, name = (WECOM_HEADERS.index(h) for h in ("企业标签", "手机号", "客户名称"))
    rows[1][tags] = "肤质:敏感肌,肤质:油性"
    rows[4][tags] = "星座:天蝎"
    rows[6][tags] = "来源:直播间"
    rows[8][phone] = "1380013"
    rows[10][name] = ""
    rows[10][WECOM_HEADERS.index("客户备注")] = ""
    return write_xlsx(path, WECOM_HEADERS, rows, WECOM_TITLE)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="zh_CN", choices=("zh_CN", "en"))
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    from advisor_desk.ui.dialogs.customer_import import CustomerImportDialog
    from advisor_desk.ui.dialogs.customer_picker import CustomerPicker

    app, tmp, desk = demo_desk(args.lang, "advisor-desk-customer-shots-")
    suffix = "" if args.lang == "zh_CN" else "-en"
    window = make_window(desk, tmp / "demo")

    advisor = next(a for a in desk.advisors.list() if a.role != "manager")
    window.advisor_picker.select(advisor)  # as the lock screen's profile switch does
    window.state.set_advisor(advisor, desk.advisors.unlock(advisor.id, ""))
    settle(0.5)
    picker = CustomerPicker(window, window.state)
    picker.search.setText("w")
    save_dialog(window, picker, args.out / f"ctrl-p{suffix}.png")

    manager = next(a for a in desk.advisors.list() if a.role == "manager")
    window.advisor_picker.select(manager)
    window.state.set_advisor(manager, desk.advisors.unlock(manager.id, ""))
    settle(0.5)
    dialog = CustomerImportDialog(window, window.ui, _problem_file(tmp / "企业微信客户.xlsx"))
    dialog.show()
    settle(0.5)
    dialog.check()
    settle(3.0)
    save_dialog(window, dialog, args.out / f"customer-import-problems{suffix}.png")
    window.close()
    desk.close()
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
