#!/usr/bin/env python3
"""Verify gold.jsonl against the documents in docs/ and FORMAT.md version 2 (stdlib only).

Prints every problem found, then CLEAN when there are none.
"""
import html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
GOLD = os.path.join(HERE, "gold.jsonl")
DEV = "/work/shared/gold/dev.jsonl"

WHO = {"mother", "infant", "pair", "other"}
ROLE = {"exposed", "control", "total"}
RECIPIENT = {"mother", "infant"}
KIND = {"concentration", "infant_dose", "relative_infant_dose", "milk_plasma_ratio", "infant_plasma_ratio",
        "half_life", "amount_excreted", "proportion", "change", "milk_volume", "other"}
MATRIX = {"milk", "maternal_blood", "infant_blood", "cord_blood", "maternal_urine", "infant_urine"}
MATRIX_KINDS = {"concentration", "half_life", "milk_plasma_ratio", "infant_plasma_ratio"}
ROUTE = {"oral", "intravenous", "intramuscular", "subcutaneous", "topical", "transdermal", "epidural",
         "intrathecal", "inhaled", "intranasal", "rectal", "vaginal", "ophthalmic", None}
UNITS = {"mg", "g", "ug", "ng", "mL", "L", "mg/L", "ug/L", "ng/mL", "ug/mL", "mg/dL", "mmol/L", "meq/L",
         "mg/kg", "ug/kg", "%", "[IU]", "[IU]/L", "{ratio}", "min", "h", "d", "wk", "mo", "kg"}
QUAL = {"<", ">", "<=", ">=", "~"}
PQUAL = {"<", "=", ">"}
STAT = {"mean", "median", "range", "maximum"}
SKIND = {"study", "recommendation"}
WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
         10: "ten", 11: "eleven", 12: "twelve"}

problems = []


def bad(doc, msg):
    problems.append(f"{doc}: {msg}")


def fold(s):
    return re.sub(r"\s+", " ", s).strip()


def load_text(name):
    raw = open(os.path.join(DOCS, name), encoding="utf-8").read()
    if name.endswith((".html", ".htm")):
        raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", "", raw)
        raw = re.sub(r"(?s)<[^>]+>", "", raw)
        raw = html.unescape(raw)
    return fold(raw)


def fmt(x):
    if isinstance(x, float) and x.is_integer():
        x = int(x)
    return str(x)


def has_number(stretch, x):
    s = fmt(x)
    if s.startswith("0.") and re.search(r"(?<![\d.])" + re.escape(s[1:]) + r"0*(?!\d)", stretch):
        return True
    plain = re.sub(r"(?<=\d),(?=\d{3})", "", stretch)
    return re.search(r"(?<![\d.])" + re.escape(s) + r"0*(?!\d)", plain) is not None


def cite_markers(stretch):
    found = set()
    for m in re.finditer(r"\[(\d+(?:\s*[,\u2013-]\s*\d+)*)\]", stretch):
        for part in re.split(r"\s*,\s*", m.group(1)):
            r = re.split(r"\s*[\u2013-]\s*", part)
            if len(r) == 2:
                found.update(range(int(r[0]), int(r[1]) + 1))
            else:
                found.add(int(r[0]))
    for m in re.finditer(r"\((\d{1,2})\)", stretch):
        found.add(int(m.group(1)))
    for m in re.finditer(r"\(Ref\. (\d+)\)", stretch):
        found.add(int(m.group(1)))
    return found


def key_union(dev, path):
    keys = set()
    for d in dev:
        for s in d["statements"]:
            if path == "s":
                keys |= set(s)
            else:
                for it in s[path]:
                    keys |= set(it)
    return keys


