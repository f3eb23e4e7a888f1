"""The Diff as one self-contained HTML page: inline CSS and a little JS, no network, no files.

Each document's changed statements are shown with the changed items' spans highlighted (added,
removed and changed in distinct colours) and their fields old -> new; buttons filter by change
kind (also settable from the URL: report.html#hide=added,removed) and a box filters by text.
Counts sit in elements with stable ids and data-count attributes so a test can read them."""

from __future__ import annotations

from html import escape

from pipeline.review.changes import KINDS, Change, Diff, DocumentGroup, StatementGroup
from pipeline.review.corrections import describe_unmatched
from pipeline.review.diff import text_edits
from pipeline.review.report_terminal import fmt, fmt_pair, summary_line
from pipeline.review.textdiff import TextHunk

CSS = """
:root { --added:#d3f5d6; --added-b:#1a7f37; --removed:#ffd8d3; --removed-b:#cf222e;
  --changed:#fff0b8; --changed-b:#9a6700; --ink:#1f2328; --muted:#59636e; --line:#d1d9e0; }
* { box-sizing: border-box; }
body { margin:0; font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
  color:var(--ink); background:#f6f8fa; }
header { background:#fff; border-bottom:1px solid var(--line); padding:16px 28px; position:sticky;
  top:0; z-index:2; }
h1 { font-size:20px; margin:0 0 4px; }
.labels { color:var(--muted); margin:0 0 10px; }
code { font:12.5px ui-monospace,SFMono-Regular,Menlo,monospace; }
.bar { display:flex; flex-wrap:wrap; gap:8px; align-items:center; }
button.kind { font:inherit; border:1px solid; border-radius:999px; padding:3px 12px;
  cursor:pointer; background:#fff; }
button.kind[aria-pressed="false"] { opacity:.45; text-decoration:line-through; }
button.kind.added { background:var(--added); border-color:var(--added-b); }
button.kind.removed { background:var(--removed); border-color:var(--removed-b); }
button.kind.changed { background:var(--changed); border-color:var(--changed-b); }
.n { font-weight:700; }
#search { font:inherit; padding:3px 10px; border:1px solid var(--line); border-radius:6px;
  min-width:240px; }
#showing { color:var(--muted); margin-left:auto; }
main { padding:16px 28px 48px; max-width:1200px; }
table.counts { border-collapse:collapse; background:#fff; margin:0 0 16px; }
table.counts th, table.counts td { border:1px solid var(--line); padding:3px 12px; }
table.counts td { text-align:right; font-variant-numeric:tabular-nums; }
table.counts td.zero { color:#aab; }
.unmatched { background:#fff; border:2px solid var(--removed-b); border-radius:8px;
  padding:8px 16px; margin-bottom:16px; }
.unmatched h2 { font-size:16px; color:var(--removed-b); margin:4px 0; }
section.doc { background:#fff; border:1px solid var(--line); border-radius:8px; margin:0 0 16px;
  padding:4px 18px 10px; }
section.doc h2 { font-size:16px; margin:10px 0 6px; }
.tag { display:inline-block; font-size:12px; border-radius:4px; padding:0 6px; margin-right:4px;
  border:1px solid; vertical-align:1px; }
.tag.added { background:var(--added); border-color:var(--added-b); }
.tag.removed { background:var(--removed); border-color:var(--removed-b); }
.tag.changed { background:var(--changed); border-color:var(--changed-b); }
.docchange { color:var(--muted); font-size:13px; margin:0 0 8px; }
article.stmt { border-left:4px solid var(--line); padding:4px 0 4px 12px; margin:10px 0; }
article.stmt.added { border-left-color:var(--added-b); }
article.stmt.removed { border-left-color:var(--removed-b); }
article.stmt.changed { border-left-color:var(--changed-b); }
.meta { color:var(--muted); font-size:12.5px; }
.stmt-text { margin:2px 0 4px; }
mark { color:inherit; border-radius:3px; padding:0 1px; border-bottom:2px solid; }
mark.added { background:var(--added); border-color:var(--added-b); }
mark.removed { background:var(--removed); border-color:var(--removed-b);
  border-bottom-style:dashed; }
mark.changed { background:var(--changed); border-color:var(--changed-b); }
mark.muted { background:none; border-color:transparent; }
ul.changes { list-style:none; padding:0; margin:0; }
li.change { margin:2px 0; font-size:14px; }
li.change q { font-style:italic; }
table.fields { border-collapse:collapse; margin:2px 0 4px 28px; font-size:13px; }
table.fields th { text-align:left; font-weight:600; padding:0 10px 0 0; color:var(--muted); }
table.fields td { padding:0 6px; }
td.old { background:var(--removed); } td.new { background:var(--added); }
.corrected { color:var(--added-b); font-size:12px; font-weight:600; }
.note { color:#0969da; font-size:13px; margin-left:28px; }
[hidden] { display:none !important; }
"""

