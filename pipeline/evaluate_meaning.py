"""Version 2 atoms: what each number means (eval/FORMAT.md, "What is scored").

A meaning atom carries its number, so it can never score above the number atom: a value
whose kind is right but whose number is wrong counts as a miss. Most atoms compare exactly;
a comparison's outcome and arms compare by content-word overlap (F1 >= 0.5), with fluids
folded and required to agree, and an arm's numbers kept and required to agree."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

import pandas as pd
import snowballstemmer
from spacy.lang.en.stop_words import STOP_WORDS

EXACT_ATOMS = (
    "population_who",
    "dose_recipient",
    "measurement_kind",
    "measurement_matrix",
    "measurement_analyte",
    "link_dose",
    "link_population",
    "comparison_significant",
)
FUZZY_ATOMS = ("comparison_outcome", "comparison_arms")
MEANING_ATOMS = EXACT_ATOMS + FUZZY_ATOMS

# Cells come from pandas frames and gold JSON, untyped: the canonicaliser takes them as they are.
Canon = Callable[[Any, Any], tuple[float | None, str | None]]
# (key, payload) pairs: a gold and a predicted atom match when their keys are equal and the
# payloads match by word overlap.
Fuzzy = list[tuple[tuple, object]]

_GENERIC = {"level", "levels", "concentration", "concentrations", "group", "groups", "arm"}
_GENERIC |= {"arms", "value", "values"}
_FLUIDS = {
    "milk": "milk",
    "breastmilk": "milk",
    "colostrum": "milk",
    "serum": "blood",
    "plasma": "blood",
    "blood": "blood",
    "urine": "urine",
    "urinary": "urine",
}
_BEFORE_AFTER = {"baseline": "before", "start": "before", "pre": "before", "before": "before"}
_BEFORE_AFTER |= {"end": "after", "post": "after", "after": "after"}
_WORD = re.compile(r"[a-z]+|\d+(?:\.\d+)?")


@cache
def _stem(word: str) -> str:
    return str(snowballstemmer.stemmer("english").stemWord(word))


def content_words(text: str | None, keep_numbers: bool = False) -> tuple[set[str], set[str]]:
    """(stemmed content words, fluids named): lower case, hyphenated words split, numbers,
    stop words and generic words dropped (numbers kept for arms), fluids folded."""
    words, fluids = set(), set()
    plain = re.sub(r"(?<=\d),(?=\d{3}\b)", "", (text or "").lower())  # "1,000" is one number
    for w in _WORD.findall(plain.replace("-", " ")):
        if w[0].isdigit():
            if keep_numbers:
                words.add(str(float(w)))
            continue
        if keep_numbers and w in _BEFORE_AFTER:
            words.add(_BEFORE_AFTER[w])
            continue
        if w in _FLUIDS:
            fluids.add(_FLUIDS[w])
            words.add(_FLUIDS[w])
            continue
        if w in STOP_WORDS or w in _GENERIC:
            continue
        words.add(_stem(w))
    return words, fluids


def _same(a: str, b: str) -> bool:
    """A word matches another that it begins with when it has 5+ letters."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 5 and long_.startswith(short)


def words_match(gold: str | None, pred: str | None, keep_numbers: bool = False) -> bool:
    g, g_fluids = content_words(gold, keep_numbers)
    p, p_fluids = content_words(pred, keep_numbers)
    if g_fluids and p_fluids and g_fluids != p_fluids:
        return False
    if keep_numbers:
        numbers = {w for w in g | p if w[0].isdigit()}
        if {w for w in g if w in numbers} != {w for w in p if w in numbers}:
            return False
    if not g and not p:
        return True
    hits_p = sum(any(_same(w, x) for x in g) for w in p)
    hits_g = sum(any(_same(w, x) for x in p) for w in g)
    precision = hits_p / len(p) if p else 0.0
    recall = hits_g / len(g) if g else 0.0
    return precision + recall > 0 and 2 * precision * recall / (precision + recall) >= 0.5


def arms_match(gold: Iterable[str] | None, pred: Iterable[str] | None) -> bool:
    gold_arms, pred_arms = list(gold or []), list(pred or [])
    return len(gold_arms) == len(pred_arms) and all(
        words_match(g, p, keep_numbers=True) for g, p in zip(gold_arms, pred_arms, strict=True)
    )


def _fold_analyte(analyte: object) -> str | None:
    if analyte is None or (isinstance(analyte, float) and pd.isna(analyte)):
        return None
    return re.sub(r"[^a-z0-9]", "", str(analyte).lower()) or None


def _value(x: object) -> object:
    """Nulls as None (pandas gives NA or NaN), lists as lists (pandas gives arrays)."""
    if x is None:
        return None
    if hasattr(x, "tolist") and not isinstance(x, (str, float, int)):
        x = x.tolist()
    if isinstance(x, (list, tuple)):
        return list(x)
    return None if pd.isna(x) else x


_V2_FIELDS = {"who", "recipient", "kind", "matrix", "outcome", "arms"}


