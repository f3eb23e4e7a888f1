"""Extraction words/s of this code against another version's (0.1.0 by default), A/B in turns.

    python scripts/extract_ab.py [--ref 7325a25] [--rounds 5] [--corpus evaluation|records]

On a loaded, shared machine wall time says little; a ratio taken in turns says more. Both
versions extract the same sentences: the corpus is ingested once by this code (the evaluation
corpora's texts and the sample records in raw/, or the benchmark's 200 template-written
records as PDFs), and each version reads them back with its own `sentences_from_rows`. Each
round runs one process per version, in alternating order; a process warms up (rules, spaCy,
the first three documents), then times one pass of `extract_document` over every document in
CPU time. The ratio per round is old time / new time (new words/s as a fraction of the old);
the median of the rounds is printed. 0.1.0 is 7325a25, the last commit before 0.2.0's work
(its pyproject says version 0.1.0)."""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RELEASE_0_1_0 = "7325a25"

# One process of one version: warm up, then one timed pass (printed as JSON).
_CHILD = """
import json, sys, time
from pathlib import Path
tree, out = sys.argv[1], Path(sys.argv[2])
sys.path.insert(0, tree)
import pyarrow.parquet as pq
import pipeline
from pipeline.extract import extract_document
try:
    from pipeline.ingest.sentences import sentences_from_rows
except ImportError:  # 0.1.0
    from pipeline.sentences import sentences_from_rows
assert pipeline.__file__.startswith(tree), pipeline.__file__
t = {n: pq.read_table(out / f"{n}.parquet").to_pylist() for n in ("documents", "sections")}
t["sentences"] = pq.read_table(out / "sentences.parquet").to_pylist()
by = {}
for n in ("sections", "sentences"):
    for r in t[n]:
        by.setdefault(r["doc_id"], {"sections": [], "sentences": []})[n].append(r)
work = []
for d in t["documents"]:
    if d["doc_id"] in by:
        rows = by[d["doc_id"]]
        sentences = sentences_from_rows(rows["sentences"], rows["sections"])
        work.append((d["doc_id"], d["text"], sentences, d.get("drug")))
for w in work[:3]:
    extract_document(*w)
start = time.process_time()
for w in work:
    extract_document(*w)
seconds = time.process_time() - start
print(json.dumps({"seconds": seconds, "words": sum(len(w[1].split()) for w in work)}))
"""


def _evaluation_texts(raw: Path) -> None:
    """The evaluation corpora's texts and raw/'s records, each file once."""
    raw.mkdir(parents=True)
    seen: set[bytes] = set()
    folders = [ROOT / "raw", *sorted((ROOT / "eval" / "corpora").iterdir())]
    folders += sorted((ROOT / "tests" / "data").glob("heldout_*"))
    for folder in folders:
        for path in sorted(folder.iterdir()):
            data = path.read_bytes() if path.is_file() else b""
            # texts only: not the gold, the notes or an annotator's validator (check.py)
            skip = path.name in ("gold.jsonl", "SOURCES.md", "README.md") or path.suffix == ".py"
            if not data or skip or data in seen:
                continue
            seen.add(data)
            shutil.copy(path, raw / f"{folder.name}__{path.name}")


def _records(raw: Path) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    import bench

    bench.build_corpus(raw.parent / "bench", 200, 0, 1940)
    shutil.move(str(raw.parent / "bench" / "pdf"), raw)


def _run(tree: Path, out: Path) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(tree), str(out)],
        capture_output=True,
        text=True,
        check=False,
        cwd=tree,
    )
    if done.returncode:
        raise SystemExit(f"{tree}: {done.stderr[-2000:]}")
    result: dict = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--ref", default=RELEASE_0_1_0, help="the other version (a git ref)")
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--corpus", choices=("evaluation", "records"), default="evaluation")
    args = p.parse_args()
    work = Path(tempfile.mkdtemp(prefix="lactpipe-ab-"))
    old = work / "old"
    subprocess.run(["git", "worktree", "add", "--detach", str(old), args.ref], cwd=ROOT, check=True)
    try:
        raw, out = work / "raw", work / "out"
        (_evaluation_texts if args.corpus == "evaluation" else _records)(raw)
        ingest = [sys.executable, "-m", "pipeline", "ingest", "--raw", str(raw), "--out", str(out)]
        subprocess.run([*ingest, "--workers", "1"], cwd=ROOT, check=True, capture_output=True)
        ratios = []
        for i in range(args.rounds):
            order = (old, ROOT) if i % 2 == 0 else (ROOT, old)
            got = {tree: _run(tree, out) for tree in order}
            ratio = got[old]["seconds"] / got[ROOT]["seconds"]
            ratios.append(ratio)
            print(
                f"round {i + 1}: {args.ref} {got[old]['seconds']:.2f} s, this code "
                f"{got[ROOT]['seconds']:.2f} s ({got[ROOT]['words']:,} words): {ratio:.3f}",
                flush=True,
            )
        print(f"extraction words/s, this code / {args.ref}: median {statistics.median(ratios):.3f}")
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", str(old)], cwd=ROOT, check=False)
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
