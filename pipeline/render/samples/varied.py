"""Many invented LactMed-style records from one seed, for the benchmark and scale tests.

The four sample records reshuffled would repeat the same few thousand tokens, which flatters any
tokenizer with a cache (spaCy's has one). These records are written from clinical-style sentence
templates with seeded drug names, numbers, units, authors and journals instead, so vocabulary
and numbers vary from record to record as they do across LactMed."""

from __future__ import annotations

import random
import re
from datetime import date, timedelta

from pipeline.render.record import LactMedRecord, RecordReference


def _split(words: str) -> tuple[str, ...]:
    return tuple(words.split())


_DRUGS = _split(
    "Amitriptyline Amlodipine Azithromycin Baclofen Bupropion Buspirone Carbamazepine Cefalexin "
    "Celecoxib Cetirizine Ciprofloxacin Citalopram Clonazepam Codeine Cyclosporine Diazepam "
    "Diclofenac Domperidone Doxycycline Duloxetine Enalapril Escitalopram Famotidine Fluconazole "
    "Fluoxetine Gabapentin Haloperidol Hydroxychloroquine Ibuprofen Insulin Labetalol Lamotrigine "
    "Levetiracetam Levothyroxine Lisinopril Lithium Loratadine Lorazepam Metformin Methadone "
    "Methyldopa Metoclopramide Metoprolol Metronidazole Mirtazapine Morphine Naproxen Nifedipine "
    "Nortriptyline Olanzapine Omeprazole Ondansetron Oxycodone Paroxetine Prednisolone "
    "Propranolol Quetiapine Ranitidine Risperidone Sumatriptan Tacrolimus Topiramate Tramadol "
    "Valproate Venlafaxine Warfarin Zolpidem"
)
_ONSETS = _split("b c d f g l m n p r s t v z br cl dr fl gr pr tr st ph th")
_VOWELS = _split("a e i o u ea io")
_STEMS = _split(
    "azepam oxetine olol pril sartan vastatin floxacin cillin mycin azole tidine prazole "
    "triptan setron lukast gliptin parin dronate tinib mab afil caine profen"
)
_SURNAMES = _split(
    "Abara Bauer Castro Dahl Eriksen Ferreira Gupta Hallett Ibsen Jansen Kaur Laine Moreau "
    "Nakamura Olsen Petrov Quinn Rossi Sato Tembo Uribe Varga Weber Xu Yilmaz Zhou Achebe "
    "Bianchi Costa Duarte Esposito Fischer Garcia Horvat Ito Jovanovic Kim Larsen Mensah Novak"
)
# Words of article titles: real reference lists are where most of a record's distinct words are.
_TITLE_WORDS = _split(
    "a an and of in for with the after during among from to by versus without "
    "randomized controlled trial cohort retrospective prospective observational case report "
    "series review systematic meta-analysis pilot study analysis evaluation assessment "
    "comparison outcome outcomes safety efficacy tolerability exposure transfer excretion "
    "concentrations levels pharmacokinetics pharmacodynamics clearance elimination absorption "
    "distribution metabolism bioavailability plasma serum milk colostrum breastmilk lactation "
    "lactating postpartum puerperal puerperium pregnancy pregnant prenatal perinatal neonatal "
    "neonate newborn preterm term infant infants child children mother mothers women maternal "
    "paternal nursing breastfeeding breastfed formula-fed weaning growth development "
    "neurodevelopment behavior sleep feeding weight gain jaundice hypoglycemia sedation "
    "withdrawal syndrome adaptation toxicity adverse events reactions effects risk risks "
    "benefit benefits population national registry database survey questionnaire interview "
    "guideline guidelines recommendation consensus statement update practice clinical "
    "hospital community primary care pharmacist physician midwife counseling decision "
    "depression anxiety bipolar schizophrenia epilepsy seizures migraine pain hypertension "
    "preeclampsia diabetes thyroid asthma infection infections tuberculosis malaria HIV "
    "hepatitis arthritis lupus transplant cancer chemotherapy anesthesia analgesia cesarean "
    "delivery surgery dental vaccination immunization antibody antibodies monoclonal biologic "
    "antidepressant antipsychotic anticonvulsant antiepileptic antihypertensive antibiotic "
    "antiviral antifungal analgesic opioid benzodiazepine stimulant hormone contraceptive "
    "galactagogue prolactin oxytocin volume supply composition fat protein lactose sodium "
    "model modeling simulation physiologically based population-based Bayesian estimation "
    "high-performance liquid chromatography mass spectrometry assay validation quantification "
    "dried blood spot sampling single-dose multiple-dose steady-state long-term short-term "
    "first second third year years month months week weeks day days Swedish Danish Norwegian "
    "Finnish Dutch French German Italian Spanish Japanese Korean Chinese Brazilian Canadian "
    "Australian American British Indian Nigerian Kenyan Turkish Iranian Israeli Polish Czech"
)
_SYLLABLES = _split(
    "ab al an ar ba be bo ca ce da de di do el en er fa fe fi ga go ha he hi ho ja jo ka ke ki "
    "ko la le li lo lu ma me mi mo mu na ne ni no ol on or pa pe po ra re ri ro ru sa se si so "
    "ta te ti to tu va ve vi wa we ya yo za ze"
)
_ENDINGS = _split("sen son berg man ez er i o a ov ski ard ini ley ton ner ek is as")


