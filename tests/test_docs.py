"""The README documents every config key and every command (a test fails when one is missing)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import BaseModel

from monitor.cli import cli
from monitor.config import (
    Concepts,
    Config,
    Defaults,
    Feed,
    Fetch,
    Fulltext,
    Log,
    Rule,
    Storage,
    Stories,
    Target,
)

README = (Path(__file__).parent.parent / "README.md").read_text()
SECTIONS: list[tuple[str, type[BaseModel]]] = [
    ("defaults.", Defaults),
    ("storage.", Storage),
    ("fetch.", Fetch),
    ("fulltext.", Fulltext),
    ("log.", Log),
    ("stories.", Stories),
    ("targets[].", Target),
    ("feeds[].", Feed),
    ("rules[].", Rule),
    ("concepts.", Concepts),
]


def documented_keys() -> list[str]:
    keys = [f"{prefix}{name}" for prefix, model in SECTIONS for name in model.model_fields]
    keys += [
        name
        for name in Config.model_fields
        if name not in ("base_dir", "defaults", "storage", "concepts", "fetch", "fulltext", "log", "stories")
    ]
    return [k for k in keys if k not in ("targets", "feeds", "rules")]


@pytest.mark.parametrize("key", documented_keys())
def test_every_config_key_is_in_the_readme_reference(key: str) -> None:
    assert f"| `{key}` |" in README


def test_every_config_field_has_help_text() -> None:
    for _, model in [("", Config), *SECTIONS]:
        for name, field in model.model_fields.items():
            assert field.description, f"{model.__name__}.{name} has no description"


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_is_in_the_readme(command: str) -> None:
    assert f"`monitor {command}" in README


def test_quick_start_is_two_commands() -> None:
    quick = README.split("## Quick start", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    commands = [line.split("#")[0].strip() for line in quick.strip().splitlines()]
    assert commands == ["make run", "make test"]
