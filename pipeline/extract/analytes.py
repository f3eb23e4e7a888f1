"""Which substance a result measures when it is not the statement's drug: a metabolite or
active form, a sum ("venlafaxine plus desvenlafaxine"), a body substance (prolactin,
25-hydroxyvitamin D), or another drug the statement doses; null for the drug itself (its
name, or a salt or acid form of it)."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache, lru_cache

from pipeline.extract.classify import ValueText
from pipeline.extract.quick_search import QuickPattern
from pipeline.extract.regex_cache import compiled
from pipeline.extract.rules import Rules, get_rules

_ANALYTE_WINDOW = 120
# A sentence's first result may name its substance at the sentence's start ("Serum prolactin
# measured in 6 mothers before and 3 weeks after starting X 75 mg daily did not change (84 vs
# 88 mcg/L)").
_SENTENCE_WINDOW = 200
# A substance's name: a word that may start with locants ("25-hydroxyvitamin D",
# "9-hydroxyrisperidone", "10,11-epoxide") and end with a conjugate or a one-letter series
# ("vitamin D3").
_WORD = re.compile(
    r"(?<![\w-])\d+(?:,\d+)?\(OH\)\d?D\d?(?![\w-])"  # "25(OH)D", "1,25(OH)2D"
    r"|(?<![\w-])(?:\d+(?:,\d+)*-)?[A-Za-z][A-Za-z0-9'’-]*(?:,\d+-[A-Za-z]+)?"
    r"(?:\s+(?:carboxylate|glucuronide|sulfate|acid)|\s+[A-Z]\d?\b(?!\s*[-–]))?"
)
# A compound known by a company code ("GS-441524", "UCB-L059"): a metabolite in a drug's text.
# A locant before capitals is a name too ("6-MP", "6-TGN").
_CODE_NAME = re.compile(r"^[A-Z]{1,5}-?[A-Z]?\d{3,}$|^\d+-[A-Z]{2,5}$")
# A metabolite by its form: "N-acetyl-5-ASA", "O-desmethylvenlafaxine", "4-hydroxy...".
_METABOLITE_FORM = re.compile(
    r"^(?!.*(?:ation|ators?|ers?|ing|ed)$)"  # "hydroxylation", "acetylators": processes, people
    r"(?:(?:[nos]-|\d+(?:,\d+)*-)(?:acetyl|desmethyl|demethyl|desethyl|didesmethyl|hydroxy|oxo|"
    r"carboxy|dihydro)-?[a-z0-9][a-z0-9-]{2,}"
    r"|(?:desmethyl|demethyl|desethyl|didesmethyl|hydroxy)[a-z]{4,})$"
)
# An abbreviation a text may spell out: "MEGX", "FSH", "T4".
_ABBREVIATION = re.compile(r"^[A-Z][A-Z0-9]{1,5}$")
# A long form that names a chemical, not a measure ("relative infant dose (RID)").
_CHEMICAL = re.compile(r"(?:ide|ine|one|ol|ate|in|hormone)$", re.I)
# Words a name stands in as an arm, not as the substance measured: "with domperidone",
# "in women taking sertraline", "the glyburide and glipizide groups", "sertraline-exposed",
# "from 12 ng/mL before sertraline to 21 ng/mL", "after starting imipramine", "a single 1 mg
# dose of cabergoline", "in the oxytocin period".
_ARM_BEFORE = re.compile(
    r"\b(?:with|on|taking|receiving|given|using|after|before|plus|versus|vs\.?"
    r"|(?:after|before|following)\s+(?:[\w.-]+\s+){0,5}?(?:dose|infusion|injection)\s+of"
    r"|(?:oral|intravenous|intramuscular|subcutaneous|single|loading|maternal)\s+dose\s+of)\s+"
    r"(?:(?:starting|stopping|beginning|initiating|commencing)\s+)?(?:the\s+|oral\s+|iv\s+)?$",
    re.I,
)
_ARM_AFTER = re.compile(
    r"^(?:\s+(?:and|or)\s+[\w-]+)?\s+(?:groups?|arms?|users?|patients|cohorts?|periods?|phases?)\b",
    re.I,
)
# Where an _ARM_BEFORE match can start (its first words), and _ARM_AFTER to match at a place.
_ARM_WORD = re.compile(
    r"\b(?:with|on|taking|receiving|given|using|after|before|plus|versus|vs|following|oral"
    r"|intravenous|intramuscular|subcutaneous|single|loading|maternal)",
    re.I,
)
_ARM_AFTER_AT = re.compile(_ARM_AFTER.pattern.removeprefix("^"), re.I)
# What the drug is, not what was measured: "Infliximab is a large antibody protein".
_SAYS_WHAT_IT_IS = re.compile(r"\b(?:is|are)\s+an?\s+(?:[\w-]+\s+){0,3}$", re.I)
_NOT_A_NAME = re.compile(
    r"-(?:exposed|treated|fed|based|free|naive|na[iï]ve|induced|related)$", re.I
)
# Salt and acid endings of one substance ("valproate", "valproic acid").
_SALT_ENDINGS = {"ate", "ic", "ic acid", "ium", "ide"}
_CONJUGATES = (" glucuronide", " carboxylate")
_NAMED_AFTER = re.compile(r"^\s*(?:of|for|as)\s+(?:the\s+)?((?:" + _WORD.pattern + "))")
_SUM = re.compile(
    r"((?:\d+-)?[A-Za-z][\w-]+)\s+(plus|and|\+)\s+"
    r"((?:its\s+)?(?:active\s+)?metabolites?|(?:\d+-)?[A-Za-z][\w-]+)",
    re.I,
)
_SUM_QUICK = QuickPattern(_SUM)  # most windows have no "and", "plus" or "+"


@cache
def _stems(drug: str) -> tuple[str, ...]:
    """The drug's first word's six-letter pieces ("valacy", "alacyc", ...)."""
    d = drug.lower().split()[0]
    return tuple(d[i : i + 6] for i in range(len(d) - 5))


def _drug_related(word: str, drug: str) -> bool:
    """A metabolite or the active form: the two names share a long stem ("hydroxybupropion",
    "desloratadine", "enalaprilat", "acyclovir" from valacyclovir, "oseltamivir
    carboxylate")."""
    w, d = word.lower(), drug.lower().split()[0]
    if w.split()[0] == d:
        return w != drug.lower() and len(w.split()) > 1 and not drug.lower().startswith(w)
    w = w.split()[0]
    if len(w) < 6 or len(d) < 6:
        return False
    return any(piece in w for piece in _stems(drug))


def _substance(
    word: str, drug: str | None, body: set[str], others: frozenset[str] = frozenset()
) -> bool:
    if _not_a_name(word):
        return False
    first = word.split()[0]
    return word in body or first in body or first in others or _drug_form(word, drug)


# The tests of a word's form, kept: each value's text asks them of the same words again.
@lru_cache(maxsize=8192)
def _not_a_name(word: str) -> bool:
    return bool(_NOT_A_NAME.search(word))


@lru_cache(maxsize=8192)
def _drug_form(word: str, drug: str | None) -> bool:
    """A metabolite's form, or a name related to the drug's."""
    return bool(_METABOLITE_FORM.match(word)) or bool(drug and _drug_related(word, drug))


@lru_cache(maxsize=8192)
def _same_drug(word: str, drug: str) -> bool:
    """The drug itself: its name, or a salt or acid form of it ("valproate" for "valproic
    acid"); not a bare ion of a salt ("magnesium" of "magnesium sulfate" is a body substance)."""
    w, d = word.lower(), drug.lower()
    if w.endswith(_CONJUGATES):  # "morphine glucuronide": a metabolite, not a salt
        return False
    if w == d or w.split()[0] == d:
        return True
    stem = 0
    while stem < min(len(w), len(d)) and w[stem] == d[stem]:
        stem += 1
    return stem >= 5 and w[stem:] in _SALT_ENDINGS and d[stem:] in _SALT_ENDINGS


_SUBSTANCE_LIST = re.compile(
    r"\b(?:[A-Za-z0-9][\w'’-]*,\s+)+(?:and\s+)?[A-Za-z0-9][\w'’-]*"
    r"|\b[A-Za-z0-9][\w'’-]*,?\s+and\s+[A-Za-z0-9][\w'’-]*"
)


def respective_analytes(
    vt: ValueText, rules: Rules, drug: str | None, count: int
) -> tuple[str | None, ...] | None:
    """ "38 and 14 mcg/L of mirtazapine and desmethylmirtazapine, respectively", "milk
    buprenorphine and norbuprenorphine levels of 3.65 and 1.94 mcg/L, respectively": a list of
    substances as long as the value's list, in a sentence that pairs them respectively, gives
    each value its own (the drug itself: None). None where the sentence pairs no such list."""
    if count < 2 or not rules.quick.respectively.found(vt.text):
        return None
    body = set(rules.cues["body_substances"])
    drug_word = (drug or "").lower().split(" ")[0]
    lists = []
    for m in _SUBSTANCE_LIST.finditer(vt.text):
        names = [w for w in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group(0)) if w]
        lowered = [w.lower() for w in names]
        if len(names) == count and all(
            w == drug_word or _substance(w, drug, body) for w in lowered
        ):
            lists.append((abs(m.start() - vt.start), lowered))
    if not lists:
        return None
    return tuple(None if name == drug_word else name for name in min(lists)[1])


