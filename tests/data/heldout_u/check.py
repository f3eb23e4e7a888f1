#!/usr/bin/env python3
"""Standard-library validator for held-out corpus U (FORMAT.md version 2).

Checks: JSON shape and key names; code lists; units; anchors (25+ characters,
occurring exactly once in the whitespace-folded visible text, and for HTML
also exactly once in the folded source, i.e. inside one text node); link
indexes in range; one arm label per compared value; compared values being
annotated single-valued measurements of the same statement with the same unit
and kind; p-value consistency; every annotated number being written in the
text. Prints counts, then CLEAN (exit 0) or the problems (exit 1).

Run from anywhere:  python3 check.py
"""
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "gold.jsonl")

UNITS = {"mg", "g", "ug", "ng", "mL", "L", "mg/L", "ug/L", "ng/mL", "ug/mL", "mg/dL",
         "mmol/L", "meq/L", "mg/kg", "ug/kg", "%", "[IU]", "[IU]/L", "{ratio}",
         "min", "h", "d", "wk", "mo"}
ROUTES = {"oral", "intravenous", "intramuscular", "subcutaneous", "topical", "transdermal",
          "epidural", "intrathecal", "inhaled", "intranasal", "rectal", "vaginal", "ophthalmic"}
ROLES = {"exposed", "control", "total"}
WHO = {"mother", "infant", "pair", "other"}
RECIPIENT = {"mother", "infant"}
KINDS = {"concentration", "infant_dose", "relative_infant_dose", "milk_plasma_ratio",
         "infant_plasma_ratio", "half_life", "amount_excreted", "proportion", "change",
         "milk_volume", "other"}
MATRICES = {"milk", "maternal_blood", "infant_blood", "cord_blood", "maternal_urine", "infant_urine"}
MATRIX_KINDS = {"concentration", "half_life", "milk_plasma_ratio", "infant_plasma_ratio"}
QUALS = {"<", ">", "<=", ">=", "~"}
PQUALS = {"<", "=", ">"}
DOSE_STATS = {"mean", "median", "range", "maximum"}

DOC_KEYS = ["doc", "statements"]
STMT_KEYS = ["anchor", "kind", "drug", "route", "populations", "doses", "measurements",
             "comparisons", "citations"]
POP_KEYS = ["n", "text", "role", "who"]
DOSE_REQ = {"amount", "unit", "text", "recipient"}
DOSE_OPT = {"amount_high", "stat", "frequency", "duration", "drug"}
MEAS_REQ = {"value", "unit", "measure", "kind", "matrix", "analyte", "dose", "population"}
MEAS_OPT = {"value_high", "qualifier", "stat", "group", "timepoint"}
CMP_KEYS = ["measure", "values", "unit", "kind", "outcome", "arms", "significant",
            "p_value", "p_qualifier"]


class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def fold(s):
    return re.sub(r"\s+", " ", s).strip()


