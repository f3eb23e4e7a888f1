"""A progress bar on stderr for runs longer than a few seconds."""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING

from pipeline import settings

if TYPE_CHECKING:
    from rich.progress import Progress as RichProgress
    from rich.progress import TaskID


class Progress:
    """A rich progress bar on stderr that appears only once a run has taken a few seconds;
    refreshed from the main loop (no thread, so forking workers stays safe)."""

    def __init__(self, enabled: bool, total: int | None) -> None:
        self.enabled = enabled
        self.total = total
        self.start = time.monotonic()
        # The bar and its one task, once shown.
        self.bar: tuple[RichProgress, TaskID] | None = None
        self.done = 0
        self.last = 0.0

    def advance(self) -> None:
        self.done += 1
        now = time.monotonic()
        if not self.enabled or now - self.start < settings.PROGRESS_AFTER_S:
            return
        if self.bar is None:
            self.bar = self._show()
        if now - self.last > 0.2:
            bar, task = self.bar
            bar.update(task, completed=self.done)
            bar.refresh()
            self.last = now

    def _show(self) -> tuple[RichProgress, TaskID]:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )
        from rich.progress import Progress as RichProgress

        bar = RichProgress(
            TextColumn("documents"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            auto_refresh=False,
        )
        bar.start()
        return bar, bar.add_task("documents", total=self.total)

    def print(self, message: str) -> None:
        if self.bar is not None:
            self.bar[0].console.print(message, markup=False, highlight=False)
        else:
            print(message, file=sys.stderr)

    def stop(self) -> None:
        if self.bar is not None:
            bar, task = self.bar
            bar.update(task, completed=self.done)
            bar.refresh()
            bar.stop()