_LAST_CONJUNCT = re.compile(r"\b(?:and|but|while|whereas)\b|[,;]")


def analyte_of(
    vt: ValueText,
    rules: Rules,
    drug: str | None,
    inherited: str | None,
    others: frozenset[str] = frozenset(),
    first_in_sentence: bool = False,
    document: str = "",
) -> str | None:
    """The substance measured when it is not the statement's drug: the nearest metabolite,
    active form, sum ("venlafaxine plus desvenlafaxine"), body substance or other drug of the
    statement (`others`) named before the value in its clause (or right after it: "of
    enalaprilat"), a name standing as an arm ("with domperidone") passed over; else one its
    table column names; for a sentence's first result, one named earlier in the sentence past
    a time ("Infant serum prolactin did not differ at 4 months (21 vs 23 ng/mL)"); else the
    substance of the value before it. An abbreviation the statement or the document spells out
    gives its long form ("monoethylglycinexylidide (MEGX)")."""
    body = set(rules.cues["body_substances"])
    window = vt.part("since_previous")
    if vt.kind == "change":  # its own subject's: "prolactin fell by half and volume by 18%"
        window = _LAST_CONJUNCT.split(vt.part("clause_before"))[-1]
    if len(window) > _ANALYTE_WINDOW:  # whole words only
        window = window[-_ANALYTE_WINDOW:].split(" ", 1)[-1]
    after_clause = vt.part("clause_after")[:_ANALYTE_WINDOW]
    # what the statement and the document spell out, read only for an abbreviation (rare)
    total = rules.cue.total_moiety.search(window)
    if total is not None:  # "the infant dose of total X moiety (X + M1 + M2)": their sum
        return f"total {total.group('drug').lower()} moiety"
    defined = _Defined(vt, document)
    found = _sum_named(window, after_clause, drug, body, others, defined)
    if found is not None:
        return found
    names = _names(window)
    # "of enalaprilat" after the quantity, or "1.1 for the drug and 0.6 for its metabolite"
    # right after the value itself (checked first).
    for follows in (vt.part("after"), vt.text[vt.value_end :]):
        after = _NAMED_AFTER.match(follows)
        if after:
            names.append(after.group(1))
    sources = [(names, others), ([m.group(0) for m in _WORD.finditer(vt.part("measure"))], others)]
    if rules.cue.substance_before_time.search(vt.part("clause_before")) and re.fullmatch(
        r"\s*(?:was|were|averaged|is|of)\s*", window, re.I
    ):
        # "serum prolactin at 24 hours was 162 ng/mL": past the time its clause names
        sources.append((_names(vt.part("clause_before")[-_ANALYTE_WINDOW:]), others))
    first_in_sentence = first_in_sentence and vt.kind != "change"
    if first_in_sentence:  # further back, another drug is that drug's dose or arm
        before = vt.text[: vt.start][-_SENTENCE_WINDOW:]
        far = _names(before)
        sources.append((far, frozenset()))
    if first_in_sentence:
        found = _sum_named(before[-_ANALYTE_WINDOW:], "", drug, body, frozenset())
        if found is not None:
            return found
    for words, other_drugs in sources:
        if words and "metabolite" in (w.lower() for w in words[-2:]):
            # "1.9 for the metabolite", "and that of the metabolite was 0.17"
            earlier = _metabolite_named(vt.part("statement") + vt.text[: vt.start], drug)
            if earlier:
                return earlier
        named = _last_substance(words, drug, body, other_drugs, rules, defined)
        if named and compiled(rf"(?i:{re.escape(named)})\s+metabolite\b").search(window):
            return f"{named} metabolite"  # "the 2-hydroxymethyl metabolite", as written
        if named is not None:
            return named or None
    return inherited