def visible(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        p = Text()
        p.feed(raw)
        return fold(" ".join(p.parts)), fold(html.unescape(raw))
    return fold(raw), None


def num_forms(v):
    forms = set()
    s = repr(float(v)) if isinstance(v, float) else str(v)
    if s.endswith(".0"):
        s = s[:-2]
    forms.add(s)
    if s.startswith("0."):
        forms.add(s[1:])
    if isinstance(v, int) and v >= 1000:
        forms.add("{:,}".format(v))
    return forms


def number_in_text(v, text):
    for f in num_forms(v):
        for m in re.finditer(re.escape(f), text):
            before = text[m.start() - 1] if m.start() > 0 else " "
            after = text[m.end()] if m.end() < len(text) else " "
            if before.isdigit() or (before == "." and f[0] != "."):
                continue
            if after.isdigit() and not (f.count(".") and after == "0"):
                continue
            return True
    return False


def main():
    errors = []
    rows = []
    tot = dict(documents=0, statements=0, populations=0, doses=0, measurements=0, comparisons=0)
    seen_docs = set()
    for ln, line in enumerate(open(GOLD, encoding="utf-8"), 1):
        d = json.loads(line)
        where = "line %d" % ln
        if list(d.keys()) != DOC_KEYS:
            errors.append("%s: doc keys %s" % (where, list(d.keys())))
            continue
        name = d["doc"]
        where = name
        if name in seen_docs:
            errors.append("%s: duplicate doc" % name)
        seen_docs.add(name)
        path = os.path.join(HERE, name)
        if not os.path.exists(path):
            errors.append("%s: file missing" % name)
            continue
        text, source = visible(path)
        c = dict(statements=0, populations=0, doses=0, measurements=0, comparisons=0)
        for si, s in enumerate(d["statements"]):
            w = "%s st%d" % (name, si)
            if list(s.keys()) != STMT_KEYS:
                errors.append("%s: statement keys %s" % (w, list(s.keys())))
                continue
            a = fold(s["anchor"])
            if len(a) < 25:
                errors.append("%s: anchor shorter than 25 characters" % w)
            if text.count(a) != 1:
                errors.append("%s: anchor found %d times: %r" % (w, text.count(a), a))
            if source is not None and source.count(a) != 1:
                errors.append("%s: anchor not inside one text node of the HTML source" % w)
            if s["kind"] not in ("study", "recommendation"):
                errors.append("%s: statement kind %r" % (w, s["kind"]))
            if not isinstance(s["drug"], str) or s["drug"] != s["drug"].lower():
                errors.append("%s: drug must be lower case" % w)
            if s["route"] is not None and s["route"] not in ROUTES:
                errors.append("%s: route %r" % (w, s["route"]))
            if not all(isinstance(x, int) for x in s["citations"]):
                errors.append("%s: citations must be integers" % w)
            for ci in s["citations"]:
                if not re.search(r"[\[(,\s]%d[\]),\s.]" % ci, text):
                    errors.append("%s: citation %d not seen in text" % (w, ci))
            for p in s["populations"]:
                if list(p.keys()) != POP_KEYS:
                    errors.append("%s: population keys %s" % (w, list(p.keys())))
                if not isinstance(p["n"], int) or p["n"] < 1:
                    errors.append("%s: population n %r" % (w, p["n"]))
                if p["role"] not in ROLES or p["who"] not in WHO:
                    errors.append("%s: population role/who %r/%r" % (w, p["role"], p["who"]))
            for x in s["doses"]:
                keys = set(x.keys())
                if not DOSE_REQ <= keys or keys - DOSE_REQ - DOSE_OPT:
                    errors.append("%s: dose keys %s" % (w, sorted(keys)))
                if x["unit"] not in UNITS:
                    errors.append("%s: dose unit %r" % (w, x["unit"]))
                if x["recipient"] not in RECIPIENT:
                    errors.append("%s: dose recipient %r" % (w, x["recipient"]))
                if "stat" in x and x["stat"] not in DOSE_STATS:
                    errors.append("%s: dose stat %r" % (w, x["stat"]))
                for v in [x["amount"]] + ([x["amount_high"]] if "amount_high" in x else []):
                    if not number_in_text(v, text):
                        errors.append("%s: dose amount %r not in text" % (w, v))
            for mi, m in enumerate(s["measurements"]):
                wm = "%s m%d" % (w, mi)
                keys = set(m.keys())
                if not MEAS_REQ <= keys or keys - MEAS_REQ - MEAS_OPT:
                    errors.append("%s: measurement keys %s" % (wm, sorted(keys)))
                    continue
                if m["unit"] not in UNITS:
                    errors.append("%s: unit %r" % (wm, m["unit"]))
                if m["kind"] not in KINDS:
                    errors.append("%s: kind %r" % (wm, m["kind"]))
                if m["kind"] in MATRIX_KINDS:
                    if m["matrix"] not in MATRICES:
                        errors.append("%s: matrix %r for kind %s" % (wm, m["matrix"], m["kind"]))
                elif m["matrix"] is not None:
                    errors.append("%s: matrix must be null for kind %s" % (wm, m["kind"]))
                if m["kind"] == "milk_plasma_ratio" and m["matrix"] != "milk":
                    errors.append("%s: milk_plasma_ratio matrix must be milk" % wm)
                if m["kind"] == "infant_plasma_ratio" and m["matrix"] != "infant_blood":
                    errors.append("%s: infant_plasma_ratio matrix must be infant_blood" % wm)
                if m["kind"] in ("relative_infant_dose", "proportion", "change") and m["unit"] != "%":
                    errors.append("%s: %s should be in %%" % (wm, m["kind"]))
                if m["analyte"] is not None and (m["analyte"] != m["analyte"].lower() or m["analyte"] == s["drug"]):
                    errors.append("%s: analyte %r" % (wm, m["analyte"]))
                if "qualifier" in m and m["qualifier"] not in QUALS:
                    errors.append("%s: qualifier %r" % (wm, m["qualifier"]))
                if m["dose"] is not None and not (isinstance(m["dose"], int) and 0 <= m["dose"] < len(s["doses"])):
                    errors.append("%s: dose index %r out of range" % (wm, m["dose"]))
                if m["dose"] is not None and s["doses"] and s["doses"][m["dose"]]["recipient"] != "mother":
                    errors.append("%s: dose link to a non-maternal dose" % wm)
                if m["population"] is not None and not (isinstance(m["population"], int) and 0 <= m["population"] < len(s["populations"])):
                    errors.append("%s: population index %r out of range" % (wm, m["population"]))
                for v in [m["value"]] + ([m["value_high"]] if "value_high" in m else []):
                    if not number_in_text(v, text):
                        errors.append("%s: value %r not in text" % (wm, v))
            singles = {}
            for m in s["measurements"]:
                if "value_high" not in m:
                    singles.setdefault((m["value"], m["unit"], m["kind"]), 0)
                    singles[(m["value"], m["unit"], m["kind"])] += 1
            for ci, cm in enumerate(s["comparisons"]):
                wc = "%s c%d" % (w, ci)
                if list(cm.keys()) != CMP_KEYS:
                    errors.append("%s: comparison keys %s" % (wc, list(cm.keys())))
                    continue
                if len(cm["values"]) < 2:
                    errors.append("%s: fewer than two values" % wc)
                if len(cm["arms"]) != len(cm["values"]):
                    errors.append("%s: %d arms for %d values" % (wc, len(cm["arms"]), len(cm["values"])))
                if len(set(cm["arms"])) != len(cm["arms"]):
                    errors.append("%s: repeated arm label" % wc)
                if cm["unit"] not in UNITS or cm["kind"] not in KINDS:
                    errors.append("%s: unit/kind %r/%r" % (wc, cm["unit"], cm["kind"]))
                for v in cm["values"]:
                    if (v, cm["unit"], cm["kind"]) not in singles:
                        errors.append("%s: value %r %s is not a single-valued %s measurement of the statement"
                                      % (wc, v, cm["unit"], cm["kind"]))
                onums = set(re.findall(r"\d+(?:\.\d+)?", cm["outcome"]))
                if not cm["outcome"] or any(f in onums for v in cm["values"] for f in num_forms(v)):
                    errors.append("%s: outcome empty or holds a compared value: %r" % (wc, cm["outcome"]))
                sig, p, q = cm["significant"], cm["p_value"], cm["p_qualifier"]
                if sig not in (True, False, None):
                    errors.append("%s: significant %r" % (wc, sig))
                if (p is None) != (q is None):
                    errors.append("%s: p_value and p_qualifier must be both set or both null" % wc)
                if p is not None:
                    if q not in PQUALS or not (0 < p < 1):
                        errors.append("%s: p %r %r" % (wc, q, p))
                    expect = (p <= 0.05) if q == "<" else (False if q == ">" else p < 0.05)
                    if sig is not expect:
                        errors.append("%s: significant=%r but p %s %r" % (wc, sig, q, p))
                    if not number_in_text(p, text):
                        errors.append("%s: p-value %r not in text" % (wc, p))
            c["statements"] += 1
            for k in ("populations", "doses", "measurements", "comparisons"):
                c[k] += len(s[k])
        rows.append((name, c))
        tot["documents"] += 1
        for k in c:
            tot[k] += c[k]
    on_disk = {f for f in os.listdir(HERE) if re.match(r"u\d\d_", f)}
    for f in sorted(on_disk - seen_docs):
        errors.append("%s: document without gold" % f)
    print("%-46s %5s %5s %5s %5s %5s" % ("document", "stmts", "pops", "doses", "meas", "comps"))
    for name, c in rows:
        print("%-46s %5d %5d %5d %5d %5d" % (name, c["statements"], c["populations"], c["doses"],
                                            c["measurements"], c["comparisons"]))
    print("%-46s %5d %5d %5d %5d %5d" % ("TOTAL (%d documents)" % tot["documents"], tot["statements"],
                                        tot["populations"], tot["doses"], tot["measurements"], tot["comparisons"]))
    if errors:
        print("\n%d problem(s):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("CLEAN")


if __name__ == "__main__":
    main()
