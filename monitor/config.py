"""The typed configuration: one validated, immutable model loaded from YAML.

Every problem found (YAML syntax, unknown keys, wrong types, duplicate names,
unknown references, queries that do not parse) is collected and raised together
as a ConfigError whose lines name file:line:column and the key path.
"""

from __future__ import annotations

import copy
import difflib
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    field_validator,
)

from monitor import yamlsource
from monitor.analysis.languages import LANGUAGE_CODE
from monitor.errors import ConfigError, Problem, QuerySyntaxError
from monitor.fetch import USER_AGENT
from monitor.rules.lint import Finding

_DURATION_RE = re.compile(r"(\d+(?:\.\d+)?)\s*(ms|d|h|m|s)")
_UNITS = {"d": 86400.0, "h": 3600.0, "m": 60.0, "s": 1.0, "ms": 0.001}


def parse_duration(value: Any) -> Any:
    """`90`, `90s`, `15m`, `1h30m`, `2d` -> seconds; anything else is left for pydantic to reject."""
    if isinstance(value, str):
        text = value.strip().lower().replace(" ", "")
        parts = _DURATION_RE.findall(text)
        if parts and "".join(n + u for n, u in parts) == text:
            return sum(float(n) * _UNITS[u] for n, u in parts)
        raise ValueError(f"{value!r} is not a duration; write e.g. 90s, 15m, 1h30m or 2d")
    return value


Seconds = Annotated[float, BeforeValidator(parse_duration), Field(gt=0)]
SecondsOrZero = Annotated[float, BeforeValidator(parse_duration), Field(ge=0)]
Name = Annotated[str, Field(min_length=1, pattern=r"\S")]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Defaults(_Model):
    """Settings every feed and rule inherits unless it sets its own."""

    poll_interval: Seconds = Field(900, description="How often a feed is polled, e.g. 15m.")
    jitter: SecondsOrZero = Field(
        30,
        description="Up to this much random delay is added to each poll, so feeds do not poll in lockstep.",
    )
    timeout: Seconds = Field(20, description="Connect and read timeout for one HTTP request.")
    max_bytes: int = Field(10 * 1024 * 1024, gt=0, description="Largest feed body accepted, in bytes.")
    user_agent: str = Field(
        USER_AGENT,
        description="User-Agent sent with every request; put a contact address in it.",
    )
    alert_on_first_poll: bool = Field(
        False,
        description="Alert on the items a feed already has when it is first polled "
        "(off: they are recorded silently, so adding a feed does not flood you).",
    )
    language: str = Field("en", description="Language the rule queries are written in.")
    retry_interval: Seconds = Field(
        60, description="First wait before a failed alert is sent again; doubles up to an hour."
    )
    accent_folding: bool = Field(True, description="Match `Sudkorea` to `Südkorea` (accents ignored).")
    expand_concepts: bool = Field(
        True,
        description="A rule term that is a member of a concept or place also matches the other members, "
        "in every language (`troops` finds `Soldaten`).",
    )


class Storage(_Model):
    """Where matches and fetch state are kept."""

    data_dir: str = Field("data", description="Directory for the SQLite file, relative to the config file.")
    url: str | None = Field(
        None,
        description="SQLAlchemy database URL (e.g. postgresql+psycopg://user:pw@host/db); "
        "default: a SQLite file news-monitor.db in data_dir.",
    )


class Target(_Model):
    """A name for one or more Apprise URLs that alerts are sent to."""

    name: Name = Field(description="The name rules use in their `targets` list.")
    urls: list[str] = Field(min_length=1, description="Apprise URLs; write secrets as ${ENV_VAR}.")


