"""Arms a statement lists once and reports later: "randomized to domperidone 10 mg, 20 mg or
placebo", "taking less than 80 mg daily (n = 9) or 80 mg daily or more (n = 11)", "compared
sertraline with nortriptyline"; and the list written after the values it labels: "... 7%, 10%
and 19% of women in the no-fentanyl, 50 mcg and 150 mcg groups", "... at doses of 50 and 150
mg, respectively". The cue words are in cues.yaml (arm_list_*)."""

from __future__ import annotations

import re

from pipeline.extract.regex_cache import compiled
from pipeline.extract.rules import Rules

_PAREN = re.compile(r"\s*\([^()]*\)")
_COUNT = re.compile(r"\(\s*n\s*=\s*\d+\s*\)", re.I)
_RESULT_COUNT = re.compile(r"\b\d+\s+(?:of|out\s+of)\s+\d+\b")


def _dose_text(item: str, rules: Rules) -> str | None:
    m = rules.cue.arm_label_dose.search(item)
    return re.sub(r"\s+", " ", m.group(0)).strip() if m else None


def _name(item: str, cut: bool, rules: Rules) -> str:
    """An arm's words less its dose and, after a dose (`cut`), the rest of its clause:
    "bromocriptine 2.5 mg twice daily for 14 days" -> "bromocriptine"."""
    words = rules.cue.arm_label_dose.sub(" ", item)
    words = re.sub(r"\b[A-Za-z]+\d+[A-Za-z0-9]*\b", " ", words)  # a strain or batch code
    words = re.sub(r"\s+", " ", words).strip(" ,-")
    words = rules.cue.arm_label_filler.sub("", words)
    words = rules.cue.arm_label_end.sub("", words).strip(" ,-")
    if cut:
        words = rules.cue.arm_label_tail.sub("", words).strip(" ,-")
    return rules.cue.arm_label_filler.sub("", words)


def labels(items: list[str], rules: Rules) -> list[str] | None:
    """One label per listed alternative: its name where the alternatives differ by name, its
    dose where they differ only by dose ("domperidone 10 mg, 20 mg or placebo" -> "10 mg",
    "20 mg", "placebo")."""
    items = [re.sub(r"\s*\[[\d,\s–-]+\]", " ", x) for x in items]  # a citation: "[15]"
    items = [re.sub(r"\s+", " ", _PAREN.sub(" ", x)).strip(" ,") for x in items]
    # "assigned to the high dose, 31 to the low dose and 32 to placebo": each count's arm
    items = [re.sub(r"^\d+\s+to\s+(?:the\s+)?", "", x) for x in items]
    # "metoclopramide 5, 10 or 15 mg": the last unit belongs to every number.
    unit = re.search(r"\d\s*([a-zµ]+(?:/kg)?)\s*$", items[-1], re.I)
    if unit:
        items = [x + f" {unit.group(1)}" if re.search(r"\d$", x) else x for x in items]
    doses = [_dose_text(x, rules) for x in items]
    names = [_name(x, d is not None, rules) for x, d in zip(items, doses, strict=True)]
    by_dose = any(d and not n for d, n in zip(doses, names, strict=True))
    if len({n.lower() for n in names if n}) < len([n for n in names if n]):
        by_dose = True  # "domperidone 10 mg or domperidone 20 mg"
    out = [(d if by_dose and d else n) for d, n in zip(doses, names, strict=True)]
    if not all(out) or len({x.lower() for x in out}) < len(out):
        return None
    return [x for x in out if x]


def _split(listed: str, rules: Rules) -> list[str]:
    return [x for x in rules.cue.arm_list_join.split(listed) if x and x.strip(" ,")]


def _counted(text: str, rules: Rules) -> list[list[str]]:
    """ "In slow (n = 7) and fast (n = 5) acetylators", "ondansetron (n = 58) or metoclopramide
    (n = 60)": each alternative ends at its count."""
    out: list[list[str]] = []
    counts = list(_COUNT.finditer(text))
    run: list[str] = []
    for k, m in enumerate(counts):
        if run:
            between = text[counts[k - 1].end() : m.start()]
            joined = rules.cue.arm_list_join.match(between)
            if joined and not re.search(r"[;:.]", between):
                run.append(between[joined.end() :].strip())
                continue
            out.append(run)
            run = []
        head = text[: m.start()]
        start = max([0, *(b.end() for b in rules.cue.arm_list_head.finditer(head))])
        words = head[start:].split()
        run = [" ".join(words[-12:])]
    if run:
        out.append(run)
    return [_shared_noun(r, text, rules) for r in out if len(r) >= 2]


def _shared_noun(items: list[str], text: str, rules: Rules) -> list[str]:
    """ "slow (n = 7) and fast (n = 5) acetylators": one-word arms share the noun after them."""
    if not all(len(x.split()) == 1 for x in items):
        return items
    last = list(_COUNT.finditer(text))
    for m in last:
        if text[: m.start()].rstrip().endswith(items[-1]):
            tail = re.match(r"\s+([a-z][\w-]+)\b", text[m.end() :])
            if tail and not rules.cue.arm_label_not_noun.match(tail.group(1)):
                return [f"{x} {tail.group(1)}" for x in items]
    return items


