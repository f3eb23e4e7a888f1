"""A progress bar on stderr for runs longer than a few seconds."""

from __future__ import annotations

import sys
import time

from pipeline import settings


class Progress:
    """A rich progress bar on stderr that appears only once a run has taken a few seconds;
    refreshed from the main loop (no thread, so forking workers stays safe)."""

    def __init__(self, enabled: bool, total: int | None) -> None:
        self.enabled = enabled
        self.total = total
        self.start = time.monotonic()
        self.bar = None
        self.task = None
        self.done = 0
        self.last = 0.0

    def advance(self) -> None:
        self.done += 1
        now = time.monotonic()
        if not self.enabled or now - self.start < settings.PROGRESS_AFTER_S:
            return
        if self.bar is None:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            self.bar = Progress(
                TextColumn("documents"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                auto_refresh=False,
            )
            self.bar.start()
            self.task = self.bar.add_task("documents", total=self.total)
        if now - self.last > 0.2:
            self.bar.update(self.task, completed=self.done)
            self.bar.refresh()
            self.last = now

    def print(self, message: str) -> None:
        if self.bar is not None:
            self.bar.console.print(message, markup=False, highlight=False)
        else:
            print(message, file=sys.stderr)

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.update(self.task, completed=self.done)
            self.bar.refresh()
            self.bar.stop()