class Feed(_Model):
    """One RSS or Atom feed."""

    url: str = Field(description="The feed's http(s) URL.")
    name: str | None = Field(None, description="A short name shown in alerts; default: the URL.")
    poll_interval: Seconds | None = Field(None, description="Overrides defaults.poll_interval.")
    language: str | None = Field(
        None, description="The language of its articles when the feed does not declare one (e.g. de)."
    )
    tags: list[str] = Field(default_factory=list, description="Labels rules can select feeds by.")
    enabled: bool = Field(True, description="Set false to stop polling without deleting the entry.")
    alert_on_first_poll: bool | None = Field(None, description="Overrides defaults.alert_on_first_poll.")

    @field_validator("url")
    @classmethod
    def _http_only(cls, url: str) -> str:
        if not re.match(r"https?://[^/\s]+", url):
            raise ValueError(f"{url!r} is not an http:// or https:// URL")
        return url

    @property
    def key(self) -> str:
        """How the feed is known in storage, alerts and rules: its name, else its URL."""
        return self.name or self.url


class Rule(_Model):
    """A watch rule: a query and where its matches go."""

    name: Name = Field(description="Shown in alerts and used by `monitor rules` commands.")
    query: str = Field(description='The query, e.g. "North Korea" AND Russia AND troops.')
    feeds: list[str] = Field(default_factory=list, description="Feed names or URLs it watches.")
    tags: list[str] = Field(
        default_factory=list, description="Feed tags it watches; with no feeds and no tags: every feed."
    )
    targets: list[str] | None = Field(
        None, description="Targets alerted on a match; omitted: every target; []: store only."
    )
    language: str | None = Field(None, description="Language of the query; default: defaults.language.")
    enabled: bool = Field(True, description="Set false to stop matching this rule.")
    expand_concepts: bool | None = Field(None, description="Overrides defaults.expand_concepts.")


class Concepts(_Model):
    """Which concepts rules can use (`@name`) and apply automatically."""

    builtin: bool = Field(True, description="Use the built-in starter concept pack.")
    places: bool = Field(True, description="Use the built-in place gazetteer (every country and territory).")
    disable: list[str] = Field(default_factory=list, description="Built-in concepts to switch off, by name.")
    files: list[str] = Field(
        default_factory=list,
        description="YAML files of concepts in the pack's format, relative to the config.",
    )
    define: dict[str, dict[str, Any]] = Field(
        default_factory=dict,
        description="Concepts defined here: name -> {description, extend, LANGUAGE: [members]}; "
        "a built-in's name replaces it, or extends it with `extend: true`.",
    )


class Config(_Model):
    """The whole configuration file."""

    defaults: Defaults = Field(Defaults(), description="Settings inherited by every feed.")
    storage: Storage = Field(Storage(), description="Database settings.")
    targets: list[Target] = Field(default_factory=list, description="Where alerts go.")
    feeds: list[Feed] = Field(default_factory=list, description="The feeds to poll.")
    blocks: dict[str, str] = Field(
        default_factory=dict, description="Named query parts reused in rules as @name."
    )
    rules: list[Rule] = Field(default_factory=list, description="The watch rules.")
    concepts: Concepts = Field(Concepts(), description="Concepts and places.")
    languages: list[str] = Field(
        default_factory=list,
        description="Languages to detect undeclared articles among; default: every language the "
        "matcher supports.",
    )
    models: dict[str, str] = Field(
        default_factory=dict,
        description="Trained spaCy pipelines by language (package name or path), whose named entities "
        "become the person:, org: and place: fields.",
    )
    base_dir: Path = Field(Path("."), exclude=True, description="Directory of the config file.")
    _concept_files: dict[str, dict[str, Any]] = PrivateAttr(default_factory=dict)

    def database_url(self) -> str:
        if self.storage.url:
            return self.storage.url
        data_dir = (self.base_dir / self.storage.data_dir).resolve()
        return f"sqlite:///{data_dir / 'news-monitor.db'}"

    def targets_of(self, rule: Rule) -> list[str]:
        return [t.name for t in self.targets] if rule.targets is None else list(rule.targets)

    def alerts_first(self, feed: Feed) -> bool:
        """Whether the first poll of `feed` alerts on the items it already has."""
        own = feed.alert_on_first_poll
        return self.defaults.alert_on_first_poll if own is None else own

    def expands(self, rule: Rule) -> bool:
        return self.defaults.expand_concepts if rule.expand_concepts is None else rule.expand_concepts

    def detect_languages(self) -> list[str]:
        """The languages undeclared articles are detected among: `languages`, else every supported one."""
        if self.languages:
            return sorted(set(self.languages))
        from monitor.concepts import supported_languages

        return list(supported_languages())

    def concept_definitions(self) -> list[tuple[str, dict[str, Any]]]:
        """User concepts, from the included files first, then those defined inline."""
        from_files = [item for data in self._concept_files.values() for item in data.items()]
        return [*from_files, *self.concepts.define.items()]