def _introduced(text: str, rules: Rules) -> list[list[str]]:
    """ "randomized to A, B or C", "received famotidine 40 mg or placebo", "compared A with B"."""
    out: list[list[str]] = []
    for m in rules.quick.arm_list_intro.finditer(text):
        rest = re.split(
            # a participle after a comma ends the list: "..., using sealed envelopes"
            r"[.;:](?:\[[\d,\s-]+\])*(?:\s|$)|,\s+(?:and|but|while|whereas|each)\b"
            r"|\s*\u2014|\s\u2013\s"  # a dash: an aside starts or ends
            r"|,\s+(?!nothing\b)[a-z]+ing\s"
            # a clause of its own after a comma: "A or placebo, length gain ... was 16.8"
            r"|,\s+(?=(?:[\w-]+\s+){1,5}(?:was|were|is|are|did|had)\b)"
            r"|\s(?:had|have|has|were|was|showed|produced|provided|gave|yielded|completed)\s",
            text[m.end() :],
        )[0]
        if m.group("verb") and not re.search(r"\b(?:or|versus|vs)\b", rest):
            continue  # "received A and B": both, not alternatives
        listed = _split(_PAREN.sub(" ", rest), rules)
        if any(_RESULT_COUNT.search(x) for x in listed):
            continue  # "allocated to A and by 9 of 32 (28%) allocated to B": results, no list
        if len(listed) >= 2:
            out.append(listed)
    for m in rules.quick.arm_list_compared.finditer(text):  # "compared A with B"
        out.append([m.group("a"), m.group("b")])
    for m in rules.cue.arm_list_forms.finditer(text):  # "as an oral solution or as a tablet"
        out.append([m.group("a"), m.group("b")])
    for m in rules.quick.arm_list_whose.finditer(text):  # "22 of whose mothers took A and 25 B"
        out.append([m.group("a"), m.group("b")])
    for m in rules.cue.arm_list_halves.finditer(text):  # "half were given A and half received B"
        out.append([m.group("a"), m.group("b")])
    for m in rules.quick.arm_list_counted_to.finditer(text):  # "62 were assigned to A and 62 to B"
        out.append([m.group("a"), m.group("b")])
    for m in rules.quick.arm_list_parallel.finditer(text):  # "12 women took A and 10 women took B"
        out.append([m.group("a"), m.group("b")] if m.group("a") else [m.group("c"), m.group("d")])
    # "defined as a score of 8 or more": a cut-off, no alternatives
    cut_off = rules.cues["cut_off_words"]
    return [x for x in out if x[-1].strip(" ,").lower() not in cut_off]


def statement_arms(text: str, n: int, rules: Rules) -> list[str] | None:
    """The last list of `n` alternatives `text` introduces, as arm labels."""
    # the names the text gives its arms with their counts ("(IV group, n = 29) or ... (oral
    # group, n = 29)") are the labels the results use
    with_counts = [str(m["label"]) for m in rules.quick.arm_named_with_count.finditer(text)]
    if len(with_counts) == n and len(set(with_counts)) == n:
        return with_counts
    # alternatives a verb introduces first ("assigned to A 10 mg three times daily for 10 days
    # (n = 42) or B"): their words run from the verb, where a count only ends them
    found = [*_counted(text, rules), *_introduced(text, rules)]
    for items in reversed(found):
        if len(items) == n:
            named = labels(items, rules)
            if named:
                return named
    return None


def arms_after(after: str, n: int, rules: Rules) -> list[str] | None:
    """The arms listed right after the values, before "respectively" or sharing a noun: "in the
    L. fermentum, L. salivarius and antibiotic groups", "at doses of 50 and 150 mg"."""
    twin = rules.cue.twin_list_after.match(after)
    if twin and len(re.findall(r"\d[\d.]*", twin["list"])) == n:
        after = after[twin.end() :]  # "41, 27 and 33 at 4 months and at 7 months 43, 28 and 35 in"
    ranged = rules.cue.arm_range_after.match(after)
    if ranged:
        return _range_of_arms(ranged, n)
    m = rules.cue.arm_list_after.match(after)
    if not m:
        return None
    items = _split(m.group("items"), rules)
    noun = m.group("noun")
    if len(items) != n or rules.cue.arm_list_not.search(m.group(0)):
        return None  # "at 2 and 6 weeks postpartum": times, not arms
    control = compiled(rules.cues["control_words"], re.I)
    doses_or_control = all(re.search(r"\d", x) or control.search(x) for x in items)
    if not noun and re.match(r"\W*for\b", m.group(0)) and not doses_or_control:
        # "0.23 and 0.94 for verapamil and norverapamil": substances; but "for 0.25 mg/kg,
        # 0.5 mg/kg and placebo" are arms
        return None
    unit = re.search(r"\d\s*([a-zµμ]+(?:/kg)?)\s*$", items[-1], re.I)
    if unit:  # "50 and 150 mg", "the 50, 100 and 150 μg doses"
        items = [x + f" {unit.group(1)}" if re.search(r"\d$", x) else x for x in items]
    if noun:
        plural = ("groups", "arms", "cohorts", "doses", "dosages", "regimens")
        noun = noun[:-1] if noun.lower().endswith(plural) else noun
        return [f"{x.strip()} {noun}" for x in items]
    first = re.match(r"^(.*?)\s*\d", items[0])
    if first and first.group(1) and all(re.match(r"^\d", x) for x in items[1:]):
        items = [items[0], *(f"{first.group(1)} {x}" for x in items[1:])]  # "women taking 50 mg"
    items = [re.sub(r"\s+", " ", x).strip() for x in items]
    return items if len({x.lower() for x in items}) == n else None


def _range_of_arms(m: re.Match[str], n: int) -> list[str] | None:
    """ "in arms A to D" -> arm A, arm B, arm C, arm D; "groups 1-3" -> group 1, group 2, group 3
    (where they are as many as the values)."""
    first, last = m["first"], m["last"]
    if first.isdigit() != last.isdigit():
        return None
    ends = (int(first), int(last)) if first.isdigit() else (ord(first), ord(last))
    names = [str(k) if first.isdigit() else chr(k) for k in range(ends[0], ends[1] + 1)]
    noun = m["noun"].lower().rstrip("s")
    return [f"{noun} {x}" for x in names] if len(names) == n else None
