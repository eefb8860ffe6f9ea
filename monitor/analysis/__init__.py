"""Text analysis shared by articles and rules: folding, tokens, lemmas."""

from monitor.analysis.analyzer import MIN_STEM_LETTERS, AnalysedText, Analyzer, Token, stem_letters
from monitor.analysis.fold import fold

__all__ = ["MIN_STEM_LETTERS", "AnalysedText", "Analyzer", "Token", "fold", "stem_letters"]