class _Defined:
    """What the statement and the document say, joined on first call and kept (a plain class:
    functools.cache made a wrapper for each value)."""

    __slots__ = ("vt", "document", "text")

    def __init__(self, vt: ValueText, document: str) -> None:
        self.vt, self.document = vt, document
        self.text: str | None = None

    def __call__(self) -> str:
        if self.text is None:
            self.text = self.vt.part("statement") + self.vt.text + " " + self.document
        return self.text


def _metabolite_named(text: str, drug: str | None) -> str | None:
    """The metabolite the text last named, for "the metabolite": a name sharing the drug's stem
    or one of a metabolite's form."""
    for m in reversed(list(_WORD.finditer(text))):
        word = m.group(0).lower()
        if drug and _same_drug(word, drug):
            continue
        if _METABOLITE_FORM.match(word) or (drug and _drug_related(word, drug)):
            return word
    return None


def _spelled_out(name: str, text: str) -> str:
    """ "follicle-stimulating hormone (FSH)", "monoethylglycinexylidide (MEGX)", "25-hydroxyvitamin
    D [25(OH)D]": the long form of an abbreviation the text defines (its letters in order, the
    first starting it); the name itself otherwise."""
    phrase = _defined_before(name, text)
    if phrase is None:
        return name
    words = [m.group(0) for m in _WORD.finditer(phrase)]
    letters = re.sub(r"[^a-z]", "", name.lower())
    for n in range(1, min(4, len(words)) + 1):
        phrase = " ".join(words[-n:])
        if _abbreviates(letters, phrase.lower()):
            return phrase
    if words and "(" in name:  # "25(OH)D": a numbered form, named just before
        return words[-1]
    return name