def has_meaning(doc: dict) -> bool:
    """Whether a gold document is annotated in version 2 (a version 1 file scores numbers)."""
    return any(
        _V2_FIELDS & set(item)
        for st in doc["statements"]
        for key in ("populations", "doses", "measurements", "comparisons")
        for item in st.get(key, [])
    )


def gold_meaning_atoms(doc: dict, canon: Canon) -> tuple[dict[str, Counter], dict[str, Fuzzy]]:
    exact: dict[str, Counter] = {a: Counter() for a in EXACT_ATOMS}
    fuzzy: dict[str, Fuzzy] = {a: [] for a in FUZZY_ATOMS}
    for st in doc["statements"]:
        pops, doses = st.get("populations", []), st.get("doses", [])
        dose_keys = [
            _dose_key(d["amount"], d.get("amount_high"), d.get("unit"), canon) for d in doses
        ]
        for p in pops:
            exact["population_who"][(p["n"], p.get("who"))] += 1
        for d, key in zip(doses, dose_keys, strict=True):
            exact["dose_recipient"][(*key, d.get("recipient"))] += 1
        for m in st.get("measurements", []):
            v, u = canon(m["value"], m.get("unit"))
            h, _ = canon(m.get("value_high"), m.get("unit"))
            exact["measurement_kind"][(v, h, u, m.get("kind"))] += 1
            exact["measurement_matrix"][(v, h, u, m.get("matrix"))] += 1
            exact["measurement_analyte"][(v, h, u, _fold_analyte(m.get("analyte")))] += 1
            if m.get("dose") is not None and m["dose"] < len(dose_keys):
                exact["link_dose"][((v, u), dose_keys[m["dose"]])] += 1
            if m.get("population") is not None and m["population"] < len(pops):
                exact["link_population"][((v, u), pops[m["population"]]["n"])] += 1
        for c in st.get("comparisons", []):
            key = _comparison_key(c["values"], c.get("unit"), canon)
            exact["comparison_significant"][(*key, c.get("significant"))] += 1
            fuzzy["comparison_outcome"].append((key, c.get("outcome")))
            fuzzy["comparison_arms"].append((key, c.get("arms")))
    return exact, fuzzy


def _dose_key(amount: object, high: object, unit: object, canon: Canon) -> tuple:
    a, u = canon(amount, unit)
    h, _ = canon(high, unit)
    return (a, h, u)


def _comparison_key(values: Iterable[object], unit: object, canon: Canon) -> tuple:
    return (tuple(canon(x, unit)[0] for x in values), canon(1.0, unit)[1])


def pred_meaning_atoms(
    doc_id: str, tables: dict[str, pd.DataFrame], canon: Canon
) -> tuple[dict[str, Counter], dict[str, Fuzzy]]:
    exact: dict[str, Counter] = {a: Counter() for a in EXACT_ATOMS}
    fuzzy: dict[str, Fuzzy] = {a: [] for a in FUZZY_ATOMS}

    def rows(name: str) -> pd.DataFrame:
        df = tables[name]
        return df[df["doc_id"] == doc_id]

    pops = {r.item_id: int(r.n) for r in rows("populations").itertuples()}
    for r in rows("populations").itertuples():
        exact["population_who"][(int(r.n), _value(r.who))] += 1
    doses = {}
    for r in rows("doses").itertuples():
        doses[r.item_id] = _dose_key(r.amount, _value(r.amount_high), r.unit, canon)
        exact["dose_recipient"][(*doses[r.item_id], _value(r.recipient))] += 1
    for r in rows("measurements").itertuples():
        v, u = canon(r.value, r.unit)
        h, _ = canon(_value(r.value_high), r.unit)
        exact["measurement_kind"][(v, h, u, _value(r.kind))] += 1
        exact["measurement_matrix"][(v, h, u, _value(r.matrix))] += 1
        exact["measurement_analyte"][(v, h, u, _fold_analyte(_value(r.analyte)))] += 1
        if _value(r.dose_item_id) in doses:
            exact["link_dose"][((v, u), doses[r.dose_item_id])] += 1
        if _value(r.population_item_id) in pops:
            exact["link_population"][((v, u), pops[r.population_item_id])] += 1
    for r in rows("comparisons").itertuples():
        key = _comparison_key(r.values, r.unit, canon)
        exact["comparison_significant"][(*key, _value(r.significant))] += 1
        fuzzy["comparison_outcome"].append((key, _value(r.outcome)))
        fuzzy["comparison_arms"].append((key, _value(r.arms)))
    return exact, fuzzy


def match_fuzzy(atom: str, gold: Fuzzy, pred: Fuzzy) -> tuple[int, Fuzzy, Fuzzy]:
    """(true positives, gold atoms missed, predicted atoms unmatched), greedily per key."""
    same = arms_match if atom == "comparison_arms" else words_match
    left = list(pred)
    missed: Fuzzy = []
    tp = 0
    for key, payload in gold:
        hit = next(
            (i for i, (k, p) in enumerate(left) if k == key and same(payload, p)),  # type: ignore[arg-type]
            None,
        )
        if hit is None:
            missed.append((key, payload))
        else:
            tp += 1
            left.pop(hit)
    return tp, missed, left
