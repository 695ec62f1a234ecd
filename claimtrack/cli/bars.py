"""The progress bar of long commands (rich), imported when a command shows one."""

from __future__ import annotations

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TaskProgressColumn,
    TextColumn,
    TimeRemainingColumn,
)
from rich.text import Text


class RateColumn(ProgressColumn):
    """How many things a second: "240 articles/s" (the unit is the task's `unit` field)."""

    def render(self, task: Task) -> Text:
        """Return the task's current rate."""
        speed = task.finished_speed or task.speed
        unit = task.fields.get("unit", "")
        return Text(f"{speed:,.0f} {unit}/s" if speed else "", style="progress.data.speed")


def progress_display(console: Console, *columns: str | ProgressColumn, disable: bool) -> Progress:
    """Return a transient progress display on the console: stage, bar, counts, rate, time, columns."""
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.fields[stage]}"),
        BarColumn(),
        MofNCompleteColumn(),
        TaskProgressColumn(),
        RateColumn(),
        TimeRemainingColumn(elapsed_when_finished=True),
        *(TextColumn(c) if isinstance(c, str) else c for c in columns),
        console=console,
        transient=True,
        disable=disable,
    )


__all__ = ["RateColumn", "progress_display"]
