"""Score extraction tables against a gold file (eval/FORMAT.md) and gate on floors.

Atoms, per document, compared as multisets after converting units to one base per dimension:
population n; dose (amount, amount_high, unit); measurement (value, value_high, unit);
comparison (values, unit); route (distinct per document); citation (statement, number), where
a predicted statement is the gold statement whose anchor it contains."""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipeline.evaluate_meaning import (
    FUZZY_ATOMS,
    MEANING_ATOMS,
    gold_meaning_atoms,
    has_meaning,
    match_fuzzy,
    pred_meaning_atoms,
)
from pipeline.evaluate_twins import compare_twins, unknown_twins
from pipeline.extract.units import canonical

NUMBER_ATOMS = ("population", "dose", "measurement", "comparison", "route", "citation")
ATOMS = NUMBER_ATOMS + MEANING_ATOMS
DEFAULT_BASELINE = Path(__file__).resolve().parent.parent / "eval" / "baseline.json"


def _num(x: float | None) -> float | None:
    return None if x is None or pd.isna(x) else round(float(x), 9)


def _canon(value: float | None, unit: str | None) -> tuple[float | None, str | None]:
    v, u = canonical(None if value is None or pd.isna(value) else float(value), unit)
    return _num(v), u


def _fold(text: str) -> tuple[str, list[int]]:
    """Whitespace-folded text and, per folded character, its offset in the original."""
    out, index = [], []
    prev_space = False
    for i, ch in enumerate(text):
        if ch.isspace():
            if prev_space:
                continue
            out.append(" ")
            prev_space = True
        else:
            out.append(ch)
            prev_space = False
        index.append(i)
    return "".join(out), index


def locate(anchor: str, text: str) -> int | None:
    folded, index = _fold(text)
    needle = re.sub(r"\s+", " ", anchor.strip())
    pos = folded.find(needle)
    return index[pos] if pos >= 0 else None


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    scores: dict[str, Score] = field(default_factory=lambda: {a: Score() for a in ATOMS})
    misses: list[dict[str, object]] = field(default_factory=list)
    false_hits: list[dict[str, object]] = field(default_factory=list)
    missing_docs: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {
            "scores": {
                a: {
                    "precision": round(s.precision, 4),
                    "recall": round(s.recall, 4),
                    "f1": round(s.f1, 4),
                    "tp": s.tp,
                    "fp": s.fp,
                    "fn": s.fn,
                }
                for a, s in self.scores.items()
            },
            "misses": self.misses,
            "false_hits": self.false_hits,
            "missing_docs": self.missing_docs,
        }


def _gold_atoms(doc: dict) -> dict[str, Counter]:
    atoms: dict[str, Counter] = {a: Counter() for a in NUMBER_ATOMS}
    routes = set()
    for k, st in enumerate(doc["statements"]):
        for p in st.get("populations", []):
            atoms["population"][(p["n"],)] += 1
        for d in st.get("doses", []):
            a, u = _canon(d["amount"], d.get("unit"))
            h, _ = _canon(d.get("amount_high"), d.get("unit"))
            atoms["dose"][(a, h, u)] += 1
        for m in st.get("measurements", []):
            v, u = _canon(m["value"], m.get("unit"))
            h, _ = _canon(m.get("value_high"), m.get("unit"))
            atoms["measurement"][(v, h, u)] += 1
        for c in st.get("comparisons", []):
            vals = tuple(_canon(x, c.get("unit"))[0] for x in c["values"])
            atoms["comparison"][(vals, _canon(1.0, c.get("unit"))[1])] += 1
        if st.get("route"):
            routes.add(st["route"])
        for n in set(st.get("citations", [])):
            atoms["citation"][(f"gold{k}", n)] += 1
    atoms["route"] = Counter({(r,): 1 for r in routes})
    return atoms


