"""The command line's shared behaviour: version, help, formats, python -m."""

from __future__ import annotations

import json
import subprocess
import sys

from typer.testing import CliRunner

from claimtrack import __version__
from claimtrack.cli import app
from tests.conftest import ROOT, SEEDS

runner = CliRunner()


def test_version_prints_the_package_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"claimtrack {__version__}"


def test_the_version_is_the_installed_one() -> None:
    from importlib.metadata import version

    assert __version__ == version("claimtrack")


def test_python_dash_m_behaves_like_the_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "claimtrack", "--version"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0
    assert done.stdout.strip() == f"claimtrack {__version__}"


def test_no_arguments_shows_help() -> None:
    result = runner.invoke(app, [])
    assert "Usage" in result.output
    assert "extract" in result.output


def test_unknown_format_is_a_usage_error() -> None:
    result = runner.invoke(app, ["extract", "--format", "xml", str(SEEDS)])
    assert result.exit_code == 2


def test_json_is_a_valid_document_even_when_empty(tmp_path: object) -> None:
    result = runner.invoke(app, ["extract", "--format", "json", "-"], input="No one said anything.")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []
