"""Start-up: the CLI imports what a command needs, not the extractor nor the pydantic models."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from claimtrack.models import Article, Claim, Kind, Stance, claim_id
from claimtrack.store import Store

# Modules a query command must never import: the extractor (its patterns are compiled at
# import) and the models (pydantic builds their validators at import).
HEAVY = ("claimtrack.extract", "claimtrack.models", "claimtrack.link")


def _loaded_after(code: str) -> list[str]:
    """Return the claimtrack modules loaded after running `code` in a fresh interpreter."""
    probe = code + "\nimport sys, json\nprint(json.dumps(sorted(sys.modules)))\n"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return [m for m in json.loads(done.stdout.splitlines()[-1]) if m.startswith("claimtrack")]


def _heavy(modules: list[str]) -> list[str]:
    return [m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY)]


def test_importing_the_cli_imports_neither_extractor_nor_models() -> None:
    loaded = _loaded_after("import claimtrack.cli")
    assert "claimtrack.cli.list_cmds" in loaded  # the probe did import the commands
    assert _heavy(loaded) == []


def test_importing_the_package_is_lazy_and_names_still_resolve() -> None:
    assert _heavy(_loaded_after("import claimtrack")) == []
    loaded = _loaded_after("import claimtrack\nassert callable(claimtrack.extract)")
    assert "claimtrack.extract" in loaded


def test_a_claims_query_does_not_import_the_extractor(tmp_path: Path) -> None:
    db = tmp_path / "small.db"
    article = Article.from_text("Peskov said the tests were sent.", path="a.txt")
    claim = Claim(
        id=claim_id(article.id, (12, 31)),
        article=article.id,
        path="a.txt",
        speaker="Dmitry Peskov",
        speaker_mention="Peskov",
        speaker_span=(0, 6),
        cue="said",
        cue_span=(7, 11),
        kind=Kind.REPORTED,
        stance=Stance.ASSERTS,
        text=article.text[12:31],
        span=(12, 31),
    )
    with Store.open(db) as store:
        store.ingest_article(article, [claim])
    code = (
        "import io, contextlib\n"
        "from claimtrack.cli import app\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n"
        f"    app(['--db', {str(db)!r}, 'claims', '--speaker', 'Peskov', '--format', 'jsonl'],"
        " standalone_mode=False)\n"
        "assert 'the tests were sent' in out.getvalue(), out.getvalue()\n"
    )
    assert _heavy(_loaded_after(code)) == []
    # nor pydantic (typer 0.29 imports it for any option), nor what only other commands
    # or a terminal use
    probe = code + "import sys\nprint(sorted(sys.modules))\n"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    loaded = set(eval(done.stdout.splitlines()[-1]))  # a printed list of module names
    assert loaded & {"pydantic", "claimtrack.show", "rich.tree"} == set()