_NOT_IN_DEFINITION = frozenset(".;:()[]")


def _defined_before(name: str, text: str) -> str | None:
    """The words before the first "(name)" or "[name]" with 3 to 80 characters and no
    punctuation that ends a phrase: what the text spells the abbreviation out as. (Found by
    walking back from each bracket: a pattern searched from every position of a whole
    document cost seconds per corpus.)"""
    for m in compiled(r"[(\[]\s*" + re.escape(name) + r"\s*[)\]]").finditer(text):
        end = len(text[: m.start()].rstrip())
        start = end
        while start > 0 and end - start < 80 and text[start - 1] not in _NOT_IN_DEFINITION:
            start -= 1
        if end - start >= 3:
            return text[start:end]
    return None


def _abbreviates(letters: str, phrase: str) -> bool:
    if not letters or not phrase.startswith(letters[0]):
        return False
    at = 1
    for ch in letters[1:]:
        at = phrase.find(ch, at) + 1
        if at == 0:
            return False
    return True


def _names(window: str) -> list[str]:
    """The words of the window that may name a substance: not those standing as an arm, with
    _ARM_BEFORE's words right before them (what a search of the window up to the word finds)
    or _ARM_AFTER's right after. A match of _ARM_BEFORE up to a word starts where one of its
    first words does: one of the last three before the word ("before a single 1 mg oral dose
    of X" starts at "before", past "single" and "oral")."""
    starts = [k.start() for k in _ARM_WORD.finditer(window)]
    out = []
    for m in _WORD.finditer(window):
        at = m.start()
        last = bisect_left(starts, at) - 1
        if any(
            _ARM_BEFORE.match(window, starts[k], at) for k in range(last, max(last - 3, -1), -1)
        ):
            continue
        if " a" in window[:at] and _SAYS_WHAT_IT_IS.search(window, 0, at):  # "is a protein"
            continue
        if not _ARM_AFTER_AT.match(window, m.end()):
            out.append(m.group(0))
    return out


