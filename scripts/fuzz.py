"""Fuzz campaign with a fixed time budget (`make fuzz`, FUZZ_SECONDS=300 by default).

1. Mutation fuzzing: real inputs (a rendered LactMed PDF, NXML record, HTML page and plain
   text, plus the seed and dev texts) are damaged at random (truncated, bits flipped, bytes
   deleted or inserted, headers duplicated) and each mutant goes through every stage. A mutant
   must end as a document or as error rows; an exception escaping, both or neither, or an
   `internal_error` row is a finding, saved to --findings for replay.
2. A whole run over a sample of mutants: every file must be in documents or errors.
3. The property tests of tests/test_reliability_fuzz.py with many more examples.

Exit 0 when nothing was found, 1 otherwise. `make test` runs a short version of 1 and 3.
Replay a finding: python -m pipeline ingest --raw <findings folder> --out /tmp/replay
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.ingest.parsed import SourceFile  # noqa: E402
from pipeline.render.samples.inputs import mutate, real_input_bytes  # noqa: E402
from pipeline.runner.document import process_document  # noqa: E402
from pipeline.settings import Settings  # noqa: E402

DEV_TEXTS = Path(__file__).resolve().parent.parent / "eval" / "corpora" / "dev"


def corpus() -> dict[str, bytes]:
    inputs = dict(real_input_bytes())
    if DEV_TEXTS.is_dir():
        for path in sorted(DEV_TEXTS.glob("*.txt"))[:6]:
            inputs[path.name] = path.read_bytes()
    return inputs


def check_one(name: str, data: bytes) -> str | None:
    """None when the mutant ended as a document or as error rows, else what went wrong."""
    try:
        result = process_document(SourceFile(name, data), Settings(extract=False))
    except BaseException as exc:  # noqa: BLE001 - exactly what the campaign looks for
        return f"exception escaped: {exc.__class__.__name__}: {exc}"
    has_doc, has_err = bool(result.tables.get("documents")), bool(result.errors)
    if has_doc == has_err:
        return f"document={has_doc} errors={has_err}: must be exactly one"
    internal = [e["message"] for e in result.errors if e["error"] == "internal_error"]
    return f"internal_error: {internal[0]}" if internal else None


def mutation_round(seconds: float, seed: int, findings: Path) -> tuple[int, int]:
    rng = random.Random(seed)
    inputs = corpus()
    names = sorted(inputs)
    deadline = time.monotonic() + seconds
    tried = found = 0
    while time.monotonic() < deadline:
        name = rng.choice(names)
        data = inputs[name]
        for _ in range(rng.randint(1, 3)):
            data = mutate(data, rng)
        tried += 1
        problem = check_one(f"fuzz{tried}_{name}", data)
        if problem:
            found += 1
            findings.mkdir(parents=True, exist_ok=True)
            (findings / f"{tried:06d}_{name}").write_bytes(data)
            print(f"finding {tried}: {name}: {problem}", file=sys.stderr)
    return tried, found


def whole_run(seed: int, count: int) -> list[str]:
    """A real `python -m pipeline ingest` over mutants: every file processed or in errors."""
    import pandas as pd

    rng = random.Random(seed)
    inputs = corpus()
    with tempfile.TemporaryDirectory() as tmp:
        raw, out = Path(tmp) / "raw", Path(tmp) / "out"
        raw.mkdir()
        for i in range(count):
            name = rng.choice(sorted(inputs))
            (raw / f"m{i:03d}_{name}").write_bytes(mutate(inputs[name], rng))
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "pipeline",
                "ingest",
                "--raw",
                str(raw),
                "--out",
                str(out),
                "--workers",
                "2",
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        if proc.returncode not in (0, 2):
            return [f"run exited {proc.returncode}: {proc.stderr[-2000:]}"]
        seen = set(pd.read_parquet(out / "documents.parquet")["source_path"])
        seen |= set(pd.read_parquet(out / "errors.parquet")["source_path"])
        return [
            f"{p.name} is neither in documents nor in errors"
            for p in sorted(raw.iterdir())
            if p.name not in seen
        ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=300, help="total budget (default 300)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (same seed, same run)")
    parser.add_argument(
        "--findings",
        type=Path,
        default=ROOT / "fuzz-findings",
        help="folder for inputs that broke something",
    )
    args = parser.parse_args()
    started = time.monotonic()
    tried, found = mutation_round(args.seconds * 0.6, args.seed, args.findings)
    print(f"mutation fuzzing: {tried} mutants, {found} findings", file=sys.stderr)
    problems = whole_run(args.seed, 40)
    for p in problems:
        print(f"whole run: {p}", file=sys.stderr)
    left = max(30.0, args.seconds - (time.monotonic() - started))
    examples = str(max(200, int(left * 20)))
    props = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/test_reliability_fuzz.py",
            "-k",
            "not mutated",
        ],
        cwd=ROOT,
        env={**os.environ, "LACTPIPE_FUZZ_EXAMPLES": examples},
        timeout=left * 3,
    )
    ok = not found and not problems and props.returncode == 0
    print(
        f"fuzz: {'no findings' if ok else 'FINDINGS'} in {time.monotonic() - started:.0f} s"
        + ("" if ok else f" (inputs in {args.findings})"),
        file=sys.stderr,
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
