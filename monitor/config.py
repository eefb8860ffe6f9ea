"""The typed configuration: one validated, immutable model loaded from YAML.

Every problem found (YAML syntax, unknown keys, wrong types, duplicate names,
unknown references, queries that do not parse) is collected and raised together
as a ConfigError whose lines name file:line:column and the key path.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Collection, Iterable, Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

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
from monitor.analysis.detect import lingua_languages
from monitor.analysis.languages import LANGUAGE_CODE
from monitor.config_repair import Broken, annotation_at, error_path, repaired
from monitor.errors import ConfigError, Problem, QuerySyntaxError
from monitor.fetch import USER_AGENT
from monitor.rules.lint import Finding, LintRule
from monitor.urls import masked

if TYPE_CHECKING:
    from monitor.concepts import ConceptBook

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


ExpansionLevel = Literal["strict", "normal", "broad"]
FulltextMode = Literal["auto", "always", "never"]
TermKind = Literal["word", "name", "acronym"]
Seconds = Annotated[float, BeforeValidator(parse_duration), Field(gt=0)]
SecondsOrZero = Annotated[float, BeforeValidator(parse_duration), Field(ge=0)]
Name = Annotated[str, Field(min_length=1, pattern=r"\S")]


def _interval(value: Any) -> Any:
    """`auto` (adaptive) or a duration."""
    if isinstance(value, str) and value.strip().lower() == "auto":
        return "auto"
    try:
        return parse_duration(value)
    except ValueError:
        raise ValueError(f"{value!r} is not an interval; write auto, or e.g. 90s, 15m, 1h30m") from None


Interval = Annotated[Literal["auto"] | Annotated[float, Field(gt=0)], BeforeValidator(_interval)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


Delivery = Literal["immediate", "digest"]
Updates = Literal["none", "digest", "each"]
MessageFormat = Literal["auto", "text", "markdown", "html"]
ADMIN = "admin"  # the target that gets notices (deliveries given up, feeds paused)


class Pacing(_Model):
    """When alerts go out (see delivery/pacing.py); set on a rule or a target, else `defaults`."""

    delivery: Delivery | None = Field(
        None, description="immediate: each story's alert at once; digest: in the next digest."
    )
    every: Seconds | None = Field(
        None, description="The digest's schedule, aligned to the wall clock of timezone (1h: on the hour)."
    )
    cron: str | None = Field(
        None, description='The digest\'s schedule as cron, e.g. "0 8 * * *" (instead of every).'
    )
    timezone: str | None = Field(None, description="Time zone of cron and quiet, e.g. Europe/Berlin.")
    max_per_hour: int | None = Field(
        None, gt=0, description="At most this many alerts an hour; the excess goes in the next digest."
    )
    quiet: str | None = Field(
        None,
        description='Quiet hours, e.g. "22:00-07:00 Europe/Berlin": their alerts go out as one digest after.',
    )

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str | None) -> str | None:
        from monitor.delivery.pacing import zone

        if value is not None:
            zone(value)
        return value

    @field_validator("cron")
    @classmethod
    def _cron(cls, value: str | None) -> str | None:
        from monitor.delivery.pacing import check_cron

        return check_cron(value) if value is not None else None

    @field_validator("quiet")
    @classmethod
    def _quiet(cls, value: str | None) -> str | None:
        from monitor.delivery.pacing import parse_quiet

        if value is not None:
            parse_quiet(value)
        return value


class Defaults(_Model):
    """Settings every feed and rule inherits unless it sets its own."""

    poll_interval: Interval = Field(
        900,
        description="How often a feed is polled, e.g. 15m, or `auto`: from its publishing rate, "
        "between min_interval and max_interval.",
    )
    jitter: SecondsOrZero = Field(
        30,
        description="Up to this much random delay is added to each poll, so feeds do not poll in lockstep.",
    )
    timeout: Seconds = Field(
        20,
        description="The most one fetch may take, from connecting to the last byte, redirects included.",
    )
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
    expansion: ExpansionLevel = Field(
        "normal",
        description="How far rule terms reach into other languages, by the evidence of their variants: "
        "strict (curated and agreeing sources), normal (and names from one name source or transcription), "
        "broad (and words from one dictionary).",
    )
    delivery: Delivery = Field("immediate", description="immediate or digest (see Pacing).")
    every: Seconds = Field(3600, description="The digest's schedule, aligned to the wall clock of timezone.")
    cron: str | None = Field(None, description="The digest's schedule as cron, instead of every.")
    timezone: str = Field("UTC", description="Time zone of cron and quiet hours.")
    max_per_hour: int | None = Field(None, gt=0, description="At most this many alerts an hour per target.")
    quiet: str | None = Field(None, description='Quiet hours, e.g. "22:00-07:00 Europe/Berlin".')
    give_up_after: Seconds = Field(
        3 * 86400,
        description="A delivery still failing this long after it was owed is reported to the admin "
        "target and no longer retried (monitor deliveries retry ID sends it again).",
    )
    min_interval: Seconds = Field(300, description="The shortest interval `auto` chooses.")
    max_interval: Seconds = Field(6 * 3600, description="The longest interval `auto` chooses.")
    fulltext: FulltextMode = Field(
        "never",
        description="Fetch the linked page's main text: `auto` when an entry carries only a short "
        "summary, `always`, or `never`.",
    )

    _zone = field_validator("timezone")(Pacing._zone.__func__)  # type: ignore[attr-defined]
    _cron = field_validator("cron")(Pacing._cron.__func__)  # type: ignore[attr-defined]
    _quiet = field_validator("quiet")(Pacing._quiet.__func__)  # type: ignore[attr-defined]


class Fetch(_Model):
    """How feeds are fetched: concurrency, and the networks a redirect may lead into."""

    max_in_flight: int = Field(32, gt=0, description="Requests in flight at once, over all feeds.")
    per_site: int = Field(
        2, gt=0, description="Requests in flight at once to one site (registrable domain, e.g. bbc.co.uk)."
    )
    connect_timeout: Seconds = Field(10, description="The most connecting to a server may take.")
    read_timeout: Seconds = Field(15, description="The longest silence between two reads of an answer.")
    max_backoff: Seconds = Field(
        12 * 3600, description="The longest wait after failures, and the longest Retry-After honoured."
    )
    pause_after: int = Field(
        10, ge=0, description="Consecutive failures after which a feed is paused (0: never pause)."
    )
    allow_networks: list[str] = Field(
        default_factory=list,
        description="Internal networks (CIDR, e.g. 10.0.0.0/8) that a feed's redirect may lead into; "
        "others are refused.",
    )

    @field_validator("allow_networks")
    @classmethod
    def _networks(cls, networks: list[str]) -> list[str]:
        import ipaddress

        for network in networks:
            try:
                ipaddress.ip_network(network, strict=False)
            except ValueError:
                raise ValueError(f"{network!r} is not a network; write e.g. 10.0.0.0/8 or fd00::/8") from None
        return networks


class Fulltext(_Model):
    """How article pages are fetched for their full text (`fulltext: auto | always`)."""

    timeout: Seconds = Field(15, description="The most fetching one page may take.")
    max_bytes: int = Field(2 * 1024 * 1024, gt=0, description="Largest page accepted, in bytes.")
    per_site: int = Field(1, gt=0, description="Pages fetched at once from one site.")
    max_in_flight: int = Field(8, gt=0, description="Pages fetched at once over all sites.")
    short_summary: int = Field(
        500, ge=0, description="`auto` fetches the page of an entry without content whose summary is shorter."
    )


class Log(_Model):
    """What the daemon logs on its own."""

    summary_every: Seconds = Field(
        600,
        description="How often the daemon logs one line of what it did: feeds polled, new articles, "
        "matches, alerts sent, errors.",
    )


class Stories(_Model):
    """How articles are grouped into stories (see stories/)."""

    window: Seconds = Field(
        48 * 3600, description="How long a story stays open for new articles after its last one."
    )
    threshold: float = Field(
        0.2,
        gt=0,
        le=1,
        description="How much of an article's evidence (concepts, places, names, numbers) a story must "
        "share for the article to join it; measured on the story test set (bench/stories.py).",
    )


class Storage(_Model):
    """Where matches and fetch state are kept."""

    data_dir: str = Field("data", description="Directory for the SQLite file, relative to the config file.")
    url: str | None = Field(
        None,
        description="SQLAlchemy database URL (e.g. postgresql+psycopg://user:pw@host/db); "
        "default: a SQLite file news-monitor.db in data_dir.",
    )


class Target(Pacing):
    """A name for one or more Apprise URLs that alerts are sent to."""

    name: Name = Field(description="The name rules use in their `targets` list.")
    urls: list[str] = Field(min_length=1, description="Apprise URLs; write secrets as ${ENV_VAR}.")
    format: MessageFormat = Field(
        "auto",
        description="text, markdown or html; auto: what each service takes (e-mail html with a text "
        "part, chat services markdown where Apprise says so, else text).",
    )
    template: str | None = Field(
        None, description="A Jinja2 template file for its messages, relative to the config."
    )
    from_name: str = Field("news-monitor", description="The display name in From of its e-mails.")


class Feed(_Model):
    """One RSS or Atom feed."""

    url: str = Field(description="The feed's http(s) URL.")
    name: str | None = Field(None, description="A short name shown in alerts; default: the URL.")
    poll_interval: Interval | None = Field(None, description="Overrides defaults.poll_interval (or `auto`).")
    fulltext: FulltextMode | None = Field(None, description="Overrides defaults.fulltext.")
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
            raise ValueError(f"{masked(url)!r} is not an http:// or https:// URL")
        return url

    @property
    def key(self) -> str:
        """How the feed is known in storage, alerts and rules: its name, else its URL (masked)."""
        return self.name or masked(self.url)


class Rule(Pacing):
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
    expansion: ExpansionLevel | None = Field(None, description="Overrides defaults.expansion for this rule.")
    terms: dict[str, TermKind] = Field(
        default_factory=dict,
        description="How a term of the query is to be read, where the automatic reading is wrong: "
        "`{Koch: name, Police: word}`.",
    )
    updates: Updates = Field(
        "digest",
        description="Later articles of a story already alerted: none, digest (in the next digest) or each "
        "(an alert each).",
    )
    min_sources: int | str | None = Field(
        None, description='Alert only once this many sources report the story: 3, or "3 within 2h".'
    )
    template: str | None = Field(
        None, description="A Jinja2 template file for its alerts, relative to the config."
    )

    @field_validator("min_sources")
    @classmethod
    def _sources(cls, value: int | str | None) -> int | str | None:
        from monitor.delivery.pacing import parse_sources

        if value is not None:
            parse_sources(value, 3600)
        return value


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
    fetch: Fetch = Field(Fetch(), description="Concurrency and network limits of fetching.")
    fulltext: Fulltext = Field(Fulltext(), description="Limits of fetching article pages.")
    log: Log = Field(Log(), description="What the daemon logs on its own.")
    stories: Stories = Field(Stories(), description="Grouping articles into stories.")
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
    _located: yamlsource.Located | None = PrivateAttr(None)  # where each key stands, for warnings

    def database_url(self) -> str:
        if self.storage.url:
            return self.storage.url
        data_dir = (self.base_dir / self.storage.data_dir).resolve()
        return f"sqlite:///{data_dir / 'news-monitor.db'}"

    def targets_of(self, rule: Rule) -> list[str]:
        """The rule's targets; without a `targets` list every target but `admin` (it gets notices)."""
        if rule.targets is None:
            return [t.name for t in self.targets if t.name != ADMIN]
        return list(rule.targets)

    def target(self, name: str) -> Target | None:
        return next((t for t in self.targets if t.name == name), None)

    def alerts_first(self, feed: Feed) -> bool:
        """Whether the first poll of `feed` alerts on the items it already has."""
        own = feed.alert_on_first_poll
        return self.defaults.alert_on_first_poll if own is None else own

    def interval_of(self, feed: Feed) -> float | None:
        """The feed's fixed interval in seconds, or None for `auto`."""
        value = feed.poll_interval if feed.poll_interval is not None else self.defaults.poll_interval
        return None if value == "auto" else float(value)

    def fulltext_of(self, feed: Feed) -> str:
        return feed.fulltext or self.defaults.fulltext

    def expands(self, rule: Rule) -> bool:
        return self.defaults.expand_concepts if rule.expand_concepts is None else rule.expand_concepts

    def expansion(self, rule: Rule) -> str:
        return rule.expansion or self.defaults.expansion

    def monitored_languages(self) -> list[str]:
        """The languages `rules check` reports on: `languages`, else the feeds' own and the default."""
        if self.languages:
            return sorted(set(self.languages) | {self.defaults.language})
        return sorted({f.language for f in self.feeds if f.language} | {self.defaults.language})

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
        said = (
            "no such config file" if isinstance(exc, FileNotFoundError) else f"cannot read it: {exc.strerror}"
        )
        raise ConfigError([Problem(str(path), 0, 0, "", said)]) from None
    return parse_config(text, str(path), base_dir=path.parent, environ=environ)