def _surname(rng: random.Random) -> str:
    """Mostly invented surnames, as varied as a real reference list's."""
    if rng.random() < 0.3:
        return rng.choice(_SURNAMES)
    n = rng.randint(1, 3)
    return ("".join(rng.choice(_SYLLABLES) for _ in range(n)) + rng.choice(_ENDINGS)).title()


_JOURNALS = (
    "J Hum Lact",
    "Breastfeed Med",
    "Eur J Clin Pharmacol",
    "Br J Clin Pharmacol",
    "Ther Drug Monit",
    "Ann Pharmacother",
    "Clin Pharmacokinet",
    "J Clin Psychopharmacol",
    "Pediatrics",
    "Arch Dis Child Fetal Neonatal Ed",
    "Acta Paediatr",
    "J Perinatol",
)
_MOTHERS = ("mothers", "women", "nursing mothers", "lactating women", "breastfeeding women")
_INFANTS = ("infants", "breastfed infants", "nursing infants", "exclusively breastfed infants")
_MILK = ("milk", "breastmilk", "breast milk", "mature milk", "foremilk", "hindmilk")
_ROUTES = ("orally", "by mouth", "intravenously", "intramuscularly", "as a slow-release tablet")
_SCHEDULE = ("once daily", "twice daily", "three times daily", "daily", "every 8 hours", "weekly")
_MILK_UNITS = ("mcg/L", "ng/mL", "mg/L", "mcmol/L", "nmol/L")
_EFFECTS = (
    "drowsiness",
    "irritability",
    "poor feeding",
    "diarrhea",
    "colic",
    "rash",
    "jitteriness",
    "constipation",
    "excessive crying",
    "weight loss",
    "vomiting",
    "sleep disturbance",
)
_WORDS = _split(
    "Zero One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen "
    "Fifteen Sixteen Seventeen Eighteen Nineteen Twenty"
)

