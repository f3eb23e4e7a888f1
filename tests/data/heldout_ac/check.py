#!/usr/bin/env python3
"""Validate gold.jsonl of the AC held-out corpus against FORMAT.md version 2.

Stdlib only.  Usage:
    python3 check.py [--gold gold.jsonl] [--texts texts/] [--dev /work/shared/gold/dev.jsonl]
Prints CLEAN (exit 0) or the list of problems (exit 1).

Checks
  * JSON shape: the same keys as the dev gold (key sets are read from dev.jsonl when it is
    present and also compared with the keys embedded below), value types;
  * codes and units from FORMAT.md's closed lists (kind, route, role, who, recipient,
    stat, qualifier, measurement kind, matrix, UCUM unit list);
  * matrix set exactly for concentration / half_life / ratio kinds, fixed for the ratios;
  * anchors: 25+ characters, verbatim (whitespace folded) and unique in the document
    (for HTML: in the raw file and in the tag-stripped, entity-decoded text);
    statements listed in document order;
  * every number (population n, dose amounts, measurement values, p-values, citation
    numbers) written in the statement's stretch (from the anchor's sentence to the next
    statement's anchor);
  * dose / population links point at existing items of the same statement;
  * comparisons: >= 2 values, one arm per value, each value a distinct measurement of
    the same statement with the same unit and kind and no range; significance agreeing
    with the p-value; p_qualifier given exactly when p_value is.
"""
import argparse, html, json, math, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))

UNITS = {"mg", "g", "ug", "ng", "mL", "L", "mg/L", "ug/L", "ng/mL", "ug/mL", "mg/dL", "mmol/L",
         "meq/L", "mg/kg", "ug/kg", "%", "[IU]", "[IU]/L", "{ratio}", "min", "h", "d", "wk", "mo"}
ST_KINDS = {"study", "recommendation"}
ROUTES = {"oral", "intravenous", "intramuscular", "subcutaneous", "topical", "transdermal", "epidural",
          "intrathecal", "inhaled", "intranasal", "rectal", "vaginal", "ophthalmic"}
ROLES = {"exposed", "control", "total"}
WHO = {"mother", "infant", "pair", "other"}
RECIPIENTS = {"mother", "infant"}
STATS = {"mean", "median", "range", "maximum"}
QUALIFIERS = {"<", ">", "<=", ">=", "~"}
P_QUALIFIERS = {"<", "=", ">"}
M_KINDS = {"concentration", "infant_dose", "relative_infant_dose", "milk_plasma_ratio", "infant_plasma_ratio",
           "half_life", "amount_excreted", "proportion", "change", "milk_volume", "other"}
MATRICES = {"milk", "maternal_blood", "infant_blood", "cord_blood", "maternal_urine", "infant_urine"}
MATRIX_KINDS = {"concentration", "half_life", "milk_plasma_ratio", "infant_plasma_ratio"}

# key sets as in /work/shared/gold/dev.jsonl (required, optional)
KEYS = {
    "doc": ({"doc", "statements"}, set()),
    "statement": ({"anchor", "kind", "drug", "route", "populations", "doses", "measurements",
                   "comparisons", "citations"}, set()),
    "population": ({"n", "text", "role", "who"}, set()),
    "dose": ({"amount", "unit", "text", "recipient"}, {"amount_high", "stat", "frequency", "duration", "drug"}),
    "measurement": ({"value", "unit", "measure", "kind", "matrix", "analyte", "dose", "population"},
                    {"value_high", "qualifier", "stat", "group", "timepoint"}),
    "comparison": ({"measure", "values", "unit", "kind", "outcome", "arms", "significant", "p_value",
                    "p_qualifier"}, set()),
}

NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split())}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}


class Report:
    def __init__(self):
        self.errors = []

    def err(self, where, msg):
        self.errors.append("%s: %s" % (where, msg))


def fold(s):
    return " ".join(s.split())