def parse_config(
    text: str, file: str = "<config>", *, base_dir: Path = Path("."), environ: dict[str, str] | None = None
) -> Config:
    """Validate config text; raises ConfigError listing every independent problem, each once."""
    located = yamlsource.load(text, file, environ)
    problems = list(located.problems)
    data = located.data if located.data is not None else {}
    if not isinstance(data, dict):
        raise ConfigError([*problems, located.problem((), "the config must be a mapping of keys")])
    # A string that named an unset variable is reported once, as that: it is broken for the checks.
    broken = Broken(set(located.unset))
    try:
        config = Config.model_validate({**data, "base_dir": base_dir})
    except ValidationError as exc:
        problems += _pydantic_problems(exc, located, broken)
        checkable, set_aside = repaired(
            Config,
            data,
            exc,
            extra={"base_dir": base_dir},
            placeholders=_PLACEHOLDERS,
            suggest=lambda path: _close_key(path),
        )
        broken.paths |= set_aside.paths
        if isinstance(checkable, Config):  # check the rest too, so one run reports everything
            problems += _concept_file_problems(checkable, environ, broken)
            problems += _semantic_problems(checkable, located, broken)
        raise ConfigError(_in_order(problems)) from None
    problems += _concept_file_problems(config, environ, broken)
    problems += _semantic_problems(config, located, broken)
    if problems:
        raise ConfigError(_in_order(problems))
    config._located = located
    return config


