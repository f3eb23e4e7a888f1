"""The drugs table: one row per substance across documents, and each statement's drug_id.

A pure function of the written tables (documents, sections, statements): a LactMed record, its
PDF and a drug page about the same substance share one drug_id, because the id comes from the
normalized name and a page's other names (titles, NXML keywords, "Also known as", "Drugs
containing X:" and brand-name lines) lead to the same name.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from pipeline.evidence import cells
from pipeline.evidence.names import (
    drug_id_for,
    is_synonym_keyword,
    name_lines,
    named_alone,
    normalize,
    rules,
    salt_base,
)

Row = dict[str, object]
# Substance Identification fields: a drug class runs from "Drug Class" to the next of these.
_FIELDS = {"substance name", "cas registry number", "drug class", "unii", "drug classes"}
_LACTMED_KINDS = {"lactmed_xml", "pdf"}
HEAD_CHARS = 200  # where a page without a drug of its own is looked for a known name


@dataclass
class _Drug:
    name: str
    written: dict[str, str] = field(default_factory=dict)  # normalized synonym -> as written
    cas: str | None = None
    unii: str | None = None
    classes: list[str] = field(default_factory=list)
    doc_ids: set[str] = field(default_factory=set)
    parent: str | None = None

    def add_names(self, names: Iterable[str]) -> None:
        for name in names:
            key = normalize(name)
            if key and key != self.name:
                self.written.setdefault(key, name.strip())

    def row(self) -> Row:
        return {
            "drug_id": drug_id_for(self.name),
            "name": self.name,
            "synonyms": sorted(self.written.values(), key=lambda s: (s.lower(), s)),
            "cas": self.cas,
            "unii": self.unii,
            "drug_class": self.classes or None,
            "parent_drug_id": drug_id_for(self.parent) if self.parent else None,
            "doc_ids": sorted(self.doc_ids),
        }


def drug_classes(substance_text: str) -> list[str]:
    """The paragraphs after "Drug Class" in a Substance Identification section, without the
    headings LactMed adds to every record (Breast Feeding, Lactation, Milk, Human)."""
    classes: list[str] = []
    inside = False
    for para in (p.strip() for p in substance_text.split("\n")):
        if not para:
            continue
        label = para.rstrip(":").lower()
        if label in _FIELDS:
            inside = label in ("drug class", "drug classes")
            continue
        if inside and label not in rules().not_classes and para not in classes:
            classes.append(para)
    return classes


def statements_drug(drugs: Counter[str]) -> str:
    """The drug most of a document's statements are about (at least two, or the only one they
    name), else ""."""
    common = drugs.most_common(1)
    return common[0][0] if common and (common[0][1] >= 2 or len(drugs) == 1) else ""


def _own_subject(doc: Row, lines: list[tuple[str | None, list[str]]]) -> str:
    """The drug a document names itself: its own drug, or the X of "Drugs containing X:"."""
    own = normalize(cells.optional_text(doc.get("drug")))
    return own or next((name for name, _ in lines if name), "")


class DrugIndex:
    """Names -> drugs; built from documents, then extended with salts the statements name."""

    def __init__(self) -> None:
        self.drugs: dict[str, _Drug] = {}

    def get(self, name: str) -> _Drug:
        if name not in self.drugs:
            self.drugs[name] = _Drug(name)
        return self.drugs[name]

    def lookup(self) -> dict[str, str]:
        """normalized name or synonym -> drug name; a synonym two drugs share names neither."""
        owners: dict[str, set[str]] = {}
        for drug in self.drugs.values():
            for key in drug.written:
                owners.setdefault(key, set()).add(drug.name)
        table = {key: next(iter(names)) for key, names in owners.items() if len(names) == 1}
        table.update({name: name for name in self.drugs})
        return table

    def resolve(self, name: str | None, table: Mapping[str, str]) -> str | None:
        """A drug's name for a name as written, adding a salt of a known drug on the way."""
        key = normalize(name)
        if not key:
            return None
        if key in table:
            return table[key]
        base = salt_base(key)
        if base and base in table:
            salt = self.get(key)
            salt.parent = table[base]
            return key
        return None

    def merge_synonyms(self) -> None:
        """A document about "Zoloft" is about sertraline when another document lists Zoloft
        as sertraline's name: the drug named by a synonym of exactly one other drug joins it."""
        owners: dict[str, list[str]] = {}
        for drug in self.drugs.values():
            for key in drug.written:
                owners.setdefault(key, []).append(drug.name)

        def rank(d: _Drug) -> tuple[bool, int]:  # a LactMed record (with CAS) wins, then size
            return (d.cas is not None, len(d.doc_ids))

        for name in sorted(self.drugs):
            others = [o for o in owners.get(name, []) if o != name and o in self.drugs]
            if len(others) != 1 or name not in self.drugs:
                continue
            drug, target = self.drugs[name], self.drugs[others[0]]
            if target.name not in drug.written or rank(target) > rank(drug):
                pass  # a one-way synonym, or the other is the better-known name: merge
            elif rank(target) < rank(drug) or target.name > name:
                continue  # each names the other: the better known (then first) one stays
            del self.drugs[name]
            target.doc_ids |= drug.doc_ids
            target.add_names(drug.written.values())
            target.cas, target.unii = target.cas or drug.cas, target.unii or drug.unii
            target.classes += [c for c in drug.classes if c not in target.classes]

    def add_parents(self, texts: Mapping[str, str]) -> None:
        """A drug named as a salt points at its substance when that is a known drug, or when
        a document about the salt names the substance on its own."""
        for drug in list(self.drugs.values()):
            base = salt_base(drug.name)
            if not base or drug.parent:
                continue
            if base in self.drugs or any(named_alone(base, texts[d]) for d in drug.doc_ids):
                self.get(base)
                drug.parent = base