def load_config(path: str | Path, environ: dict[str, str] | None = None) -> Config:
    """Load and validate a config file; raises ConfigError listing every problem."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError([Problem(str(path), 1, 1, "", f"cannot read the file: {exc.strerror}")]) from None
    return parse_config(text, str(path), base_dir=path.parent, environ=environ)


def parse_config(
    text: str, file: str = "<config>", *, base_dir: Path = Path("."), environ: dict[str, str] | None = None
) -> Config:
    located = yamlsource.load(text, file, environ)
    problems = list(located.problems)
    data = located.data if located.data is not None else {}
    if not isinstance(data, dict):
        raise ConfigError([*problems, located.problem((), "the config must be a mapping of keys")])
    try:
        config = Config.model_validate({**data, "base_dir": base_dir})
    except ValidationError as exc:
        problems.extend(_pydantic_problems(exc, located))
        partial = _without_bad_keys(data, exc, base_dir)
        if partial is not None:  # check the rest too, so one run reports everything
            problems.extend(_concept_file_problems(partial, environ))
            problems.extend(_semantic_problems(partial, located))
        raise ConfigError(sorted(problems, key=lambda p: (p.line, p.column))) from None
    problems.extend(_concept_file_problems(config, environ))
    problems.extend(_semantic_problems(config, located))
    if problems:
        raise ConfigError(sorted(problems, key=lambda p: (p.line, p.column)))
    return config


def _without_bad_keys(data: dict[str, Any], exc: ValidationError, base_dir: Path) -> Config | None:
    """The config without the keys that failed validation, if it is valid without them.

    Only keys are removed, never list items, so every other problem keeps its key path
    and position. None when that is not enough (a required key is missing or broken).
    """
    trimmed = copy.deepcopy(data)
    for err in exc.errors():
        *parents, key = _error_path(err) or (0,)
        if err["type"] == "missing" or not isinstance(key, str):
            return None
        node: Any = trimmed
        for part in parents:
            node = node[part] if isinstance(node, (dict, list)) else None
        if not isinstance(node, dict):
            return None
        node.pop(key, None)
    try:
        return Config.model_validate({**trimmed, "base_dir": base_dir})
    except ValidationError:
        return None


def _pydantic_problems(exc: ValidationError, located: yamlsource.Located) -> Iterable[Problem]:
    for err in exc.errors():
        loc = _error_path(err)
        if err["type"] == "extra_forbidden":
            yield located.problem(loc, _unknown_key(loc), at_key=True)
        elif err["type"] == "missing":
            yield located.problem(loc, f"missing required key {loc[-1]!r}")
        else:
            yield located.problem(loc, err["msg"].removeprefix("Value error, "))


def _error_path(err: Any) -> tuple[Any, ...]:
    """The key path of a pydantic error, without the validator names pydantic inserts."""
    return tuple(p for p in err["loc"] if not (isinstance(p, str) and p.startswith("function-")))


def _unknown_key(loc: tuple[Any, ...]) -> str:
    model: type[BaseModel] = Config
    for part in loc[:-1]:
        if isinstance(part, int):
            continue
        annotation = model.model_fields[str(part)].annotation
        args = getattr(annotation, "__args__", None)
        inner = args[0] if args else annotation
        if isinstance(inner, type) and issubclass(inner, BaseModel):
            model = inner
    known = [k for k in model.model_fields if k != "base_dir"]
    close = difflib.get_close_matches(str(loc[-1]), known, n=1)
    hint = f"; did you mean {close[0]!r}?" if close else f"; known keys: {', '.join(known)}"
    return f"unknown key {loc[-1]!r}{hint}"


def _semantic_problems(config: Config, located: yamlsource.Located) -> list[Problem]:
    problems: list[Problem] = []
    problems += _duplicates("feeds", [f.key for f in config.feeds], located)
    problems += _duplicates("rules", [r.name for r in config.rules], located)
    problems += _duplicates("targets", [t.name for t in config.targets], located)
    target_names = {t.name for t in config.targets}
    feed_refs = {f.key for f in config.feeds} | {f.url for f in config.feeds}
    feed_tags = {tag for f in config.feeds for tag in f.tags}
    for i, rule in enumerate(config.rules):
        for j, name in enumerate(rule.targets or ()):
            if name not in target_names:
                msg = f"unknown target {name!r}{_suggest(name, target_names, 'targets')}"
                problems.append(located.problem(("rules", i, "targets", j), msg))
        for j, name in enumerate(rule.feeds):
            if name not in feed_refs:
                msg = f"unknown feed {name!r}{_suggest(name, feed_refs, 'feeds')}"
                problems.append(located.problem(("rules", i, "feeds", j), msg))
        for j, tag in enumerate(rule.tags):
            if tag not in feed_tags:
                msg = f"no feed has the tag {tag!r}{_suggest(tag, feed_tags, 'feed tags')}"
                problems.append(located.problem(("rules", i, "tags", j), msg))
    problems += _concept_problems(config.concepts.define, ("concepts", "define"), located)
    problems += _language_problems(config, located)
    problems += _lint_problems(config, located)
    problems += _target_url_problems(config, located)
    return problems


def _duplicates(section: str, names: list[str], located: yamlsource.Located) -> list[Problem]:
    seen: set[str] = set()
    problems = []
    for i, name in enumerate(names):
        if name in seen:
            problems.append(located.problem((section, i), f"duplicate name {name!r} in {section}"))
        seen.add(name)
    return problems


def _suggest(name: str, known: Iterable[str], what: str) -> str:
    known = sorted(known)
    close = difflib.get_close_matches(name, known, n=1)
    if close:
        return f"; did you mean {close[0]!r}?"
    return f"; known {what}: {', '.join(known)}" if known else f"; no {what} are defined"


def rule_findings(config: Config) -> list[Finding]:
    """Lint every rule and block; `ref` of each finding is its key path in the file."""
    from monitor.rules.lint import LintRule, lint

    rules = [
        LintRule(
            name=r.name,
            query=r.query,
            scope=(tuple(sorted(r.feeds)), tuple(sorted(r.tags)), tuple(config.targets_of(r)), r.language),
            ref=("rules", i, "query"),
        )
        for i, r in enumerate(config.rules)
        if r.enabled
    ]
    return lint(rules, config.blocks, concept_names(config), entities=bool(config.models))


def concept_names(config: Config) -> set[str]:
    """Every concept name a rule may use as @name under this config."""
    from monitor.concepts import builtin_concepts, builtin_places

    builtin: set[str] = set()
    if config.concepts.places:
        builtin |= set(builtin_places())
    if config.concepts.builtin:
        builtin |= set(builtin_concepts())
    return (builtin - set(config.concepts.disable)) | {name for name, _ in config.concept_definitions()}


def _lint_problems(config: Config, located: yamlsource.Located) -> list[Problem]:
    problems = []
    for finding in rule_findings(config):
        if finding.severity != "error":
            continue
        path = finding.ref if isinstance(finding.ref, tuple) else ()
        if finding.position is None:
            problems.append(located.problem(path, finding.message))
        else:
            exc = QuerySyntaxError(finding.message, finding.query, finding.position)
            problems.append(_query_problem(exc, path, located))
    return problems


def _query_problem(exc: QuerySyntaxError, path: yamlsource.Path, located: yamlsource.Located) -> Problem:
    """Point at the offending character of the query in the file."""
    return located.problem_in(path, f"{exc.message}\n{exc.context()}", exc.query, exc.position)


def _target_url_problems(config: Config, located: yamlsource.Located) -> list[Problem]:
    from monitor.delivery.apprise_send import url_error

    return [
        located.problem(("targets", i, "urls", j), message)
        for i, target in enumerate(config.targets)
        for j, url in enumerate(target.urls)
        if (message := url_error(url)) is not None
    ]


def _concept_file_problems(config: Config, environ: dict[str, str] | None) -> list[Problem]:
    """Read the included concept files into the config; their problems name their own file."""
    problems: list[Problem] = []
    for name in config.concepts.files:
        path = config.base_dir / name
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            problems.append(Problem(str(path), 1, 1, "", f"cannot read the concept file: {exc.strerror}"))
            continue
        located = yamlsource.load(text, str(path), environ)
        problems += located.problems
        data = located.data or {}
        if not isinstance(data, dict):
            problems.append(located.problem((), "a concept file must map concept names to their members"))
            continue
        problems += _concept_problems(data, (), located)
        config._concept_files[str(path)] = data
    return problems


def _concept_problems(
    data: dict[str, Any], base: yamlsource.Path, located: yamlsource.Located
) -> list[Problem]:
    from monitor.concepts import ANY, NAME_RE, member_problem

    problems = []
    for name, body in data.items():
        path = (*base, name)
        if not isinstance(name, str) or not NAME_RE.fullmatch(name):
            problems.append(
                located.problem(path, f"concept name {name!r}: use lower-case letters, digits and _")
            )
        if not isinstance(body, dict):
            problems.append(located.problem(path, "a concept maps languages to lists of members"))
            continue
        for key, value in body.items():
            where = (*path, key)
            if key == "description":
                if not isinstance(value, str):
                    problems.append(located.problem(where, "description must be text"))
            elif key in ("extend", "by_name"):
                if not isinstance(value, bool):
                    problems.append(located.problem(where, f"{key} must be true or false"))
            elif not (isinstance(key, str) and (key == ANY or LANGUAGE_CODE.fullmatch(key))):
                problems.append(
                    located.problem(
                        where, f"{key!r} is not a language code (de, fr, ...) or 'any'", at_key=True
                    )
                )
            elif not isinstance(value, list) or not value:
                problems.append(located.problem(where, "members must be a non-empty list"))
            else:
                for i, member in enumerate(value):
                    message = member_problem(member)
                    if message:
                        problems.append(located.problem((*where, i), message))
    return problems


def _language_problems(config: Config, located: yamlsource.Located) -> list[Problem]:
    problems = []
    codes: list[tuple[yamlsource.Path, str]] = [(("languages", i), c) for i, c in enumerate(config.languages)]
    codes += [(("feeds", i, "language"), f.language) for i, f in enumerate(config.feeds) if f.language]
    codes += [(("models", lang), lang) for lang in config.models]
    for path, code in codes:
        if not LANGUAGE_CODE.fullmatch(code):
            problems.append(
                located.problem(path, f"{code!r} is not an ISO 639-1 language code such as de or fr")
            )
    for lang, model in config.models.items():
        message = _model_problem(model, config.base_dir)
        if message:
            problems.append(located.problem(("models", lang), message))
    return problems


def _model_problem(model: str, base_dir: Path) -> str | None:
    """Why a spaCy pipeline cannot be loaded (not installed, no such directory), or None."""
    import importlib.util

    if (base_dir / model).is_dir() or Path(model).is_dir():
        return None
    if re.fullmatch(r"[A-Za-z_][\w.]*", model) and importlib.util.find_spec(model) is not None:
        return None
    return (
        f"the spaCy pipeline {model!r} is not installed (pip install {model}, or give the path "
        "of a pipeline directory); without it, person:, org: and place: fields stay empty"
    )