def _pred_atoms(
    doc_id: str, text: str, gold_statements: list[dict], tables: dict[str, pd.DataFrame]
) -> tuple[dict[str, Counter], dict[tuple, str]]:
    atoms: dict[str, Counter] = {a: Counter() for a in NUMBER_ATOMS}
    where: dict[tuple, str] = {}
    anchors = [locate(st["anchor"], text) for st in gold_statements]

    def sentence_of(start: int) -> str:
        lo = text.rfind("\n", 0, start) + 1
        hi = text.find("\n", start)
        return text[lo : hi if hi >= 0 else len(text)]

    def rows(name: str) -> pd.DataFrame:
        df = tables[name]
        return df[df["doc_id"] == doc_id]

    for r in rows("populations").itertuples():
        key: tuple[object, ...] = (int(r.n),)
        atoms["population"][key] += 1
        where.setdefault(("population", key), sentence_of(r.char_start))
    for r in rows("doses").itertuples():
        a, u = _canon(r.amount, r.unit)
        h, _ = _canon(r.amount_high, r.unit)
        atoms["dose"][(a, h, u)] += 1
        where.setdefault(("dose", (a, h, u)), sentence_of(r.char_start))
    for r in rows("measurements").itertuples():
        v, u = _canon(r.value, r.unit)
        h, _ = _canon(r.value_high, r.unit)
        atoms["measurement"][(v, h, u)] += 1
        where.setdefault(("measurement", (v, h, u)), sentence_of(r.char_start))
    for r in rows("comparisons").itertuples():
        key = (tuple(_canon(x, r.unit)[0] for x in r.values), _canon(1.0, r.unit)[1])
        atoms["comparison"][key] += 1
        where.setdefault(("comparison", key), sentence_of(r.char_start))
    routes = set()
    for r in rows("statements").itertuples():
        if isinstance(r.route, str):
            routes.add(r.route)
            where.setdefault(("route", (r.route,)), r.text)
        statement_key = f"pred:{r.statement_id}"
        for k, pos in enumerate(anchors):
            if pos is not None and r.char_start <= pos < r.char_end:
                statement_key = f"gold{k}"
                break
        cites = r.citations if r.citations is not None else []
        for n in sorted(set(int(x) for x in cites)):
            atoms["citation"][(statement_key, n)] += 1
            where.setdefault(("citation", (statement_key, n)), r.text)
    atoms["route"] = Counter({(x,): 1 for x in routes})
    return atoms, where


def read_outputs(out_dir: Path) -> dict[str, pd.DataFrame]:
    names = ("documents", "statements", "populations", "doses", "measurements", "comparisons")
    missing = [n for n in names if not (out_dir / f"{n}.parquet").exists()]
    if missing:
        raise FileNotFoundError(
            f"{out_dir} has no {', '.join(missing)} table(s): run `python -m pipeline run` first"
        )
    return {n: pd.read_parquet(out_dir / f"{n}.parquet") for n in names}


def score(gold_path: Path, out_dir: Path) -> Report:
    tables = read_outputs(out_dir)
    docs = tables["documents"]
    by_stem = {
        Path(p.split("!")[-1]).stem: (i, t)
        for p, i, t in zip(docs["source_path"], docs["doc_id"], docs["text"], strict=False)
    }
    report = Report()
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        gold = json.loads(line)
        stem = Path(gold["doc"]).stem
        if stem not in by_stem:
            _score_missing(report, gold)
            continue
        doc_id, text = by_stem[stem]
        gold_atoms = _gold_atoms(gold)
        pred_atoms, where = _pred_atoms(doc_id, text, gold["statements"], tables)
        if has_meaning(gold):
            gold_meaning, gold_fuzzy = gold_meaning_atoms(gold, _canon)
            pred_meaning, pred_fuzzy = pred_meaning_atoms(doc_id, tables, _canon)
            gold_atoms.update(gold_meaning)
            pred_atoms.update(pred_meaning)
            for atom in FUZZY_ATOMS:
                _count_fuzzy(report, gold["doc"], atom, gold_fuzzy[atom], pred_fuzzy[atom])
        for atom in gold_atoms:
            _count(report, gold, atom, gold_atoms[atom], pred_atoms[atom], where)
    return report