_SUMMARY = (
    "{drug} is excreted into {milk} in {small} amounts, and {infants} whose serum was measured "
    "had levels {below} {cite}.",
    "Because of its {long} half-life, {drugl} may accumulate in {young} infants, who should be "
    "watched for {effect} and {effect2}.",
    "Limited information indicates that maternal doses of up to {dose} {daily} produce low "
    "levels in {milk} and would not be expected to cause adverse effects in {infants} {cite}.",
    "Most reviewers consider {drugl} acceptable during breastfeeding, although an alternate drug "
    "may be preferred, especially while nursing a newborn or preterm infant {cite}.",
    "{drug} has been used for {purpose} in {n} {mothers} without reports of serious effects "
    "in their {infants} {cite}.",
    "If {drugl} is required by the mother, it is not a reason to discontinue breastfeeding, but "
    "the infant should be monitored for {effect}, {effect2} and adequate weight gain.",
    "Data on {drugl} in {milk} are {scant}; until more is known, {alt} may be preferred, "
    "particularly for {young} infants.",
)
_LEVELS = (
    "{N} {mothers} who were taking {drugl} in doses of {dose} to {dose2} {daily} provided "
    "{milk} samples {when} [{c}].",
    "Average {milk} {drugl} concentrations were {conc} {unit} in foremilk and {conc2} {unit} in "
    "hindmilk, and the peak occurred {h} to {h2} hours after the dose.",
    "The authors calculated that a fully breastfed infant would receive {pct}% of the maternal "
    "weight-adjusted dosage.",
    "In a study of {n} {mothers} taking an average of {dose} {daily} (range {dose} to {dose2}), "
    "the mean {milk} {drugl} level was {conc} {unit} [{c}].",
    "{milk_cap} levels of the active metabolite, {metab}, averaged {conc} {unit} and were "
    "{ratio} times those of the parent drug.",
    "A woman who was {wk} weeks postpartum received {drugl} {dose} {route} [{c}]. Her {milk} "
    "contained {conc} {unit} at {h} hours and {conc2} {unit} at {h2} hours after the dose.",
    "The milk-to-plasma ratio ranged from {r} to {r2}, and the estimated infant dose was "
    "{idose} mg/kg daily.",
    "{N} {mothers} with {cond} were given a single dose of {dose} {route} at {d} days "
    "postpartum [{c}]. {drug} was undetectable (<{lod} {unit}) in {k} of the samples.",
)
_INFANT_LEVELS = (
    "Serum {drugl} was measured in {n} {infants} aged {d} to {d2} days whose mothers took "
    "{dose} {daily} [{c}]. Levels were below {lod} {unit} in {k} infants and {conc} {unit} in "
    "the others.",
    "A {wk}-week-old infant whose mother was taking {drugl} {dose} {daily} had a plasma level of "
    "{conc} {unit}, about {pct}% of the maternal level [{c}].",
    "{N} {infants} had {drugl} serum levels measured {h} hours after nursing; {metab} was "
    "detected in {k} of them at {conc} {unit} [{c}].",
)
_EFFECTS_T = (
    "In a cohort of {n} {mothers} taking {drugl} during breastfeeding, {k} of their {infants} "
    "had {effect} that resolved without treatment [{c}].",
    "A {wk}-week-old {infant1} developed {effect} after the mother increased her dose from "
    "{dose} to {dose2} {daily} [{c}]. The symptoms resolved within {d} days after the dose was "
    "reduced.",
    "{N} {infants} followed for {mo} months had normal growth and development compared with "
    "{n} unexposed controls [{c}].",
    "A telephone follow-up study of {n} {mothers} reported {effect} in {k} infants, but the "
    "relationship to {drugl} was judged {prob} [{c}].",
)
_LACTATION = (
    "Serum prolactin was measured in {n} {mothers} before and {wk} weeks after starting "
    "{drug} {dose} {daily} [{c}]. Basal prolactin levels {changed}.",
    "In a survey of {n} {mothers}, exclusive breastfeeding at {mo} months was reported by "
    "{pct}% of those taking {drugl} and {pct2}% of untreated {mothers} [{c}].",
    "{drug} has caused {galact} in {k} of {n} {mothers} in published case reports [{c}].",
)

