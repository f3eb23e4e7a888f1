#!/usr/bin/env python3
"""Validator for the SYNTHETIC held-out corpus aj (gold format version 2).
Prints CLEAN when no problem is found. Standard library only."""
import html, json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TEXTS = os.path.join(ROOT, "texts")
GOLD = os.path.join(ROOT, "gold.jsonl")
EXCL = os.path.join(ROOT, "EXCLUDED_DRUGS.txt")
SHARED_GOLD = ["/work/shared/gold/dev.jsonl", "/work/shared/gold/seeds.jsonl"]

ROUTES = {"oral", "intravenous", "intramuscular", "subcutaneous", "topical", "transdermal", "epidural",
          "intrathecal", "inhaled", "intranasal", "rectal", "vaginal", "ophthalmic", None}
UNITS = {"mg", "g", "ug", "ng", "mL", "L", "mg/L", "ug/L", "ng/mL", "ug/mL", "mg/dL", "mmol/L", "meq/L",
         "mg/kg", "ug/kg", "%", "[IU]", "[IU]/L", "{ratio}", "min", "h", "d", "wk", "mo"}
MKINDS = {"concentration", "infant_dose", "relative_infant_dose", "milk_plasma_ratio", "infant_plasma_ratio",
          "half_life", "amount_excreted", "proportion", "change", "milk_volume", "other"}
MATRICES = {"milk", "maternal_blood", "infant_blood", "cord_blood", "maternal_urine", "infant_urine"}
WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
         "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20}

errors = []
def err(doc, msg):
    errors.append(f"{doc}: {msg}")

def fold(s):
    return re.sub(r"\s+", " ", s).strip()

