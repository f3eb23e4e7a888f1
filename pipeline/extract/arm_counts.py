"""Arms as abstracts count and name them: the counts that add up to the whole counted before
them, the dose written in an arm's own words, the arm named right before a list, an arm's name
and the words that match it; the words that name a counted arm ("42 to 100 mg", "(n = 30)");
and the lists of values a statement's arms are read for."""

from __future__ import annotations

import re

from pipeline.extract.links import Group, Placed
from pipeline.extract.rules import Rules, get_rules
from pipeline.extract.sentence_items import Item


def dose_within(g: Group, following: Group | None, doses: list[Placed]) -> Placed | None:
    """The one dose written in a worded arm's own words, up to the next arm: "41 received
    BNT162b2 (30 mcg per dose) and 33 received mRNA-1273 (100 mcg per dose)"."""
    text = g.facts.sentence.text
    if not re.search(r"[A-Za-z]{3}", text[g.start : g.end]):
        return None  # "(n = 30)": no words of its own
    end = following.start if following is not None and following.facts is g.facts else len(text)
    stop = re.search(r"[;.](?:\s|$)", text[g.end : end])
    end = g.end + stop.start() if stop else end
    inside = [d for d in doses if d.facts is g.facts and g.end <= d.item.value.start < end]
    return inside[0] if len(inside) == 1 else None


def dose_bracketed(g: Group, doses: list[Placed]) -> Placed | None:
    """The one dose after a bare count inside its brackets: "lamotrigine (n = 17; median 300
    mg/day)" is the arm that took 300 mg."""
    text = g.facts.sentence.text
    if (
        not re.search(r"[(\[]\s*$", text[: g.start])
        and "(" not in text[max(0, g.start - 2) : g.end]
    ):
        return None
    close = re.search(r"[)\]]", text[g.end :])
    end = g.end + close.start() if close else g.end
    inside = [d for d in doses if d.facts is g.facts and g.end <= d.item.value.start < end]
    return inside[0] if len(inside) == 1 else None


def dose_before(g: Group, previous: Group | None, doses: list[Placed]) -> Placed | None:
    """The one dose written before an arm's bare count, back to the arm before it: "1 g
    intravenous paracetamol every 6 hours (IV group, n = 29) or 1 g oral paracetamol every 6
    hours (oral group, n = 29)", "the monthly injection (100 to 150 mg every 4 weeks; n = 7)"."""
    text = g.facts.sentence.text
    start = previous.end if previous is not None and previous.facts is g.facts else 0
    inside = [d for d in doses if d.facts is g.facts and start <= d.item.value.start < g.start]
    if len(inside) != 1:
        return None
    between = text[start : g.start]
    # the count stands in brackets opened since the arm before, with the arm's name or dose
    return inside[0] if "(" in between.rsplit(")", 1)[-1] else None


def summing_arms(members: list[Group]) -> int:
    """How many counts (two or more) right after the first add up to it ("Of 284 randomized
    (n = 95; n = 93; n = 96), 231 completed": 3); 0 where none do."""
    total = 0
    if len(members) < 3:
        return 0
    for k, g in enumerate(members[1:], start=1):
        total += g.n
        if total == members[0].n:
            return k if k >= 2 else 0
        if total > members[0].n:
            return 0
    return 0


def arm_right_before(text: str, start: int, end: int, m: Placed, rules: Rules) -> str | None:
    """The arm named right before a list ("on placebo (57 vs 63 ng/mL)"): the first value's,
    and the later values' too where the words before say the one arm changed over time
    ("did not change", "rose"); "less frequent with A (4.9% vs 23.6%)" names A's value only."""
    found = rules.cue.arm_before.search(text, start, end)
    if found is None:
        return None
    later = end < m.item.value.start  # values stand between the words and this one
    if later and not rules.cue.one_arm_over_time.search(text, start, found.start()):
        return None
    return found.group("arm")


def runs_of(results: list[Placed]) -> dict[int, list[Placed]]:
    """Each value's list: the values of one sentence and unit written in a row, with no clause
    break between them."""
    out: dict[int, list[Placed]] = {}
    run: list[Placed] = []
    for p in results:
        if run and _continues(run[-1], p):
            run.append(p)
        else:
            run = [p]
        for x in run:
            out[id(x)] = run
    return out


def _continues(a: Placed, b: Placed) -> bool:
    if a.facts is not b.facts or a.item.quantity.ucum != b.item.quantity.ucum:
        return False
    gap = a.facts.sentence.text[a.item.value.end : b.item.value.start]
    return not re.search(r"[;()]|\.\s", gap) and len(gap) < 120


