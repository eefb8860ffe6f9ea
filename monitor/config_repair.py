"""A config that failed validation, made checkable: what else is wrong with it?

Pydantic gives up on a model it cannot build, so a feed URL without `http://` or a
rule without `query` would hide every cross-reference problem of the file. To report
every independent problem in one run, each broken value is set aside so the rest
validates: an optional key is dropped, a required one (or a list item that is not an
item at all) gets a placeholder. Nothing is removed from a list, so every other
problem keeps its key path and file position. The paths set aside are remembered in
`Broken`, and the checks skip what depends on them: a rule naming a feed whose name
is broken is not reported as naming an unknown feed, so one mistake gives one message.
"""

from __future__ import annotations

import copy
import types
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError

from monitor.yamlsource import Path, dotted

_ROUNDS = 4  # a placeholder item may reveal its own missing keys: fill them in a few rounds


@dataclass
class Broken:
    """Key paths whose values were set aside; everything under them counts as broken too."""

    paths: set[Path] = field(default_factory=set)

    def ok(self, *path: str | int) -> bool:
        return not any(path[:n] in self.paths for n in range(1, len(path) + 1))

    def any_broken(self, paths: Iterable[Path]) -> bool:
        return any(not self.ok(*path) for path in paths)


def error_path(err: Any) -> tuple[Any, ...]:
    """The key path of a pydantic error, without the validator names pydantic inserts."""
    return tuple(p for p in err["loc"] if not (isinstance(p, str) and p.startswith("function-")))


def annotation_at(model: type[BaseModel], path: Path) -> Any:
    """The declared type at a key path (None where the path leaves the model's fields)."""
    annotation: Any = model
    for part in path:
        annotation = _plain(annotation)
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            info = annotation.model_fields.get(part) if isinstance(part, str) else None
            if info is None:
                return None
            annotation = info.annotation
        elif get_origin(annotation) is list and isinstance(part, int):
            annotation = get_args(annotation)[0]
        elif get_origin(annotation) is dict:
            annotation = get_args(annotation)[1]
        else:
            return None
    return _plain(annotation)


def _plain(annotation: Any) -> Any:
    """`Annotated[X, ...]` and `X | None` -> X."""
    while True:
        origin = get_origin(annotation)
        if origin is Annotated:
            annotation = get_args(annotation)[0]
        elif origin in (Union, types.UnionType):
            annotation = next(a for a in get_args(annotation) if a is not type(None))
        else:
            return annotation


def repaired(
    model: type[BaseModel],
    data: dict[str, Any],
    exc: ValidationError,
    *,
    extra: Mapping[str, Any],
    placeholders: Mapping[str, Any],
    suggest: Any = None,
) -> tuple[BaseModel | None, Broken]:
    """`data` validated with its broken values set aside, and the paths set aside.

    `extra` is added to the data for validation (not part of the file); `placeholders`
    gives the placeholder of a required key by name, where any text will not do (a URL);
    `suggest(path)` names the key an unknown key was probably meant to be, which is then
    counted as broken (a feed's `tag:` meant `tags:`, so no rule's tag is reported unknown).
    None when the data cannot be made valid.
    """
    trimmed = copy.deepcopy(data)
    broken = Broken()
    for _ in range(_ROUNDS):
        for err in exc.errors():
            _set_aside(model, trimmed, err, broken, placeholders, suggest)
        try:
            return model.model_validate({**trimmed, **extra}), broken
        except ValidationError as again:
            exc = again
    return None, broken


def _set_aside(
    model: type[BaseModel],
    data: dict[str, Any],
    err: Any,
    broken: Broken,
    placeholders: Mapping[str, Any],
    suggest: Any,
) -> None:
    path = error_path(err)
    if not path:
        return
    *parents, key = path
    container: Any = data
    for part in parents:
        try:
            container = container[part]
        except (KeyError, IndexError, TypeError):
            return
    if not isinstance(container, (dict, list)):
        return
    if err["type"] == "extra_forbidden":
        container.pop(key, None) if isinstance(container, dict) else None
        meant = suggest(path) if suggest else None
        if meant and isinstance(container, dict) and meant not in container:
            broken.paths.add((*parents, meant))
        return
    broken.paths.add(path)
    owner = annotation_at(model, tuple(parents))
    if isinstance(owner, type) and issubclass(owner, BaseModel) and isinstance(key, str):
        info = owner.model_fields.get(key)
        if info is not None and not info.is_required():
            if isinstance(container, dict):
                container.pop(key, None)
            return
    value = _placeholder(path, annotation_at(model, path), placeholders)
    if value is None and isinstance(container, dict):
        container.pop(key, None)
    elif isinstance(container, dict) or (isinstance(key, int) and key < len(container)):
        container[key] = value


def _placeholder(path: Path, annotation: Any, placeholders: Mapping[str, Any]) -> Any:
    """A value of the declared type that validates (a model item: {}, its keys filled next round)."""
    name = path[-1]
    if isinstance(name, str) and name in placeholders:
        return placeholders[name]
    if annotation is str:
        return f"<{dotted(path)}>"
    origin = get_origin(annotation) or annotation
    if origin is list:
        return [_placeholder((*path, 0), _plain(get_args(annotation)[0]), placeholders)]
    if origin is dict or (isinstance(annotation, type) and issubclass(annotation, BaseModel)):
        return {}
    return None
