#!/usr/bin/env python3
"""Validator for the held-out gold (set "as"). Standard library only.

Checks gold.jsonl against texts/, FORMAT.md (version 2) and the key structure of
/work/shared/gold/dev.jsonl and seeds.jsonl. Prints CLEAN when nothing is wrong,
otherwise one line per problem (exit status 1).
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TEXTS = os.path.join(ROOT, "texts")
GOLD = os.path.join(ROOT, "gold.jsonl")
ENDS = os.path.join(HERE, "stretch_ends.json")
EXCLUDED = os.path.join(ROOT, "EXCLUDED_DRUGS.txt")
REF_GOLD = ["/work/shared/gold/dev.jsonl", "/work/shared/gold/seeds.jsonl"]

# ---- closed sets from FORMAT.md (version 2)
ROUTES = {None, "oral", "intravenous", "intramuscular", "subcutaneous", "topical",
          "transdermal", "epidural", "intrathecal", "inhaled", "intranasal", "rectal",
          "vaginal", "ophthalmic"}
STMT_KINDS = {"study", "recommendation"}
ROLES = {"exposed", "control", "total"}
WHO = {"mother", "infant", "pair", "other"}
RECIPIENTS = {"mother", "infant"}
MKINDS = {"concentration", "infant_dose", "relative_infant_dose", "milk_plasma_ratio",
          "infant_plasma_ratio", "half_life", "amount_excreted", "proportion", "change",
          "milk_volume", "other"}
MATRICES = {"milk", "maternal_blood", "infant_blood", "cord_blood", "maternal_urine",
            "infant_urine"}
UNITS = {"mg", "g", "ug", "ng", "mL", "L", "mg/L", "ug/L", "ng/mL", "ug/mL", "mg/dL",
         "mmol/L", "meq/L", "mg/kg", "ug/kg", "%", "[IU]", "[IU]/L", "{ratio}", "min", "h",
         "d", "wk", "mo"}
QUALIFIERS = {"<", ">", "<=", ">=", "~"}
P_QUALIFIERS = {"<", "=", ">"}
DOSE_STATS = {"mean", "median", "range", "maximum"}
MEAS_STATS = {"mean", "median", "range", "maximum"}
NAME_RE = re.compile(r"^as\d\d_[a-z0-9-]+_[a-z0-9-]+\.(txt|md|html)$")

WORDNUM = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
           "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
           "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
           "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}

problems = []


def err(msg):
    problems.append(msg)


def fold(s):
    return " ".join(s.split())


def plain_text(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        raw = re.sub(r"(?s)<!--.*?-->", " ", raw)
        raw = re.sub(r"(?s)<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return fold(raw)


SENT_END = re.compile(r"[.?!:][\"\u201d\u2019)]*(?:\s*\[[\d,\s\u2013-]+\])?\s")
NUM_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d*\.\d+|\d+")


def numbers_in(s):
    out = []
    for m in NUM_RE.finditer(s):
        out.append(float(m.group(0).replace(",", "")))
    # number words: "Twelve", "Sixty-four"
    for m in re.finditer(r"[A-Za-z]+", s):
        wd = m.group(0).lower()
        if wd in WORDNUM:
            out.append(float(WORDNUM[wd]))
    for m in re.finditer(r"([A-Za-z]+)-([A-Za-z]+)", s):
        t, u = m.group(1).lower(), m.group(2).lower()
        if t in WORDNUM and u in WORDNUM and WORDNUM[t] >= 20 and 0 < WORDNUM[u] < 10:
            out.append(float(WORDNUM[t] + WORDNUM[u]))
    return out


def has_number(nums, v):
    return any(abs(n - v) <= 1e-9 * max(1.0, abs(v)) for n in nums)


def citation_markers(s):
    found = set()
    for m in re.finditer(r"\[(\d+(?:\s*[,\u2013-]\s*\d+)*)\]", s):
        for part in re.split(r"\s*,\s*", m.group(1)):
            if re.search(r"[\u2013-]", part):
                a, b = [int(x) for x in re.split(r"\s*[\u2013-]\s*", part)]
                found.update(range(a, b + 1))
            else:
                found.add(int(part))
    return found


def key_model():
    """Required and allowed keys per object type, from dev and seeds gold."""
    seen = {"doc": [], "stmt": [], "populations": [], "doses": [], "measurements": [],
            "comparisons": []}
    for path in REF_GOLD:
        for line in open(path, encoding="utf-8"):
            d = json.loads(line)
            seen["doc"].append(set(d))
            for s in d["statements"]:
                seen["stmt"].append(set(s))
                for k in ("populations", "doses", "measurements", "comparisons"):
                    for x in s[k]:
                        seen[k].append(set(x))
    model = {}
    for k, sets in seen.items():
        model[k] = (set.intersection(*sets), set.union(*sets))
    return model


def check_keys(obj, kind, model, where):
    req, allowed = model[kind]
    missing = req - set(obj)
    extra = set(obj) - allowed
    if missing:
        err("%s: missing keys %s" % (where, sorted(missing)))
    if extra:
        err("%s: keys not in dev/seeds %s" % (where, sorted(extra)))


def excluded_words():
    words = []
    for line in open(EXCLUDED, encoding="utf-8"):
        w = line.strip()
        if w:
            words.append(w.lower())
    return words


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def main():
    model = key_model()
    ends = json.load(open(ENDS, encoding="utf-8"))
    excl = excluded_words()

    text_files = sorted(f for f in os.listdir(TEXTS) if not f.startswith("."))
    for f in text_files:
        if not NAME_RE.match(f):
            err("%s: file name does not follow as<NN>_<drug>_<kind>.<txt|md|html>" % f)
    # excluded drug names anywhere in the texts (raw file and decoded text)
    for f in text_files:
        p = os.path.join(TEXTS, f)
        hay = [open(p, encoding="utf-8").read(), plain_text(p)]
        for w in excl:
            rx = re.compile(r"(?<![A-Za-z0-9])" + re.escape(w) + r"(?![A-Za-z0-9])", re.I)
            for h in hay:
                m = rx.search(h)
                if m:
                    err("%s: excluded word %r found: ...%s..." % (
                        f, w, h[max(0, m.start() - 30):m.end() + 30]))
                    break

    golds = [json.loads(l) for l in open(GOLD, encoding="utf-8") if l.strip()]
    gdocs = [g["doc"] for g in golds]
    if sorted(gdocs) != text_files:
        err("gold docs %s != text files %s" % (gdocs, text_files))
    if len(set(gdocs)) != len(gdocs):
        err("duplicate docs in gold")

    for g in golds:
        doc = g["doc"]
        check_keys(g, "doc", model, doc)
        path = os.path.join(TEXTS, doc)
        if not os.path.exists(path):
            continue
        text = plain_text(path)
        doc_ends = ends.get(doc, [])
        if len(doc_ends) != len(g["statements"]):
            err("%s: stretch_ends.json has %d ends for %d statements" % (
                doc, len(doc_ends), len(g["statements"])))
            continue
        spans = []
        for i, (s, end) in enumerate(zip(g["statements"], doc_ends)):
            w = "%s#%d" % (doc, i)
            check_keys(s, "stmt", model, w)
            anchor = fold(s["anchor"])
            if len(anchor) < 25:
                err("%s: anchor shorter than 25 characters" % w)
            cnt = text.count(anchor)
            if cnt != 1:
                err("%s: anchor occurs %d times: %r" % (w, cnt, anchor))
                continue
            a = text.index(anchor)
            # the statement's first sentence may begin a little before the anchor:
            # go back to the previous sentence end (after any citation marker), but
            # never into the previous statement's stretch
            start = 0
            for bm in SENT_END.finditer(text, 0, a):
                start = bm.end()
            if spans:
                start = max(start, spans[-1][1])
            e = text.find(fold(end), a)
            if e < 0:
                err("%s: end snippet %r not found after anchor" % (w, end))
                continue
            stop = e + len(fold(end))
            spans.append((a, stop, w))
            stretch = text[start:stop]
            nums = numbers_in(stretch)

            # statement-level fields
            if s["kind"] not in STMT_KINDS:
                err("%s: kind %r" % (w, s["kind"]))
            if not isinstance(s["drug"], str) or s["drug"] != s["drug"].lower() or not s["drug"]:
                err("%s: drug must be lower case text" % w)
            elif s["drug"] not in text.lower():
                err("%s: drug %r not in text" % (w, s["drug"]))
            if s["route"] not in ROUTES:
                err("%s: route %r" % (w, s["route"]))

            # populations
            for j, p in enumerate(s["populations"]):
                pw = "%s pop%d" % (w, j)
                check_keys(p, "populations", model, pw)
                if not isinstance(p.get("n"), int) or isinstance(p.get("n"), bool) or p["n"] < 1:
                    err("%s: n must be a positive integer" % pw)
                elif not has_number(nums, p["n"]):
                    err("%s: n=%s not in the statement's text" % (pw, p["n"]))
                if p.get("role") not in ROLES:
                    err("%s: role %r" % (pw, p.get("role")))
                if p.get("who") not in WHO:
                    err("%s: who %r" % (pw, p.get("who")))
                if fold(p.get("text", "")) not in stretch:
                    err("%s: text not verbatim in stretch: %r" % (pw, p.get("text")))

            # doses
            for j, d in enumerate(s["doses"]):
                dw = "%s dose%d" % (w, j)
                check_keys(d, "doses", model, dw)
                if not is_num(d.get("amount")):
                    err("%s: amount not a number" % dw)
                elif not has_number(nums, d["amount"]):
                    err("%s: amount %s not in stretch" % (dw, d["amount"]))
                if "amount_high" in d:
                    if not is_num(d["amount_high"]) or d["amount_high"] <= d["amount"]:
                        err("%s: bad amount_high" % dw)
                    elif not has_number(nums, d["amount_high"]):
                        err("%s: amount_high %s not in stretch" % (dw, d["amount_high"]))
                if d.get("unit") not in UNITS:
                    err("%s: unit %r" % (dw, d.get("unit")))
                if d.get("recipient") not in RECIPIENTS:
                    err("%s: recipient %r" % (dw, d.get("recipient")))
                if "stat" in d and d["stat"] not in DOSE_STATS:
                    err("%s: stat %r" % (dw, d["stat"]))
                if fold(d.get("text", "")) not in stretch:
                    err("%s: text not verbatim in stretch: %r" % (dw, d.get("text")))

            # measurements
            for j, m in enumerate(s["measurements"]):
                mw = "%s meas%d" % (w, j)
                check_keys(m, "measurements", model, mw)
                if not is_num(m.get("value")):
                    err("%s: value not a number" % mw)
                elif not has_number(nums, m["value"]):
                    err("%s: value %s not in stretch" % (mw, m["value"]))
                if "value_high" in m:
                    if not is_num(m["value_high"]) or m["value_high"] <= m["value"]:
                        err("%s: bad value_high" % mw)
                    elif not has_number(nums, m["value_high"]):
                        err("%s: value_high %s not in stretch" % (mw, m["value_high"]))
                if m.get("unit") not in UNITS:
                    err("%s: unit %r" % (mw, m.get("unit")))
                if "qualifier" in m and m["qualifier"] not in QUALIFIERS:
                    err("%s: qualifier %r" % (mw, m["qualifier"]))
                if "stat" in m and m["stat"] not in MEAS_STATS:
                    err("%s: stat %r" % (mw, m["stat"]))
                k = m.get("kind")
                if k not in MKINDS:
                    err("%s: kind %r" % (mw, k))
                mx = m.get("matrix")
                if k in ("concentration", "half_life"):
                    if mx not in MATRICES:
                        err("%s: %s needs a matrix, got %r" % (mw, k, mx))
                elif k == "milk_plasma_ratio":
                    if mx != "milk":
                        err("%s: milk_plasma_ratio matrix must be milk" % mw)
                elif k == "infant_plasma_ratio":
                    if mx != "infant_blood":
                        err("%s: infant_plasma_ratio matrix must be infant_blood" % mw)
                elif mx is not None:
                    err("%s: matrix must be null for kind %s" % (mw, k))
                if k == "milk_plasma_ratio" and m.get("unit") not in ("{ratio}", "%"):
                    err("%s: milk/plasma ratio unit" % mw)
                an = m.get("analyte")
                if an is not None and (an != an.lower() or an == s["drug"]):
                    err("%s: analyte %r must be lower case and not the drug" % (mw, an))
                dl = m.get("dose")
                if dl is not None and (not isinstance(dl, int) or not 0 <= dl < len(s["doses"])):
                    err("%s: dose link %r out of range" % (mw, dl))
                pl = m.get("population")
                if pl is not None and (not isinstance(pl, int) or not 0 <= pl < len(s["populations"])):
                    err("%s: population link %r out of range" % (mw, pl))

            # comparisons
            for j, c in enumerate(s["comparisons"]):
                cw = "%s comp%d" % (w, j)
                check_keys(c, "comparisons", model, cw)
                vals, arms = c.get("values", []), c.get("arms", [])
                if len(vals) < 2 or len(vals) != len(arms):
                    err("%s: need >= 2 values and one arm per value" % cw)
                if c.get("unit") not in UNITS:
                    err("%s: unit %r" % (cw, c.get("unit")))
                if c.get("kind") not in MKINDS:
                    err("%s: kind %r" % (cw, c.get("kind")))
                if not c.get("outcome"):
                    err("%s: outcome missing" % cw)
                elif any(has_number(numbers_in(c["outcome"]), v) for v in vals
                         if is_num(v) and v not in (0, 1)):
                    err("%s: outcome must not contain the compared values" % cw)
                used = set()
                for v in vals:
                    if not has_number(nums, v):
                        err("%s: value %s not in stretch" % (cw, v))
                    hit = [q for q, m in enumerate(s["measurements"])
                           if q not in used and is_num(m.get("value")) and abs(m["value"] - v) < 1e-9
                           and m.get("unit") == c.get("unit") and m.get("kind") == c.get("kind")
                           and "value_high" not in m]
                    if not hit:
                        err("%s: value %s (%s, %s) not backed by a measurement" % (
                            cw, v, c.get("unit"), c.get("kind")))
                    else:
                        used.add(hit[0])
                sig, pv, pq = c.get("significant"), c.get("p_value"), c.get("p_qualifier")
                if sig not in (True, False, None):
                    err("%s: significant %r" % (cw, sig))
                if pv is None:
                    if pq is not None:
                        err("%s: p_qualifier without p_value" % cw)
                else:
                    if not is_num(pv) or not 0 < pv < 1:
                        err("%s: p_value %r" % (cw, pv))
                    elif not has_number(nums, pv):
                        err("%s: p_value %s not in stretch" % (cw, pv))
                    if pq not in P_QUALIFIERS:
                        err("%s: p_qualifier %r" % (cw, pq))
                    else:
                        expect = (pq == "<" and pv <= 0.05) or (pq == "=" and pv < 0.05)
                        if sig is not expect:
                            err("%s: significant=%r disagrees with p %s %s" % (cw, sig, pq, pv))

            # citations
            cits = s["citations"]
            if any(not isinstance(x, int) for x in cits) or len(set(cits)) != len(cits):
                err("%s: citations must be distinct integers" % w)
            markers = citation_markers(stretch)
            if set(cits) != markers:
                err("%s: citations %s but markers in stretch %s" % (w, sorted(cits), sorted(markers)))
            for x in cits:
                if not re.search(r"(?:^|\s)%d\.\s+[A-Z]" % x, text):
                    err("%s: reference %d not found in the document's reference list" % (w, x))

        # statements in document order, stretches not overlapping
        order = [sp[0] for sp in spans]
        if order != sorted(order):
            err("%s: statements not in document order" % doc)
        ss = sorted(spans)
        for (a1, b1, w1), (a2, b2, w2) in zip(ss, ss[1:]):
            if a2 < b1:
                err("%s and %s: stretches overlap" % (w1, w2))

    if problems:
        for p in problems:
            print(p)
        print("%d problem(s)" % len(problems))
        sys.exit(1)
    print("CLEAN")


if __name__ == "__main__":
    main()