JS = """
(function () {
  var hidden = new Set();
  var m = /(?:^#|&)hide=([^&]*)/.exec(location.hash);
  if (m) m[1].split(',').forEach(function (k) { if (k) hidden.add(k); });
  var search = document.getElementById('search');
  function apply() {
    var q = search.value.trim().toLowerCase(), visible = 0, shown = {};
    document.querySelectorAll('li.change').forEach(function (li) {
      var ok = !hidden.has(li.dataset.kind) &&
        (!q || li.closest('[data-search]').dataset.search.indexOf(q) >= 0);
      li.hidden = !ok;
      if (ok) { visible++; shown[li.id] = true; }
    });
    document.querySelectorAll('mark[data-changes]').forEach(function (mk) {
      var any = mk.dataset.changes.split(' ').some(function (id) { return shown[id]; });
      mk.classList.toggle('muted', !any);
    });
    document.querySelectorAll('article.stmt, .docchange').forEach(function (el) {
      el.hidden = !el.querySelector('li.change:not([hidden])');
    });
    document.querySelectorAll('section.doc').forEach(function (el) {
      el.hidden = !el.querySelector('li.change:not([hidden])');
    });
    document.querySelectorAll('button.kind').forEach(function (b) {
      b.setAttribute('aria-pressed', hidden.has(b.dataset.kind) ? 'false' : 'true');
    });
    document.getElementById('visible-count').textContent = visible;
    document.body.dataset.visible = visible;
    document.body.dataset.ready = '1';
  }
  document.querySelectorAll('button.kind').forEach(function (b) {
    b.addEventListener('click', function () {
      var k = b.dataset.kind;
      if (hidden.has(k)) hidden.delete(k); else hidden.add(k);
      history.replaceState(null, '', hidden.size ? '#hide=' + Array.from(hidden).join(',') : '#');
      apply();
    });
  });
  search.addEventListener('input', apply);
  apply();
})();
"""


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def _marked(group: StatementGroup, ids: dict[int, str]) -> str:
    """Statement text with every changed item's span in a <mark>; where spans overlap, the
    innermost (shortest) span gives the colour and the mark lists every change it covers."""
    text = str(group.statement.get("text") or "")
    cuts = sorted({0, len(text), *(s.start for s in group.spans), *(s.end for s in group.spans)})
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = [s for s in group.spans if s.start <= a and b <= s.end]
        piece = _e(text[a:b])
        if not covering:
            out.append(piece)
            continue
        inner = min(covering, key=lambda s: s.end - s.start)
        changes = " ".join(ids[id(s.change)] for s in covering)
        title = "; ".join(_span_title(s.change) for s in covering)
        out.append(
            f'<mark class="{inner.change.kind}" data-changes="{changes}" '
            f'title="{_e(title)}">{piece}</mark>'
        )
    return "".join(out)


def _span_title(change: Change) -> str:
    head = f"{change.kind} {change.table.rstrip('s')}"
    fields = ", ".join(f"{f.field} {fmt(f.old, 30)} → {fmt(f.new, 30)}" for f in change.fields)
    return f"{head}: {fields}" if fields else head


def _fields_table(change: Change) -> str:
    if not change.fields:
        return ""
    rows = []
    for f in change.fields:
        old, new = fmt_pair(f.old, f.new, 100)
        rows.append(
            f"<tr><th>{_e(f.field)}</th><td class=old>{_e(old)}</td><td>→</td>"
            f"<td class=new>{_e(new)}</td></tr>"
        )
    return f'<table class="fields">{"".join(rows)}</table>'


def _change_li(change: Change, cid: str, notes: list[str], details: str | None = None) -> str:
    what = "statement" if change.table == "statements" else change.table.rstrip("s")
    quote = (
        ""
        if change.table in ("statements", "documents")
        else f" <q>{_e(change.row.get('text') or '')}</q>"
    )
    corrected = ' <span class="corrected">corrected by a curator</span>' if change.corrected else ""
    corrected += "".join(f'<div class="note">curator: {_e(n)}</div>' for n in notes)
    return (
        f'<li class="change {change.kind}" id="{cid}" data-kind="{change.kind}" '
        f'data-table="{change.table}" data-id="{_e(change.id)}">'
        f'<span class="tag {change.kind}">{change.kind}</span> {what}{quote} '
        f"<code>{_e(change.id)}</code>{corrected}"
        f"{_fields_table(change) if details is None else details}</li>"
    )


def _statement(group: StatementGroup, ids: dict[int, str], notes: dict[str, list[str]]) -> str:
    s = group.statement
    kind = group.change.kind if group.change else ""
    meta = " · ".join(
        _e(v) for v in (s.get("section"), s.get("kind"), s.get("drug"), group.key) if v
    )
    if not group.shown_is_new and group.change is None:
        meta += " · (statement as it was)"
    search = " ".join(
        [str(s.get("text") or ""), group.key]
        + [f"{c.id} {c.table} {c.kind} {c.row.get('text') or ''}" for c in group.changes]
    ).lower()
    items = "".join(_change_li(c, ids[id(c)], notes.get(c.id, [])) for c in group.changes)
    return (
        f'<article class="stmt {kind}" data-statement-id="{_e(group.key)}" '
        f'data-kinds="{" ".join(group.kinds)}" data-search="{_e(search)}">'
        f'<div class="meta">{meta}</div><p class="stmt-text">{_marked(group, ids)}</p>'
        f'<ul class="changes">{items}</ul></article>'
    )