def _named_in_head(text: str, table: Mapping[str, str]) -> str:
    """The first known name or synonym (of one to three words) in a text's first line."""
    words = normalize(text[:HEAD_CHARS].split("\n", 1)[0]).split(" ")
    for i in range(len(words)):
        for size in (3, 2, 1):
            key = normalize(" ".join(words[i : i + size]))
            if key in table:
                return table[key]
    return ""


def _statement_names(by_doc: Mapping[str, Counter[str]]) -> dict[str, str]:
    """The drugs the run's statements name, as names a title may name: not one whose first
    word names no substance (extraction's own test: a cue word, a dosage form, a common
    English word such as "results")."""
    from pipeline.extract.rules import get_rules

    rules = get_rules()
    names = {name for drugs in by_doc.values() for name in drugs}
    return {n: n for n in sorted(names) if n and not rules.no_substance(n.split(" ")[0])}


def _page_subject(doc: Row, drugs: Counter[str], table: Mapping[str, str]) -> str:
    """The drug of a document that names none itself: the known drug its title names, else
    the one most of its statements are about."""
    named = _named_in_head(cells.optional_text(doc.get("title")) or "", table)
    return named or statements_drug(drugs)


def _add_document(index: DrugIndex, doc: Row, substance: str, subject: str = "") -> bool:
    """Adds what a document says about its drug; False when it is not known which drug."""
    text = str(doc["text"])
    lines = name_lines(text)
    subject = subject or _own_subject(doc, lines)
    if not subject:
        return False
    for named, names in lines:
        if named and named != subject:
            index.get(named).add_names(names)
    drug = index.get(subject)
    drug.doc_ids.add(str(doc["doc_id"]))
    drug.add_names(n for named, names in lines if named in (None, subject) for n in names)
    drug.add_names(k for k in cells.texts(doc.get("keywords")) if is_synonym_keyword(k))
    if doc.get("source_kind") in _LACTMED_KINDS or substance:
        drug.add_names([str(doc["title"])] if doc.get("title") else [])
    drug.cas = drug.cas or cells.optional_text(doc.get("cas"))
    drug.unii = drug.unii or cells.optional_text(doc.get("unii"))
    for cls in drug_classes(substance):
        if cls not in drug.classes:
            drug.classes.append(cls)
    return True


def build_drugs(
    documents: list[Row], sections: list[Row], statements: list[Row]
) -> tuple[list[Row], dict[str, str | None]]:
    """(drugs rows sorted by drug_id, statement_id -> drug_id or None)."""
    substance: dict[str, str] = {}
    for s in sections:
        if s["section"] == "substance":
            substance[str(s["doc_id"])] = substance.get(str(s["doc_id"]), "") + f"\n{s['text']}"
    by_doc: dict[str, Counter[str]] = {}
    for st in statements:
        if st.get("drug"):
            by_doc.setdefault(str(st["doc_id"]), Counter())[normalize(str(st["drug"]))] += 1
    index = DrugIndex()
    documents = sorted(documents, key=lambda d: str(d["doc_id"]))
    pages = [
        d for d in documents if not _add_document(index, d, substance.get(str(d["doc_id"]), ""))
    ]
    # A page that names no drug of its own is about the known drug its title names, else
    # the one its statements are about; failing both, the known drug its first line names
    # ("Zoloft use while Breastfeeding").
    table = {**_statement_names(by_doc), **index.lookup()}
    unknown = []
    for doc in pages:
        doc_id = str(doc["doc_id"])
        subject = _page_subject(doc, by_doc.get(doc_id, Counter()), table)
        if not subject or not _add_document(index, doc, substance.get(doc_id, ""), subject):
            unknown.append(doc)
    table = index.lookup()
    for doc in unknown:
        subject = _named_in_head(str(doc["text"]), table)
        if subject:
            _add_document(index, doc, substance.get(str(doc["doc_id"]), ""), subject)
    index.merge_synonyms()
    index.add_parents({str(d["doc_id"]): str(d["text"]) for d in documents})
    table = index.lookup()
    resolved: dict[str, str | None] = {}
    for st in statements:
        name = index.resolve(cells.optional_text(st.get("drug")), table)
        resolved[str(st["statement_id"])] = drug_id_for(name) if name else None
    rows = sorted((d.row() for d in index.drugs.values()), key=lambda r: str(r["drug_id"]))
    return rows, resolved


def document_drug_ids(drugs: list[Row], column: str = "drug_id") -> dict[str, str]:
    """doc_id -> the drug_id (or another column, such as the name) of the drug the document
    is about."""
    out: dict[str, str] = {}
    for row in drugs:
        for doc_id in cells.texts(row["doc_ids"]):
            out.setdefault(doc_id, str(row[column]))
    return out