# Required keys whose placeholder must pass validation (any other gets text of its own type).
_PLACEHOLDERS = {"url": "https://placeholder.invalid/"}


def _in_order(problems: list[Problem]) -> list[Problem]:
    return sorted(problems, key=lambda p: (p.file, p.line, p.column))


def _pydantic_problems(exc: ValidationError, located: yamlsource.Located, broken: Broken) -> list[Problem]:
    problems = []
    for err in exc.errors():
        loc = error_path(err)
        if err["type"] == "extra_forbidden":
            problems.append(located.problem(loc, _unknown_key(loc), at_key=True))
        elif not broken.ok(*loc):
            continue  # an unset environment variable emptied it: reported as that
        elif err["type"] == "missing":
            problems.append(located.problem(loc, f"missing required key {loc[-1]!r}"))
        elif err["type"] in ("model_type", "dict_type", "list_type"):
            problems.append(located.problem(loc, _wrong_shape(loc, err)))
        else:
            problems.append(located.problem(loc, err["msg"].removeprefix("Value error, ")))
    return problems


def _wrong_shape(loc: tuple[Any, ...], err: Any) -> str:
    """`expected a mapping of keys such as url, found text`: what the YAML should have been."""
    value = err.get("input")
    found = {str: "text", bool: "true or false", int: "a number", float: "a number", list: "a list"}.get(
        type(value), "a mapping" if isinstance(value, dict) else "nothing"
    )
    if err["type"] == "list_type":
        return f"expected a list ([a, b] or one '- item' per line), found {found}"
    model = annotation_at(Config, loc)
    if isinstance(model, type) and issubclass(model, BaseModel):
        keys = [k for k, f in model.model_fields.items() if f.is_required()] or list(model.model_fields)[:3]
        return f"expected a mapping of keys such as {', '.join(keys)}, found {found}"
    return f"expected a mapping of keys, found {found}"


