"""Arm labels that surround or precede the values they label, and the tidying of a label:
a group in brackets after each value ("0.34% (intravenous) and 0.19% (oral)"), two groups a
sentence of the statement says it compares ("compared 14 women taking X with 9 women taking
Y"), and a label's count, "(n = 9)", purpose and, where the arms differ by more than it, dose
dropped. The cue words are in cues.yaml (arm_paren_after, arm_groups_compared, arm_label_*)."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from pipeline.extract.meaning import arm_role
from pipeline.extract.rules import Rules
from pipeline.extract.sentence_items import Item

_COUNT_IN_BRACKETS = re.compile(r"\s*[(\[;,]?\s*\bn\s*=\s*\d+\s*[)\]]?", re.I)
_ASIDE = re.compile(r"\s*\([^()]*\)|\s*\[[\d,\s–-]+\]")  # an aside, a citation: "[8]"


def bracketed_arms(text: str, run: list[Item], rules: Rules) -> list[str] | None:
    """A label in brackets right after every value of the run, each its own."""
    found = [rules.cue.arm_paren_after.match(text[i.quantity.end :]) for i in run]
    if not all(found):
        return None
    arms = [re.sub(r"\s+", " ", m.group("arm")).strip() for m in found if m]
    return arms if len({a.lower() for a in arms}) == len(arms) else None


def _people(label: str, rules: Rules) -> bool:
    return bool(rules.cue.arm_person.search(label) or re.search(r"\bthose\b", label, re.I))


_PRONOUN = re.compile(r"(?:them|these|those)(?:\s+(?:women|mothers|infants|babies))?", re.I)
# A counted group's words from its people: "42 breastfeeding women taking desogestrel 75 mcg".
_COUNTED_PEOPLE = re.compile(
    r"\b\d+\s+(?:[\w-]+\s+){0,3}?(?P<group>(?:women|mothers|infants|babies|patients|"
    r"participants)\b[^,;.()]{0,60})",
    re.I,
)


_COUNT_FIRST = re.compile(
    r"^\s*(?:\d+|[a-z]+(?:-[a-z]+)?teen|[a-z]+ty(?:-[a-z]+)?)\s|^\s*(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s",
    re.I,
)


def compared_groups(
    text: str, rules: Rules, earlier: str = "", only_counted: bool = False
) -> list[str] | None:
    """The two groups of people the last "compared A with B" of `text` names, as labels ("them"
    is the group counted last before, in `text` or the `earlier` text of the statement);
    `only_counted`: only groups each named with its count ("64 pairs ... with 71 unexposed
    pairs")."""
    found = list(rules.cue.arm_groups_compared.finditer(text))
    for m in reversed(found):
        a, b = (m.group("a"), m.group("b")) if m.group("a") else (m.group("c"), m.group("d"))
        first = re.split(r",\s+", re.sub(r"\s*\([^()]*\)", "", a))[-1]
        if only_counted and not (_COUNT_FIRST.match(first) and _COUNT_FIRST.match(b)):
            continue
        if _PRONOUN.fullmatch(a.strip()):  # "compared them with 41 women who ...": the group
            counted = list(_COUNTED_PEOPLE.finditer(f"{earlier} {text[: m.start()]}"))
            a = counted[-1].group("group") if counted else a
        a = re.split(r"\b(?:in|among)\s+(?=(?:the\s+)?\d)", a)[-1]  # "milk levels in 14 women"
        # "In a cohort study, 21 infants whose mothers took X" (not a comma in its aside:
        # "64 pairs exposed to X (median dose 20 mg, range 10 to 40 mg)")
        a = re.split(r",\s+", re.sub(r"\s*\([^()]*\)", "", a))[-1]
        if not (_people(a, rules) and _people(b, rules)):
            continue
        arms = [tidy_label(a, rules), tidy_label(b, rules)]
        if all(arms) and arms[0].lower() != arms[1].lower():
            return arms
    return None


def tidy_label(label: str, rules: Rules) -> str:
    """A group's words without its count, "(n = 9)", asides in brackets or its purpose."""
    label = _COUNT_IN_BRACKETS.sub(" ", label)
    label = _ASIDE.sub(" ", label)
    label = rules.cue.arm_label_purpose.sub("", label)
    label = re.sub(r"\s+", " ", label).strip(" ,;-")
    return rules.cue.arm_label_count.sub("", label).strip(" ,;-")


def _content(label: str, rules: Rules) -> list[str]:
    words = re.findall(r"[A-Za-z][\w-]*", label)
    return [w for w in words if not rules.cue.arm_label_plain.match(w)]


def _undosed(arm: str, rules: Rules) -> str:
    """The arm less each dose that follows a name ("methyldopa 250 mg three times daily"); a
    dose after a plain word is the arm's own trait ("a single 150 mg dose", "took 5 mg")."""

    def drop(m: re.Match[str]) -> str:
        before = re.findall(r"[A-Za-z][\w-]*", arm[: m.start()])
        return " " if before and not rules.cue.arm_label_plain.match(before[-1]) else m.group(0)

    return re.sub(r"\s+", " ", rules.cue.arm_label_dose.sub(drop, arm)).strip(" ,-")


def without_doses(arms: list[str], rules: Rules) -> list[str]:
    """The arms less their doses, where each still names what sets it apart ("women given
    methyldopa 250 mg three times daily" -> "women given methyldopa"); as they were where a
    dose is all that tells one from another ("women taking 50 mg daily")."""
    if not any(rules.cue.arm_label_dose.search(a) for a in arms):
        return arms
    told = [_content(rules.cue.arm_label_dose.sub(" ", a), rules) for a in arms]
    if not all(told) or len({" ".join(t).lower() for t in told}) < len(told):
        return arms
    return [_undosed(a, rules) for a in arms]


def subject_group(before: str, rules: Rules) -> str | None:
    """The group a sentence's values belong to: a group it names ("In the control group"), else
    its subject before the verb ("Mothers given the tea produced ...")."""
    named = [m.group("arm") for m in rules.cue.arm_named.finditer(before)]
    if named:
        return named[-1].strip()
    m = re.match(
        r"^\s*([A-Z][\w -]{3,60}?)\s+(?:produced|had|showed|reported|were|was|gained|"
        r"increased|decreased|received)\b",
        before,
    )
    return m.group(1) if m else None


def group_label(words: str, after: str = "", rules: Rules | None = None) -> str:
    """ "4 of the 21 clonidine-exposed infants" -> "clonidine-exposed infants"; with the clause
    that tells the group apart after its words ("96 infants" + " whose mothers took X and"
    -> "infants whose mothers took X")."""
    words = re.sub(r"^(?:[\w-]+\s+of\s+(?:the\s+)?)?[\w-]+\s+", "", words.strip(), count=1)
    words = re.sub(r"\s*\(\s*n\s*=\s*\d+\s*\)\s*$", "", words)
    if rules and _TAKER.fullmatch(words):  # "11 given" + " 40 mg)": "given 40 mg"
        return f"{words} {m.group('what')}" if (m := _WHAT_TAKEN.match(after)) else words
    clause = rules.cue.group_clause_after.match(after) if rules else None
    return f"{words} {clause.group('clause')}" if clause else words


# A group counted by what it took, the count alone before the verb: "11 given 40 mg".
_TAKER = re.compile(r"given|taking|receiving|treated|using|on", re.I)
_WHAT_TAKEN = re.compile(r"^\s+(?P<what>[^,;()]{2,40}?)(?=\s+(?:and|or)\b|\s*[,;)]|$)")


def dose_label(item: Item) -> str:
    """A dose as an arm: "500 mg twice daily"."""
    amount = f"{item.value.value:g}" + (
        f" to {item.value.value_high:g}" if item.value.value_high is not None else ""
    )
    # A frequency with a number of its own ("every 8 hours") would be a second number in the arm.
    frequency = item.frequency if item.frequency and not re.search(r"\d", item.frequency) else ""
    if frequency and item.quantity.unit_text.lower().endswith(frequency.lower()):
        frequency = ""  # "0.1 mg/kg daily": the unit says it already
    return " ".join(x for x in (amount, item.quantity.unit_text, frequency) if x)


def points_back(words: str) -> bool:
    """ "4 of the 5 women", "2 of them": a part of a group counted before; "11 (39%)": a part
    counted with its share of the whole."""
    lowered = words.lower()
    return _COUNT_WITH_SHARE.search(lowered) is not None or any(
        w in lowered for w in (" of the ", " of these ", " of those ", " of them", " of their ")
    )


_COUNT_WITH_SHARE = re.compile(r"\(\s*\d+(?:\.\d+)?\s*%\s*\)")


def restated_as(text: str, start: int, rule_id: str) -> str | None:
    """What names a count that a table may give again for one arm: the word before "(n = 14)"
    (a column headed "Levetiracetam (n = 14)" after "levetiracetam (n = 14; ...)" in the text),
    or a table cell's column ("Started | 28 | 27", "Completed | 28 | 27")."""
    if rule_id == "pop.n_equals":
        words = re.findall(r"[A-Za-z][\w-]+", text[:start])
        return words[-1].lower() if words else None
    if rule_id.startswith("table."):
        return f"column {text[:start].count('|')}"
    return None


_SPACES = re.compile(r"\s+")  # tidy_arm's patterns, compiled once (speed only)
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)


