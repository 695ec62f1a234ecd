"""No worker process outlives its ingest, even one killed with kill -9."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.texts import write_articles

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")


def _children() -> dict[int, list[int]]:
    """Return the running processes by parent pid (zombies, already dead, left out)."""
    found: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] != "Z":
            found.setdefault(int(fields[1]), []).append(int(entry))
    return found


def descendants(pid: int) -> set[int]:
    """Return the pids of the living processes below pid."""
    children = _children()
    found: set[int] = set()
    todo = [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def alive(pids: set[int]) -> set[int]:
    """Return those of the pids still running (not zombies)."""
    running = {p for kids in _children().values() for p in kids}
    return pids & running


@pytest.mark.slow
def test_kill_9_of_an_ingest_leaves_no_worker_running(tmp_path: Path) -> None:
    write_articles(tmp_path / "in", 1500)
    db = str(tmp_path / "t.db")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "claimtrack",
            "--db",
            db,
            "-q",
            "ingest",
            str(tmp_path / "in"),
            "-w",
            "2",
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    below: set[int] = set()
    try:
        deadline = time.monotonic() + 60
        # the forkserver and two workers (and the resource tracker)
        while time.monotonic() < deadline and proc.poll() is None and len(below) < 4:
            below |= descendants(proc.pid)
            time.sleep(0.02)
        assert proc.poll() is None, "the ingest finished before it could be killed"
        assert len(below) >= 3, below
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        deadline = time.monotonic() + 10
        while alive(below) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not alive(below), [
            Path(f"/proc/{p}/cmdline").read_text().replace("\0", " ") for p in alive(below)
        ]
    finally:
        proc.kill()
        for pid in alive(below):
            os.kill(pid, signal.SIGKILL)