def _known_keys(loc: tuple[Any, ...]) -> list[str]:
    """The keys allowed where the key at `loc` stands."""
    model = annotation_at(Config, loc[:-1])
    if not (isinstance(model, type) and issubclass(model, BaseModel)):
        return []
    return [k for k in model.model_fields if k != "base_dir"]


def _close_key(loc: tuple[Any, ...]) -> str | None:
    close = difflib.get_close_matches(str(loc[-1]), _known_keys(loc), n=1)
    return close[0] if close else None


def _unknown_key(loc: tuple[Any, ...]) -> str:
    close = _close_key(loc)
    hint = f"; did you mean {close!r}?" if close else f"; known keys: {', '.join(_known_keys(loc))}"
    return f"unknown key {loc[-1]!r}{hint}"


def _semantic_problems(config: Config, located: yamlsource.Located, broken: Broken) -> list[Problem]:
    """Duplicates, references, languages, queries and Apprise URLs; nothing that depends on a broken value."""
    feed_keys = [(f.key, _key_path(broken, i, f)) for i, f in enumerate(config.feeds)]
    problems: list[Problem] = []
    problems += _duplicates("feeds", feed_keys, located, broken)
    problems += _duplicates(
        "rules", [(r.name, ("rules", i, "name")) for i, r in enumerate(config.rules)], located, broken
    )
    problems += _duplicates(
        "targets", [(t.name, ("targets", i, "name")) for i, t in enumerate(config.targets)], located, broken
    )
    # A reference is checked only against a complete list: a broken name may be the one it means.
    targets = None
    if _all_ok(broken, "targets", [("targets", i, "name") for i in range(len(config.targets))]):
        targets = {t.name for t in config.targets}
    feeds = None
    if _all_ok(broken, "feeds", [path for _, path in feed_keys]):
        feeds = {key for key, _ in feed_keys}
        if _all_ok(broken, "feeds", [("feeds", i, "url") for i in range(len(config.feeds))]):
            feeds |= {f.url for f in config.feeds}
    tags = None
    if _all_ok(broken, "feeds", [("feeds", i, "tags") for i in range(len(config.feeds))]):
        tags = {tag for f in config.feeds for tag in f.tags}
    for i, rule in enumerate(config.rules):
        for key, names, known, what in (
            ("targets", rule.targets or [], targets, "target"),
            ("feeds", rule.feeds, feeds, "feed"),
            ("tags", rule.tags, tags, "tag"),
        ):
            for j, name in enumerate(names):
                if known is None or name in known or not broken.ok("rules", i, key, j):
                    continue
                if what == "feed" and "://" in name and not feeds:
                    continue
                if what == "tag":
                    message = f"no feed has the tag {name!r}{_suggest(name, known, 'feed tags')}"
                else:  # feeds are known by URL too: never show credentials
                    message = f"unknown {what} {masked(name)!r}{_suggest(name, known, what + 's')}"
                problems.append(located.problem(("rules", i, key, j), message))
    problems += _concept_problems(config.concepts.define, ("concepts", "define"), located, broken)
    problems += _language_problems(config, located, broken)
    problems += _lint_problems(config, located, broken)
    problems += _target_url_problems(config, located, broken)
    problems += _template_problems(config, located, broken)
    return problems