def tidy_arm(arm: str) -> str:
    arm = _SPACES.sub(" ", arm).strip()
    return _ARTICLE.sub("", arm)


def first_group(before: str, second: str, rules: Rules) -> str | None:
    """The first of two groups, where only the second follows its value: one opening the
    clause ("In the 3 symptomatic infants, serum X averaged 38 mg/L compared with 21 mg/L in
    the 7 asymptomatic infants"), the subject ("Exclusively breastfed infants had a median of
    2.1 mg/L compared with 0.8 mg/L in partially breastfed infants"), or the other person the
    sentence names ("infant serum levels averaged 1.2 mg/L compared with 4.0 mg/L in their
    mothers"), else the last group counted before the value ("Among 68 women who received X,
    72% ..."), else the arm its clause names ("volume in the high-dose arm had risen to")."""
    found = list(rules.cue.arm_opening.finditer(before)) or list(
        rules.cue.arm_subject.finditer(before)
    )
    if found:
        arm = rules.cue.arm_label_time.sub("", found[-1].group("arm"))
        return tidy_arm(rules.cue.arm_label_count.sub("", arm))
    theirs = rules.cue.arm_person.fullmatch(re.sub(r"^(?:the|their|her|his|its)\s+", "", second))
    if not theirs:  # only a bare person: "in their mothers", "in the mother"
        named = [m.group("arm") for m in rules.cue.arm_named.finditer(before)]
        # "volume in the high-dose arm had risen to 431 mL, compared with 334 mL in the placebo
        # arm": no group counted, the arm its clause names
        return counted_group(before, rules) or (tidy_arm(named[-1]) if named else None)
    stem = theirs.group(0).lower()[:4]
    others = [
        m.group(0) for m in rules.cue.arm_person.finditer(before) if m.group(0).lower()[:4] != stem
    ]
    return others[-1] if others else None


