"""Watch rules: query text -> syntax tree -> compiled matchers -> an indexed rule set."""

from monitor.rules.ast import to_query
from monitor.rules.parser import parse
from monitor.rules.ruleset import RuleMatch, RuleSet, RuleSpec

__all__ = ["RuleMatch", "RuleSet", "RuleSpec", "parse", "to_query"]
