"""Drug names: normalized forms, stable ids, the name lines pages write, salts and parents."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

_SPACE = re.compile(r"\s+")
_EDGE = re.compile(r"^[\s\"'.,;:*]+|[\s\"'.,;:*]+$")  # brackets stay: (S)-naproxen
# The lines drug pages use to list other names. Each gives (drug named in the line or None,
# the list of names as written).
_ALSO = re.compile(r"^\s*(?:also known as|synonyms|other names?)\s*[:|]?\s*(.+)$", re.I | re.M)
_CONTAINING = re.compile(r"^\s*drugs containing ([^:\n]{2,60}):\s*(.+)$", re.I | re.M)
_BRANDS = re.compile(
    r"(?:^|(?<=[.;] ))\s*brand names?(?: include)?\s*[:|]?\s*([^\n]+?)\s*(?:\.\s|\.?$|\|?$)",
    re.I | re.M,
)
_SPLIT = re.compile(r"\s*(?:[,;|]|\band\b)\s*", re.I)
_CAS = re.compile(r"^\d{2,7}-\d{2}-\d$")
_UNII = re.compile(r"^UNII\s*[-:]", re.I)
MAX_NAME_CHARS = 60


def normalize(name: str | None) -> str:
    """Lower case, NFKC, single spaces, no punctuation at the edges: the key a drug is named by."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKC", name).lower()
    return _EDGE.sub("", _SPACE.sub(" ", text))


def drug_id_for(name: str) -> str:
    """Stable id of a normalized name: the same name gets the same id in every run."""
    return "drug-" + hashlib.sha256(normalize(name).encode("utf-8")).hexdigest()[:12]


def _split_names(text: str) -> list[str]:
    names = []
    for part in _SPLIT.split(text):
        part = _EDGE.sub("", _SPACE.sub(" ", part))
        if 1 < len(part) <= MAX_NAME_CHARS and not part.isdigit():
            names.append(part)
    return names


def name_lines(text: str) -> list[tuple[str | None, list[str]]]:
    """(the drug a line names, or None for the page's own drug; the other names it lists) for
    every "Also known as ...", "Drugs containing X: ...", "Brand names: ..." line of a text."""
    found: list[tuple[str | None, list[str]]] = []
    for m in _CONTAINING.finditer(text):
        found.append((normalize(m.group(1)), _split_names(m.group(2))))
    for pattern in (_ALSO, _BRANDS):
        for m in pattern.finditer(text):
            found.append((None, _split_names(m.group(1))))
    return found


def is_synonym_keyword(keyword: str) -> bool:
    """NXML keywords that are names (not a CAS number or a UNII)."""
    return not _CAS.match(keyword) and not _UNII.match(keyword)


@dataclass(frozen=True)
class NameRules:
    salt_words: frozenset[str]
    not_classes: frozenset[str]


@lru_cache(maxsize=1)
def rules() -> NameRules:
    data = yaml.safe_load(resources.files(__package__).joinpath("salts.yaml").read_text("utf-8"))
    return NameRules(
        frozenset(w.lower() for w in data["salt_words"]),
        frozenset(w.lower() for w in data["not_classes"]),
    )


def salt_base(name: str) -> str | None:
    """'magnesium sulfate' -> 'magnesium', 'metoprolol tartrate' -> 'metoprolol'; None when
    the name ends in no salt word or is nothing but salt words."""
    words = normalize(name).split(" ")
    salts = rules().salt_words
    end = len(words)
    while end > 0 and words[end - 1] in salts:
        end -= 1
    if end == len(words) or end == 0:
        return None
    return " ".join(words[:end])


def named_alone(base: str, text: str) -> bool:
    """True when `text` names `base` on its own, not only as part of a salt's name ("excretion
    of magnesium following ...", "other magnesium salts")."""
    salts = "|".join(sorted(rules().salt_words))
    pattern = rf"\b{re.escape(base)}\b(?!\s+(?:{salts})\b)"
    return re.search(pattern, text, re.I) is not None