def counted_group(before: str, rules: Rules) -> str | None:
    """The last group counted in `before`, with the words that describe it up to its clause's
    verb ("In a registry of 50 breastfed babies whose mothers took X, 6% were ..." -> "breastfed
    babies whose mothers took X"), less a time at its end."""
    found = list(rules.cue.arm_counted.finditer(before))
    if not found:
        return None
    arm = found[-1].group("arm")
    for verb in rules.cue.arm_main_verb.finditer(arm):
        if not re.search(r"\b(?:who|that|which|whose\s+\w+)\s*$", arm[: verb.start()], re.I):
            arm = arm[: verb.start()]
            break
    arm = rules.cue.arm_label_time.sub("", arm)
    return tidy_arm(arm) or None


def after_count(arm: str, rules: Rules) -> str:
    """The words after the last people counted in an arm's words ("of the maternal level in
    the 16 women taking 200 mg daily" -> "women taking 200 mg daily")."""
    found = list(rules.cue.arm_label_people_count.finditer(arm))
    return arm[found[-1].end() :] if found else arm


def owned(arm: str, before: str, rules: Rules) -> str:
    """ "their infants" as the infants of the people counted before ("126 nursing mothers
    taking tramadol ... 11% of their infants" -> "infants of nursing mothers taking tramadol")."""
    m = rules.cue.arm_possessed.match(arm.strip())
    owner = counted_group(before, rules) if m else None
    return f"{m.group('noun')} of {owner}" if m and owner else arm


