"""``goodcry feel``: suggestions with their evidence, and the JSON interface for research."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import CLI
from goodcry.cli.feel import highlight


def test_feel_prints_suggestions_with_evidence_marked(sqlite_cli: CLI) -> None:
    out = sqlite_cli.ok("feel", "my grandmother died and I miss her so much").out
    first, *rest = out.splitlines()
    assert "[died]" in first or "[grandmother died]" in first
    assert any(line.split()[0] == "grief" and "(sadness)" in line for line in rest)


def test_feel_reads_standard_input(sqlite_cli: CLI) -> None:
    assert "lonely" in sqlite_cli.ok("feel", stdin="I feel so lonely tonight\n").out


def test_feel_json_from_a_file(sqlite_cli: CLI, tmp_path: Path) -> None:
    path = tmp_path / "texts.txt"
    path.write_text("I'm not lonely at all\nI feel so lonely tonight\n\nThank you so much!\n", encoding="utf-8")
    rows = [json.loads(line) for line in sqlite_cli.ok("feel", "--from", str(path), "--json").out.splitlines()]
    assert len(rows) == 4
    assert "lonely" not in {lab["label"] for lab in rows[0]["labels"]}
    lonely = next(lab for lab in rows[1]["labels"] if lab["label"] == "lonely")
    assert lonely["family"] == "loneliness" and 0.5 <= lonely["score"] <= 1 and lonely["evidence"] == ["so lonely"]
    assert rows[2] == {"labels": []}
    assert set(rows[3]["labels"][0]) == {"label", "family", "score", "evidence"}


def test_feel_json_other_taxonomies(sqlite_cli: CLI, tmp_path: Path) -> None:
    path = tmp_path / "texts.txt"
    path.write_text("Thank you so much!\nwow, I did not expect that\n", encoding="utf-8")
    def rows(taxonomy: str) -> list[dict[str, list[dict[str, object]]]]:
        out = sqlite_cli.ok("feel", "--from", str(path), "--json", "--taxonomy", taxonomy).out
        return [json.loads(line) for line in out.splitlines()]

    go = rows("goemotions")
    assert go[0]["labels"][0]["label"] == "gratitude" and "family" not in go[0]["labels"][0]
    ek = rows("ekman")
    assert "surprise" in {lab["label"] for lab in ek[1]["labels"]}


def test_feel_errors(sqlite_cli: CLI, tmp_path: Path) -> None:
    assert sqlite_cli("feel", "x", "--taxonomy", "plutchik").code == 1
    assert sqlite_cli("feel", "--from", str(tmp_path / "missing.txt")).code == 1


def test_highlight() -> None:
    assert highlight("I miss her so much", ["miss her", "so much"], color=False) == "I [miss her] [so much]"
    assert highlight("sad sad", ["sad"], color=False) == "[sad] sad"


def test_feel_survives_bad_utf8(sqlite_cli: CLI, tmp_path: Path) -> None:
    path = tmp_path / "texts.txt"
    path.write_bytes(b"caf\xe9 so sad\nI feel so alone\n")
    rows = [json.loads(line) for line in sqlite_cli.ok("feel", "--from", str(path), "--json").out.splitlines()]
    assert len(rows) == 2 and "lonely" in {lab["label"] for lab in rows[1]["labels"]}