def _template_problems(config: Config, located: yamlsource.Located, broken: Broken) -> list[Problem]:
    """Templates that cannot be read, do not compile or fail on a sample message, at file:line:column."""
    problems = []
    owners = [("targets", i, t.template) for i, t in enumerate(config.targets)]
    owners += [("rules", i, r.template) for i, r in enumerate(config.rules)]
    for section, i, name in owners:
        if not name or not broken.ok(section, i, "template"):
            continue
        from monitor.delivery.templates import check_template, sample_message  # Jinja: only when used

        path = config.base_dir / name
        if not path.is_file():
            problems.append(located.problem((section, i, "template"), f"no template file {str(path)!r}"))
            continue
        found = check_template(path, sample_message())
        if found is not None:
            problems.append(Problem(str(path), found.line, found.column, "", found.message))
    return problems


def _key_path(broken: Broken, i: int, feed: Feed) -> yamlsource.Path:
    """Where a feed's key comes from: its name, else its URL (a broken name was meant as the key)."""
    named = feed.name or not broken.ok("feeds", i, "name")
    return ("feeds", i, "name" if named else "url")


def _all_ok(broken: Broken, section: str, paths: list[yamlsource.Path]) -> bool:
    return broken.ok(section) and not broken.any_broken(paths)


def _duplicates(
    section: str, names: Sequence[tuple[str, yamlsource.Path]], located: yamlsource.Located, broken: Broken
) -> list[Problem]:
    seen: set[str] = set()
    problems = []
    for i, (name, path) in enumerate(names):
        if not broken.ok(*path):
            continue
        if name in seen:
            problems.append(located.problem((section, i), f"duplicate name {masked(name)!r} in {section}"))
        seen.add(name)
    return problems