_AFTER_WORD = re.compile(r"(?:after|post|following)\b", re.I)


def times_of(text: str, run: list[Item], rules: Rules) -> list[str]:
    """A change's values labelled by the times written right after them ("from 58 ng/mL at
    baseline to 176 ng/mL on day 10" -> "baseline", "day 10"); "before" and "after" where a
    value has none."""
    labels = []
    for k, item in enumerate(run):
        default = "after" if k else "before"
        # (a change written as one quantity, "from 7.6 to 2.9 by day 5": its time is the
        # last value's only)
        last = item.value is item.quantity.values[-1]
        m = rules.cue.value_time_after.match(text[item.quantity.end if last else item.value.end :])
        when = (m.group("bare") or m.group("when")) if m else default
        labels.append(re.sub(r"\s+", " ", when).strip())
    if labels[0] == "before" and len(labels) == 2 and not _AFTER_WORD.match(labels[1]):
        labels[1] = "after"  # "from 7.6 to 2.9 by day 5": a time for the after alone
    if labels == ["before", "after"]:
        # "rose from 12% at birth to 34% at 4 weeks with A and from 11% to 15% with B": the
        # second change is between the same times as the first
        return _times_before(text[: run[0].value.start], rules) or labels
    return labels


# (with its spread: "212 ± 64 mL at baseline")
_NUMBER_AND_UNIT = re.compile(r"\d[\d.,]*\s*(?:(?:±|\+/-)\s*\d[\d.,]*\s*)?(?:%|[A-Za-z\u00b5/]+)?")


def _times_before(head: str, rules: Rules) -> list[str] | None:
    """The two times of the last change written before ("from 12% at birth to 34% at 4
    weeks"), where the words since it only join another change ("... in A and from")."""
    timed = []
    for m in _NUMBER_AND_UNIT.finditer(head):
        when = rules.cue.value_time_after.match(head[m.end() :])
        if when:
            end = m.end() + when.end()
            timed.append((m.start(), end, re.sub(r"\s+", " ", when["bare"] or when["when"])))
    if len(timed) < 2:
        return None
    (start, _, first), (_, end, second) = timed[-2], timed[-1]
    between = head[timed[-2][1] : timed[-1][0]]
    joined = re.fullmatch(r"\s*to\s+", between) and re.search(r"\bfrom\s+$", head[:start])
    again = _ANOTHER_CHANGE.match(head[end:])
    return [first.strip(), second.strip()] if joined and again else None


# "... in the A arm and from", "...; among the placebo recipients it went from": the words after
# a change that start another one
_ANOTHER_CHANGE = re.compile(
    r"^[^.;]{0,60}?(?:\b(?:and|but|while|whereas)|;)\s+(?:[^.;]{0,60}?\s)?"
    r"(?:(?:it|they|that)\s+)?(?:\w+\s+)?from\s*$"
)


def versus_arms(text: str, run: list[Item], rules: Rules) -> list[str] | None:
    """Two arms named "A vs B" right before the two values ("(X vs Y: 4.8 vs 3.1 ug/mL") or in
    brackets right after them ("118 and 104 ng/mL (X vs Y)")."""
    if len(run) != 2:
        return None
    m = rules.cue.arm_versus_before.search(text[: run[0].value.start]) or (
        rules.cue.arm_versus_after.match(text[run[-1].quantity.end :])
    )
    if m and not rules.cue.not_an_arm.search(f"{m.group('a')} {m.group('b')}"):
        return [tidy_arm(m.group("a")), tidy_arm(m.group("b"))]
    # "more frequent with the highest dose (46% vs 18% with 50 mcg)": the first arm before the
    # bracket, the second after its value inside it
    a = rules.cue.arm_before_bracket.search(text[: run[0].value.start])
    b = rules.cue.arm_in_bracket_after.match(text[run[-1].quantity.end :])
    between = text[run[0].quantity.end : run[1].value.start]
    if not (a and b and re.fullmatch(r"\s*(?:vs\.?|versus)\s*", between, re.I)):
        return None
    if rules.cue.not_an_arm.search(f"{a.group('a')} {b.group('b')}"):
        return None
    return [tidy_arm(a.group("a")), tidy_arm(b.group("b"))]


def exceeded_arms(text: str, run: list[Item], rules: Rules) -> list[str] | None:
    """Two values after words that set one arm above the other: "the high-dose arm exceeded
    placebo (84% vs 70%)" (cue arm_exceeded)."""
    if len(run) != 2:
        return None
    said = list(rules.cue.arm_exceeded.finditer(text[: run[0].value.start]))
    return [tidy_arm(said[-1]["a"]), tidy_arm(said[-1]["b"])] if said else None


def than_arms(text: str, run: list[Item], rules: Rules) -> list[str] | None:
    """A group's value set against another group's, named after "than" with its value in
    parentheses: "the A group took 598 mL/day, less than the B group (735 mL/day; p < 0.001)
    and the C group (768 mL/day" -> "A group", then "B group" or "C group"; or one said to
    exceed the other."""
    if len(run) != 2:
        return None
    between = text[run[0].quantity.end : run[1].value.start]
    m = rules.cue.arm_than_paren.match(between)
    last = [*rules.cue.arm_named_paren_last.finditer(between)]
    first = subject_group(text[: run[0].value.start], rules)
    if m and last and first:
        return [tidy_arm(first), tidy_arm(last[-1].group("b"))]
    # "Infants of mothers taking 300 mg or more had higher serum levels (median 2.9 mg/L) than
    # infants of mothers taking less (median 1.4 mg/L)": the subject, then the group after "than"
    head = rules.cue.comparative_before_paren.search(text[: run[0].value.start])
    other = rules.cue.than_group_paren.match(between)
    first = subject_group(text[: head.start()], rules) if head and other else None
    # "prolactin was higher after A (median 186 ...) than after B (median 151": A, not prolactin
    if head and other:
        named = rules.cue.arm_before_bracket.search(text, head.start(), run[0].value.start)
        first = named["a"] if named else first
    if first and other:
        return [tidy_arm(first), tidy_arm(other.group("b"))]
    return exceeded_arms(text, run, rules)  # "the high-dose arm exceeded placebo (84% vs 70%"


def _names_something(words: list[str], rules: Rules) -> bool:
    """Words with one that names a thing, not a person or a function word ("did not")."""
    return any(w.lower() not in STOP_WORDS and len(w) > 2 for w in _content(" ".join(words), rules))


def _their_people(arm: str, people: str, rules: Rules) -> str:
    m = rules.cue.arm_those.match(arm)
    return f"{people} {arm[m.end() :]}" if m else arm


_FOR_HOW_LONG = re.compile(
    r"\s+(?:for|over)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:days?|weeks?|months?)(?=\s*$|\s+(?:and|or)\b)",
    re.I,
)


