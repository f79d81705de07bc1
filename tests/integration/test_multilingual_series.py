"""A toll reported in English and then in Arabic is one series: `match --state` alerts on the Arabic
figure with the English one as the previous value (canonical place, victims and kind agree)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_an_arabic_toll_updates_the_series_an_english_one_started(tmp_path: Path) -> None:
    items = [
        {"id": "en", "title": "Gaza death toll rises to 61,430 since the war began, health ministry says",
         "published": "2025-08-10", "source": "Al Jazeera"},
        {"id": "ar", "title": "ارتفاع حصيلة الشهداء في غزة إلى 61500 منذ بدء الحرب",
         "published": "2025-08-12", "source": "الجزيرة", "language": "ar"},
    ]  # fmt: skip
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "bot",
            "match",
            "--rules",
            str(REPO / "rules"),
            "--state",
            str(tmp_path / "s.db"),
        ],
        input="".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items),
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    english, arabic = (json.loads(line) for line in done.stdout.splitlines())
    assert [(f["count"], f["location"]) for f in english["facts"]] == [(61430, "Gaza")]
    assert [(f["count"], f["location"], f["language"]) for f in arabic["facts"]] == [(61500, "Gaza", "ar")]
    [alert] = arabic["alerts"]
    assert "(was 61,430 on 10 Aug: +70)" in alert["text"]
    assert "(in Arabic)" in alert["text"]
