#!/usr/bin/env python3
"""Validator for the held-out gold (FORMAT.md version 2).

Checks, for ../gold.jsonl against the texts in ../texts/:
  * keys and structure match the shared dev/seed gold lines;
  * closed codes and UCUM units allowed by FORMAT.md;
  * every anchor (25+ chars) occurs exactly once in the whitespace-folded text
    (HTML: scripts/styles dropped, tags stripped, entities decoded; checked with tags
    replaced by a space AND with inline tags removed, so it holds either way);
  * every number of a statement (population n, dose amounts, measurement values,
    comparison values, p-values, citation numbers) lies inside the statement's stretch
    of text (from its anchor to the next statement's anchor, or to the end of the
    annotated part of the page for the last one);
  * population and dose `text` is verbatim inside the stretch and carries its number;
  * dose / population links are in range;
  * comparisons are backed by measurements of the same statement (same value, unit, kind,
    no range), one distinct measurement per compared value;
  * `significant` agrees with the p-value;
  * citations appear as markers in the stretch (and, for documents that cite, no marker
    in a stretch is left out);
  * no word of EXCLUDED_DRUGS.txt appears anywhere in the texts (whole word, any case).
Prints CLEAN when nothing is wrong, else the list of problems.
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
SHARED = "/work/shared/gold"
REF_FILES = [os.path.join(SHARED, "dev.jsonl"), os.path.join(SHARED, "seeds.jsonl")]

# where the annotated part of each page ends (the last statement's stretch stops here)
STOP = {
    "an01_vilazodone_abstract.txt": "Trial registration:",
    "an02_indomethacin_pressrelease.html": "Notes to editors",
    "an03_ziprasidone_lactmed.md": "## References",
    "an04_cytisine_registry.txt": "Limitations and Caveats",
    "an05_methotrexate_drugpage.html": "References",
    "an06_zolmitriptan_crossover.txt": "Disclosures:",
}
# documents whose citation style is a parenthesised number list, "(2,3)", besides "[4]"
PAREN_CITES = {"an05_methotrexate_drugpage.html"}
# documents that cite references: every marker inside a stretch must be annotated
CITING = {"an03_ziprasidone_lactmed.md", "an05_methotrexate_drugpage.html"}

ROUTES = {"oral", "intravenous", "intramuscular", "subcutaneous", "topical", "transdermal", "epidural",
          "intrathecal", "inhaled", "intranasal", "rectal", "vaginal", "ophthalmic", None}
STMT_KINDS = {"study", "recommendation"}
ROLES = {"exposed", "control", "total"}
WHO = {"mother", "infant", "pair", "other"}
RECIPIENTS = {"mother", "infant"}
MEAS_KINDS = {"concentration", "infant_dose", "relative_infant_dose", "milk_plasma_ratio",
              "infant_plasma_ratio", "half_life", "amount_excreted", "proportion", "change",
              "milk_volume", "other"}
MATRICES = {"milk", "maternal_blood", "infant_blood", "cord_blood", "maternal_urine", "infant_urine"}
MATRIX_KINDS = {"concentration", "half_life", "milk_plasma_ratio", "infant_plasma_ratio"}
QUALIFIERS = {"<", ">", "<=", ">=", "~"}
P_QUALIFIERS = {"<", "=", ">"}
UNITS = {"mg", "g", "ug", "ng", "mL", "L", "mg/L", "ug/L", "ng/mL", "ug/mL", "mg/dL", "mmol/L", "meq/L",
         "mg/kg", "ug/kg", "%", "[IU]", "[IU]/L", "{ratio}", "min", "h", "d", "wk", "mo"}
STATS = {"mean", "median", "range", "maximum"}
DOSE_OPTIONAL = {"amount_high", "stat", "frequency", "duration", "drug"}
MEAS_OPTIONAL = {"value_high", "qualifier", "stat", "group", "measure", "timepoint"}

INLINE_TAGS = ("a", "abbr", "b", "bdi", "cite", "code", "em", "i", "mark", "q", "s", "small", "span",
               "strong", "sub", "sup", "time", "u", "var", "wbr")

WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
         "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
         "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}

NUM_RE = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|\.\d+)(?!\d)")
BRACKET_RE = re.compile(r"\[(\d+(?:\s*[,\u2013-]\s*\d+)*)\]")
PAREN_RE = re.compile(r"\((\d+(?:\s*[,\u2013-]\s*\d+)*)\)")

problems = []


def bad(doc, msg):
    problems.append("%s: %s" % (doc, msg))


def fold(s):
    return re.sub(r"\s+", " ", s).strip()


def html_text(raw, inline_glue):
    s = re.sub(r"<!--.*?-->", " ", raw, flags=re.S)
    s = re.sub(r"<(script|style)\b.*?</\1\s*>", " ", s, flags=re.S | re.I)
    if inline_glue:
        s = re.sub(r"</?(?:%s)\b[^>]*>" % "|".join(INLINE_TAGS), "", s, flags=re.I)
    s = re.sub(r"<[^>]+>", " ", s)
    return fold(html.unescape(s))


def doc_texts(name):
    with open(os.path.join(TEXTS, name), encoding="utf-8") as fh:
        raw = fh.read()
    if name.endswith(".html"):
        return raw, [html_text(raw, True), html_text(raw, False)]
    return raw, [fold(raw)]


def numbers_in(s):
    out = []
    for m in NUM_RE.finditer(s):
        out.append(float(m.group(1).replace(",", "")))
    return out


def word_numbers(s):
    out = []
    low = s.lower()
    for m in re.finditer(r"\b(%s)(?:-(%s))?\b" % ("|".join(TENS), "|".join(k for k in WORDS if k != "zero")), low):
        out.append(TENS[m.group(1)] + (WORDS[m.group(2)] if m.group(2) else 0))
    for m in re.finditer(r"\b(%s)\b" % "|".join(WORDS), low):
        out.append(WORDS[m.group(1)])
    return out


def has_num(nums, x):
    return any(abs(n - x) < 1e-9 for n in nums)


def expand(marker):
    out = []
    for part in re.split(r"\s*,\s*", marker):
        m = re.match(r"(\d+)\s*[\u2013-]\s*(\d+)$", part)
        if m:
            out.extend(range(int(m.group(1)), int(m.group(2)) + 1))
        else:
            out.append(int(part))
    return out


def markers(doc, s):
    found = []
    for m in BRACKET_RE.finditer(s):
        found.extend(expand(m.group(1)))
    if doc in PAREN_CITES:
        for m in PAREN_RE.finditer(s):
            found.extend(expand(m.group(1)))
    return found


def isnum(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


# ------------------------------------------------------------ reference key sets
def ref_keysets():
    sets = {"doc": [], "statement": [], "population": [], "dose": [], "measurement": [], "comparison": []}
    for fn in REF_FILES:
        with open(fn, encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                d = json.loads(line)
                sets["doc"].append(frozenset(d))
                for st in d["statements"]:
                    sets["statement"].append(frozenset(st))
                    for k, name in (("populations", "population"), ("doses", "dose"),
                                    ("measurements", "measurement"), ("comparisons", "comparison")):
                        for x in st[k]:
                            sets[name].append(frozenset(x))
    ref = {}
    for k, v in sets.items():
        ref[k] = (frozenset.intersection(*v), frozenset.union(*v))
    return ref


def check_keys(doc, where, obj, ref, extra_allowed=frozenset()):
    req, allowed = ref
    keys = set(obj)
    missing = req - keys
    unknown = keys - (allowed | extra_allowed)
    if missing:
        bad(doc, "%s lacks keys %s" % (where, sorted(missing)))
    if unknown:
        bad(doc, "%s has unknown keys %s" % (where, sorted(unknown)))


# ------------------------------------------------------------ excluded words
def check_excluded(names, gold):
    with open(EXCLUDED, encoding="utf-8") as fh:
        words = [w.strip() for w in fh if w.strip()]
    pats = [(w, re.compile(r"(?<!\w)%s(?!\w)" % re.escape(w), re.I)) for w in words]
    for name in names:
        raw, variants = doc_texts(name)
        hay = [name, raw] + variants
        for w, p in pats:
            for h in hay:
                m = p.search(h)
                if m:
                    bad(name, "excluded drug word %r found: ...%s..." % (w, h[max(0, m.start() - 40):m.end() + 40]))
                    break
    for d in gold:
        for st in d["statements"]:
            fields = [st.get("drug") or ""] + [m.get("analyte") or "" for m in st["measurements"]] + \
                     [x.get("drug") or "" for x in st["doses"]]
            for f in fields:
                for w, p in pats:
                    if p.search(f):
                        bad(d["doc"], "excluded drug word %r in gold field %r" % (w, f))


# ------------------------------------------------------------ main checks
def check_doc(d, ref):
    doc = d["doc"]
    check_keys(doc, "document", d, ref["doc"])
    if not re.match(r"an0[1-6]_[a-z]+_[a-z]+\.(txt|md|html)$", doc):
        bad(doc, "file name does not follow an0N_<drug>_<kind>.<ext>")
    path = os.path.join(TEXTS, doc)
    if not os.path.exists(path):
        bad(doc, "text file missing")
        return
    raw, variants = doc_texts(doc)
    text = variants[0]

    # anchors and stretches
    positions = []
    for i, st in enumerate(d["statements"]):
        a = fold(st.get("anchor", ""))
        if len(a) < 25:
            bad(doc, "statement %d anchor shorter than 25 characters: %r" % (i, a))
        for v in variants:
            c = v.count(a)
            if c != 1:
                bad(doc, "statement %d anchor occurs %d times (needs exactly 1): %r" % (i, c, a))
        positions.append(text.find(a))
    if positions != sorted(positions):
        bad(doc, "statements are not in document order")
    stop_at = len(text)
    if doc in STOP and positions and positions[-1] >= 0:
        k = text.find(STOP[doc], positions[-1])
        if k < 0:
            bad(doc, "stop marker %r not found after the last anchor" % STOP[doc])
        else:
            stop_at = k
    stretches = []
    for i, p in enumerate(positions):
        end = positions[i + 1] if i + 1 < len(positions) else stop_at
        stretches.append(text[p:end] if p >= 0 else "")

    for i, st in enumerate(d["statements"]):
        where = "statement %d" % i
        check_keys(doc, where, st, ref["statement"])
        stretch = stretches[i]
        nums = numbers_in(stretch)
        wnums = word_numbers(stretch)
        if st.get("kind") not in STMT_KINDS:
            bad(doc, "%s kind %r" % (where, st.get("kind")))
        if st.get("route") not in ROUTES:
            bad(doc, "%s route %r" % (where, st.get("route")))
        drug = st.get("drug")
        if not isinstance(drug, str) or not drug or drug != drug.lower():
            bad(doc, "%s drug must be a lower-case string: %r" % (where, drug))
        elif drug not in stretch.lower() and drug not in text.lower():
            bad(doc, "%s drug %r not written in the text" % (where, drug))

        pops, doses, meas, comps = st["populations"], st["doses"], st["measurements"], st["comparisons"]

        for j, p in enumerate(pops):
            w = "%s population %d" % (where, j)
            check_keys(doc, w, p, ref["population"])
            n = p.get("n")
            if not isinstance(n, int) or isinstance(n, bool) or n < 1:
                bad(doc, "%s n must be a positive integer: %r" % (w, n))
                continue
            if p.get("role") not in ROLES:
                bad(doc, "%s role %r" % (w, p.get("role")))
            if p.get("who") not in WHO:
                bad(doc, "%s who %r" % (w, p.get("who")))
            t = fold(p.get("text", ""))
            if t not in stretch:
                bad(doc, "%s text not verbatim in its stretch: %r" % (w, t))
            if not (has_num(numbers_in(t), n) or n in word_numbers(t)):
                bad(doc, "%s text %r does not carry n=%d" % (w, t, n))
            if not (has_num(nums, n) or n in wnums):
                bad(doc, "%s n=%d not in stretch" % (w, n))

        for j, x in enumerate(doses):
            w = "%s dose %d" % (where, j)
            check_keys(doc, w, x, ref["dose"], frozenset(DOSE_OPTIONAL))
            if x.get("unit") not in UNITS:
                bad(doc, "%s unit %r" % (w, x.get("unit")))
            if x.get("recipient") not in RECIPIENTS:
                bad(doc, "%s recipient %r" % (w, x.get("recipient")))
            if "stat" in x and x["stat"] not in STATS:
                bad(doc, "%s stat %r" % (w, x["stat"]))
            if "drug" in x and (not isinstance(x["drug"], str) or x["drug"] != x["drug"].lower()):
                bad(doc, "%s drug must be lower case" % w)
            t = fold(x.get("text", ""))
            if t not in stretch:
                bad(doc, "%s text not verbatim in its stretch: %r" % (w, t))
            tn = numbers_in(t)
            for key in ("amount", "amount_high"):
                if key in x:
                    if not isnum(x[key]):
                        bad(doc, "%s %s not a number" % (w, key))
                        continue
                    if not has_num(tn, x[key]):
                        bad(doc, "%s %s=%r not in its text %r" % (w, key, x[key], t))
                    if not has_num(nums, x[key]):
                        bad(doc, "%s %s=%r not in stretch" % (w, key, x[key]))
            if "amount_high" in x and isnum(x.get("amount")) and x["amount_high"] <= x["amount"]:
                bad(doc, "%s amount_high not above amount" % w)
            if x.get("stat") == "range" and "amount_high" not in x:
                bad(doc, "%s stat range without amount_high" % w)

        for j, m in enumerate(meas):
            w = "%s measurement %d" % (where, j)
            check_keys(doc, w, m, ref["measurement"], frozenset(MEAS_OPTIONAL))
            for key in ("value", "value_high"):
                if key in m:
                    if not isnum(m[key]):
                        bad(doc, "%s %s not a number" % (w, key))
                    elif not has_num(nums, m[key]):
                        bad(doc, "%s %s=%r not in stretch" % (w, key, m[key]))
            if "value_high" in m and isnum(m.get("value")) and isnum(m["value_high"]) and m["value_high"] <= m["value"]:
                bad(doc, "%s value_high not above value" % w)
            if m.get("stat") == "range" and "value_high" not in m:
                bad(doc, "%s stat range without value_high" % w)
            if m.get("unit") not in UNITS:
                bad(doc, "%s unit %r" % (w, m.get("unit")))
            if "qualifier" in m and m["qualifier"] not in QUALIFIERS:
                bad(doc, "%s qualifier %r" % (w, m["qualifier"]))
            if "stat" in m and m["stat"] not in STATS:
                bad(doc, "%s stat %r" % (w, m["stat"]))
            k = m.get("kind")
            if k not in MEAS_KINDS:
                bad(doc, "%s kind %r" % (w, k))
            mx = m.get("matrix")
            if k in MATRIX_KINDS:
                if mx not in MATRICES:
                    bad(doc, "%s kind %s needs a matrix, got %r" % (w, k, mx))
            elif mx is not None:
                bad(doc, "%s kind %s must have matrix null, got %r" % (w, k, mx))
            if k == "milk_plasma_ratio" and mx != "milk":
                bad(doc, "%s milk_plasma_ratio must have matrix milk" % w)
            if k == "infant_plasma_ratio" and mx != "infant_blood":
                bad(doc, "%s infant_plasma_ratio must have matrix infant_blood" % w)
            an = m.get("analyte")
            if an is not None:
                if not isinstance(an, str) or an != an.lower() or not an:
                    bad(doc, "%s analyte must be lower case or null: %r" % (w, an))
                elif an == drug:
                    bad(doc, "%s analyte equals the statement drug (should be null)" % w)
            for key, lst in (("dose", doses), ("population", pops)):
                v = m.get(key)
                if v is not None and (not isinstance(v, int) or isinstance(v, bool) or not 0 <= v < len(lst)):
                    bad(doc, "%s %s link %r out of range (%d items)" % (w, key, v, len(lst)))
            if k not in ("proportion", "change", "other", "relative_infant_dose", "amount_excreted",
                         "milk_plasma_ratio", "infant_plasma_ratio") and m.get("unit") == "%":
                bad(doc, "%s kind %s with unit %%" % (w, k))
            if k == "milk_volume" and m.get("unit") not in ("mL", "L"):
                bad(doc, "%s milk_volume unit %r" % (w, m.get("unit")))
            if k == "half_life" and m.get("unit") not in ("min", "h", "d"):
                bad(doc, "%s half_life unit %r" % (w, m.get("unit")))

        for j, c in enumerate(comps):
            w = "%s comparison %d" % (where, j)
            check_keys(doc, w, c, ref["comparison"])
            vals, arms = c.get("values"), c.get("arms")
            if not isinstance(vals, list) or not isinstance(arms, list) or len(vals) < 2 or len(vals) != len(arms):
                bad(doc, "%s needs >=2 values and one arm per value" % w)
                continue
            if any(not isinstance(a, str) or not a.strip() for a in arms):
                bad(doc, "%s arms must be non-empty strings" % w)
            if not isinstance(c.get("outcome"), str) or not c["outcome"].strip():
                bad(doc, "%s outcome missing" % w)
            if c.get("unit") not in UNITS:
                bad(doc, "%s unit %r" % (w, c.get("unit")))
            if c.get("kind") not in MEAS_KINDS:
                bad(doc, "%s kind %r" % (w, c.get("kind")))
            used = set()
            for v in vals:
                hit = None
                for mi, m in enumerate(meas):
                    if mi in used or "value_high" in m:
                        continue
                    if isnum(m.get("value")) and isnum(v) and abs(m["value"] - v) < 1e-9 \
                            and m.get("unit") == c.get("unit") and m.get("kind") == c.get("kind"):
                        hit = mi
                        break
                if hit is None:
                    bad(doc, "%s value %r %s not backed by a distinct measurement" % (w, v, c.get("unit")))
                else:
                    used.add(hit)
            sig, p, pq = c.get("significant"), c.get("p_value"), c.get("p_qualifier")
            if sig not in (True, False, None):
                bad(doc, "%s significant must be true/false/null" % w)
            if p is None:
                if pq is not None:
                    bad(doc, "%s p_qualifier without p_value" % w)
            else:
                if not isnum(p) or not 0 < p < 1:
                    bad(doc, "%s p_value %r" % (w, p))
                    continue
                if pq not in P_QUALIFIERS:
                    bad(doc, "%s p_qualifier %r" % (w, pq))
                if not has_num(nums, p):
                    bad(doc, "%s p_value %r not in stretch" % (w, p))
                if (pq == "<" and p <= 0.05) or (pq == "=" and p < 0.05):
                    expect = True
                elif (pq == ">" and p >= 0.05) or (pq == "=" and p > 0.05):
                    expect = False
                else:
                    expect = "ambiguous"
                if expect == "ambiguous":
                    bad(doc, "%s p %s %r cannot decide significance" % (w, pq, p))
                elif sig is not expect:
                    bad(doc, "%s significant=%r disagrees with p %s %r" % (w, sig, pq, p))

        cites = st.get("citations")
        if not isinstance(cites, list) or any(not isinstance(x, int) for x in cites):
            bad(doc, "%s citations must be a list of integers" % where)
            continue
        if len(set(cites)) != len(cites):
            bad(doc, "%s duplicate citations" % where)
        found = markers(doc, stretch)
        for x in cites:
            if x not in found:
                bad(doc, "%s citation %d has no marker in its stretch" % (where, x))
        if doc in CITING:
            for x in found:
                if x not in cites:
                    bad(doc, "%s marker [%d] in its stretch is not annotated" % (where, x))


def main():
    ref = ref_keysets()
    gold = []
    with open(GOLD, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            if line.strip():
                try:
                    gold.append(json.loads(line))
                except ValueError as e:
                    problems.append("gold.jsonl line %d: %s" % (ln, e))
    names = sorted(f for f in os.listdir(TEXTS) if not f.startswith("."))
    gdocs = [d.get("doc") for d in gold]
    if sorted(gdocs) != names:
        problems.append("gold documents %s do not match texts %s" % (gdocs, names))
    if len(names) != 6:
        problems.append("expected 6 texts, found %d" % len(names))
    for d in gold:
        check_doc(d, ref)
    check_excluded(names, gold)
    if problems:
        for p in problems:
            print(p)
        print("%d problem(s)" % len(problems))
        sys.exit(1)
    print("CLEAN")


if __name__ == "__main__":
    main()
