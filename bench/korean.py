"""Korean: three ways to cut it, measured on bench/data/korean.yaml.

spaCy's Korean tokeniser needs mecab, which news-monitor does not install. Without it,
Korean can be (a) split on spaces: a noun is found only without a particle (트럼프는 is
one word); (b) split on spaces with the particles taken off as extra keys (what the
analyser does: 트럼프는 also gives 트럼프); (c) split into syllables as Chinese and
Japanese are split into characters: a term is found wherever its syllables stand
together, inside other words too (인도 "India" inside 인도네시아 "Indonesia").

    uv run python bench/korean.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    from monitor.analysis import Analyzer

    data = yaml.safe_load((ROOT / "bench" / "data" / "korean.yaml").read_text(encoding="utf-8"))
    analyzer = Analyzer()

    def spaces(term: str, text: str) -> bool:
        return any(tok.form == term for tok in analyzer.analyse(text, "ko").tokens)

    def particles(term: str, text: str) -> bool:
        return bool(analyzer.analyse(text, "ko").positions((term,)))

    def syllables(term: str, text: str) -> bool:
        return any(term in tok.text for tok in analyzer.analyse(text, "ko").tokens)

    print(f"{len(data['found'])} sentences with the term, {len(data['not_found'])} with look-alikes\n")
    print(f"{'':28}{'found':>8}{'look-alikes matched':>22}")
    for name, way in (("spaces", spaces), ("spaces + particles", particles), ("syllables", syllables)):
        found = sum(way(term, text) for term, text in data["found"])
        wrong = sum(way(term, text) for term, text in data["not_found"])
        print(f"{name:28}{found:>5}/{len(data['found'])}{wrong:>19}/{len(data['not_found'])}")


if __name__ == "__main__":
    main()
