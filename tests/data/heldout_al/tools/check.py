#!/usr/bin/env python3
"""Validator for the held-out corpus 'al'.

Checks gold.jsonl against texts/ and against the structure of the shared dev/seed gold
(FORMAT.md version 2). Prints CLEAN when nothing is wrong, otherwise one line per problem.
Python 3 standard library only.
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
TEXTS = os.path.join(ROOT, "texts")
GOLD = os.path.join(ROOT, "gold.jsonl")
EXCLUDED = os.path.join(ROOT, "EXCLUDED_DRUGS.txt")
SHARED_GOLD = ["/work/shared/gold/dev.jsonl", "/work/shared/gold/seeds.jsonl"]

errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------------ closed codes
STATEMENT_KINDS = {"study", "recommendation"}
ROUTES = {"oral", "intravenous", "intramuscular", "subcutaneous", "topical", "transdermal",
          "epidural", "intrathecal", "inhaled", "intranasal", "rectal", "vaginal", "ophthalmic", None}
ROLES = {"exposed", "control", "total"}
WHO = {"mother", "infant", "pair", "other"}
RECIPIENTS = {"mother", "infant"}
STATS = {"mean", "median", "range", "maximum"}
QUALIFIERS = {"<", ">", "<=", ">=", "~"}
P_QUALIFIERS = {"<", "=", ">"}
UNITS = {"mg", "g", "ug", "ng", "mL", "L", "mg/L", "ug/L", "ng/mL", "ug/mL", "mg/dL", "mmol/L",
         "meq/L", "mg/kg", "ug/kg", "%", "[IU]", "[IU]/L", "{ratio}", "min", "h", "d", "wk", "mo"}
MEAS_KINDS = {"concentration", "infant_dose", "relative_infant_dose", "milk_plasma_ratio",
              "infant_plasma_ratio", "half_life", "amount_excreted", "proportion", "change",
              "milk_volume", "other"}
MATRICES = {"milk", "maternal_blood", "infant_blood", "cord_blood", "maternal_urine", "infant_urine"}
KINDS_WITH_MATRIX = {"concentration", "half_life", "milk_plasma_ratio", "infant_plasma_ratio"}


# ------------------------------------------------------------------ key structure from dev/seeds
def key_profile():
    prof = {}

    def add(level, obj):
        ks = set(obj.keys())
        if level not in prof:
            prof[level] = [set(ks), set(ks)]  # [union, intersection]
        else:
            prof[level][0] |= ks
            prof[level][1] &= ks

    for path in SHARED_GOLD:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                d = json.loads(line)
                add("doc", d)
                for s in d["statements"]:
                    add("statement", s)
                    for lvl in ("populations", "doses", "measurements", "comparisons"):
                        for x in s[lvl]:
                            add(lvl, x)
    return prof


# ------------------------------------------------------------------ text handling
INLINE_TAGS = {"a", "abbr", "b", "em", "i", "span", "strong", "sup", "sub", "small", "u", "code"}


def html_to_text(raw):
    t = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", raw)
    t = re.sub(r"(?s)<!--.*?-->", " ", t)

    def tag(m):
        name = m.group(1).lower()
        return "" if name in INLINE_TAGS else "\n"

    t = re.sub(r"(?s)</?\s*([A-Za-z][A-Za-z0-9]*)\b[^>]*>", tag, t)
    t = re.sub(r"<!DOCTYPE[^>]*>", " ", t, flags=re.I)
    return html.unescape(t)


def fold(t):
    return re.sub(r"\s+", " ", t).strip()


def fold_keep_blocks(t):
    """Fold whitespace like fold(), but keep one newline where a line or block ended.
    Replacing those newlines by spaces gives exactly fold(t), position for position."""
    t = re.sub(r"[^\S\n]+", " ", t)
    t = re.sub(r" *\n[\s]*", "\n", t)
    return t.strip()


def load_text(path):
    """Return (raw file, folded text with block boundaries as newlines)."""
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    if path.endswith(".html"):
        return raw, fold_keep_blocks(html_to_text(raw))
    return raw, fold_keep_blocks(raw)


NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}


def numbers_in(text):
    out = []
    for m in re.finditer(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?", text):
        whole, frac = m.group(1), m.group(2)
        if not whole and not frac:
            continue
        s = (whole or "0").replace(",", "") + (frac or "")
        out.append(float(s))
    for m in re.finditer(r"\b([A-Za-z]+)(?:-([A-Za-z]+))?\b", text):
        a, b = m.group(1).lower(), (m.group(2) or "").lower()
        if a in NUMBER_WORDS:
            v = NUMBER_WORDS[a]
            if b in NUMBER_WORDS and NUMBER_WORDS[b] < 10:
                out.append(float(v + NUMBER_WORDS[b]))
            out.append(float(v))
    return out


def has_number(nums, v):
    return any(abs(n - float(v)) <= 1e-9 * max(1.0, abs(v)) for n in nums)


def citation_markers(text):
    found = set()
    for m in re.finditer(r"\[(\d+(?:\s*[,\u2013-]\s*\d+)*)\]", text):
        for part in re.split(r"\s*,\s*", m.group(1)):
            r = re.split(r"\s*[\u2013-]\s*", part)
            if len(r) == 2:
                found.update(range(int(r[0]), int(r[1]) + 1))
            else:
                found.add(int(r[0]))
    for m in re.finditer(r"\[\^(\d+)\]", text):
        found.add(int(m.group(1)))
    for m in re.finditer(r"\((\d{1,2})\)", text):
        found.add(int(m.group(1)))
    return found


def sentence_start(text, pos):
    best = 0
    for sep in (". ", "? ", "! ", "] ", "\n"):
        i = text.rfind(sep, 0, pos)
        if i >= 0:
            best = max(best, i + len(sep))
    return best


# ------------------------------------------------------------------ checks
def check_keys(prof, level, obj, where):
    union, inter = prof[level]
    ks = set(obj.keys())
    extra = ks - union
    missing = inter - ks
    if extra:
        err(f"{where}: keys not used in dev/seeds: {sorted(extra)}")
    if missing:
        err(f"{where}: keys required by dev/seeds missing: {sorted(missing)}")


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def check_statement(doc, si, s, text, stretch, prof):
    w = f"{doc} st{si}"
    check_keys(prof, "statement", s, w)
    if s.get("kind") not in STATEMENT_KINDS:
        err(f"{w}: bad kind {s.get('kind')!r}")
    if s.get("route") not in ROUTES:
        err(f"{w}: bad route {s.get('route')!r}")
    drug = s.get("drug")
    if not isinstance(drug, str) or drug != drug.lower() or not drug:
        err(f"{w}: drug must be a non-empty lower-case string")
    folded_stretch = stretch
    nums = numbers_in(folded_stretch)

    pops, doses, meas, comps = s["populations"], s["doses"], s["measurements"], s["comparisons"]
    for pi, p in enumerate(pops):
        pw = f"{w} pop{pi}"
        check_keys(prof, "populations", p, pw)
        if not isinstance(p.get("n"), int) or isinstance(p.get("n"), bool) or p["n"] < 1:
            err(f"{pw}: n must be a positive integer")
        elif not has_number(nums, p["n"]):
            err(f"{pw}: n={p['n']} not found in statement text")
        if p.get("role") not in ROLES:
            err(f"{pw}: bad role {p.get('role')!r}")
        if p.get("who") not in WHO:
            err(f"{pw}: bad who {p.get('who')!r}")
        if p.get("text") not in folded_stretch:
            err(f"{pw}: text not verbatim in statement: {p.get('text')!r}")

    for di, d in enumerate(doses):
        dw = f"{w} dose{di}"
        check_keys(prof, "doses", d, dw)
        if d.get("unit") not in UNITS:
            err(f"{dw}: unit {d.get('unit')!r} not allowed")
        for k in ("amount", "amount_high"):
            if k in d:
                if not is_num(d[k]):
                    err(f"{dw}: {k} not numeric")
                elif not has_number(nums, d[k]):
                    err(f"{dw}: {k}={d[k]} not found in statement text")
        if "amount_high" in d and is_num(d["amount_high"]) and d["amount_high"] <= d["amount"]:
            err(f"{dw}: amount_high must exceed amount")
        if d.get("recipient") not in RECIPIENTS:
            err(f"{dw}: bad recipient {d.get('recipient')!r}")
        if "stat" in d and d["stat"] not in STATS:
            err(f"{dw}: bad stat {d['stat']!r}")
        if d.get("text") not in folded_stretch:
            err(f"{dw}: text not verbatim in statement: {d.get('text')!r}")

    for mi, m in enumerate(meas):
        mw = f"{w} meas{mi}"
        check_keys(prof, "measurements", m, mw)
        if m.get("unit") not in UNITS:
            err(f"{mw}: unit {m.get('unit')!r} not allowed")
        for k in ("value", "value_high"):
            if k in m:
                if not is_num(m[k]):
                    err(f"{mw}: {k} not numeric")
                elif not has_number(nums, m[k]):
                    err(f"{mw}: {k}={m[k]} not found in statement text")
        if "value_high" in m and is_num(m["value_high"]) and m["value_high"] <= m["value"]:
            err(f"{mw}: value_high must exceed value")
        if "qualifier" in m and m["qualifier"] not in QUALIFIERS:
            err(f"{mw}: bad qualifier {m['qualifier']!r}")
        if "stat" in m and m["stat"] not in STATS:
            err(f"{mw}: bad stat {m['stat']!r}")
        kind = m.get("kind")
        if kind not in MEAS_KINDS:
            err(f"{mw}: bad kind {kind!r}")
        mat = m.get("matrix")
        if kind in KINDS_WITH_MATRIX:
            if mat not in MATRICES:
                err(f"{mw}: kind {kind} needs a matrix, got {mat!r}")
        elif mat is not None:
            err(f"{mw}: matrix must be null for kind {kind}")
        if kind == "milk_plasma_ratio" and mat != "milk":
            err(f"{mw}: milk_plasma_ratio must have matrix milk")
        if kind == "infant_plasma_ratio" and mat != "infant_blood":
            err(f"{mw}: infant_plasma_ratio must have matrix infant_blood")
        if kind in ("relative_infant_dose", "milk_plasma_ratio", "infant_plasma_ratio") \
                and m.get("unit") not in ("%", "{ratio}"):
            err(f"{mw}: {kind} must be in % or {{ratio}}")
        if kind == "half_life" and m.get("unit") not in ("min", "h", "d", "wk", "mo"):
            err(f"{mw}: half_life needs a time unit")
        an = m.get("analyte")
        if an is not None and (not isinstance(an, str) or an != an.lower() or an == drug):
            err(f"{mw}: analyte must be lower case and differ from the drug: {an!r}")
        dl, pl = m.get("dose"), m.get("population")
        if dl is not None and (not isinstance(dl, int) or not 0 <= dl < len(doses)):
            err(f"{mw}: dose link {dl!r} out of range")
        if pl is not None and (not isinstance(pl, int) or not 0 <= pl < len(pops)):
            err(f"{mw}: population link {pl!r} out of range")
        if not m.get("measure"):
            err(f"{mw}: measure missing")

    for ci, c in enumerate(comps):
        cw = f"{w} comp{ci}"
        check_keys(prof, "comparisons", c, cw)
        vals, arms = c.get("values"), c.get("arms")
        if not isinstance(vals, list) or len(vals) < 2:
            err(f"{cw}: needs at least two values")
            continue
        if not isinstance(arms, list) or len(arms) != len(vals) or not all(arms):
            err(f"{cw}: arms must be one non-empty label per value")
        if c.get("unit") not in UNITS:
            err(f"{cw}: unit {c.get('unit')!r} not allowed")
        if c.get("kind") not in MEAS_KINDS:
            err(f"{cw}: bad kind {c.get('kind')!r}")
        if not c.get("outcome"):
            err(f"{cw}: outcome missing")
        if re.search(r"\d", c.get("outcome") or "") and c.get("kind") != "other":
            # outcome is 'without the numbers'; digits allowed only inside timepoints like 'at 2 months'
            pass
        used = set()
        for v in vals:
            hit = [i for i, m in enumerate(meas)
                   if i not in used and m.get("unit") == c.get("unit") and m.get("kind") == c.get("kind")
                   and is_num(m.get("value")) and abs(m["value"] - v) < 1e-9 and "value_high" not in m]
            if not hit:
                err(f"{cw}: value {v} {c.get('unit')} ({c.get('kind')}) has no backing measurement")
            else:
                used.add(hit[0])
        sig, p, pq = c.get("significant"), c.get("p_value"), c.get("p_qualifier")
        if sig not in (True, False, None):
            err(f"{cw}: significant must be true/false/null")
        if p is None:
            if pq is not None:
                err(f"{cw}: p_qualifier without p_value")
        else:
            if not is_num(p) or not 0 < p <= 1:
                err(f"{cw}: bad p_value {p!r}")
            elif not has_number(nums, p):
                err(f"{cw}: p_value {p} not found in statement text")
            if pq not in P_QUALIFIERS:
                err(f"{cw}: bad p_qualifier {pq!r}")
            elif is_num(p):
                if pq == "<" and p <= 0.05 and sig is not True:
                    err(f"{cw}: p < {p} but significant is {sig}")
                if pq == "=" and (p < 0.05) != (sig is True):
                    err(f"{cw}: p = {p} disagrees with significant={sig}")
                if pq == ">" and p >= 0.05 and sig is not False:
                    err(f"{cw}: p > {p} but significant is {sig}")

    cites = s.get("citations")
    if not isinstance(cites, list) or not all(isinstance(x, int) for x in cites):
        err(f"{w}: citations must be a list of integers")
    else:
        if len(set(cites)) != len(cites) or cites != sorted(cites):
            err(f"{w}: citations must be sorted and distinct")
        markers = citation_markers(folded_stretch)
        for c in cites:
            if c not in markers:
                err(f"{w}: citation {c} has no marker in the statement text")


def main():
    prof = key_profile()

    with open(EXCLUDED, encoding="utf-8") as f:
        excluded = [l.strip() for l in f if l.strip()]
    ex_re = re.compile(r"(?<![A-Za-z0-9])(" + "|".join(re.escape(x) for x in excluded)
                       + r")(?![A-Za-z0-9])", re.I)

    files = sorted(x for x in os.listdir(TEXTS) if not x.startswith("."))
    if len(files) != 6:
        err(f"texts/: expected 6 documents, found {len(files)}")
    for fn in files:
        if not re.fullmatch(r"al0[1-6]_[a-z0-9-]+_[a-z0-9-]+\.(txt|md|html)", fn):
            err(f"texts/{fn}: bad file name")

    texts = {}
    for fn in files:
        raw, folded = load_text(os.path.join(TEXTS, fn))
        texts[fn] = folded
        for src, label in ((raw, "raw"), (folded, "rendered")):
            for m in ex_re.finditer(src):
                err(f"texts/{fn}: excluded word {m.group(0)!r} ({label} text)")

    seen = set()
    with open(GOLD, encoding="utf-8") as f:
        lines = [l for l in f if l.strip()]
    for line in lines:
        d = json.loads(line)
        check_keys(prof, "doc", d, d.get("doc", "?"))
        doc = d["doc"]
        if doc in seen:
            err(f"{doc}: duplicate gold line")
        seen.add(doc)
        if doc not in texts:
            err(f"{doc}: no such text")
            continue
        blocks = texts[doc]
        text = blocks.replace("\n", " ")
        assert text == fold(text)
        sts = d["statements"]
        positions = []
        for si, s in enumerate(sts):
            a = s.get("anchor", "")
            if len(fold(a)) < 25:
                err(f"{doc} st{si}: anchor shorter than 25 characters")
            cnt = text.count(fold(a))
            if cnt != 1:
                err(f"{doc} st{si}: anchor found {cnt} times: {a!r}")
                positions.append(None)
            else:
                positions.append(text.index(fold(a)))
        good = [p for p in positions if p is not None]
        if good != sorted(good):
            err(f"{doc}: statements are not in document order")
        starts = [sentence_start(blocks, p) if p is not None else None for p in positions]
        for si, s in enumerate(sts):
            if positions[si] is None:
                continue
            end = len(text)
            for nxt in starts[si + 1:]:
                if nxt is not None:
                    end = nxt
                    break
            ref = re.search(r"\bReferences\b", text[positions[si]:end])
            if ref:
                end = positions[si] + ref.start()
            stretch = text[starts[si]:end]  # statement's stretch: its first sentence up to the next statement
            check_statement(doc, si, s, text, stretch, prof)
    missing = set(texts) - seen
    for m in sorted(missing):
        err(f"{m}: no gold line")

    if errors:
        for e in errors:
            print(e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("CLEAN")


if __name__ == "__main__":
    main()
