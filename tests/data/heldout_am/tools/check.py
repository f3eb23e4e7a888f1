#!/usr/bin/env python3
"""Validator for the held-out corpus 'am' (gold.jsonl + texts/).

Checks
  * keys and structure against the shared dev and seed gold files;
  * closed codes and UCUM units allowed by FORMAT.md (version 2);
  * each anchor (25+ characters) occurs exactly once in the whitespace-folded text
    (HTML: scripts/styles/comments removed, tags stripped, entities decoded; the
    anchor must be unique whether tags are replaced by a space or by nothing);
  * every number (population n, dose amounts, measurement values, p-values) is
    written inside its statement's stretch of text;
  * population and dose `text` are verbatim inside the stretch;
  * dose/population links are in range; comparisons are backed by measurements;
  * `significant` agrees with the p-value;
  * cited reference numbers appear as markers in the stretch, and every bracketed
    marker in a stretch is cited;
  * no word of EXCLUDED_DRUGS.txt appears anywhere in the texts.
Prints CLEAN when nothing is wrong; otherwise lists the problems and exits 1.
Standard library only.
"""
import html
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
TEXTS = os.path.join(ROOT, "texts")
GOLD = os.path.join(ROOT, "gold.jsonl")
EXCLUDED = os.path.join(ROOT, "EXCLUDED_DRUGS.txt")
SHARED = "/work/shared/gold"
REF_FILES = [os.path.join(SHARED, "dev.jsonl"), os.path.join(SHARED, "seeds.jsonl")]

ROUTES = {"oral", "intravenous", "intramuscular", "subcutaneous", "topical", "transdermal",
          "epidural", "intrathecal", "inhaled", "intranasal", "rectal", "vaginal", "ophthalmic"}
ST_KINDS = {"study", "recommendation"}
ROLES = {"exposed", "control", "total"}
WHOS = {"mother", "infant", "pair", "other"}
RECIPIENTS = {"mother", "infant"}
M_KINDS = {"concentration", "infant_dose", "relative_infant_dose", "milk_plasma_ratio",
           "infant_plasma_ratio", "half_life", "amount_excreted", "proportion", "change",
           "milk_volume", "other"}
MATRICES = {"milk", "maternal_blood", "infant_blood", "cord_blood", "maternal_urine", "infant_urine"}
MATRIX_KINDS = {"concentration", "half_life", "milk_plasma_ratio", "infant_plasma_ratio"}
UNITS = {"mg", "g", "ug", "ng", "mL", "L", "mg/L", "ug/L", "ng/mL", "ug/mL", "mg/dL", "mmol/L",
         "meq/L", "mg/kg", "ug/kg", "%", "[IU]", "[IU]/L", "{ratio}", "min", "h", "d", "wk", "mo"}
QUALIFIERS = {"<", ">", "<=", ">=", "~"}
P_QUALIFIERS = {"<", "=", ">"}
DOSE_STATS = {"mean", "median", "range", "maximum"}
# measurement `stat` is not a closed set in FORMAT.md; the corpus uses these
# (dev/seed values plus "iqr", see README decision list)
MEAS_STATS = {"mean", "median", "range", "maximum", "iqr"}
RANGE_STATS = {"range", "iqr"}

NUM_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}

problems = []


def err(doc, msg):
    problems.append("%s: %s" % (doc, msg))


# ------------------------------------------------------------------ text handling
def fold(s):
    return re.sub(r"\s+", " ", s).strip()


def html_text(raw, tag_repl):
    s = re.sub(r"(?is)<!--.*?-->", " ", raw)
    s = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", s)
    s = re.sub(r"(?s)<[^>]+>", tag_repl, s)
    return fold(html.unescape(s))