def strip_html(raw):
    s = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", raw)
    s = re.sub(r"(?i)<br\s*/?>|</?(p|div|li|ul|ol|dl|dt|dd|h[1-6]|tr|td|th|section|header|footer|nav|main|article|table)\b[^>]*>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s)


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def numbers_in(text):
    """All numbers written in text: numerals (thousands separators, leading-dot decimals,
    minus signs) and number words."""
    out = set()
    t = text.replace("\u2212", "-")
    for m in re.finditer(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?", t):
        v = float(m.group(1).replace(",", "") + (m.group(2) or ""))
        out.add(v)
        if m.start() > 0 and t[m.start() - 1] == "-" and (m.start() < 2 or not t[m.start() - 2].isalnum()):
            out.add(-v)
    for m in re.finditer(r"(?<![\w\d])\.(\d+)", t):
        out.add(float("0." + m.group(1)))
    low = t.lower()
    for m in re.finditer(r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](one|two|three|four|five|six|seven|eight|nine))?\b", low):
        out.add(float(TENS[m.group(1)] + (NUMBER_WORDS[m.group(2)] if m.group(2) else 0)))
    for w, i in NUMBER_WORDS.items():
        if re.search(r"\b%s\b" % w, low):
            out.add(float(i))
    return out


def cite_numbers(text):
    """Reference numbers as pages write them: [4,5], [1][2], [3-5], (2), <sup>1-4</sup>
    (after tag stripping: 'dose.1-4'), or a bare number after a sentence."""
    out = set()
    for m in re.finditer(r"(\d+)\s*[-\u2013]\s*(\d+)", text):
        a, b = int(m.group(1)), int(m.group(2))
        if 0 < b - a <= 20:
            out.update(float(x) for x in range(a, b + 1))
    out.update(float(x) for x in re.findall(r"\d+", text))
    return out


def has_num(nums, v):
    return any(math.isclose(v, x, rel_tol=1e-9, abs_tol=1e-12) for x in nums)


def check_keys(rep, where, obj, kind, dev_keys):
    if not isinstance(obj, dict):
        rep.err(where, "%s is not an object" % kind)
        return False
    req, opt = KEYS[kind]
    keys = set(obj)
    ok = True
    if not req <= keys:
        rep.err(where, "%s lacks keys %s" % (kind, sorted(req - keys)))
        ok = False
    if keys - req - opt:
        rep.err(where, "%s has unknown keys %s" % (kind, sorted(keys - req - opt)))
    if dev_keys and kind in dev_keys:
        dreq, dall = dev_keys[kind]
        if keys - dall:
            rep.err(where, "%s keys not used in dev gold: %s" % (kind, sorted(keys - dall)))
        if dreq - keys:
            rep.err(where, "%s lacks keys every dev %s has: %s" % (kind, kind, sorted(dreq - keys)))
    return ok


def dev_key_sets(path):
    if not path or not os.path.exists(path):
        return None
    sets = {k: [] for k in KEYS}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            d = json.loads(line)
            sets["doc"].append(set(d))
            for s in d["statements"]:
                sets["statement"].append(set(s))
                for name, key in (("population", "populations"), ("dose", "doses"),
                                  ("measurement", "measurements"), ("comparison", "comparisons")):
                    for o in s[key]:
                        sets[name].append(set(o))
    out = {}
    for k, lst in sets.items():
        if lst:
            out[k] = (set.intersection(*lst), set.union(*lst))
    return out


SENT_END = re.compile(r"[.!?:][\"')\]]*(?:\[[\d,\s\u2013-]+\])*(?:\d{1,2}(?:[,\u2013-]\d{1,2})*)?\s")


def sentence_start(text, pos, floor=0):
    """Start of the sentence holding pos (a sentence ends with . ! ? or :, possibly
    followed by quotes, brackets, [n] markers or a superscript number), never before floor."""
    best = floor
    for m in SENT_END.finditer(text, floor, pos):
        best = m.end()
    return best


def check_doc(rep, d, texts_dir, dev_keys):
    if not check_keys(rep, "line", d, "doc", dev_keys):
        return
    name = d.get("doc")
    where = str(name)
    path = os.path.join(texts_dir, str(name))
    if not isinstance(name, str) or not os.path.exists(path):
        rep.err(where, "text file not found in %s" % texts_dir)
        return
    raw = open(path, encoding="utf-8").read()
    is_html = name.endswith(".html")
    text = fold(strip_html(raw) if is_html else raw)
    raw_f = fold(raw)
    sts = d.get("statements")
    if not isinstance(sts, list) or not sts:
        rep.err(where, "no statements")
        return
    positions = []
    for i, s in enumerate(sts):
        w = "%s#%d" % (name, i)
        if not check_keys(rep, w, s, "statement", dev_keys):
            positions.append(None)
            continue
        a = s.get("anchor")
        if not isinstance(a, str) or len(fold(a)) < 25:
            rep.err(w, "anchor shorter than 25 characters")
            positions.append(None)
            continue
        fa = fold(a)
        c = text.count(fa)
        if c != 1:
            rep.err(w, "anchor %r found %d times (must be exactly once)" % (a[:50], c))
        if is_html and raw_f.count(fa) != 1:
            rep.err(w, "anchor %r not verbatim once in the raw HTML" % a[:50])
        positions.append(text.find(fa) if c >= 1 else None)
    known = [p for p in positions if p is not None]
    if known != sorted(known):
        rep.err(where, "statements are not in document order")
    ordered = sorted(set(known))
    for i, s in enumerate(sts):
        if positions[i] is None or not isinstance(s, dict):
            continue
        pos = positions[i]
        nxt = [p for p in ordered if p > pos]
        prev = [p for p in ordered if p < pos]
        end = nxt[0] if nxt else len(text)
        stretch = text[sentence_start(text, pos, prev[-1] + 1 if prev else 0):end]
        check_statement(rep, "%s#%d" % (name, i), s, stretch, dev_keys)


def check_statement(rep, w, s, stretch, dev_keys):
    nums = numbers_in(stretch)
    if s["kind"] not in ST_KINDS:
        rep.err(w, "statement kind %r" % s["kind"])
    if not isinstance(s["drug"], str) or s["drug"] != s["drug"].lower() or not s["drug"]:
        rep.err(w, "drug must be a non-empty lower-case string")
    if s["route"] is not None and s["route"] not in ROUTES:
        rep.err(w, "route %r" % s["route"])
    for key in ("populations", "doses", "measurements", "comparisons", "citations"):
        if not isinstance(s[key], list):
            rep.err(w, "%s is not a list" % key)
            return
    for j, p in enumerate(s["populations"]):
        pw = "%s pop%d" % (w, j)
        if not check_keys(rep, pw, p, "population", dev_keys):
            continue
        if not isinstance(p["n"], int) or isinstance(p["n"], bool) or p["n"] < 1:
            rep.err(pw, "n must be a positive integer")
        elif not has_num(nums, p["n"]):
            rep.err(pw, "n=%s not written in the statement" % p["n"])
        if p["role"] not in ROLES:
            rep.err(pw, "role %r" % p["role"])
        if p["who"] not in WHO:
            rep.err(pw, "who %r" % p["who"])
        if not isinstance(p["text"], str) or not p["text"]:
            rep.err(pw, "text missing")
    for j, d in enumerate(s["doses"]):
        dw = "%s dose%d" % (w, j)
        if not check_keys(rep, dw, d, "dose", dev_keys):
            continue
        for k in ("amount", "amount_high"):
            if k in d:
                if not is_num(d[k]):
                    rep.err(dw, "%s not a number" % k)
                elif not has_num(nums, d[k]):
                    rep.err(dw, "%s=%s not written in the statement" % (k, d[k]))
        if "amount_high" in d and is_num(d["amount_high"]) and is_num(d["amount"]) and d["amount_high"] <= d["amount"]:
            rep.err(dw, "amount_high not above amount")
        if d["unit"] not in UNITS:
            rep.err(dw, "unit %r not in the closed list" % d["unit"])
        if d["recipient"] not in RECIPIENTS:
            rep.err(dw, "recipient %r" % d["recipient"])
        if "stat" in d and d["stat"] not in STATS:
            rep.err(dw, "stat %r" % d["stat"])
        if "drug" in d and (not isinstance(d["drug"], str) or d["drug"] != d["drug"].lower()):
            rep.err(dw, "dose drug must be lower case")
    npop, ndose = len(s["populations"]), len(s["doses"])
    for j, m in enumerate(s["measurements"]):
        mw = "%s meas%d" % (w, j)
        if not check_keys(rep, mw, m, "measurement", dev_keys):
            continue
        for k in ("value", "value_high"):
            if k in m:
                if not is_num(m[k]):
                    rep.err(mw, "%s not a number" % k)
                elif not has_num(nums, m[k]):
                    rep.err(mw, "%s=%s not written in the statement" % (k, m[k]))
        if "value_high" in m and is_num(m["value_high"]) and is_num(m["value"]) and m["value_high"] <= m["value"]:
            rep.err(mw, "value_high not above value")
        if m["unit"] not in UNITS:
            rep.err(mw, "unit %r not in the closed list" % m["unit"])
        if m["kind"] not in M_KINDS:
            rep.err(mw, "kind %r" % m["kind"])
        if m["kind"] in MATRIX_KINDS:
            if m["matrix"] not in MATRICES:
                rep.err(mw, "matrix %r for kind %s" % (m["matrix"], m["kind"]))
        elif m["matrix"] is not None:
            rep.err(mw, "matrix must be null for kind %s" % m["kind"])
        if m["kind"] == "milk_plasma_ratio" and m["matrix"] != "milk":
            rep.err(mw, "milk_plasma_ratio needs matrix milk")
        if m["kind"] == "infant_plasma_ratio" and m["matrix"] != "infant_blood":
            rep.err(mw, "infant_plasma_ratio needs matrix infant_blood")
        if m["unit"] == "{ratio}" and m["kind"] not in ("milk_plasma_ratio", "infant_plasma_ratio", "other"):
            rep.err(mw, "{ratio} unit with kind %s" % m["kind"])
        if m["kind"] in ("relative_infant_dose", "proportion", "change") and m["unit"] != "%":
            rep.err(mw, "kind %s needs unit %%" % m["kind"])
        if m["kind"] == "half_life" and m["unit"] not in ("min", "h", "d", "wk"):
            rep.err(mw, "half_life with unit %s" % m["unit"])
        if m["analyte"] is not None:
            if not isinstance(m["analyte"], str) or m["analyte"] != m["analyte"].lower() or not m["analyte"]:
                rep.err(mw, "analyte must be lower case")
            elif m["analyte"] == s["drug"]:
                rep.err(mw, "analyte equals the statement's drug (should be null)")
        if "qualifier" in m and m["qualifier"] not in QUALIFIERS:
            rep.err(mw, "qualifier %r" % m["qualifier"])
        if "stat" in m and m["stat"] not in STATS:
            rep.err(mw, "stat %r" % m["stat"])
        for k, n in (("dose", ndose), ("population", npop)):
            v = m[k]
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or not 0 <= v < n):
                rep.err(mw, "%s link %r points at no item (statement has %d)" % (k, v, n))
        if m["dose"] is not None and isinstance(m["dose"], int) and 0 <= m["dose"] < ndose:
            pass
    for j, c in enumerate(s["comparisons"]):
        cw = "%s comp%d" % (w, j)
        if not check_keys(rep, cw, c, "comparison", dev_keys):
            continue
        vals, arms = c["values"], c["arms"]
        if not isinstance(vals, list) or len(vals) < 2 or not all(is_num(v) for v in vals):
            rep.err(cw, "values must be a list of 2+ numbers")
            continue
        if not isinstance(arms, list) or len(arms) != len(vals) or not all(isinstance(a, str) and a for a in arms):
            rep.err(cw, "arms must give one non-empty label per value")
        elif len(set(arms)) != len(arms):
            rep.err(cw, "arm labels repeat")
        if c["unit"] not in UNITS:
            rep.err(cw, "unit %r" % c["unit"])
        if c["kind"] not in M_KINDS:
            rep.err(cw, "kind %r" % c["kind"])
        used = set()
        for v in vals:
            hit = None
            for k, m in enumerate(s["measurements"]):
                if k in used or not isinstance(m, dict):
                    continue
                if is_num(m.get("value")) and math.isclose(m["value"], v, rel_tol=1e-9, abs_tol=1e-12) \
                        and m.get("unit") == c["unit"] and "value_high" not in m:
                    hit = k
                    break
            if hit is None:
                rep.err(cw, "value %s (%s) is not a distinct single-valued measurement of the statement" % (v, c["unit"]))
            else:
                used.add(hit)
                if s["measurements"][hit].get("kind") != c["kind"]:
                    rep.err(cw, "value %s: measurement kind %s differs from comparison kind %s"
                            % (v, s["measurements"][hit].get("kind"), c["kind"]))
        if not isinstance(c["outcome"], str) or not c["outcome"].strip():
            rep.err(cw, "outcome missing")
        sig, p, pq = c["significant"], c["p_value"], c["p_qualifier"]
        if sig not in (True, False, None):
            rep.err(cw, "significant must be true, false or null")
        if (p is None) != (pq is None):
            rep.err(cw, "p_value and p_qualifier must be given together")
        if p is not None:
            if not is_num(p) or not 0 < p <= 1:
                rep.err(cw, "p_value %r" % p)
            else:
                if not has_num(nums, p):
                    rep.err(cw, "p_value %s not written in the statement" % p)
                if pq not in P_QUALIFIERS:
                    rep.err(cw, "p_qualifier %r" % pq)
                else:
                    expect = None
                    if pq == "<" and p <= 0.05:
                        expect = True
                    elif pq == "=" and p < 0.05:
                        expect = True
                    elif pq in ("=", ">") and p > 0.05:
                        expect = False
                    if expect is not None and sig is not expect:
                        rep.err(cw, "significant=%r disagrees with p %s %s" % (sig, pq, p))
    cites = s["citations"]
    if not all(isinstance(x, int) and not isinstance(x, bool) and x > 0 for x in cites):
        rep.err(w, "citations must be positive integers")
    else:
        if len(set(cites)) != len(cites):
            rep.err(w, "citations repeat")
        cnums = cite_numbers(stretch)
        for x in cites:
            if not has_num(cnums, x):
                rep.err(w, "citation %d not written in the statement" % x)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default=os.path.join(HERE, "gold.jsonl"))
    ap.add_argument("--texts", default=os.path.join(HERE, "texts"))
    ap.add_argument("--dev", default="/work/shared/gold/dev.jsonl")
    args = ap.parse_args()
    rep = Report()
    dev_keys = dev_key_sets(args.dev)
    if dev_keys:
        for k, (req, allk) in dev_keys.items():
            r, o = KEYS[k]
            if allk - (r | o):
                rep.err("dev.jsonl", "%s keys in dev not known to check.py: %s" % (k, sorted(allk - (r | o))))
    seen = set()
    try:
        lines = open(args.gold, encoding="utf-8").read().splitlines()
    except OSError as e:
        print("cannot read gold: %s" % e)
        return 1
    for ln, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
        except ValueError as e:
            rep.err("line %d" % ln, "invalid JSON: %s" % e)
            continue
        if isinstance(d, dict) and d.get("doc") in seen:
            rep.err("line %d" % ln, "duplicate doc %s" % d.get("doc"))
        if isinstance(d, dict):
            seen.add(d.get("doc"))
        check_doc(rep, d, args.texts, dev_keys)
    if os.path.isdir(args.texts):
        for f in sorted(os.listdir(args.texts)):
            if f.endswith((".txt", ".md", ".html")) and f not in seen:
                rep.err(f, "text has no gold line")
    if rep.errors:
        for e in rep.errors:
            print(e)
        print("%d problem(s)" % len(rep.errors))
        return 1
    print("CLEAN")
    return 0


if __name__ == "__main__":
    sys.exit(main())
