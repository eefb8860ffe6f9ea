"""YAML -> plain Python data, remembering where every key and value stands.

PyYAML alone forgets positions and silently keeps the last of two duplicate
keys; we compose the node tree ourselves so every later error can name the
file, line and column, and duplicates are reported instead of lost.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from monitor.errors import Problem

Path = tuple[str | int, ...]
_ENV_RE = re.compile(r"\$(\$|\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\})")


@dataclass
class Located:
    """Loaded data plus the position of each path, and the problems met on the way."""

    file: str
    data: Any
    values: dict[Path, yaml.Mark] = field(default_factory=dict)
    keys: dict[Path, yaml.Mark] = field(default_factory=dict)
    styles: dict[Path, str | None] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def problem(self, path: Path, message: str, *, at_key: bool = False, offset: int = 0) -> Problem:
        """A Problem at `path` (or its nearest located parent)."""
        mark = self.mark(path, at_key)
        line, column = (mark.line + 1, mark.column + 1 + offset) if mark else (1, 1)
        return Problem(self.file, line, column, dotted(path), message)

    def mark(self, path: Path, at_key: bool = False) -> yaml.Mark | None:
        table = self.keys if at_key else self.values
        for n in range(len(path), -1, -1):
            found = table.get(path[:n]) or self.values.get(path[:n])
            if found is not None:
                return found
        return None


def dotted(path: Path) -> str:
    """`('feeds', 0, 'url')` -> `feeds[0].url`, the way a person reads a key path."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def load(text: str, file: str, environ: dict[str, str] | None = None) -> Located:
    """Parse YAML text; syntax errors become Problems instead of exceptions."""
    located = Located(file, None)
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        located.problems.append(Problem(file, line, column, "", f"YAML syntax: {exc.problem}"))
        return located
    if node is not None:
        env = os.environ if environ is None else environ
        located.data = _Builder(located, env).build(node, ())
    return located


class _Builder:
    def __init__(self, located: Located, environ: Any) -> None:
        self.located = located
        self.environ = environ
        self.constructor = yaml.SafeLoader("")  # only its scalar construction is used

    def build(self, node: yaml.Node, path: Path) -> Any:
        self.located.values[path] = node.start_mark
        if isinstance(node, yaml.MappingNode):
            return self.mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(child, (*path, i)) for i, child in enumerate(node.value)]
        value = self.constructor.construct_object(node, deep=True)
        if isinstance(value, str):
            self.located.styles[path] = getattr(node, "style", None)
            return self.interpolate(value, path)
        return value

    def mapping(self, node: yaml.MappingNode, path: Path) -> dict[Any, Any]:
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = self.constructor.construct_object(key_node, deep=True)
            child = (*path, key)
            if key in out:
                first, again = self.located.keys[child], key_node.start_mark
                message = f"duplicate key {key!r} (first defined on line {first.line + 1})"
                where = (self.located.file, again.line + 1, again.column + 1)
                self.located.problems.append(Problem(*where, dotted(child), message))
                continue
            self.located.keys[child] = key_node.start_mark
            out[key] = self.build(value_node, child)
        return out

    def interpolate(self, value: str, path: Path) -> str:
        def replace(m: re.Match[str]) -> str:
            if m.group(1) == "$":
                return "$"
            name, default = m.group(2), m.group(3)
            found = self.environ.get(name)
            if found is None:
                if default is not None:
                    return default
                self.located.problems.append(
                    self.located.problem(path, f"environment variable {name} is not set")
                )
                return ""
            return found

        return _ENV_RE.sub(replace, value) if "$" in value else value
