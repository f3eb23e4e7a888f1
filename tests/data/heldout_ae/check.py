#!/usr/bin/env python3
"""Validate gold.jsonl of the held-out AE corpus against FORMAT.md v2 and dev.jsonl's shapes.

Prints every problem found, then CLEAN (no errors) or NOT CLEAN. Standard library only.
"""
import html
import html.parser
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(ROOT, "texts")
GOLD = os.path.join(ROOT, "gold.jsonl")
LINKS = os.path.join(ROOT, "comparison_links.jsonl")
DEV = "/work/shared/gold/dev.jsonl"
SEEDS = "/work/shared/gold/seeds.jsonl"
EXCLUDED = os.path.join(ROOT, "EXCLUDED_DRUGS.txt")

ROUTES = {"oral", "intravenous", "intramuscular", "subcutaneous", "topical", "transdermal", "epidural",
          "intrathecal", "inhaled", "intranasal", "rectal", "vaginal", "ophthalmic", None}
UNITS = {"mg", "g", "ug", "ng", "mL", "L", "mg/L", "ug/L", "ng/mL", "ug/mL", "mg/dL", "mmol/L", "meq/L",
         "mg/kg", "ug/kg", "%", "[IU]", "[IU]/L", "{ratio}", "min", "h", "d", "wk", "mo"}
WHO = {"mother", "infant", "pair", "other"}
ROLE = {"exposed", "control", "total"}
RECIPIENT = {"mother", "infant"}
KINDS = {"concentration", "infant_dose", "relative_infant_dose", "milk_plasma_ratio", "infant_plasma_ratio",
         "half_life", "amount_excreted", "proportion", "change", "milk_volume", "other"}
MATRIX = {"milk", "maternal_blood", "infant_blood", "cord_blood", "maternal_urine", "infant_urine"}
MATRIX_KINDS = {"concentration", "half_life", "milk_plasma_ratio", "infant_plasma_ratio"}
QUAL = {"<", ">", "<=", ">=", "~"}
PQUAL = {"<", "=", ">"}
STATS = {"mean", "median", "range", "maximum"}
SKINDS = {"study", "recommendation"}

WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
         "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
         "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}

errors = []


def err(msg):
    errors.append(msg)
    print("ERROR:", msg)