def _suggest(name: str, known: Iterable[str], what: str) -> str:
    """A close match, else the known names; a feed URL's credentials masked (`monitor.urls`)."""
    known = sorted(known)
    close = difflib.get_close_matches(name, known, n=1)
    if close:
        return f"; did you mean {masked(close[0])!r}?"
    return f"; known {what}: {', '.join(map(masked, known))}" if known else f"; no {what} are defined"


def _lint_rules(config: Config, broken: Broken | None = None) -> list[LintRule]:
    """The enabled rules as the linter sees them; not those whose query is broken (reported as that)."""
    from monitor.rules.lint import LintRule

    return [
        LintRule(
            name=r.name,
            query=r.query,
            scope=(tuple(sorted(r.feeds)), tuple(sorted(r.tags)), tuple(config.targets_of(r)), r.language),
            ref=("rules", i, "query"),
            language=r.language or config.defaults.language,
            expand=config.expands(r),
        )
        for i, r in enumerate(config.rules)
        if r.enabled and (broken is None or broken.ok("rules", i, "query"))
    ]


def rule_findings(config: Config, broken: Broken | None = None) -> list[Finding]:
    """Lint every rule and block; `ref` of each finding is its key path in the file."""
    from monitor.rules.lint import lint

    rules = _lint_rules(config, broken)
    findings = lint(rules, config.blocks, concept_names(config), entities=bool(config.models))
    if broken is None:
        return findings
    return [f for f in findings if not isinstance(f.ref, tuple) or broken.ok(*f.ref)]


def rule_warnings(config: Config, book: ConceptBook | None = None) -> list[Problem]:
    """The rules' lint warnings, each at its place in the file (`file:line:column: path: warning: ...`).

    With the concept book (built where rules are compiled), also the wildcards that
    do not reach other languages.
    """
    from monitor.rules.lint import wildcard_findings

    findings = [f for f in rule_findings(config) if f.severity == "warning"]
    if book is not None:
        findings += wildcard_findings(_lint_rules(config), config.blocks, book, config.defaults.language)
    located = config._located or yamlsource.Located("<config>", None)
    return _in_order([_finding_problem(f, located) for f in findings])


def concept_names(config: Config) -> Collection[str]:
    """Every concept name a rule may use as @name under this config.

    The built-in names (the concept pack's YAML, the places' CLDR names: 0.2 s) are read
    only when a rule asks for a name the config does not define itself.
    """
    return _ConceptNames(config)


class _ConceptNames(Collection[str]):
    def __init__(self, config: Config) -> None:
        self.config = config
        self.defined = {name for name, _ in config.concept_definitions()}
        self._all: set[str] | None = None

    def _names(self) -> set[str]:
        if self._all is None:
            from monitor.concepts import builtin_concepts, builtin_places

            concepts = self.config.concepts
            builtin: set[str] = set()
            if concepts.places:
                builtin |= set(builtin_places())
            if concepts.builtin:
                builtin |= set(builtin_concepts())
            self._all = (builtin - set(concepts.disable)) | self.defined
        return self._all

    def __contains__(self, name: object) -> bool:
        return name in self.defined or name in self._names()

    def __iter__(self) -> Iterator[str]:
        return iter(self._names())

    def __len__(self) -> int:
        return len(self._names())