# Study context: named studies, places, assays and investigators, the proper nouns, acronyms
# and numbers that make most of a real record's distinct tokens.
_CONTEXT = (
    "The {study} study, a {design} from {place}, enrolled {n} {mothers} between {y1} and {y2} "
    "[{c}].",
    "Samples were analyzed by {assay} with a lower limit of quantification of {lod} {unit}.",
    "{Surname} and colleagues in {place} followed {n} {pairs} for {mo} months and found "
    "{finding} [{c}].",
    "In the {study} registry ({place}, {y1}-{y2}), {k}.{k2}% of {n} exposed {infants} had "
    "{effect}, compared with {pct}% of {n2} controls.",
    "A {design} of {n} {pairs} at {place} {hospital} measured {drugl} and {metab} on days "
    "{d} and {d2} postpartum, using {assay}.",
    "{Surname} reported a mother in {place} who took {drugl} {dose} {daily} for {cond}; her "
    "infant, born at {ga} weeks' gestation, was {outcome} at {mo} months [{c}].",
)
_DESIGNS = (
    "prospective cohort",
    "retrospective chart review",
    "case-control study",
    "cross-sectional survey",
    "randomized trial",
    "population-based registry study",
    "pharmacokinetic substudy",
    "case series",
)
_ASSAYS = (
    "liquid chromatography-tandem mass spectrometry (LC-MS/MS)",
    "high-performance liquid chromatography (HPLC)",
    "gas chromatography-mass spectrometry",
    "an enzyme immunoassay",
    "ultra-performance liquid chromatography",
    "a validated radioimmunoassay",
)
_FINDINGS = (
    "no difference in weight gain",
    "normal developmental scores",
    "slightly lower Bayley scores that were not statistically significant",
    "no cases of withdrawal",
    "transient sedation in two infants",
    "similar rates of hospitalization",
    "no effect on the duration of breastfeeding",
)
_OUTCOMES = (
    "growing normally",
    "meeting developmental milestones",
    "healthy",
    "below the 10th percentile for weight",
    "thriving and exclusively breastfed",
)
_PLACE_ENDS = _split("ville burg by stad ford heim polis ton ia ana ovo ica")


def _place(rng: random.Random) -> str:
    stem = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3)))
    return (stem + rng.choice(_PLACE_ENDS)).title()


def _acronym(rng: random.Random) -> str:
    letters = "".join(rng.choice("ABCDEFGHIKLMNOPRSTUVW") for _ in range(rng.randint(3, 6)))
    return letters + (f"-{rng.randint(1, 12)}" if rng.random() < 0.4 else "")


# Wording varies as it does between LactMed's authors and over the years: each of these words
# is replaced, occurrence by occurrence, by one of its alternatives (or kept).
_SYNONYMS = {
    "taking": ("receiving", "using", "on", "treated with", "prescribed"),
    "measured": ("determined", "assayed", "quantified", "analyzed", "assessed"),
    "levels": ("concentrations", "values", "amounts"),
    "level": ("concentration", "value", "amount"),
    "average": ("mean", "median", "typical", "overall"),
    "reported": ("described", "published", "noted", "documented", "observed"),
    "study": ("trial", "investigation", "report", "series", "analysis"),
    "women": ("patients", "participants", "subjects", "volunteers"),
    "found": ("observed", "noted", "detected", "identified", "saw"),
    "samples": ("specimens", "aliquots", "collections", "expressions"),
    "after": ("following", "subsequent to", "beyond"),
    "before": ("prior to", "ahead of", "preceding"),
    "received": ("was given", "took", "was prescribed", "was treated with"),
    "infant": ("baby", "neonate", "child", "newborn", "nursling"),
    "detected": ("found", "present", "measurable", "quantifiable", "identified"),
    "normal": ("typical", "expected", "age-appropriate", "unremarkable"),
    "mothers": ("women", "patients", "nursing women", "postpartum women", "participants"),
    "daily": ("per day", "a day", "each day", "daily in divided doses"),
    "dose": ("dosage", "administration", "maternal dose", "intake"),
    "exposed": ("unexposed-matched", "drug-exposed", "treated", "affected"),
    "small": ("minimal", "modest", "negligible", "trivial"),
    "low": ("modest", "minimal", "small", "negligible", "subtherapeutic"),
    "limited": ("sparse", "meager", "preliminary", "incomplete"),
    "resolved": ("disappeared", "abated", "subsided", "remitted", "improved"),
    "developed": ("experienced", "showed", "exhibited", "presented with", "acquired"),
    "followed": ("monitored", "observed", "tracked", "evaluated", "examined"),
    "compared": ("contrasted", "matched", "paired", "weighed"),
    "estimated": ("calculated", "projected", "computed", "modeled", "predicted"),
    "authors": ("investigators", "researchers", "writers", "clinicians"),
    "collected": ("obtained", "gathered", "drawn", "taken", "expressed"),
}
_SYNONYM_RE = re.compile(r"\b(" + "|".join(_SYNONYMS) + r")\b")


def _reword(rng: random.Random, text: str) -> str:
    return _SYNONYM_RE.sub(
        lambda m: m.group(0) if rng.random() < 0.4 else rng.choice(_SYNONYMS[m.group(0)]), text
    )


