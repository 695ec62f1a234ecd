"""`claimtrack extract --format parquet --out DIR [--dask [ADDRESS]]`: a claims dataset."""

from __future__ import annotations

import time
from pathlib import Path

import typer

from claimtrack.cli.common import fail, settings, stderr_console, warn


def write_dataset(paths: list[str], out: Path, dask: str | None) -> None:
    """Extract the articles below the paths into a dataset folder, here or on Dask."""
    try:
        from claimtrack.dataset import DatasetError
    except ImportError:
        fail("--format parquet needs pyarrow: pip install 'claimtrack[parquet]'")
    started = time.perf_counter()
    try:
        if dask is None:
            claims, articles, errors = _here(paths, out)
        else:
            claims, articles, errors = _on_dask(paths, out, dask)
    except DatasetError as exc:
        fail(str(exc))
    if not settings.quiet:
        stderr_console().print(
            f"{articles} articles, {claims} claims, {errors} failed: {out}"
            f" ({time.perf_counter() - started:.1f} s)",
            highlight=False,
        )
    if errors and not articles:
        fail(f"no article could be read ({errors} input{'s' if errors != 1 else ''} skipped)")
    if errors:
        raise typer.Exit(1)


def _here(paths: list[str], out: Path) -> tuple[int, int, int]:
    """Extract in this process; return (claims, articles, errors) written."""
    from claimtrack.dataset import DatasetWriter
    from claimtrack.extract import extract
    from claimtrack.ingest import extractor_version
    from claimtrack.read import Skipped, read_paths

    writer = DatasetWriter(out, extractor_version=extractor_version())
    try:
        for item in read_paths(paths):
            if isinstance(item, Skipped):
                warn(f"skipped {item.path}: {item.reason}")
                writer.fail(item.path, item.reason)
                continue
            try:
                found = extract(item)
            except Exception as exc:  # a bug in one rule must not lose the rest of the run
                reason = f"extraction failed ({type(exc).__name__}: {exc})"
                warn(f"skipped {item.path or '<stdin>'}: {reason}")
                writer.fail(item.path, reason, item.id)
                continue
            writer.add(item, found)
    finally:
        writer.close()
    return writer.claims, writer.articles, writer.errors


def _on_dask(paths: list[str], out: Path, address: str) -> tuple[int, int, int]:
    """Extract on a Dask cluster; return (claims, articles, errors) written."""
    try:
        from claimtrack.dask import extract_to_dataset
    except ImportError:
        fail("--dask needs Dask: pip install 'claimtrack[dask]'")
    show = not settings.quiet and stderr_console().is_terminal
    try:
        written, skipped = extract_to_dataset(paths, out, address, progress=show)
    except (ValueError, OSError) as exc:
        fail(str(exc))
    for item in skipped:
        warn(f"skipped {item.path}: {item.reason}")
    return written.claims, written.articles, written.errors
