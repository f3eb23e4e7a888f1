"""`python -m pipeline`: stop signals are taken over before anything else is imported, so a
Ctrl-C during start-up ends as quietly as one later (pipeline/runner/stop.py)."""

import sys

from pipeline.runner.stop import Interrupted, stop_signals_interrupt

try:
    with stop_signals_interrupt():
        from pipeline.cli import main

        code = main()
except Interrupted as stop:
    print("interrupted: nothing was written", file=sys.stderr)
    code = stop.exit_code
raise SystemExit(code)