class _Writer:
    """Fills templates for one record; citation markers are numbered in order of use and each
    gets a generated reference."""

    def __init__(self, rng: random.Random, drug: str, alt: str) -> None:
        self.rng = rng
        self.drug = drug
        self.alt = alt
        self.refs: list[RecordReference] = []

    def _cite(self) -> str:
        rng = self.rng
        n = len(self.refs) + 1
        authors = ", ".join(
            f"{_surname(rng)} {rng.choice('ABCDEFGHJKLMNPRST')}" for _ in range(rng.randint(1, 6))
        )
        year = rng.randint(1975, 2024)
        first = rng.randint(1, 2400)
        title = rng.choice(
            (
                f"{self.drug} in human milk",
                f"Transfer of {self.drug.lower()} into breastmilk in {rng.randint(2, 60)} women",
                f"Infant exposure to {self.drug.lower()} during lactation",
                f"A case of {rng.choice(_EFFECTS)} in a breastfed infant",
                f"Pharmacokinetics of {self.drug.lower()} in the puerperium",
            )
        )
        title += ": " + " ".join(rng.choice(_TITLE_WORDS) for _ in range(rng.randint(3, 9)))
        self.refs.append(
            RecordReference(
                n,
                f"{authors}. {title}. {rng.choice(_JOURNALS)}. {year};{rng.randint(1, 160)}:"
                f"{first}-{first + rng.randint(2, 14)}.",
                str(rng.randint(1_000_000, 39_999_999)) if rng.random() < 0.85 else None,
            )
        )
        return str(n)

    def _values(self) -> dict[str, object]:
        """Drug, dose, milk-level and effect slots, drawn in a fixed order (the seed's output
        depends on it)."""
        rng = self.rng
        unit = rng.choice(_MILK_UNITS)
        dose = rng.choice((rng.randint(1, 40) * 5, rng.randint(1, 20) / 4, rng.randint(1, 30)))
        values: dict[str, object] = {
            "drug": self.drug,
            "drugl": self.drug.lower(),
            "metab": rng.choice(("des", "nor", "hydroxy", "N-desmethyl")) + self.drug.lower(),
            "alt": self.alt,
            "milk": rng.choice(_MILK),
            "milk_cap": rng.choice(_MILK).capitalize(),
            "mothers": rng.choice(_MOTHERS),
            "infants": rng.choice(_INFANTS),
            "infant1": rng.choice(("breastfed infant", "nursing infant", "infant", "neonate")),
            "n": rng.randint(2, 480),
            "N": rng.choice(_WORDS[2:]),
            "k": rng.randint(1, 9),
            "dose": f"{dose:g} mg",
            "dose2": f"{dose * rng.randint(2, 6):g} mg",
            "daily": rng.choice(_SCHEDULE),
            "route": rng.choice(_ROUTES),
            "conc": round(rng.uniform(0.1, 400), rng.choice((0, 1, 2))),
            "conc2": round(rng.uniform(0.1, 400), rng.choice((0, 1, 2))),
            "unit": unit,
            "lod": rng.choice((0.5, 1, 2, 5, 10, 20)),
            "pct": round(rng.uniform(0.1, 15), 1),
            "pct2": rng.randint(20, 90),
            "ratio": round(rng.uniform(1.1, 4.5), 1),
            "r": round(rng.uniform(0.05, 1.5), 2),
            "r2": round(rng.uniform(1.5, 4), 2),
            "idose": round(rng.uniform(0.001, 0.5), 3),
            "h": rng.randint(1, 6),
            "h2": rng.randint(7, 24),
            "d": rng.randint(1, 14),
            "d2": rng.randint(15, 120),
            "wk": rng.randint(1, 26),
            "mo": rng.randint(2, 24),
            "when": rng.choice(
                (
                    "over a 24-hour dosing interval",
                    f"at {rng.randint(1, 20)} weeks postpartum",
                    "before and after a feeding",
                    f"at steady state on day {rng.randint(3, 30)}",
                )
            ),
            "cond": rng.choice(("epilepsy", "hypertension", "depression", "migraine", "asthma")),
            "effect": rng.choice(_EFFECTS),
            "effect2": rng.choice(_EFFECTS),
            "small": rng.choice(("small", "low", "very small", "variable")),
            "below": rng.choice(("below the limit of quantification", "undetectable", "low")),
            "long": rng.choice(("long", "variable", "prolonged")),
            "young": rng.choice(("newborn", "preterm", "younger", "premature")),
            "purpose": rng.choice(("pain relief", "seizure control", "postpartum depression")),
            "scant": rng.choice(("limited", "scant", "few", "inconsistent")),
            "prob": rng.choice(("possible", "probable", "unlikely", "uncertain")),
            "changed": rng.choice(("did not change", "rose slightly", "fell by about a third")),
            "galact": rng.choice(("galactorrhea", "gynecomastia", "a fall in milk supply")),
        }
        return values

    def sentence(self, template: str) -> str:
        rng = self.rng
        values = self._values()
        y1 = rng.randint(1985, 2020)
        values.update(
            study=_acronym(rng),
            design=rng.choice(_DESIGNS),
            place=_place(rng),
            assay=rng.choice(_ASSAYS),
            Surname=_surname(rng),
            pairs=rng.choice(("mother-infant pairs", "dyads", "mother-baby pairs")),
            finding=rng.choice(_FINDINGS),
            outcome=rng.choice(_OUTCOMES),
            hospital=rng.choice(("University Hospital", "General Hospital", "Medical Center")),
            y1=y1,
            y2=y1 + rng.randint(1, 8),
            k2=rng.randint(0, 9),
            n2=rng.randint(20, 9000),
            ga=rng.randint(26, 41),
        )
        if "{cite}" in template:
            values["cite"] = f"[{self._cite()}]"
        out = template
        while "[{c}]" in out:  # each marker its own reference, numbered in order
            out = out.replace("[{c}]", f"[{self._cite()}]", 1)
        return _reword(rng, out.format(**values))

    def paragraphs(self, templates: tuple[str, ...], count: tuple[int, int]) -> tuple[str, ...]:
        rng = self.rng
        return tuple(
            " ".join(self.sentence(t) for t in rng.sample(templates, min(len(templates), k)))
            for k in (rng.randint(2, 4) for _ in range(rng.randint(*count)))
        )


