"""A demo data folder with news from HQ, for the screenshots of what's new (docs/training.md):
the demo, then a second version of the demo pack (three scripts changed, one added).

    python tools/demo_news.py DATA_DIR        (DATA_DIR is replaced)
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from advisor_desk import locate
from advisor_desk.paths import AppPaths
from advisor_desk.services.desk import open_desk

NEW_QA = {"uid": "qinyan.script.0900", "kind": "qa", "title": "双12能和会员日折扣一起用吗？",
          "body": "{称呼|亲}，双12专柜礼遇可以和会员日9折叠加，赠品照送；满减券和会员折扣二选一，"
                  "系统会自动帮您选更划算的。",
          "scene": "objection_price", "sales_step": 5, "channel": "chat",
          "keywords": ["双12", "叠加"]}


def main(data: Path) -> None:
    shutil.rmtree(data, ignore_errors=True)
    desk = open_desk(AppPaths.under(data).ensure())
    desk.demo.load()
    v2 = data / "cache" / "demo-pack-v2"
    shutil.copytree(locate.demo_content_dir(), v2)
    manifest = json.loads((v2 / "manifest.json").read_text("utf-8"))
    manifest.update(version=2, title="十二月话术更新")
    (v2 / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), "utf-8")
    path = v2 / "content" / "scripts.json"
    scripts = json.loads(path.read_text("utf-8"))
    by_uid = {item["uid"]: item for item in scripts["items"]}
    by_uid["qinyan.script.0042"]["body"] += "这周三会员日还有积分双倍。"
    by_uid["qinyan.script.0045"]["body"] += "双12专柜礼遇也能叠加。"
    by_uid["qinyan.script.0010"]["body"] += "有问题随时找我～"
    scripts["items"].append(NEW_QA)
    path.write_text(json.dumps(scripts, ensure_ascii=False), "utf-8")
    result, _changes = desk.content.apply(desk.content.read_folder(v2))
    scripts_diff = next(k for k in result.diff.kinds if k.kind == "scripts")
    print(f"{data}: new {len(scripts_diff.new)}, changed {len(scripts_diff.changed)}")
    shutil.rmtree(v2)
    desk.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