def plain(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith((".html", ".htm")):
        raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        raw = re.sub(r"(?s)<!--.*?-->", " ", raw)
        raw = re.sub(r"<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return fold(raw)

NUM_RE = re.compile(r"(?<![\d.])\d+(?:,\d{3})*(?:\.\d+)?|(?<![\d.])\.\d+")
def numbers(s):
    out = [float(m.group().replace(",", "")) for m in NUM_RE.finditer(s)]
    for w in re.findall(r"[A-Za-z]+", s):
        if w.lower() in WORDS:
            out.append(float(WORDS[w.lower()]))
    return out

def has_num(x, stretch_nums):
    return any(abs(x - y) < 1e-9 for y in stretch_nums)

# reference key sets from the shared gold files
ref = {"statement": set(), "populations": set(), "doses": set(), "measurements": set(), "comparisons": set()}
for f in SHARED_GOLD:
    for line in open(f, encoding="utf-8"):
        d = json.loads(line)
        ref.setdefault("doc", set()).update(d.keys())
        for s in d["statements"]:
            ref["statement"].add(tuple(s.keys()))
            for k in ("populations", "doses", "measurements", "comparisons"):
                for x in s[k]:
                    ref[k].update(x.keys())
REQ = {"populations": {"n", "text", "role", "who"}, "doses": {"amount", "unit", "text", "recipient"},
       "measurements": {"value", "unit", "kind", "matrix", "analyte", "dose", "population"},
       "comparisons": set(ref["comparisons"])}

excluded = [w.strip().lower() for w in open(EXCL, encoding="utf-8") if w.strip()]
excl_re = re.compile(r"(?<![A-Za-z0-9])(" + "|".join(re.escape(w) for w in excluded) + r")(?![A-Za-z0-9])", re.I)

gold = [json.loads(l) for l in open(GOLD, encoding="utf-8") if l.strip()]
files = sorted(os.listdir(TEXTS))
if sorted(d["doc"] for d in gold) != files:
    err("gold", f"docs {sorted(d['doc'] for d in gold)} != texts {files}")

for d in gold:
    doc = d.get("doc")
    if set(d.keys()) != ref["doc"]:
        err(doc, f"doc keys {sorted(d.keys())}")
    path = os.path.join(TEXTS, doc)
    if not os.path.exists(path):
        err(doc, "text missing"); continue
    text = plain(path)
    starts = []
    for i, s in enumerate(d["statements"]):
        a = fold(s["anchor"])
        if len(a) < 25:
            err(doc, f"st{i} anchor shorter than 25")
        c = text.count(a)
        if c != 1:
            err(doc, f"st{i} anchor found {c} times: {a!r}")
        starts.append(text.find(a))
    order = sorted(range(len(starts)), key=lambda i: starts[i])
    if order != list(range(len(starts))):
        err(doc, "statements not in text order")
    for i, s in enumerate(d["statements"]):
        sid = f"st{i}"
        if tuple(s.keys()) not in ref["statement"]:
            err(doc, f"{sid} statement keys {list(s.keys())}")
        nxt = sorted(x for x in starts if x > starts[i])
        stretch = text[starts[i]: nxt[0] if nxt else len(text)]
        nums = numbers(stretch)
        if s["kind"] not in ("study", "recommendation"):
            err(doc, f"{sid} kind {s['kind']}")
        if s["route"] not in ROUTES:
            err(doc, f"{sid} route {s['route']}")
        if s["drug"] != s["drug"].lower() or s["drug"].lower() not in stretch.lower() and s["drug"].lower() not in text.lower():
            err(doc, f"{sid} drug {s['drug']}")
        for k in ("populations", "doses", "measurements", "comparisons"):
            for j, x in enumerate(s[k]):
                extra = set(x.keys()) - ref[k]
                miss = REQ[k] - set(x.keys())
                if extra or miss:
                    err(doc, f"{sid} {k}[{j}] extra {extra} missing {miss}")
        for j, p in enumerate(s["populations"]):
            if not isinstance(p["n"], int) or p["n"] < 1:
                err(doc, f"{sid} pop{j} n {p['n']}")
            if p["role"] not in ("exposed", "control", "total"):
                err(doc, f"{sid} pop{j} role {p['role']}")
            if p["who"] not in ("mother", "infant", "pair", "other"):
                err(doc, f"{sid} pop{j} who {p['who']}")
            if fold(p["text"]) not in stretch:
                err(doc, f"{sid} pop{j} text not verbatim in stretch: {p['text']!r}")
            if not has_num(p["n"], numbers(p["text"])):
                err(doc, f"{sid} pop{j} n {p['n']} not in its text")
        for j, q in enumerate(s["doses"]):
            if q["unit"] not in UNITS:
                err(doc, f"{sid} dose{j} unit {q['unit']}")
            if q["recipient"] not in ("mother", "infant"):
                err(doc, f"{sid} dose{j} recipient {q['recipient']}")
            if q.get("stat") not in (None, "mean", "median", "range", "maximum"):
                err(doc, f"{sid} dose{j} stat {q.get('stat')}")
            if fold(q["text"]) not in stretch:
                err(doc, f"{sid} dose{j} text not verbatim in stretch: {q['text']!r}")
            for key in ("amount", "amount_high"):
                if key in q and not has_num(q[key], numbers(q["text"])):
                    err(doc, f"{sid} dose{j} {key} {q[key]} not in its text")
        for j, m in enumerate(s["measurements"]):
            if m["unit"] not in UNITS:
                err(doc, f"{sid} m{j} unit {m['unit']}")
            if m["kind"] not in MKINDS:
                err(doc, f"{sid} m{j} kind {m['kind']}")
            if m["matrix"] is not None and m["matrix"] not in MATRICES:
                err(doc, f"{sid} m{j} matrix {m['matrix']}")
            if m["kind"] in ("concentration", "half_life") and m["matrix"] is None:
                err(doc, f"{sid} m{j} {m['kind']} without matrix")
            if m["kind"] == "milk_plasma_ratio" and m["matrix"] != "milk":
                err(doc, f"{sid} m{j} milk_plasma_ratio matrix")
            if m["kind"] == "infant_plasma_ratio" and m["matrix"] != "infant_blood":
                err(doc, f"{sid} m{j} infant_plasma_ratio matrix")
            if m["kind"] not in ("concentration", "half_life", "milk_plasma_ratio", "infant_plasma_ratio") and m["matrix"] is not None:
                err(doc, f"{sid} m{j} matrix must be null for {m['kind']}")
            if m.get("qualifier") not in (None, "<", ">", "<=", ">=", "~"):
                err(doc, f"{sid} m{j} qualifier")
            if m.get("stat") not in (None, "mean", "median", "range", "maximum"):
                err(doc, f"{sid} m{j} stat {m.get('stat')}")
            if m["analyte"] is not None and (m["analyte"] != m["analyte"].lower() or m["analyte"] == s["drug"]):
                err(doc, f"{sid} m{j} analyte {m['analyte']}")
            for key in ("value", "value_high"):
                if key in m and not has_num(m[key], nums):
                    err(doc, f"{sid} m{j} {key} {m[key]} not in stretch")
            if "value_high" in m and m["value_high"] <= m["value"]:
                err(doc, f"{sid} m{j} value_high <= value")
            if m["dose"] is not None and not (isinstance(m["dose"], int) and 0 <= m["dose"] < len(s["doses"])):
                err(doc, f"{sid} m{j} dose link out of range")
            if m["population"] is not None and not (isinstance(m["population"], int) and 0 <= m["population"] < len(s["populations"])):
                err(doc, f"{sid} m{j} population link out of range")
        for j, c in enumerate(s["comparisons"]):
            if set(c.keys()) != ref["comparisons"]:
                err(doc, f"{sid} c{j} keys")
            if len(c["values"]) < 2:
                err(doc, f"{sid} c{j} fewer than 2 values")
            if len(c["arms"]) != len(c["values"]):
                err(doc, f"{sid} c{j} arms/values length")
            if c["unit"] not in UNITS or c["kind"] not in MKINDS:
                err(doc, f"{sid} c{j} unit/kind")
            for v in c["values"]:
                if not any(abs(m["value"] - v) < 1e-9 and m["unit"] == c["unit"] and m["kind"] == c["kind"]
                           and "value_high" not in m for m in s["measurements"]):
                    err(doc, f"{sid} c{j} value {v} not backed by a measurement")
            if not c["outcome"] or re.search(r"\d+(\.\d+)?\s*(%|mg|ug|mL|ng)", c["outcome"]):
                err(doc, f"{sid} c{j} outcome empty or has numbers")
            pv, pq, sig = c["p_value"], c["p_qualifier"], c["significant"]
            if sig not in (True, False, None):
                err(doc, f"{sid} c{j} significant")
            if (pv is None) != (pq is None):
                err(doc, f"{sid} c{j} p_value/p_qualifier mismatch")
            if pv is not None:
                if pq not in ("<", "=", ">"):
                    err(doc, f"{sid} c{j} p_qualifier {pq}")
                if not has_num(pv, nums):
                    err(doc, f"{sid} c{j} p {pv} not in stretch")
                expect = True if (pq == "<" and pv <= 0.05) or (pq == "=" and pv < 0.05) else \
                         False if (pv >= 0.05 and pq in ("=", ">")) else None
                if expect is not None and sig is not expect:
                    err(doc, f"{sid} c{j} significant {sig} inconsistent with p {pq}{pv}")
        for cnum in s["citations"]:
            if not isinstance(cnum, int) or not re.search(r"[\[(,]\s*%d\s*[\]),]" % cnum, stretch):
                err(doc, f"{sid} citation {cnum} not found in stretch")

# excluded drug words anywhere in the deliverable
for dirpath, _, fnames in os.walk(ROOT):
    for fn in fnames:
        if fn == "EXCLUDED_DRUGS.txt" or fn.endswith(".pyc"):
            continue
        p = os.path.join(dirpath, fn)
        try:
            body = open(p, encoding="utf-8").read()
        except UnicodeDecodeError:
            continue
        for m in excl_re.finditer(body):
            err(os.path.relpath(p, ROOT), f"excluded drug word {m.group()!r}")

if errors:
    print("\n".join(errors))
    print(f"{len(errors)} problem(s)")
    sys.exit(1)
nm = sum(len(s["measurements"]) for d in gold for s in d["statements"])
nc = sum(len(s["comparisons"]) for d in gold for s in d["statements"])
print(f"{len(gold)} docs, {sum(len(d['statements']) for d in gold)} statements, {nm} measurements, {nc} comparisons")
print("CLEAN")