def _drug_name(rng: random.Random, i: int) -> str:
    if i % 3 == 0:
        return _DRUGS[i // 3 % len(_DRUGS)]
    syllables = [rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(rng.randint(1, 2))]
    return ("".join(syllables) + rng.choice(_STEMS)).capitalize()


def varied_records(n: int, seed: int) -> list[LactMedRecord]:
    """n LactMed-style records written from templates with a fixed seed: every record has its
    own drug name, numbers, wording and references (invented, not medical information)."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        drug = _drug_name(rng, i)
        alt = ", ".join(rng.sample(_DRUGS, 3))
        w = _Writer(rng, drug, alt)
        summary = w.paragraphs(_SUMMARY, (1, 3))
        intro = (
            f"{drug} is metabolized to {w.sentence('{metab}')}, a metabolite with "
            f"{rng.choice(('weak', 'similar', 'no'))} activity. Both were measured in "
            f"{rng.choice(('most', 'some', 'all'))} of the studies below.",
        )
        maternal = w.paragraphs(_LEVELS + _CONTEXT, (1, 4))
        infant = w.paragraphs(_INFANT_LEVELS + _CONTEXT, (1, 2))
        effects = w.paragraphs(_EFFECTS_T + _CONTEXT, (1, 3))
        lactation = w.paragraphs(_LACTATION + _CONTEXT, (1, 2))
        out.append(
            LactMedRecord(
                drug=drug,
                book_part_id=f"LM{10000 + i}",
                revised=date(2012, 1, 1) + timedelta(days=rng.randrange(4500)),
                cas=f"{rng.randint(50, 999999)}-{rng.randint(10, 99)}-{rng.randint(0, 9)}",
                summary=summary,
                drug_levels_intro=intro,
                maternal_levels=maternal,
                infant_levels=infant,
                infant_effects=effects,
                lactation_effects=lactation,
                alternatives=(alt,),
                references=tuple(w.refs),
            )
        )
    return out