def main():
    dev = [json.loads(l) for l in open(DEV, encoding="utf-8") if l.strip()]
    top_keys = set(dev[0])
    s_keys = key_union(dev, "s")
    allowed = {k: key_union(dev, k) for k in ("populations", "doses", "measurements", "comparisons")}
    required = {"populations": {"n", "text", "role", "who"},
                "doses": {"amount", "unit", "text", "recipient"},
                "measurements": {"value", "unit", "measure", "kind", "matrix", "analyte", "dose", "population"},
                "comparisons": allowed["comparisons"]}
    gold = [json.loads(l) for l in open(GOLD, encoding="utf-8") if l.strip()]
    seen_docs = set()
    for d in gold:
        name = d.get("doc")
        if set(d) != top_keys:
            bad(name, f"top-level keys {sorted(d)} != {sorted(top_keys)}")
        if name in seen_docs:
            bad(name, "duplicate doc line")
        seen_docs.add(name)
        if not os.path.exists(os.path.join(DOCS, name)):
            bad(name, "document file missing")
            continue
        text = load_text(name)
        # locate anchors
        pos = []
        for i, s in enumerate(d["statements"]):
            a = fold(s["anchor"])
            if len(a) < 25:
                bad(name, f"anchor too short: {a!r}")
            c = text.count(a)
            if c != 1:
                bad(name, f"anchor found {c} times: {a!r}")
            pos.append(text.find(a))
        order = sorted(p for p in pos if p >= 0)
        for i, s in enumerate(d["statements"]):
            tag = f"stmt {i} ({s['anchor'][:40]!r})"
            if set(s) != s_keys:
                bad(name, f"{tag}: statement keys {sorted(s)} != {sorted(s_keys)}")
            if pos[i] < 0:
                continue
            nxt = [p for p in order if p > pos[i]]
            stretch = text[pos[i]: nxt[0] if nxt else len(text)]
            if s["kind"] not in SKIND:
                bad(name, f"{tag}: kind {s['kind']}")
            if s["route"] not in ROUTE:
                bad(name, f"{tag}: route {s['route']}")
            if s["drug"] != s["drug"].lower():
                bad(name, f"{tag}: drug not lower case")
            for part in ("populations", "doses", "measurements", "comparisons"):
                for j, it in enumerate(s[part]):
                    ks = set(it)
                    if not ks <= allowed[part] | {"value_high", "amount_high", "qualifier", "drug"}:
                        bad(name, f"{tag}: {part}[{j}] unknown keys {sorted(ks - allowed[part])}")
                    if not required[part] <= ks:
                        bad(name, f"{tag}: {part}[{j}] missing keys {sorted(required[part] - ks)}")
            for j, p in enumerate(s["populations"]):
                if not isinstance(p["n"], int) or p["n"] < 1:
                    bad(name, f"{tag}: population {j} n {p['n']}")
                if p["role"] not in ROLE or p["who"] not in WHO:
                    bad(name, f"{tag}: population {j} role/who {p['role']}/{p['who']}")
                if fold(p["text"]) not in stretch:
                    bad(name, f"{tag}: population text not in stretch: {p['text']!r}")
                t = p["text"].lower()
                if not (re.search(r"(?<!\d)%d(?!\d)" % p["n"], t) or WORDS.get(p["n"], "@@") in re.findall(r"[a-z]+", t)):
                    bad(name, f"{tag}: population text lacks its count {p['n']}: {p['text']!r}")
            for j, ds in enumerate(s["doses"]):
                if ds["unit"] not in UNITS or ds["recipient"] not in RECIPIENT:
                    bad(name, f"{tag}: dose {j} unit/recipient {ds['unit']}/{ds['recipient']}")
                if ds.get("stat") and ds["stat"] not in STAT:
                    bad(name, f"{tag}: dose {j} stat {ds['stat']}")
                if fold(ds["text"]) not in stretch:
                    bad(name, f"{tag}: dose text not in stretch: {ds['text']!r}")
                for v in (ds["amount"], ds.get("amount_high")):
                    if v is not None and not has_number(ds["text"], v):
                        bad(name, f"{tag}: dose text {ds['text']!r} lacks {v}")
                if "amount_high" in ds and ds["amount_high"] <= ds["amount"]:
                    bad(name, f"{tag}: dose {j} amount_high <= amount")
            for j, m in enumerate(s["measurements"]):
                mt = f"{tag}: measurement {j} ({m['value']} {m['unit']})"
                if m["unit"] not in UNITS:
                    bad(name, f"{mt}: unit")
                if m["kind"] not in KIND:
                    bad(name, f"{mt}: kind {m['kind']}")
                if m.get("qualifier") and m["qualifier"] not in QUAL:
                    bad(name, f"{mt}: qualifier")
                if m.get("stat") and m["stat"] not in STAT:
                    bad(name, f"{mt}: stat")
                if "value_high" in m and m["value_high"] <= m["value"]:
                    bad(name, f"{mt}: value_high <= value")
                if ("value_high" in m) != (m.get("stat") == "range") and m.get("stat") == "range":
                    bad(name, f"{mt}: range without value_high")
                for v in (m["value"], m.get("value_high")):
                    if v is not None and not has_number(stretch, v):
                        bad(name, f"{mt}: value {v} not in stretch")
                k, mx = m["kind"], m["matrix"]
                if k in MATRIX_KINDS:
                    if mx not in MATRIX:
                        bad(name, f"{mt}: kind {k} needs a matrix, got {mx}")
                elif mx is not None:
                    bad(name, f"{mt}: kind {k} must have null matrix, got {mx}")
                if k == "milk_plasma_ratio" and mx != "milk":
                    bad(name, f"{mt}: milk_plasma_ratio must be matrix milk")
                if k == "infant_plasma_ratio" and mx != "infant_blood":
                    bad(name, f"{mt}: infant_plasma_ratio must be matrix infant_blood")
                if k in ("relative_infant_dose", "proportion", "change") and m["unit"] != "%":
                    bad(name, f"{mt}: {k} should be in %")
                if k == "milk_plasma_ratio" and m["unit"] not in ("%", "{ratio}"):
                    bad(name, f"{mt}: ratio unit")
                if k == "half_life" and m["unit"] not in ("h", "min", "d"):
                    bad(name, f"{mt}: half-life unit")
                if k == "concentration" and "/" not in m["unit"]:
                    bad(name, f"{mt}: concentration unit")
                a = m["analyte"]
                if a is not None and (a != a.lower() or a == s["drug"]):
                    bad(name, f"{mt}: analyte {a!r} (must be lower case and not the drug)")
                if m["dose"] is not None and not (isinstance(m["dose"], int) and 0 <= m["dose"] < len(s["doses"])):
                    bad(name, f"{mt}: dose link {m['dose']} out of range")
                if m["population"] is not None and not (isinstance(m["population"], int) and 0 <= m["population"] < len(s["populations"])):
                    bad(name, f"{mt}: population link {m['population']} out of range")
                if m["dose"] is not None and s["doses"][m["dose"]]["recipient"] != "mother" and k not in ("half_life", "concentration"):
                    bad(name, f"{mt}: linked to an infant dose")
            for j, c in enumerate(s["comparisons"]):
                ct = f"{tag}: comparison {j} {c['values']}"
                if len(c["arms"]) != len(c["values"]) or len(c["values"]) < 2:
                    bad(name, f"{ct}: arms/values length")
                if c["kind"] not in KIND or c["unit"] not in UNITS:
                    bad(name, f"{ct}: kind/unit")
                for v in c["values"]:
                    hits = [m for m in s["measurements"] if m["value"] == v and m["unit"] == c["unit"] and "value_high" not in m]
                    if not hits:
                        bad(name, f"{ct}: value {v} {c['unit']} is not a measurement of the statement")
                    elif not any(m["kind"] == c["kind"] for m in hits):
                        bad(name, f"{ct}: kind {c['kind']} differs from measurement kind")
                if not c["outcome"] or any(has_number(c["outcome"], v) for v in c["values"]):
                    bad(name, f"{ct}: outcome empty or repeats a compared value: {c['outcome']!r}")
                if c["significant"] not in (True, False, None):
                    bad(name, f"{ct}: significant")
                p, pq = c["p_value"], c["p_qualifier"]
                if (p is None) != (pq is None):
                    bad(name, f"{ct}: p_value/p_qualifier must both be set or both null")
                if p is not None:
                    if pq not in PQUAL:
                        bad(name, f"{ct}: p_qualifier {pq}")
                    if not has_number(stretch, p):
                        bad(name, f"{ct}: p-value {p} not in stretch")
                    expect = True if (p < 0.05 or (pq == "<" and p <= 0.05)) else (False if pq in ("=", ">") else None)
                    if expect is not None and c["significant"] is not expect:
                        bad(name, f"{ct}: significant={c['significant']} inconsistent with p {pq} {p}")
            found = cite_markers(stretch)
            for cnum in s["citations"]:
                if cnum not in found:
                    bad(name, f"{tag}: citation {cnum} not in stretch (found {sorted(found)})")
            extra = found - set(s["citations"])
            if extra:
                bad(name, f"{tag}: markers {sorted(extra)} in stretch but not cited")
    for f in sorted(os.listdir(DOCS)):
        if f not in seen_docs:
            bad(f, "document has no gold line")
    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problem(s)")
        return 1
    print("CLEAN")
    return 0


if __name__ == "__main__":
    sys.exit(main())
