"""Hash every table the pipeline writes for each evaluation corpus, to show that a refactor
changed no row (or exactly which tables a deliberate change touched).

    python scripts/table_hashes.py --json before.json      # on the old code
    python scripts/table_hashes.py --compare before.json   # on the new code: lists what differs

Each corpus is run through the real CLI (`python -m pipeline run`, one worker, no cache) and
each table's rows are hashed in a canonical order (errors.time excluded: it is a clock;
null fields left out, so adding a nullable column changes no hash)."""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parent.parent


def corpora() -> dict[str, Path]:
    """Name -> folder of the sample corpus and of every evaluation corpus."""
    out = {"sample": ROOT / "raw"}
    baseline = json.loads((ROOT / "eval" / "baseline.json").read_text(encoding="utf-8"))
    for corpus in baseline["corpora"]:
        gold = (ROOT / "eval" / corpus["gold"]).resolve()
        if gold.exists():
            out[corpus["name"]] = gold
    return out


def _raw_for(source: Path, work: Path) -> Path:
    if source.is_dir():
        return source
    raw = work / "raw"
    raw.mkdir()
    for line in source.read_text(encoding="utf-8").splitlines():
        if line.strip():
            name = json.loads(line)["doc"]
            shutil.copy(_texts_dir(source) / name, raw / name)
    return raw


def _texts_dir(gold: Path) -> Path:
    baseline = json.loads((ROOT / "eval" / "baseline.json").read_text(encoding="utf-8"))
    for corpus in baseline["corpora"]:
        if (ROOT / "eval" / corpus["gold"]).resolve() == gold:
            return (ROOT / "eval" / corpus["raw"]).resolve()
    raise KeyError(gold)


def table_hashes(raw: Path, work: Path) -> dict[str, str]:
    out = work / "out"
    cmd = [sys.executable, "-m", "pipeline", "run", "--raw", str(raw), "--out", str(out)]
    cmd += ["--workers", "1", "--no-cache"]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if done.returncode not in (0, 2):
        raise SystemExit(f"run failed on {raw}:\n{done.stderr}")
    hashes = {}
    for path in sorted(out.glob("*.parquet")):
        rows = pq.read_table(path).to_pylist()
        # Null fields are left out, so a new nullable column that nothing fills changes no hash.
        rows = [{k: v for k, v in r.items() if v is not None and k != "time"} for r in rows]
        lines = sorted(json.dumps(r, sort_keys=True, default=str) for r in rows)
        hashes[path.stem] = hashlib.sha256("\n".join(lines).encode()).hexdigest()[:16]
    return hashes


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--json", type=Path, help="write the hashes here")
    p.add_argument("--compare", type=Path, help="compare with hashes written before")
    p.add_argument("--corpus", action="append", help="only these corpora (repeatable)")
    args = p.parse_args()
    result: dict[str, dict[str, str]] = {}
    for name, source in corpora().items():
        if args.corpus and name not in args.corpus:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            result[name] = table_hashes(_raw_for(source, Path(tmp)), Path(tmp))
        print(name, json.dumps(result[name]), flush=True)
    if args.json:
        args.json.write_text(json.dumps(result, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    if args.compare:
        before = json.loads(args.compare.read_text(encoding="utf-8"))
        changed = [
            f"{corpus}/{table}"
            for corpus in sorted(set(result))
            for table in sorted(set(before.get(corpus, {})) | set(result.get(corpus, {})))
            if before.get(corpus, {}).get(table) != result.get(corpus, {}).get(table)
        ]
        print("changed tables:", " ".join(changed) if changed else "none")
        return 1 if changed else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