def _sum_named(
    window: str,
    after_clause: str,
    drug: str | None,
    body: set[str],
    others: frozenset[str],
    defined: _Defined | None = None,
) -> str | None:
    """A sum of two substances ("venlafaxine plus desvenlafaxine", "X and its metabolite"),
    an abbreviated part as the long form the text gives it ("procainamide plus NAPA" ->
    "procainamide plus n-acetylprocainamide")."""
    sums = [*_SUM_QUICK.finditer(after_clause), *reversed(list(_SUM_QUICK.finditer(window)))]
    for m in sums:
        if m.string is window and _ARM_AFTER.match(window[m.end() :]):
            continue  # "in the glyburide and glipizide groups"
        first, second = m.group(1).lower(), m.group(3).lower()
        first_ok = bool(drug and first in drug.lower()) or _substance(first, drug, body, others)
        if not first_ok:
            continue
        abbreviated = defined is not None and _ABBREVIATION.match(m.group(3))
        long = _spelled_out(m.group(3), defined()) if defined and abbreviated else ""
        if long and long != m.group(3) and _CHEMICAL.search(long):
            return f"{first} {m.group(2).lower()} {long.lower()}"
        if "metabolite" in second or _substance(second, drug, body, others):
            return m.group(0).lower()
    return None


_LOCANT_CAPITALS = re.compile(r"\d+-[A-Z]")


@lru_cache(maxsize=8)
def _metabolites_named(document: str) -> frozenset[str]:
    """The names a document calls metabolites of its drug (cue metabolite_named: "its active
    metabolite canrenone", "converted almost completely to Y", "demethylated to Z, an active
    metabolite"), read once per document."""
    rules = get_rules()
    not_names = set(rules.cues["not_metabolite_names"])
    found = {
        m.group(k).lower()
        for m in rules.cue.metabolite_named.finditer(document)
        for k in ("a", "b", "c", "d")
        if m.group(k)
    }
    return frozenset(w for w in found if w not in not_names and not w.endswith(("ly", "ed", "ing")))


def _called_metabolite(letters: str, text: str) -> bool:
    """The text calls the abbreviation a metabolite: "the metabolite EDDP", "MPA, its active
    metabolite"."""
    name = re.escape(letters)
    called = r"\b(?i:metabolites?),?\s+(?:(?:called|named|known\s+as)\s+)?" + name + r"\b"
    calls = name + r"\b(?:\s*\([^()]*\))?,?\s+(?:is\s+)?(?:the|its|an?)\s+(?:[\w-]+\s+){0,2}?"
    return bool(
        compiled(called).search(text) or compiled(calls + r"(?i:metabolite)\b").search(text)
    )