class Stripper(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        self.out.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def fold(s):
    return re.sub(r"\s+", " ", s).strip()


def doc_text(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith((".html", ".htm")):
        p = Stripper()
        p.feed(raw)
        p.close()
        raw = html.unescape("".join(p.out))
    return fold(raw)


def numbers_in(s):
    out = set()
    for tok in re.findall(r"(?<![\w.])\.\d+|\d[\d,]*(?:\.\d+)?", s):
        try:
            out.add(float(tok.replace(",", "")))
        except ValueError:
            pass
    # number words ("Twenty", "Eighty-four", "Thirty-one")
    for w in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)?", s):
        parts = w.lower().split("-")
        if all(p in WORDS for p in parts):
            out.add(float(sum(WORDS[p] for p in parts)))
    return out


def citations_in(s):
    found = set()
    for grp in re.findall(r"\[(\d+(?:\s*[,\u2013-]\s*\d+)*)\]", s):
        for part in re.split(r"\s*,\s*", grp):
            if re.search(r"[\u2013-]", part):
                a, b = [int(x) for x in re.split(r"\s*[\u2013-]\s*", part)]
                found.update(range(a, b + 1))
            else:
                found.add(int(part))
    return found


def keysets():
    ks = {k: [] for k in ("doc", "stmt", "populations", "doses", "measurements", "comparisons")}
    for fn in (DEV, SEEDS):
        for line in open(fn, encoding="utf-8"):
            d = json.loads(line)
            ks["doc"].append(set(d))
            for s in d["statements"]:
                ks["stmt"].append(set(s))
                for t in ("populations", "doses", "measurements", "comparisons"):
                    for x in s[t]:
                        ks[t].append(set(x))
    out = {}
    for k, lst in ks.items():
        out[k] = (set.intersection(*lst), set.union(*lst))
    return out


def isnum(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def main():
    ks = keysets()
    excluded = [w.strip().lower() for w in open(EXCLUDED, encoding="utf-8").read().split(":", 1)[1].split(",")
                if w.strip()]
    ex_re = re.compile(r"\b(" + "|".join(re.escape(w) for w in excluded) + r")\b", re.I)

    gold = [json.loads(l) for l in open(GOLD, encoding="utf-8") if l.strip()]
    links = {}
    for l in open(LINKS, encoding="utf-8"):
        if l.strip():
            r = json.loads(l)
            links[(r["doc"], r["statement"], r["comparison"])] = r["measurement_indices"]
    used_links = set()

    files = sorted(f for f in os.listdir(TEXTS) if not f.startswith("."))
    gdocs = [d["doc"] for d in gold]
    if sorted(gdocs) != files:
        err("gold docs %s != text files %s" % (gdocs, files))
    if not 8 <= len(files) <= 9:
        err("expected 8-9 documents, found %d" % len(files))

    for f in files:
        t = open(os.path.join(TEXTS, f), encoding="utf-8").read()
        hits = sorted(set(m.group(0).lower() for m in ex_re.finditer(t)))
        if hits:
            err("%s: excluded words present: %s" % (f, hits))

    for d in gold:
        name = d["doc"]
        req, allowed = ks["doc"]
        if set(d) != req or set(d) != allowed:
            err("%s: doc keys %s" % (name, sorted(d)))
        text = doc_text(os.path.join(TEXTS, name))
        # anchors
        starts = []
        for si, s in enumerate(d["statements"]):
            a = fold(s["anchor"])
            if len(a) < 25:
                err("%s[%d]: anchor shorter than 25 chars" % (name, si))
            c = text.count(a)
            if c != 1:
                err("%s[%d]: anchor found %d times: %r" % (name, si, c, a))
            starts.append(text.find(a))
        if starts != sorted(starts):
            err("%s: statements not in document order" % name)
        order = sorted(range(len(starts)), key=lambda i: starts[i])
        stretch = {}
        for k, i in enumerate(order):
            end = starts[order[k + 1]] if k + 1 < len(order) else len(text)
            stretch[i] = text[starts[i]:end]

        for si, s in enumerate(d["statements"]):
            where = "%s[%d]" % (name, si)
            req, allowed = ks["stmt"]
            if not (req <= set(s) <= allowed):
                err("%s: statement keys %s" % (where, sorted(s)))
            if s["kind"] not in SKINDS:
                err("%s: kind %r" % (where, s["kind"]))
            if s["route"] not in ROUTES:
                err("%s: route %r" % (where, s["route"]))
            if not s["drug"] or s["drug"] != s["drug"].lower():
                err("%s: drug not lower case: %r" % (where, s["drug"]))
            if ex_re.search(s["drug"] or ""):
                err("%s: excluded drug %r" % (where, s["drug"]))
            st = stretch[si]
            nums = numbers_in(st)

            def need(v, what):
                if v is not None and float(v) not in nums:
                    err("%s: %s %r not found in statement stretch" % (where, what, v))

            def need_text(tx, what):
                if tx is not None and fold(tx) not in st:
                    err("%s: %s text %r not verbatim in stretch" % (where, what, tx))

            for pi, p in enumerate(s["populations"]):
                req, allowed = ks["populations"]
                if not (req <= set(p) <= allowed):
                    err("%s pop %d keys %s" % (where, pi, sorted(p)))
                if not isinstance(p["n"], int) or p["n"] < 1:
                    err("%s pop %d: n %r" % (where, pi, p["n"]))
                if p["who"] not in WHO or p["role"] not in ROLE:
                    err("%s pop %d: who/role %r/%r" % (where, pi, p["who"], p["role"]))
                need(p["n"], "population n")
                need_text(p["text"], "population")
            for di, x in enumerate(s["doses"]):
                req, allowed = ks["doses"]
                if not (req <= set(x) <= allowed):
                    err("%s dose %d keys %s" % (where, di, sorted(x)))
                if x["unit"] not in UNITS or x["recipient"] not in RECIPIENT:
                    err("%s dose %d: unit/recipient %r/%r" % (where, di, x["unit"], x["recipient"]))
                if x.get("stat") is not None and x["stat"] not in STATS:
                    err("%s dose %d: stat %r" % (where, di, x["stat"]))
                if not isnum(x["amount"]):
                    err("%s dose %d: amount %r" % (where, di, x["amount"]))
                if "amount_high" in x and not (isnum(x["amount_high"]) and x["amount_high"] > x["amount"]):
                    err("%s dose %d: amount_high %r" % (where, di, x.get("amount_high")))
                need(x["amount"], "dose amount")
                need(x.get("amount_high"), "dose amount_high")
                need_text(x["text"], "dose")
            for mi, m in enumerate(s["measurements"]):
                w = "%s meas %d" % (where, mi)
                req, allowed = ks["measurements"]
                if not (req <= set(m) <= allowed):
                    err("%s keys %s" % (w, sorted(m)))
                if m["unit"] not in UNITS:
                    err("%s: unit %r" % (w, m["unit"]))
                if m["kind"] not in KINDS:
                    err("%s: kind %r" % (w, m["kind"]))
                if m["kind"] in MATRIX_KINDS:
                    if m["matrix"] not in MATRIX:
                        err("%s: kind %s needs a matrix, has %r" % (w, m["kind"], m["matrix"]))
                elif m["matrix"] is not None:
                    err("%s: kind %s must have null matrix" % (w, m["kind"]))
                if m["kind"] == "milk_plasma_ratio" and m["matrix"] != "milk":
                    err("%s: milk_plasma_ratio matrix must be milk" % w)
                if m["kind"] == "infant_plasma_ratio" and m["matrix"] != "infant_blood":
                    err("%s: infant_plasma_ratio matrix must be infant_blood" % w)
                if m["unit"] == "{ratio}" and m["kind"] not in ("milk_plasma_ratio", "infant_plasma_ratio", "other"):
                    err("%s: {ratio} unit with kind %s" % (w, m["kind"]))
                if m["kind"] in ("milk_plasma_ratio", "infant_plasma_ratio") and m["unit"] not in ("{ratio}", "%"):
                    err("%s: ratio kind with unit %s" % (w, m["unit"]))
                if m["kind"] == "half_life" and m["unit"] not in ("h", "min", "d"):
                    err("%s: half-life unit %s" % (w, m["unit"]))
                if m["kind"] in ("concentration",) and "/" not in m["unit"]:
                    err("%s: concentration unit %s" % (w, m["unit"]))
                if m["kind"] in ("relative_infant_dose", "proportion", "change") and m["unit"] != "%":
                    err("%s: %s must be %%" % (w, m["kind"]))
                if m["analyte"] is not None and m["analyte"] != m["analyte"].lower():
                    err("%s: analyte not lower case" % w)
                if m["analyte"] is not None and m["analyte"] == s["drug"]:
                    err("%s: analyte equals the statement drug (should be null)" % w)
                if m.get("qualifier") is not None and m["qualifier"] not in QUAL:
                    err("%s: qualifier %r" % (w, m["qualifier"]))
                if m.get("stat") is not None and m["stat"] not in STATS:
                    err("%s: stat %r" % (w, m["stat"]))
                if "value_high" in m and not (isnum(m["value_high"]) and m["value_high"] > m["value"]):
                    err("%s: value_high %r" % (w, m.get("value_high")))
                if m["dose"] is not None and not (isinstance(m["dose"], int) and 0 <= m["dose"] < len(s["doses"])):
                    err("%s: dose link %r out of range" % (w, m["dose"]))
                if m["population"] is not None and not (
                        isinstance(m["population"], int) and 0 <= m["population"] < len(s["populations"])):
                    err("%s: population link %r out of range" % (w, m["population"]))
                need(m["value"], "measurement value")
                need(m.get("value_high"), "measurement value_high")
            for ci, c in enumerate(s["comparisons"]):
                w = "%s comp %d" % (where, ci)
                req, allowed = ks["comparisons"]
                if not (req <= set(c) <= allowed):
                    err("%s keys %s" % (w, sorted(c)))
                vals = c["values"]
                if len(vals) < 2:
                    err("%s: fewer than 2 values" % w)
                if len(c["arms"]) != len(vals):
                    err("%s: %d arms for %d values" % (w, len(c["arms"]), len(vals)))
                if len(set(a.lower() for a in c["arms"])) != len(c["arms"]):
                    err("%s: duplicate arm labels" % w)
                if c["unit"] not in UNITS or c["kind"] not in KINDS:
                    err("%s: unit/kind %r/%r" % (w, c["unit"], c["kind"]))
                if c["significant"] not in (True, False, None):
                    err("%s: significant %r" % (w, c["significant"]))
                if (c["p_value"] is None) != (c["p_qualifier"] is None):
                    err("%s: p_value and p_qualifier must be both set or both null" % w)
                if c["p_value"] is not None:
                    if c["p_qualifier"] not in PQUAL:
                        err("%s: p_qualifier %r" % (w, c["p_qualifier"]))
                    need(c["p_value"], "p-value")
                    pv, pq = c["p_value"], c["p_qualifier"]
                    implied = True if (pq == "<" and pv <= 0.05) or (pq == "=" and pv < 0.05) else \
                        False if (pq in ("=", ">") and pv >= 0.05) else None
                    if implied is not None and c["significant"] is not implied:
                        err("%s: significant=%r contradicts p %s %s" % (w, c["significant"], pq, pv))
                if not c["outcome"] or any(ch.isdigit() for ch in c["outcome"].replace("50%", "")):
                    pass
                for v in vals:
                    need(v, "compared value")
                key = (name, si, ci)
                mids = links.get(key)
                used_links.add(key)
                if mids is None:
                    err("%s: no measurement links in comparison_links.jsonl" % w)
                    continue
                if len(mids) != len(vals) or len(set(mids)) != len(mids):
                    err("%s: measurement links %r do not match values" % (w, mids))
                    continue
                for v, mi, arm in zip(vals, mids, c["arms"]):
                    if not 0 <= mi < len(s["measurements"]):
                        err("%s: link %d out of range" % (w, mi))
                        continue
                    m = s["measurements"][mi]
                    if float(m["value"]) != float(v) or m["unit"] != c["unit"] or m["kind"] != c["kind"]:
                        err("%s: value %r/%s/%s != measurement %d (%r/%s/%s)" % (
                            w, v, c["unit"], c["kind"], mi, m["value"], m["unit"], m["kind"]))
                    if "value_high" in m:
                        err("%s: compared measurement %d is a range" % (w, mi))
            # citations
            cits = s["citations"]
            if not all(isinstance(x, int) for x in cits) or len(set(cits)) != len(cits):
                err("%s: citations %r" % (where, cits))
            found = citations_in(st)
            if set(cits) != found:
                err("%s: citations %r but markers in stretch %r" % (where, sorted(cits), sorted(found)))
    for key in links:
        if key not in used_links:
            err("dangling comparison link %r" % (key,))

    if errors:
        print("NOT CLEAN: %d problem(s)" % len(errors))
        sys.exit(1)
    print("CLEAN")


if __name__ == "__main__":
    main()
