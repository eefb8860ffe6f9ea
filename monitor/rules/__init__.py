"""Watch rules: query text -> syntax tree -> compiled matchers -> an indexed rule set.

The rule set (`RuleSet`, with the compiler, the lexicon and the analyser behind it) is
imported when first asked for: loading a config lints its rules with the parser alone,
and a poll whose feeds all answer 304 compiles no rule, so it does not wait for them.
"""

from typing import TYPE_CHECKING, Any

from monitor.rules.ast import to_query
from monitor.rules.parser import parse

if TYPE_CHECKING:
    from monitor.rules.ruleset import RuleMatch, RuleSet, RuleSpec

__all__ = ["RuleMatch", "RuleSet", "RuleSpec", "parse", "to_query"]


def __getattr__(name: str) -> Any:
    if name in ("RuleMatch", "RuleSet", "RuleSpec"):
        from monitor.rules import ruleset

        return getattr(ruleset, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
