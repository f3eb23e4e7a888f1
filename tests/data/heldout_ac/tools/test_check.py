#!/usr/bin/env python3
"""Run check.py on deliberately broken copies of gold.jsonl (and of one text) and
verify that each break is reported.  Copies are written under tools/_broken/ and
removed afterwards.  Stdlib only."""
import copy, json, os, shutil, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CHECK = os.path.join(ROOT, "check.py")
WORK = os.path.join(HERE, "_broken")

gold = [json.loads(l) for l in open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8") if l.strip()]


def doc(g, name):
    return next(d for d in g if d["doc"] == name)


def st(g, name, i):
    return doc(g, name)["statements"][i]


def m_unit(g):            st(g, "ac06_zonisamide_lactmed.txt", 1)["measurements"][0]["unit"] = "mcg/L"
def m_kind(g):            st(g, "ac02_clobazam_conference_abstract.md", 0)["measurements"][0]["kind"] = "level"
def m_matrix_extra(g):    st(g, "ac05_zuranolone_news.txt", 0)["measurements"][0]["matrix"] = "milk"
def m_matrix_missing(g):  st(g, "ac08_linezolid_lactmed.md", 1)["measurements"][0]["matrix"] = None
def m_ratio_matrix(g):    st(g, "ac06_zonisamide_lactmed.txt", 1)["measurements"][6]["matrix"] = "maternal_blood"
def m_who(g):             st(g, "ac09_primidone_lactmed.txt", 3)["populations"][0]["who"] = "baby"
def m_recipient(g):       st(g, "ac08_linezolid_lactmed.md", 0)["doses"][0]["recipient"] = "child"
def m_route(g):           st(g, "ac03_betamethasone_cohort_article.html", 0)["route"] = "IM"
def m_anchor_nv(g):       st(g, "ac10_ustekinumab_lactmed.txt", 0)["anchor"] = "Six women receiving ustekinumab for Crohn disease"
def m_anchor_dup(g):      st(g, "ac07_aripiprazole_lactmed.html", 2)["anchor"] = "Six women taking"  # too short
def m_anchor_notunique(g):st(g, "ac01_somatropin_rct_abstract.txt", 0)["anchor"] = "Recombinant human growth hormone to augment milk production"
def m_anchor_html(g):     st(g, "ac03_betamethasone_cohort_article.html", 0)["anchor"] = "who received intramuscular betamethasone 12 mg, repeated after 24 hours"
def m_value(g):           st(g, "ac01_somatropin_rct_abstract.txt", 0)["measurements"][3]["value"] = 413
def m_value_high(g):      st(g, "ac06_zonisamide_lactmed.txt", 3)["measurements"][1]["value_high"] = 27.4
def m_amount(g):          st(g, "ac04_dicloxacillin_registry_results.txt", 0)["doses"][0]["amount"] = 250
def m_n(g):               st(g, "ac05_zuranolone_news.txt", 0)["populations"][0]["n"] = 146
def m_dose_link(g):       st(g, "ac07_aripiprazole_lactmed.html", 2)["measurements"][2]["dose"] = 3
def m_pop_link(g):        st(g, "ac01_somatropin_rct_abstract.txt", 0)["measurements"][0]["population"] = 6
def m_comp_value(g):      st(g, "ac03_betamethasone_cohort_article.html", 0)["comparisons"][0]["values"] = [96, 140]
def m_comp_dupvalue(g):   st(g, "ac09_primidone_lactmed.txt", 5)["comparisons"][0]["values"] = [8.8, 8.8]
def m_comp_arms(g):       st(g, "ac02_clobazam_conference_abstract.md", 0)["comparisons"][0]["arms"] = ["10 mg group"]
def m_comp_unit(g):       st(g, "ac10_ustekinumab_lactmed.txt", 0)["comparisons"][1]["unit"] = "ug/L"
def m_comp_kind(g):       st(g, "ac04_dicloxacillin_registry_results.txt", 0)["comparisons"][1]["kind"] = "other"
def m_comp_range(g):
    s = st(g, "ac06_zonisamide_lactmed.txt", 2)
    s["comparisons"].append({"measure": "milk", "values": [5.1, 18.7], "unit": "mg/L", "kind": "concentration",
                             "outcome": "milk zonisamide", "arms": ["100 mg", "400 mg"], "significant": None,
                             "p_value": None, "p_qualifier": None})
def m_sig(g):             st(g, "ac01_somatropin_rct_abstract.txt", 0)["comparisons"][0]["significant"] = True
def m_sig2(g):            st(g, "ac07_aripiprazole_lactmed.html", 7)["comparisons"][0]["significant"] = None
def m_pq(g):              st(g, "ac10_ustekinumab_lactmed.txt", 2)["comparisons"][0]["p_qualifier"] = None
def m_pval(g):            st(g, "ac02_clobazam_conference_abstract.md", 0)["comparisons"][2]["p_value"] = 0.45
def m_missing_key(g):     del st(g, "ac09_primidone_lactmed.txt", 1)["measurements"][0]["analyte"]
def m_extra_key(g):       st(g, "ac09_primidone_lactmed.txt", 1)["measurements"][0]["measurement_id"] = 3
def m_stmt_key(g):        st(g, "ac06_zonisamide_lactmed.txt", 0)["notes"] = "x"
def m_cite(g):            st(g, "ac09_primidone_lactmed.txt", 2)["citations"] = [7]
def m_drug_case(g):       st(g, "ac05_zuranolone_news.txt", 1)["drug"] = "Zuranolone"
def m_analyte_eq(g):      st(g, "ac08_linezolid_lactmed.md", 1)["measurements"][0]["analyte"] = "linezolid"
def m_order(g):
    d = doc(g, "ac06_zonisamide_lactmed.txt")
    d["statements"][1], d["statements"][2] = d["statements"][2], d["statements"][1]
def m_missing_doc(g):     g.remove(doc(g, "ac08_linezolid_lactmed.md"))
def m_qualifier(g):       st(g, "ac10_ustekinumab_lactmed.txt", 3)["measurements"][0]["qualifier"] = "less than"

MUTATIONS = [
    (m_unit, "not in the closed list"), (m_kind, "kind 'level'"), (m_matrix_extra, "matrix must be null"),
    (m_matrix_missing, "matrix None"), (m_ratio_matrix, "milk_plasma_ratio needs matrix milk"),
    (m_who, "who 'baby'"), (m_recipient, "recipient 'child'"), (m_route, "route 'IM'"),
    (m_anchor_nv, "found 0 times"), (m_anchor_dup, "shorter than 25"), (m_anchor_notunique, "found 2 times"),
    (m_anchor_html, "not verbatim once in the raw HTML"),
    (m_value, "value=413 not written"), (m_value_high, "value_high=27.4 not written"),
    (m_amount, "amount=250 not written"), (m_n, "n=146 not written"), (m_dose_link, "dose link 3"),
    (m_pop_link, "population link 6"), (m_comp_value, "value 140"), (m_comp_dupvalue, "value 8.8"),
    (m_comp_arms, "one non-empty label per value"), (m_comp_unit, "value 3.1 (ug/L)"),
    (m_comp_kind, "differs from comparison kind"), (m_comp_range, "value 5.1"), (m_sig, "disagrees with p = 0.91"),
    (m_sig2, "disagrees with p < 0.01"), (m_pq, "given together"), (m_pval, "p_value 0.45 not written"),
    (m_missing_key, "lacks keys ['analyte']"), (m_extra_key, "unknown keys ['measurement_id']"),
    (m_stmt_key, "unknown keys ['notes']"), (m_cite, "citation 7 not written"), (m_drug_case, "lower-case"),
    (m_analyte_eq, "analyte equals"), (m_order, "not in document order"), (m_missing_doc, "text has no gold line"),
    (m_qualifier, "qualifier 'less than'"),
]


def run(gold_path, texts=None):
    cmd = [sys.executable, CHECK, "--gold", gold_path]
    if texts:
        cmd += ["--texts", texts]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if "Traceback" in r.stderr:          # a crash is not a detection
        return 0, r.stdout + r.stderr
    return r.returncode, r.stdout


def main():
    os.makedirs(WORK, exist_ok=True)
    failures = 0
    try:
        rc, out = run(os.path.join(ROOT, "gold.jsonl"))
        print("original gold: %s" % out.strip().splitlines()[-1])
        if rc != 0:
            failures += 1
        for fn, expect in MUTATIONS:
            g = copy.deepcopy(gold)
            fn(g)
            p = os.path.join(WORK, fn.__name__ + ".jsonl")
            with open(p, "w", encoding="utf-8") as f:
                for d in g:
                    f.write(json.dumps(d, ensure_ascii=False) + "\n")
            rc, out = run(p)
            ok = rc != 0 and expect in out
            failures += not ok
            print("%-4s %-20s expects %r" % ("ok" if ok else "FAIL", fn.__name__, expect))
            if not ok:
                print(out)
        # a broken text: change a number in the text so the gold value is no longer written
        tdir = os.path.join(WORK, "texts")
        shutil.copytree(os.path.join(ROOT, "texts"), tdir)
        p = os.path.join(tdir, "ac09_primidone_lactmed.txt")
        s = open(p, encoding="utf-8").read().replace("averaged 8.8 mg/L", "averaged 8.6 mg/L")
        open(p, "w", encoding="utf-8").write(s)
        rc, out = run(os.path.join(ROOT, "gold.jsonl"), tdir)
        ok = rc != 0 and "value=8.8 not written" in out
        failures += not ok
        print("%-4s %-20s expects %r" % ("ok" if ok else "FAIL", "text_edit", "value=8.8 not written"))
    finally:
        shutil.rmtree(WORK, ignore_errors=True)
    print("%d mutation test(s) failed" % failures if failures else "ALL MUTATIONS DETECTED")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
