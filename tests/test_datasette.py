"""The store browsed in datasette: search detected and stemmed, views, bookkeeping hidden."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app

pytest.importorskip("datasette")
runner = CliRunner()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def get(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.loads(response.read())


@pytest.fixture(scope="module")
def served(seeds_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Any:
    folder = tmp_path_factory.mktemp("datasette")
    db = folder / "claimtrack.db"
    shutil.copy(seeds_db, db)
    metadata = folder / "metadata.json"
    result = runner.invoke(app, ["--db", str(db), "datasette-metadata"])
    assert result.exit_code == 0, result.output
    metadata.write_text(result.stdout, encoding="utf-8")
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "datasette", "serve", str(db), "-m", str(metadata),
         "-h", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}/claimtrack"
    try:
        for _ in range(100):
            try:
                get(base + ".json")
                break
            except OSError:
                if server.poll() is not None:
                    pytest.fail(f"datasette did not start: {server.stderr.read()!r}")  # type: ignore[union-attr]
                time.sleep(0.2)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_datasette_detects_the_search_and_finds_the_right_claims(served: str) -> None:
    rows = get(served + "/claims.json?_search=phone+calls&_shape=array")
    assert rows and all("phone calls" in r["text"] for r in rows)
    stemmed = get(served + "/claim_list.json?_search=communicate&_shape=array")
    assert stemmed and all("communicat" in r["text"] for r in stemmed)
    assert any("communicated" in r["text"] for r in stemmed)  # stemmed, not a prefix


def test_views_join_the_names_and_texts(served: str) -> None:
    links = get(served + "/link_list.json?relation=denies&_shape=array")
    assert links and all(r["from_text"] and r["to_text"] for r in links)
    assert "Dmitry Peskov" in {r["from_speaker"] for r in links}
    speakers = get(served + "/speaker_list.json?_shape=array")
    assert any(r["name"] == "Donald Trump" and r["claims"] > 0 for r in speakers)


def test_bookkeeping_tables_are_hidden(served: str) -> None:
    tables = {t["name"]: t for t in get(served + ".json")["tables"]}
    for name in ("link_postings", "link_done", "schema_migrations", "claims_fts"):
        assert tables[name]["hidden"], name
    assert not tables["claims"]["hidden"]