def final_labels(arms: list[str], rules: Rules) -> list[str]:
    """The arms less an aside left open at their end ("injection (paliperidone every 12") and
    the leading words they all share, where those are two or more with a relative clause's
    word and each arm keeps a word that names something of its own ("breastfed infants whose
    mothers took X" and "... took Y" -> "X", "Y"; but "babies exposed to older, sedating ..."
    keeps its words, and "mothers who took X" its own beside "mothers who did not"): what tells
    the arms apart is the label."""
    arms = [re.sub(r"\s*\([^()]*$", "", a).strip() or a for a in arms]
    # "mothers were given X for 14 days": how long is no part of what sets the arm apart
    arms = [_FOR_HOW_LONG.sub("", a).strip() or a for a in arms]
    # "44 infants whose mothers took X": the group's words without its count
    arms = [
        rules.cue.arm_label_people_count.sub("", a, count=1) if a[:1].isdigit() else a for a in arms
    ]
    arms = [arms[0], *(_negation_completed(arms[0], a) for a in arms[1:])]
    people = re.match(r"^(.*?)\s+(?=(?:who|whose|that|exposed|given|taking|receiving)\b)", arms[0])
    if people and len(arms) > 1:  # "women who received X", "those who did not"
        arms = [arms[0], *(_their_people(a, people.group(1), rules) for a in arms[1:])]
    words = [a.split() for a in arms]
    shared = 0
    while all(len(w) > shared + 1 for w in words) and len({w[shared].lower() for w in words}) == 1:
        shared += 1
    rest = [w[shared:] for w in words]
    frame = " ".join(words[0][:shared])
    if (
        len(words) < 2
        or shared < 2
        or not re.search(r"\b(?:who|whose|that|which)\b", frame, re.I)
        or not all(_names_something(r, rules) for r in rest)
    ):
        return arms
    return [" ".join(r) for r in rest]


_COPULA_SAID = re.compile(
    r"^(?P<head>.*?\b(?:who|that)\s+(?P<verb>were|was|are|is))\s+(?P<what>\S.*)$", re.I
)


def _negation_completed(first: str, arm: str) -> str:
    """ "38% of those who were breastfed and 40% of those who were not": the second arm's
    elided words from the first ("who were not" -> "who were not breastfed")."""
    said = _COPULA_SAID.match(first)
    if said and re.fullmatch(rf"(?:.*\s)?(?:who|that)\s+{said['verb']}\s+not", arm, re.I):
        return f"{arm} {said['what']}"
    return arm


def pair_sharing_noun(text: str, n: int, rules: Rules) -> list[str] | None:
    """ "in the low-dose and high-dose groups" -> ["low-dose group", "high-dose group"]."""
    if n != 2:
        return None
    found = list(rules.cue.arm_pair.finditer(text))
    if not found:
        return None
    m = found[-1]
    if re.search(r",\s*$", text[: m.start()]):
        return None  # "the high-dose, low-dose and placebo arms": the last two of three
    # "the high-dose and placebo arms": an arm by its dose or as the control
    named = {
        w
        for w in (m.group("a").lower(), m.group("b").lower())
        if "dose" not in w and arm_role(w, rules) != "control"
    }
    if not rules.not_drug.isdisjoint(named):
        return None  # "daily and 10 women", "hours and 35 women"
    noun = m.group("noun")
    noun = noun[:-1] if noun.endswith(("groups", "arms", "cohorts", "doses", "regimens")) else noun
    return [f"{m.group('a')} {noun}", f"{m.group('b')} {noun}"]


# A group a sentence opens with: "Among 86 breastfed infants whose mothers took X, ...".
_OPENING_GROUP = re.compile(
    r"^\s*(?:Among|In)\s+(?:the\s+)?(?:\d+\s+)?(?P<group>[^,;()]{3,80}?)\s*,"
)


def than_pair(m: re.Match[str], head: str, rules: Rules) -> list[str]:
    """The two groups of "A had higher levels than B": A and B; where A is what was measured
    ("adverse reactions were no more common than among infants of ..."), the group the
    sentence opens with stands for it ("Among 86 breastfed infants whose mothers took X")."""
    first, other = m.group("a"), m.group("b")
    opening = _OPENING_GROUP.match(head)
    if opening and _people(other, rules) and not _a_group(first, rules):
        first = opening.group("group")
    return [tidy_arm(first), tidy_arm(other)]


def _a_group(words: str, rules: Rules) -> bool:
    """Words that name a group: its people, an arm's words, a relative clause ("who were
    breastfed")."""
    return bool(
        _people(words, rules)
        or rules.cue.arm_words.search(words)
        or re.match(r"\s*(?:who|that|whose)\b", words)
    )