def _score_missing(report: Report, gold: dict) -> None:
    """A gold document the output does not have: every atom of it is a miss."""
    report.missing_docs.append(gold["doc"])
    atoms = _gold_atoms(gold)
    if has_meaning(gold):
        meaning, fuzzy = gold_meaning_atoms(gold, _canon)
        atoms.update(meaning)
        for atom in FUZZY_ATOMS:
            report.scores[atom].fn += len(fuzzy[atom])
    for atom, counter in atoms.items():
        report.scores[atom].fn += sum(counter.values())


def _count_fuzzy(report: Report, doc: str, atom: str, gold: list, pred: list) -> None:
    tp, missed, unmatched = match_fuzzy(atom, gold, pred)
    s = report.scores[atom]
    s.tp, s.fp, s.fn = s.tp + tp, s.fp + len(unmatched), s.fn + len(missed)
    report.misses += [_entry(doc, atom, item, 1, "statement", "") for item in missed]
    report.false_hits += [_entry(doc, atom, item, 1, "sentence", "") for item in unmatched]


def _count(
    report: Report, gold: dict, atom: str, g: Counter, p: Counter, where: dict[tuple, str]
) -> None:
    tp = sum((g & p).values())
    s = report.scores[atom]
    s.tp += tp
    s.fp += sum(p.values()) - tp
    s.fn += sum(g.values()) - tp
    for key, n in (g - p).items():
        context = _gold_context(key, gold["statements"])
        report.misses.append(_entry(gold["doc"], atom, key, n, "statement", context))
    for key, n in (p - g).items():
        context = where.get((atom, key), "")
        report.false_hits.append(_entry(gold["doc"], atom, key, n, "sentence", context))


def _entry(doc: str, atom: str, key: object, n: int, where: str, text: str) -> dict[str, object]:
    return {"doc": doc, "atom": atom, "value": repr(key), "count": n, where: str(text)}


def _gold_context(key: tuple, statements: list[dict]) -> str:
    if key and isinstance(key[0], str) and key[0].startswith("gold"):
        return statements[int(key[0][4:])]["anchor"]
    return ""


def format_report(report: Report, verbose: bool = True) -> str:
    lines = ["atom                    precision  recall     F1   (tp/fp/fn)"]
    for atom, s in report.scores.items():
        lines.append(
            f"{atom:<23} {s.precision:9.3f} {s.recall:7.3f} {s.f1:6.3f}   ({s.tp}/{s.fp}/{s.fn})"
        )
    if report.missing_docs:
        lines.append(f"documents not in the output: {', '.join(report.missing_docs)}")
    if verbose:
        for m in report.misses:
            lines.append(
                f"MISS  {m['doc']} {m['atom']} {m['value']} x{m['count']}  "
                f"<- {str(m['statement'])[:100]}"
            )
        for m in report.false_hits:
            lines.append(
                f"FALSE {m['doc']} {m['atom']} {m['value']} x{m['count']}  "
                f"<- {str(m['sentence'])[:140]}"
            )
    return "\n".join(lines)


def main_eval(args: argparse.Namespace) -> int:
    report = score(args.gold, args.out)
    print(format_report(report, verbose=not args.quiet))
    if args.report:
        args.report.write_text(json.dumps(report.as_dict(), indent=2) + "\n")
    return 0


def _run_corpus(raw_dir: Path, gold: Path, work: Path) -> Report:
    """Copy the gold's documents to a scratch raw/, run every stage, score."""
    from pipeline.runner.run import run

    raw = work / "raw"
    raw.mkdir(parents=True)
    for line in gold.read_text(encoding="utf-8").splitlines():
        if line.strip():
            name = json.loads(line)["doc"]
            shutil.copy(raw_dir / name, raw / name)
    out = work / "out"
    run(raw, out, workers=1, console=False)
    return score(gold, out)