def doc_texts(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        return raw, html_text(raw, " "), html_text(raw, "")
    t = fold(raw)
    return raw, t, t


def numbers_in(s):
    """Every number written in s, as floats (absolute values), plus number words."""
    out = set()
    for m in re.finditer(r"\d[\d,]*(?:\.\d+)?|\.\d+", s):
        tok = m.group(0).rstrip(",")
        for cand in {tok.replace(",", "")} | set(tok.split(",")):
            if cand and cand != ".":
                try:
                    out.add(abs(float(cand)))
                except ValueError:
                    pass
    low = s.lower()
    for m in re.finditer(r"[a-z]+(?:-[a-z]+)?", low):
        w = m.group(0)
        parts = w.split("-")
        if len(parts) == 2 and parts[0] in TENS and parts[1] in NUM_WORDS and NUM_WORDS[parts[1]] < 10:
            out.add(float(TENS[parts[0]] + NUM_WORDS[parts[1]]))
        for p in parts:
            if p in NUM_WORDS:
                out.add(float(NUM_WORDS[p]))
            if p in TENS:
                out.add(float(TENS[p]))
    return out


def has_num(nums, v):
    return any(abs(abs(v) - x) < 1e-9 for x in nums)


SENT_END = re.compile(r"[.!?][\"')\u201d\u2019*_]*(?:\[[0-9,\s\-\u2013]+\])*\s+")


def sentence_start(text, pos, floor):
    """Start of the sentence holding pos: just after the last sentence end between
    floor (the end of the previous statement's anchor) and pos; pos itself when
    there is none (the anchor then opens its sentence, e.g. a table title)."""
    start = pos
    for m in SENT_END.finditer(text, floor, pos):
        start = m.end()
    return start


CIT_BRACKET = re.compile(r"\[(\d+(?:\s*[-\u2013,]\s*\d+)*)\]")
CIT_PAREN = re.compile(r"\((\d{1,2})\)")


def expand(marker):
    out = set()
    for part in marker.split(","):
        part = part.strip()
        m = re.match(r"(\d+)\s*[-\u2013]\s*(\d+)$", part)
        if m:
            a, b = int(m.group(1)), int(m.group(2))
            out.update(range(a, b + 1))
        elif part.isdigit():
            out.add(int(part))
    return out


def markers(stretch, paren_style):
    found = set()
    for m in CIT_BRACKET.finditer(stretch):
        found |= expand(m.group(1))
    if paren_style:
        for m in CIT_PAREN.finditer(stretch):
            found.add(int(m.group(1)))
    return found


# ------------------------------------------------------------------ reference structure
def ref_structure():
    docs, stmts = [], []
    keysets = {k: [] for k in ("populations", "doses", "measurements", "comparisons")}
    for f in REF_FILES:
        for line in open(f, encoding="utf-8"):
            d = json.loads(line)
            docs.append(list(d.keys()))
            for s in d["statements"]:
                stmts.append(list(s.keys()))
                for k in keysets:
                    for x in s[k]:
                        keysets[k].append(set(x.keys()))
    spec = {}
    for k, sets in keysets.items():
        spec[k] = (set.intersection(*sets), set.union(*sets))
    doc_keys = Counter(map(tuple, docs)).most_common(1)[0][0]
    st_keys = Counter(map(tuple, stmts)).most_common(1)[0][0]
    return list(doc_keys), list(st_keys), spec


# ------------------------------------------------------------------ checks
def check_codes(doc, si, s):
    where = "statement %d" % si
    if s["kind"] not in ST_KINDS:
        err(doc, "%s: kind %r" % (where, s["kind"]))
    if s["route"] is not None and s["route"] not in ROUTES:
        err(doc, "%s: route %r" % (where, s["route"]))
    if not isinstance(s["drug"], str) or s["drug"] != s["drug"].lower() or not s["drug"]:
        err(doc, "%s: drug must be a lower-case string" % where)
    for i, p in enumerate(s["populations"]):
        if not isinstance(p["n"], int) or isinstance(p["n"], bool) or p["n"] < 1:
            err(doc, "%s population %d: n must be a positive integer" % (where, i))
        if p["role"] not in ROLES:
            err(doc, "%s population %d: role %r" % (where, i, p["role"]))
        if p["who"] not in WHOS:
            err(doc, "%s population %d: who %r" % (where, i, p["who"]))
    for i, d in enumerate(s["doses"]):
        if d["unit"] not in UNITS:
            err(doc, "%s dose %d: unit %r" % (where, i, d["unit"]))
        if d["recipient"] not in RECIPIENTS:
            err(doc, "%s dose %d: recipient %r" % (where, i, d["recipient"]))
        if "stat" in d and d["stat"] not in DOSE_STATS:
            err(doc, "%s dose %d: stat %r" % (where, i, d["stat"]))
        if "amount_high" in d and not d["amount_high"] > d["amount"]:
            err(doc, "%s dose %d: amount_high must exceed amount" % (where, i))
        if "drug" in d and d["drug"] != d["drug"].lower():
            err(doc, "%s dose %d: drug must be lower case" % (where, i))
    for i, m in enumerate(s["measurements"]):
        w = "%s measurement %d" % (where, i)
        if m["unit"] not in UNITS:
            err(doc, "%s: unit %r" % (w, m["unit"]))
        if m["kind"] not in M_KINDS:
            err(doc, "%s: kind %r" % (w, m["kind"]))
        if "qualifier" in m and m["qualifier"] not in QUALIFIERS:
            err(doc, "%s: qualifier %r" % (w, m["qualifier"]))
        if "stat" in m and m["stat"] not in MEAS_STATS:
            err(doc, "%s: stat %r" % (w, m["stat"]))
        if "value_high" in m and not m["value_high"] > m["value"]:
            err(doc, "%s: value_high must exceed value" % w)
        if m["kind"] in MATRIX_KINDS:
            if m["matrix"] not in MATRICES:
                err(doc, "%s: matrix %r for kind %s" % (w, m["matrix"], m["kind"]))
        elif m["matrix"] is not None:
            err(doc, "%s: matrix must be null for kind %s" % (w, m["kind"]))
        if m["kind"] == "milk_plasma_ratio" and m["matrix"] != "milk":
            err(doc, "%s: milk_plasma_ratio needs matrix milk" % w)
        if m["kind"] == "infant_plasma_ratio" and m["matrix"] != "infant_blood":
            err(doc, "%s: infant_plasma_ratio needs matrix infant_blood" % w)
        if m["kind"] in ("milk_plasma_ratio", "infant_plasma_ratio", "relative_infant_dose",
                         "proportion", "change") and m["unit"] not in ("%", "{ratio}"):
            err(doc, "%s: kind %s needs unit %% or {ratio}" % (w, m["kind"]))
        if m["kind"] == "half_life" and m["unit"] not in ("min", "h", "d"):
            err(doc, "%s: half_life needs a time unit" % w)
        if m["kind"] == "milk_volume" and m["unit"] not in ("mL", "L"):
            err(doc, "%s: milk_volume needs a volume unit" % w)
        if m["analyte"] is not None and (m["analyte"] != m["analyte"].lower() or m["analyte"] == s["drug"]):
            err(doc, "%s: analyte must be lower case and differ from the drug" % w)
        if m["dose"] is not None and not (isinstance(m["dose"], int) and 0 <= m["dose"] < len(s["doses"])):
            err(doc, "%s: dose link %r out of range" % (w, m["dose"]))
        if m["population"] is not None and not (isinstance(m["population"], int) and 0 <= m["population"] < len(s["populations"])):
            err(doc, "%s: population link %r out of range" % (w, m["population"]))
    for i, c in enumerate(s["comparisons"]):
        w = "%s comparison %d" % (where, i)
        if c["unit"] not in UNITS:
            err(doc, "%s: unit %r" % (w, c["unit"]))
        if c["kind"] not in M_KINDS:
            err(doc, "%s: kind %r" % (w, c["kind"]))
        if len(c["values"]) < 2 or len(c["values"]) != len(c["arms"]):
            err(doc, "%s: needs 2+ values and one arm per value" % w)
        if len(set(c["arms"])) != len(c["arms"]):
            err(doc, "%s: arms must be distinct" % w)
        if not c["outcome"]:
            err(doc, "%s: empty outcome" % w)
        if c["significant"] not in (True, False, None):
            err(doc, "%s: significant must be true/false/null" % w)
        pv, pq = c["p_value"], c["p_qualifier"]
        if (pv is None) != (pq is None):
            err(doc, "%s: p_value and p_qualifier go together" % w)
        if pq is not None and pq not in P_QUALIFIERS:
            err(doc, "%s: p_qualifier %r" % (w, pq))
        if pv is not None:
            if not (0 < pv < 1):
                err(doc, "%s: p_value %r out of (0, 1)" % (w, pv))
            if pq == "<" and pv <= 0.05:
                want = True
            elif pq == "=" and pv != 0.05:
                want = pv < 0.05
            elif pq == ">" and pv >= 0.05:
                want = False
            else:
                want = "?"
            if want == "?":
                err(doc, "%s: p %s %s is not decisive" % (w, pq, pv))
            elif c["significant"] is not want:
                err(doc, "%s: significant=%r disagrees with p %s %s" % (w, c["significant"], pq, pv))
        # backed by measurements: each value a distinct measurement of the same unit and kind
        pool = list(range(len(s["measurements"])))
        for v in c["values"]:
            hit = None
            for j in pool:
                m = s["measurements"][j]
                if m["value"] == v and m["unit"] == c["unit"] and m["kind"] == c["kind"]:
                    hit = j
                    break
            if hit is None:
                err(doc, "%s: value %r not backed by a measurement (unit %s, kind %s)" % (w, v, c["unit"], c["kind"]))
                continue
            pool.remove(hit)
            m = s["measurements"][hit]
            if "value_high" in m:
                err(doc, "%s: value %r is a range; ranges are not compared" % (w, v))
            if m.get("qualifier") in ("<", ">", "<=", ">="):
                err(doc, "%s: value %r is a bound; bounds are not compared" % (w, v))


def check_keys(doc, d, doc_keys, st_keys, spec):
    if list(d.keys()) != doc_keys:
        err(doc, "document keys %r != %r" % (list(d.keys()), doc_keys))
    for si, s in enumerate(d["statements"]):
        if list(s.keys()) != st_keys:
            err(doc, "statement %d keys %r != %r" % (si, list(s.keys()), st_keys))
            continue
        for k, (req, allowed) in spec.items():
            for i, x in enumerate(s[k]):
                ks = set(x.keys())
                if not req <= ks:
                    err(doc, "statement %d %s %d lacks %s" % (si, k, i, sorted(req - ks)))
                if not ks <= allowed:
                    err(doc, "statement %d %s %d has unknown %s" % (si, k, i, sorted(ks - allowed)))


def check_doc(d, excluded_re):
    doc = d["doc"]
    path = os.path.join(TEXTS, doc)
    if not os.path.exists(path):
        err(doc, "text file missing")
        return
    raw, text, text_b = doc_texts(path)
    paren_style = doc.endswith(".md")

    # anchors
    spans = []
    for si, s in enumerate(d["statements"]):
        a = fold(s["anchor"])
        if len(a) < 25:
            err(doc, "statement %d: anchor shorter than 25 characters" % si)
        na, nb = text.count(a), text_b.count(a)
        if na != 1 or nb != 1:
            err(doc, "statement %d: anchor occurs %d/%d times: %r" % (si, na, nb, a))
            spans.append(None)
            continue
        spans.append((text.index(a), text.index(a) + len(a)))
    if None in spans:
        return
    order = sorted(range(len(spans)), key=lambda i: spans[i][0])
    if order != list(range(len(spans))):
        err(doc, "statements are not in document order")
    stretch = {}
    prev_end = 0
    starts = {}
    for i in order:
        starts[i] = sentence_start(text, spans[i][0], prev_end)
        prev_end = spans[i][1]
    for k, i in enumerate(order):
        end = starts[order[k + 1]] if k + 1 < len(order) else len(text)
        stretch[i] = text[starts[i]:end]

    for si, s in enumerate(d["statements"]):
        st = stretch[si]
        nums = numbers_in(st)
        w = "statement %d" % si
        for i, p in enumerate(s["populations"]):
            if p["text"] not in st:
                err(doc, "%s population %d: text not verbatim in stretch: %r" % (w, i, p["text"]))
            if not has_num(numbers_in(p["text"]), p["n"]):
                err(doc, "%s population %d: n=%r not written in its text" % (w, i, p["n"]))
        for i, x in enumerate(s["doses"]):
            if x["text"] not in st:
                err(doc, "%s dose %d: text not verbatim in stretch: %r" % (w, i, x["text"]))
            tn = numbers_in(x["text"])
            for key in ("amount", "amount_high"):
                if key in x and not has_num(tn, x[key]):
                    err(doc, "%s dose %d: %s=%r not in its text" % (w, i, key, x[key]))
            if "drug" in x and x["drug"] not in st.lower():
                err(doc, "%s dose %d: drug %r not named in stretch" % (w, i, x["drug"]))
        for i, m in enumerate(s["measurements"]):
            for key in ("value", "value_high"):
                if key in m and not has_num(nums, m[key]):
                    err(doc, "%s measurement %d: %s=%r not in stretch" % (w, i, key, m[key]))
        for i, c in enumerate(s["comparisons"]):
            if c["p_value"] is not None and not has_num(nums, c["p_value"]):
                err(doc, "%s comparison %d: p_value %r not in stretch" % (w, i, c["p_value"]))
        if s["drug"] not in text.lower():
            err(doc, "%s: drug %r not named in the document" % (w, s["drug"]))
        cited = set(s["citations"])
        if len(cited) != len(s["citations"]) or s["citations"] != sorted(s["citations"]):
            err(doc, "%s: citations must be sorted and distinct" % w)
        found = markers(st, paren_style)
        if not cited <= found:
            err(doc, "%s: citations %s not marked in stretch" % (w, sorted(cited - found)))
        # every bracket marker inside the statement's own sentences must be cited
        own = st
        if si == order[-1]:
            # last statement: stop the reverse check at a reference list / record furniture
            cut = re.search(r"\b(References|Substance Identification|Alternate Drugs)\b", own)
            own = own[:cut.start()] if cut else own
        extra = markers(own, paren_style) - cited
        if extra:
            err(doc, "%s: markers %s in stretch but not cited" % (w, sorted(extra)))

    # excluded words anywhere (raw file and extracted text)
    for src in (raw, text, text_b):
        m = excluded_re.search(src)
        if m:
            err(doc, "excluded drug word %r in text" % m.group(0))
            break


def main():
    doc_keys, st_keys, spec = ref_structure()
    words = [w.strip() for w in open(EXCLUDED, encoding="utf-8") if w.strip()]
    excluded_re = re.compile(r"(?<![A-Za-z0-9])(?:%s)(?![A-Za-z0-9])" % "|".join(
        re.escape(w) for w in sorted(words, key=len, reverse=True)), re.I)

    gold = [json.loads(l) for l in open(GOLD, encoding="utf-8") if l.strip()]
    names = sorted(os.listdir(TEXTS))
    if sorted(d["doc"] for d in gold) != names:
        problems.append("gold docs %s != texts %s" % (sorted(d["doc"] for d in gold), names))
    if len(names) != 7:
        problems.append("expected 7 documents, found %d" % len(names))
    for n in names:
        if not re.match(r"am\d\d_[a-z0-9]+_[a-z_]+\.(txt|md|html)$", n):
            problems.append("bad file name %s" % n)
        # file names must not carry an excluded word either
        if excluded_re.search(n.replace("_", " ")):
            problems.append("excluded word in file name %s" % n)
    for d in gold:
        check_keys(d["doc"], d, doc_keys, st_keys, spec)
        for si, s in enumerate(d["statements"]):
            if list(s.keys()) == st_keys:
                check_codes(d["doc"], si, s)
        check_doc(d, excluded_re)
    # README must not name an excluded drug either, outside its Blindness section
    # (which has to list the dev files read, whose names carry dev drug names)
    readme = os.path.join(ROOT, "README.md")
    if os.path.exists(readme):
        body = open(readme, encoding="utf-8").read()
        body = re.sub(r"(?s)\n## Blindness\n.*?(?=\n## )", "\n", body)
        m = excluded_re.search(body)
        if m:
            problems.append("README.md: excluded drug word %r" % m.group(0))

    if problems:
        for p in problems:
            print("PROBLEM", p)
        print("%d problem(s)" % len(problems))
        sys.exit(1)
    print("CLEAN")


if __name__ == "__main__":
    main()
