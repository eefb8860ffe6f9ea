"""Look-alikes and acronyms, end to end through the matcher (issue 14, points 3 and 4).

tests/data/lookalikes.yaml (written blind) has English rule words that are also common
words elsewhere (`war`, `died`, `car`, `plane`) and acronyms (`US`, `UN`, `WHO`, `NATO`):

- look-alikes: sentences where the word appears in its other language's meaning (German
  *war*, French *car*, Italian *nato*); none may match its rule. Target: at most 1
  matching (rule, sentence) pair in 100.
- acronym positives: *U.S.*, *l'ONU*, *Nato*, Russian and Chinese forms...; each should match.
- all-capitals English headlines: an acronym there counts only when the text confirms it
  (`US SENDS TROOPS. The U.S. Army said...`), not in `WHO KNOWS WHAT COMES NEXT`.
- word positives: the rule word's meaning in the other language's own word (*Krieg*),
  so that dropping look-alikes is seen not to lose the story.

    uv run python bench/lookalikes.py [--show 20] [--dev]

`--dev` runs tests/data/lookalikes_dev.yaml, the development set the guard is tuned on;
the default set is the test set.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import yaml

from monitor.config import parse_config
from monitor.matching import Matching
from monitor.models import Article

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "lookalikes.yaml"
DEV = DATA.with_name("lookalikes_dev.yaml")  # the development set: tune on this one


def article(item: dict[str, object], n: int) -> Article:
    """An all-capitals headline is the title, the sentence confirming it the summary."""
    text = str(item["text"])
    title, rest = ("", text)
    if "all_caps_confirmed" in item:
        parts = re.split(r"(?<=[.?!'])\s+", text, maxsplit=1)
        title, rest = parts[0], parts[1] if len(parts) > 1 else ""
    return Article(uid=str(n), feed="bench", title=title, summary=rest, language=str(item["language"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", type=int, default=20)
    parser.add_argument("--dev", action="store_true", help=f"the development set ({DEV.name})")
    args = parser.parse_args()
    data = yaml.safe_load((DEV if args.dev else DATA).read_text(encoding="utf-8"))
    rules = "".join(f"  - name: {r['id']}\n    query: {json.dumps(r['rule'])}\n" for r in data["rules"])
    matching = Matching.build(parse_config(f"defaults:\n  language: en\nrules:\n{rules}"))
    ids = {r["rule"]: r["id"] for r in data["rules"]}

    def matched(item: dict[str, object], n: int) -> tuple[bool, list[str]]:
        doc, found = matching.match(article(item, n))
        own = [m for m in found if m.rule == ids[item["rule"]]]
        return bool(own), [t for m in own for t in m.terms(doc)]

    sections = {
        "look-alikes (must not match)": [i for i in data["lookalikes"]],
        "acronym positives": [i for i in data["acronym_positives"] if "all_caps_confirmed" not in i],
        "all-caps, confirmed (must match)": [
            i for i in data["acronym_positives"] if i.get("all_caps_confirmed") is True
        ],
        "all-caps, unconfirmed (must not)": [
            i for i in data["acronym_positives"] if i.get("all_caps_confirmed") is False
        ],
        "word positives": data["word_positives"],
    }
    wrong: dict[str, list[str]] = defaultdict(list)
    print(f"{'section':<36}{'sentences':>10}{'matched':>9}  by language")
    for title, items in sections.items():
        if not items:
            continue
        hits = 0
        per_language: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        negative = "must not" in title
        for n, item in enumerate(items):
            ok, terms = matched(item, n)
            hits += ok
            per_language[str(item["language"])][0] += ok
            per_language[str(item["language"])][1] += 1
            if ok == negative:
                wrong[title].append(
                    f"{item['rule']} [{item['language']}] {' '.join(terms)}: {item['text'][:90]}"
                )
        detail = " ".join(f"{lang} {h}/{t}" for lang, (h, t) in sorted(per_language.items()))
        print(f"{title:<36}{len(items):>10}{hits:>9}  {detail}")
        if negative:
            print(f"{'':<36}{'':>10}{hits * 100 / len(items):>8.1f} per 100 sentences")
    for title, lines in wrong.items():
        for line in lines[: args.show]:
            print(f"{'false' if 'must not' in title else 'missed'}  {title.split(' (')[0]}: {line}")


if __name__ == "__main__":
    main()