def _lint_problems(config: Config, located: yamlsource.Located, broken: Broken) -> list[Problem]:
    return [_finding_problem(f, located) for f in rule_findings(config, broken) if f.severity == "error"]


def _finding_problem(finding: Finding, located: yamlsource.Located) -> Problem:
    """A lint finding at its place in the file: its character of the query, else the query's start."""
    path = finding.ref if isinstance(finding.ref, tuple) else ()
    message = finding.message if finding.severity == "error" else f"{finding.severity}: {finding.message}"
    if finding.position is None:
        return located.problem(path, message)
    exc = QuerySyntaxError(message, finding.query, finding.position)
    return _query_problem(exc, path, located)


def _query_problem(exc: QuerySyntaxError, path: yamlsource.Path, located: yamlsource.Located) -> Problem:
    """Point at the offending character of the query in the file."""
    return located.problem_in(path, f"{exc.message}\n{exc.context()}", exc.query, exc.position)


def _target_url_problems(config: Config, located: yamlsource.Located, broken: Broken) -> list[Problem]:
    if not any(target.urls for target in config.targets):
        return []  # Apprise is imported to check URLs only when there are some
    from monitor.delivery.apprise_send import url_error

    return [
        located.problem(("targets", i, "urls", j), message)
        for i, target in enumerate(config.targets)
        for j, url in enumerate(target.urls)
        if broken.ok("targets", i, "urls", j) and (message := url_error(url)) is not None
    ]


def _concept_file_problems(config: Config, environ: dict[str, str] | None, broken: Broken) -> list[Problem]:
    """Read the included concept files into the config; their problems name their own file."""
    problems: list[Problem] = []
    for i, name in enumerate(config.concepts.files):
        if not broken.ok("concepts", "files", i):
            continue
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
        problems += _concept_problems(data, (), located, Broken())
        config._concept_files[str(path)] = data
    return problems


def _concept_problems(
    data: dict[str, Any], base: yamlsource.Path, located: yamlsource.Located, broken: Broken
) -> list[Problem]:
    from monitor.concepts import ANY, NAME_RE, member_problem

    problems = []
    for name, body in data.items():
        path = (*base, name)
        if not broken.ok(*path):
            continue
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


def _language_problems(config: Config, located: yamlsource.Located, broken: Broken) -> list[Problem]:
    problems = []
    codes: list[tuple[yamlsource.Path, str]] = [(("languages", i), c) for i, c in enumerate(config.languages)]
    codes += [(("feeds", i, "language"), f.language) for i, f in enumerate(config.feeds) if f.language]
    codes += [(("models", lang), lang) for lang in config.models]
    codes += [(("rules", i, "language"), r.language) for i, r in enumerate(config.rules) if r.language]
    codes.append((("defaults", "language"), config.defaults.language))
    for path, code in codes:
        if broken.ok(*path) and not (LANGUAGE_CODE.fullmatch(code) and _known_language(code)):
            said = f"{code!r} is not a language code news-monitor knows; write ISO 639-1 (en, de, zh...)"
            problems.append(located.problem(path, said))
        elif path[0] == "languages" and broken.ok(*path) and code.lower() not in lingua_languages():
            why = (
                f"articles cannot be detected as {code!r} (lingua does not know it); "
                "give the feeds in it `language:` instead"
            )
            problems.append(located.problem(path, why))
    for lang, model in config.models.items():
        message = _model_problem(model, config.base_dir)
        if message:
            problems.append(located.problem(("models", lang), message))
    return problems


@cache
def _known_language(code: str) -> bool:
    """A language CLDR knows (ISO 639-1 or -3): `de` yes; `zz`, `english` no."""
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(code.lower())
    except (UnknownLocaleError, ValueError):
        return False
    return True


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