def format_verdict(results: list[tuple[str, dict[str, float], dict[str, float]]]) -> list[str]:
    """(corpus, F1 per atom, floor per atom) per corpus -> one line per corpus with each F1
    beside its floor ("!" where it fell below), then the verdict: every floor met, or which fell.
    """
    fell = []
    lines = ["verdict (F1/floor per atom):"]
    width = max((len(name) for name, _, _ in results), default=0)
    for name, scores, floors in results:
        cells = []
        for atom, f1 in scores.items():
            floor = floors.get(atom, 0.0)
            below = f1 + 1e-9 < floor
            cells.append(f"{atom} {f1:.3f}/{floor:.3f}{'!' if below else ''}")
            if below:
                fell.append(f"{name} {atom} {f1:.3f} < {floor:.3f}")
        lines.append(f"  {name:<{width}}  " + "  ".join(cells))
    lines.append("floors fell: " + "; ".join(fell) if fell else "all floors met")
    return lines


def corpus_digest(raw_dir: Path, gold: Path) -> str:
    """sha256 of a corpus: its gold file and every document the gold names, so floors pinned
    on one version of a corpus are never silently applied to another."""
    h = hashlib.sha256(gold.read_bytes())
    for line in gold.read_text(encoding="utf-8").splitlines():
        if line.strip():
            name = json.loads(line)["doc"]
            h.update(name.encode() + b"\0" + (raw_dir / name).read_bytes())
    return h.hexdigest()


def main_gate(args: argparse.Namespace) -> int:
    baseline_path = args.baseline or DEFAULT_BASELINE
    baseline = json.loads(baseline_path.read_text(encoding="utf-8"))
    root = baseline_path.parent
    failed = False
    results: list[tuple[str, dict[str, float], dict[str, float]]] = []
    for problem in unknown_twins(baseline["corpora"]):
        print(f"error: {problem}", file=sys.stderr)
        return 1
    for corpus in baseline["corpora"]:
        raw_dir = (root / corpus["raw"]).resolve()
        gold = (root / corpus["gold"]).resolve()
        if not gold.exists():
            print(
                f"error: gold file {gold} not found (corpus {corpus['name']}); the corpora "
                "live in eval/corpora/ and tests/data/",
                file=sys.stderr,
            )
            return 1
        digest = corpus_digest(raw_dir, gold)
        if corpus.get("sha256") not in (None, digest) and not args.raise_floors:
            failed = True
            print(
                f"FAIL {corpus['name']}: its texts or gold changed since its floors were pinned "
                f"(sha256 {digest[:12]}…, pinned {corpus['sha256'][:12]}…): score it and re-pin "
                "with --raise-floors",
                file=sys.stderr,
            )
        with tempfile.TemporaryDirectory() as tmp:
            report = _run_corpus(raw_dir, gold, Path(tmp))
        print(f"== {corpus['name']} ({gold.name})")
        print(format_report(report, verbose=False))
        floors = corpus.setdefault("floors", {})
        scores = {atom: s.f1 for atom, s in report.scores.items()}
        results.append((corpus["name"], scores, dict(floors)))
        for atom, s in report.scores.items():
            floor = floors.get(atom, 0.0)
            if s.f1 + 1e-9 < floor:
                failed = True
                print(
                    f"FAIL {corpus['name']} {atom}: F1 {s.f1:.3f} below the pinned floor "
                    f"{floor:.3f}",
                    file=sys.stderr,
                )
            if args.raise_floors and (s.f1 > floor or args.allow_lower):
                floors[atom] = round(s.f1 - 0.0005, 3) if s.f1 < 1 else 1.0
        if args.raise_floors:
            corpus["sha256"] = digest
    print("\n".join(format_verdict(results)))
    twin_lines, twins_fell = compare_twins(baseline["corpora"], {n: s for n, s, _ in results})
    if twin_lines:
        print("\n".join(twin_lines))
    for fell in twins_fell:
        failed = True
        print(f"FAIL PDF twin {fell} (more than 0.01 below its text twin)", file=sys.stderr)
    if args.raise_floors:
        if failed and not args.allow_lower:
            print(
                "floors not changed: scores are below the floors (use --allow-lower to "
                "lower them deliberately)",
                file=sys.stderr,
            )
            return 1
        baseline_path.write_text(json.dumps(baseline, indent=2) + "\n", encoding="utf-8")
        print(f"floors written to {baseline_path}")
        return 0
    return 1 if failed else 0
