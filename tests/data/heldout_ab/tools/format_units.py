"""FORMAT-conformance edit by the lead (not the annotator): FORMAT.md's closed unit list has no
rate per day for a measurement, so a daily volume or weight gain ("mL/d", "g/d") is written in
mL or g, the "per day" kept in `measure` (as corpus AA's annotator did). Run after
build_gold.py; it rewrites gold.jsonl in place and touches nothing else."""

import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold.jsonl"
PER_DAY = {"mL/d": "mL", "g/d": "g"}


def main() -> None:
    lines = []
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        doc = json.loads(line)
        for st in doc["statements"]:
            for item in st["measurements"] + st["comparisons"]:
                if item.get("unit") in PER_DAY:
                    item["unit"] = PER_DAY[item["unit"]]
        lines.append(json.dumps(doc, ensure_ascii=False))
    GOLD.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