def worded(g: Group) -> bool:
    """A count with words of its own ("334 mother-infant pairs"), not "(n = 79)"."""
    return bool(re.search(r"[A-Za-z]{3}", g.facts.sentence.text[g.start : g.end]))


def shared_words(words: set[str], others: set[str]) -> int:
    """How many of `words` another word matches: itself, or a word of five letters or more it
    begins with or that begins with it ("smokers" and "smoke", "supplemented" and
    "supplement")."""
    return sum(
        1
        for w in words
        if w in others
        or any(min(len(w), len(o)) >= 5 and (w.startswith(o) or o.startswith(w)) for o in others)
    )


def bare_name(label: str, rules: Rules) -> str:
    """An arm's name less its article and its group noun ("the IV group" -> "iv"), so that a
    name too short for its words to count ("IV", "A") still names the arm it is."""
    return rules.cue.arm_name_frame.sub("", label.lower()).strip()


# How far before or after a count its arm's words are looked for.
_LABEL_WINDOW = 90


_PEOPLE_ONLY = re.compile(
    r"\d+\s+(?:women|mothers|infants|babies|patients|participants|pairs|dyads|subjects)", re.I
)


def parenthetical(g: Group) -> bool:
    """ "(n = 30)", ", n = 29", "(49 women)": a count with no words of its own but its people,
    named by the words before it (but a bare count that words follow is named by them: "32
    received domperidone, 33 metoclopramide and 31 placebo", "42 to 100 mg")."""
    text = g.facts.sentence.text
    own = text[g.start : g.end]
    if re.search(r"[(]\s*$", text[: g.start]) and _PEOPLE_ONLY.fullmatch(own):
        return True  # "2 milligrams of melatonin (49 women)": its words are before it
    if re.search(r"[A-Za-z]{2}", own.replace("n =", "").replace("n=", "")):
        return False
    # "42 to 100 mg and 41 to placebo", "(67 nefopam, 65 placebo)": a count allocated to the
    # arm its words after it name
    named_after = re.match(r"\s+(?:to\s+(?:\d|[A-Za-z]{3})|[A-Za-z]{3})", text[g.end :])
    return bool(re.search(r"\bn\s*=", own, re.I)) or not named_after


_ALLOCATED = re.compile(r"^\d+\s+to\s+(?:the\s+)?")


def counted_arm_label(g: Group, groups: list[Group]) -> str:
    """The words that name a counted group: those before "(n = 30)", or the group's own words
    and what follows them up to the next group ("Two mothers took 100 mg daily")."""
    text = g.facts.sentence.text
    own = text[g.start : g.end]
    mates = [h for h in groups if h.facts is g.facts and h is not g]
    if parenthetical(g):
        start = max([h.end for h in mates if h.end <= g.start] + [g.start - _LABEL_WINDOW, 0])
        before = text[start : g.start]
        if start and text[start - 1].isalnum():  # whole words only
            before = before.split(" ", 1)[-1]
        before = re.sub(r"\(\s*$", "", before)  # "... of melatonin (49 women)": its own bracket
        # "|": a table's column heading; ")": the arm before ("levetiracetam (n = 14; median
        # 2000 mg/day) or lamotrigine (n = 17)" names lamotrigine, not 2000 mg)
        cut = max(before.rfind(c) for c in "(;:|)")
        label = re.sub(r"^(?:or|and)\s+", "", before[cut + 1 :].strip(" ,"))
        last = label.split(",")[-1]  # "to receive, with the first dose, no drug (n = 60)"
        return (last if re.search(r"[A-Za-z]{3}", last) else label).strip().lower()
    end = min([h.start for h in mates if h.start >= g.end] + [g.end + _LABEL_WINDOW, len(text)])
    after = re.split(r"[;.()]|,\s+(?:and|but|while|whereas)\b", text[g.end : end])[0]
    # (up to what sets it against another group: "46 infants ... were compared with 44 ...")
    after = get_rules().cue.group_compared_with.split(after)[0]
    # "31 to the low dose": the arm a count was allocated to
    label = _ALLOCATED.sub("", (own + after).strip(" ,").lower())
    return re.sub(r"\s+(?:and|or)$", "", label)  # "31 to the low dose and 32 ..."


def count_share_labels(text: str, run: list[Item], rules: Rules) -> list[str] | None:
    """Each value a share in brackets right after its own counted group: "found in 6 of 50
    exposed (12%) and 2 of 46 unexposed infants (4%)" -> "exposed", "unexposed infants" (cue
    share_after_count)."""
    labels, since = [], 0
    for item in run:
        m = rules.cue.share_after_count.search(text, since, item.value.start)
        if m is None:
            return None
        labels.append(m["label"])
        since = item.quantity.end
    return labels if len({x.lower() for x in labels}) == len(labels) else None