def _last_substance(
    names: list[str],
    drug: str | None,
    body: set[str],
    others: frozenset[str],
    rules: Rules,
    defined: _Defined | None = None,
) -> str | None:
    """The last name that is a substance: "" for the drug itself, None for none. An
    abbreviation is read as the long form the text gives it."""
    antibodies = rules.cues["antibody_classes"]
    for at in range(len(names) - 1, -1, -1):
        word = long = names[at]
        # (the class first: most words are none, and then the target need not be looked for)
        if at and word.lower() in antibodies:
            target = rules.cue.antibody_target.match(names[at - 1])
            if target:  # "anti-spike IgA": an antibody by its target
                return f"{target.group(0)} {word}".lower()
        if defined is not None and (_ABBREVIATION.match(word) or "(" in word):
            long = _spelled_out(word, defined())
        if (
            defined is not None
            and _LOCANT_CAPITALS.match(word)
            and compiled(r"[A-Za-z]-" + re.escape(word)).search(defined())
        ):
            return ""  # "5-ASA" beside "N-acetyl-5-ASA": the parent of a named derivative
        if long is not word and _CHEMICAL.search(long):
            return long.lower()  # "monoethylglycinexylidide (MEGX)"
        if (
            defined is not None
            and _ABBREVIATION.match(word)
            and _called_metabolite(word, defined())
        ):
            return word.lower()  # "metabolized to the inactive metabolite EDDP"
        if (
            defined is not None
            and word.lower() in _metabolites_named(defined.document)
            and not any(rules.no_substance(w) for w in (word, word[:-1], word[:-2]))
        ):
            return word.lower()  # "its active metabolite canrenone", "converted to X"
        salt = word.lower() in body or word.lower() in rules.cues["salts"]
        after_drug = at and drug and names[at - 1].lower() == drug.lower().split()[0]
        if drug and salt and (after_drug or word.lower() in drug.lower().split()[1:]):
            return ""  # "cefuroxime sodium", "chloroquine base": the drug's salt or base
        if rules.cue.formulation_release.match(long.lower()):
            continue  # "0.058 for MR": the modified-release tablet's, no substance
        for name in (long, word) if long != word else (word,):  # the same name once
            base = name.lower()
            if drug and _same_drug(base, drug):
                return ""
            if _substance(base, drug, body, others) or _CODE_NAME.match(name):
                return long.lower()
    return None


def given_as_salt(text: str, drug: str | None, rules: Rules) -> str | None:
    """The salt the statement says its drug is given as, after any mention of it: "iodine
    150 mcg daily (as potassium iodide)" -> "potassium iodide", "25 mg zinc (as sulfate)" ->
    "zinc sulfate"; the element then measured is an analyte, as magnesium is of magnesium
    sulfate. None when no salt follows the drug in parentheses."""
    if drug is None or " " in drug:  # "magnesium sulfate": its salt already named
        return None
    lowered = text.lower()
    salts = set(rules.cues["salts"])
    at = lowered.find(drug)
    while at >= 0:
        m = rules.cue.drug_given_as.match(text[at + len(drug) :])
        at = lowered.find(drug, at + 1)
        if m is None:
            continue
        words = m.group("salt").lower().split()
        if all(w in salts for w in words):
            return f"{drug} {' '.join(words)}"  # "zinc (as sulfate)"
        if words[-1] in salts or words[-1].endswith(("ide", "ate")):
            return " ".join(words)  # "iodine (as potassium iodide)"
    return None


def used_substance(vt: ValueText, rules: Rules, drug: str | None) -> str | None:
    """The substance whose use an amount is, named right before the use in the sentence:
    "sufentanil consumption ... was 42 vs 61 mcg" (None for the drug itself)."""
    used = rules.cue.substance_used.search(vt.text[: vt.start])
    if used is None or rules.no_substance(used.group(1)):
        return None
    name = used.group(1).lower()
    return None if drug and _same_drug(name, drug) else name
