"""Start-up: the CLI imports what a command needs, not the extractor nor the pydantic models."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from claimtrack.cli.app import COMMANDS, app, load_command
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


# The modules that define commands: each is imported only when one of its commands runs.
COMMAND_MODULES = {f"claimtrack.cli.{entry.module}" for entry in COMMANDS.values()}


def _all_loaded_after(code: str) -> set[str]:
    """Return every module loaded after running `code` in a fresh interpreter."""
    probe = code + "\nimport sys, json\nprint(json.dumps(sorted(sys.modules)))\n"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    return set(json.loads(done.stdout.splitlines()[-1]))


def test_importing_the_cli_imports_neither_commands_nor_extractor_nor_models() -> None:
    loaded = _loaded_after("import claimtrack.cli")
    assert "claimtrack.cli.app" in loaded  # the probe did import the CLI
    assert _heavy(loaded) == []
    assert COMMAND_MODULES & set(loaded) == set()


def test_help_lists_every_command_without_importing_one() -> None:
    code = (
        "import io, contextlib\n"
        "from claimtrack.cli import app\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n"
        "    app(['--help'], standalone_mode=False)\n"
        "assert 'datasette-metadata' in out.getvalue(), out.getvalue()\n"
    )
    loaded = _all_loaded_after(code)
    assert COMMAND_MODULES & loaded == set()
    assert {m for m in loaded if m == "rich" or m.startswith("rich.")} == set()


def test_the_command_table_holds_every_command_with_its_own_first_help_line() -> None:
    # `--help` lists the table's lines, so they must be the commands' own.
    for name, entry in COMMANDS.items():
        assert load_command(name).get_short_help_str(limit=10_000) == entry.help, name
    assert {info.name for info in app.registered_commands} == set(COMMANDS)


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
    # nor pydantic (typer 0.29 imports it for any option), nor the other commands' modules,
    # nor rich: JSON lines in a pipe and nothing on stderr need no console
    loaded = _all_loaded_after(code)
    assert loaded & {"pydantic", "claimtrack.show", "rich"} == set()
    assert COMMAND_MODULES & loaded == {"claimtrack.cli.list_cmds"}


def test_the_probe_sees_what_a_command_imports(tmp_path: Path) -> None:
    # The same probe on `extract`: its module and the extractor are loaded.
    text = tmp_path / "a.txt"
    text.write_text("Peskov said the tests were sent.", encoding="utf-8")
    code = (
        "import io, contextlib\n"
        "from claimtrack.cli import app\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n"
        f"    app(['extract', {str(text)!r}, '--format', 'jsonl'], standalone_mode=False)\n"
        "assert 'the tests were sent' in out.getvalue(), out.getvalue()\n"
    )
    loaded = _all_loaded_after(code)
    assert {"claimtrack.cli.extract_cmd", "claimtrack.extract"} <= loaded
    assert "claimtrack.cli.link_cmds" not in loaded
