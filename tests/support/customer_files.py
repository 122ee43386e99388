"""Customer spreadsheets for tests: a WeCom-style export, GBK/UTF-8/BOM CSV, bad rows."""

from __future__ import annotations

import csv
import random
from pathlib import Path

WECOM_TITLE = "客户列表（导出时间：2026-11-20 10:00:00）"
WECOM_HEADERS = ["客户名称", "客户备注", "描述", "添加人", "添加人账号", "所属部门", "添加时间",
                 "来源", "企业标签", "性别", "手机号", "外部联系人ID", "类型"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高"
GIVEN = "晓燕丽娜静敏婷雪梅芳颖佳怡欣然思雨子涵"


def wecom_rows(n: int, seed: int = 1, advisor: str = "林晓雯") -> list[list[str]]:
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        name = rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, 2))
        tags = rng.choice(["肤质:干性", "肤质:油性；护肤诉求:美白", "护肤诉求:抗老,来源:直播间", ""])
        rows.append([name, f"{name[0]}姐" if i % 3 == 0 else "", "喜欢清爽型" if i % 5 == 0 else "",
                     advisor, "linxw", "上海一店", f"2026-11-{1 + i % 20:02d} 10:{i % 60:02d}",
                     "扫描渠道二维码", tags, rng.choice(["女", "女", "男", "未知"]),
                     f"1{rng.choice('3578')}{i:09d}", f"wmEXT{seed:02d}{i:07d}", "微信"])
    return rows


def write_csv(path: Path, headers: list[str], rows: list[list[str]], encoding: str = "utf-8",
              title: str | None = None, delimiter: str = ",") -> Path:
    with open(path, "w", encoding=encoding, newline="") as fh:
        if title:
            fh.write(title + "\r\n")
        writer = csv.writer(fh, delimiter=delimiter)
        writer.writerow(headers)
        writer.writerows(rows)
    return path


def write_xlsx(path: Path, headers: list[str], rows: list[list], title: str | None = None
               ) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "客户列表"
    if title:
        ws.append([title])
    ws.append(headers)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path
