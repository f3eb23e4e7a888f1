"""Curator review: diff two extraction runs, keep an accepted baseline, apply corrections.

- baseline.py: Parquet output <-> sorted, stable JSONL in curated/baseline/ (reviewable in git)
- diff.py: two sets of tables -> a Diff (pure; rows matched by their stable ids)
- corrections.py: curated/corrections.jsonl -> corrected tables, and the corrections that no
  longer match any row
- report_terminal.py, report_markdown.py, report_html.py: the Diff for people
- cli.py: the `diff`, `accept` and `correct` commands
"""
