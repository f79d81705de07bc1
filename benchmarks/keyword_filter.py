"""The tool a user would run instead of `conflict-alerts match`: a keyword filter in one Python process.

    python benchmarks/keyword_filter.py [--hits-only] < items.jsonl > out.jsonl

The baseline of `benchmarks/match_cli.py`. It reads the same JSON lines (`id`, `title`, `summary`, …),
searches title and summary for 36 conflict words with one combined, case-insensitive regex compiled
once, and writes one JSON line per item with the words it found, as `match` writes one per item.
`--hits-only` writes only the items with a word, as grep would (less output, so a little faster).
Standard library only, so its start-up is the interpreter's; nothing here is imported from `bot`.
"""

import json
import re
import sys

KEYWORDS = [
    *("killed", "kill", "kills", "killing", "dead", "died", "dies", "death", "deaths", "wounded"),
    *("injured", "casualties", "toll", "massacre", "fatalities", "bodies", "slain", "shelling"),
    *("airstrike", "airstrikes", "bombing", "shot", "embargo", "embargoes", "arms", "weapons"),
    *("sanctions", "recognise", "recognises", "recognised", "recognize", "recognizes", "recognized"),
    *("recognition", "statehood", "sovereignty"),
]
PATTERN = re.compile(r"\b(?:" + "|".join(map(re.escape, KEYWORDS)) + r")\b", re.IGNORECASE)


def main() -> None:
    hits_only = "--hits-only" in sys.argv[1:]
    write = sys.stdout.write
    for line in sys.stdin:
        if not line.strip():
            continue
        item = json.loads(line)
        text = f"{item.get('title') or ''}\n{item.get('summary') or ''}"
        found = sorted({word.lower() for word in PATTERN.findall(text)})
        if found or not hits_only:
            write(json.dumps({"id": item.get("id"), "keywords": found}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