def _document(group: DocumentGroup, ids: dict[int, str], notes: dict[str, list[str]]) -> str:
    counts = group.counts()
    tags = "".join(f'<span class="tag {k}">{counts[k]} {k}</span>' for k in KINDS if counts[k])
    parts = [
        f'<section class="doc" id="doc-{_e(group.pair.key)}" data-doc-id="{_e(group.pair.key)}">'
        f"<h2>{_e(group.pair.label)} {tags}</h2>"
    ]
    if group.change is not None:
        c = group.change
        edits = "".join(
            f"<li>text: <code>{_hunk_side(hunk, 'old')}</code> → "
            f"<code>{_hunk_side(hunk, 'new')}</code></li>"
            for hunk in text_edits(group.pair)
        )
        search = f"{group.pair.label} {c.id} document {c.kind}".lower()
        details = f"<ul>{_doc_fields(c)}{edits}</ul>"
        parts.append(
            f'<div class="docchange" data-search="{_e(search)}"><ul class="changes">'
            f"{_change_li(c, ids[id(c)], [], details)}</ul></div>"
        )
    parts += [_statement(s, ids, notes) for s in group.statements]
    parts.append("</section>")
    return "".join(parts)


def _hunk_side(hunk: TextHunk, which: str) -> str:
    """One side of a text hunk, its removed words in <del> and added words in <ins>."""
    tag = "del" if which == "old" else "ins"
    return "".join(
        f"<{tag}>{_e(text)}</{tag}>" if changed else _e(text)
        for text, changed in hunk.pieces(which)
    )


def _doc_fields(change: Change) -> str:
    out = []
    for f in change.fields:
        if f.field != "text":
            old, new = fmt_pair(f.old, f.new)
            out.append(f"<li>{_e(f.field)}: <code>{_e(old)}</code> → <code>{_e(new)}</code></li>")
    return "".join(out)


def _counts_table(diff: Diff) -> str:
    head = "".join(f"<th>{k}</th>" for k in KINDS)
    rows = []
    for name, counts in diff.counts().items():
        cells = "".join(
            f'<td class="{k}{" zero" if not counts[k] else ""}" data-kind="{k}" '
            f'data-count="{counts[k]}">{counts[k]}</td>'
            for k in KINDS
        )
        rows.append(f'<tr data-table="{name}"><th>{name}</th>{cells}</tr>')
    return (
        f'<table class="counts" id="table-counts"><tr><th></th>{head}</tr>{"".join(rows)}</table>'
    )


def _counts_line(diff: Diff) -> str:
    return summary_line(diff).split(": ", 1)[-1]


def render_html(diff: Diff) -> str:
    ids = {id(c): f"c{i}" for i, c in enumerate(diff.changes)}
    totals = diff.totals()
    buttons = "".join(
        f'<button type="button" class="kind {k}" data-kind="{k}" aria-pressed="true">'
        f'<span class="n" id="count-{k}" data-count="{totals[k]}">{totals[k]}</span> {k}</button>'
        for k in KINDS
    )
    unmatched = ""
    if diff.unmatched_corrections:
        items = "".join(f"<li>{_e(describe_unmatched(u))}</li>" for u in diff.unmatched_corrections)
        unmatched = (
            '<section class="unmatched" id="unmatched"><h2>Corrections that no longer match '
            f"any row</h2><ul>{items}</ul></section>"
        )
    total = len(diff.changes)
    body = "".join(_document(g, ids, diff.notes) for g in diff.groups) or "<p>No differences.</p>"
    title = f"Extraction diff: {diff.old_label} → {diff.new_label}"
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(title)}</title><style>{CSS}</style></head>
<body data-total="{total}">
<header><h1>Extraction diff</h1>
<p class="labels"><code>{_e(diff.old_label)}</code> → <code>{_e(diff.new_label)}</code>:
<span id="summary">{_e(_counts_line(diff))}</span></p>
<div class="bar">{buttons}
<span id="count-unmatched" data-count="{len(diff.unmatched_corrections)}"
 class="tag removed"{"" if diff.unmatched_corrections else " hidden"}>
{len(diff.unmatched_corrections)} unmatched corrections</span>
<input id="search" type="search" placeholder="filter: drug, id, text…" aria-label="filter">
<span id="showing">showing <span id="visible-count">{total}</span> of
<span id="total-count" data-count="{total}">{total}</span> changes</span></div></header>
<main>{_counts_table(diff)}{unmatched}{body}</main>
<script>{JS}</script>
</body></html>
"""
