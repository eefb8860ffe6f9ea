"""Story grouping: precision and recall on the story set, cost per article with 100,000 stories.

1. Quality. tests/data/stories.yaml (78 stories, 274 articles in 14 languages, 31 look-alike
   pairs, written blind) is split into a development and a test part before any tuning
   (tests/stories_set.py). Each part's articles are placed in published order, as the
   daemon places them; every pair of articles is a same-story decision: precision is the
   share of grouped pairs that are one story, recall the share of one-story pairs grouped.
   A look-alike pair is kept apart when no article of one story joined the other. The
   threshold is tuned on the development part only (--threshold to try others there).
2. Cost. The window is filled with 100,000 synthetic stories whose keys follow the
   frequencies of real ones (concepts from the concept book, Zipf-distributed names and
   numbers); then the set's articles are placed into it. Reported: time per article for
   the signature (the analysis is the matcher's and is counted apart) and for placing it,
   and the window's memory.
3. Near-duplicates: our SimHash against datasketch's MinHash (128 permutations), time
   per article and memory per stored hash, and the copies each finds in the set.

    uv run python bench/stories.py [--threshold 0.2] [--stories 100000] [--show]
"""

from __future__ import annotations

import argparse
import gc
import random
import resource
import sys
import time
import tracemalloc
from collections import Counter
from itertools import combinations, pairwise
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from monitor.config import parse_config
from monitor.matching import Matching
from monitor.stories import DEFAULT_THRESHOLD, Signature, StoryWindow
from monitor.stories.evidence import ConceptSpotter, signature, simhash
from monitor.stories.grouping import timestamp
from tests.stories_set import Part, load, score, split

DAY = 86400.0


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20


def quality(part: Part, sigs: dict[str, Signature], threshold: float, show: bool) -> None:
    window = StoryWindow(48 * 3600, threshold)
    assigned, reasons = {}, Counter()
    for item in part.articles:
        sig = sigs[item.article.uid]
        when = timestamp(item.article.published)
        placement = window.place(sig, when)
        story = placement.story if placement.story is not None else item.article.uid
        window.add(sig, story, when)
        assigned[item.article.uid] = story
        reasons[placement.reason] += 1
    s = score(part, assigned)
    print(
        f"{part.name:5} {len(part.articles):4} articles  pairs {s.pairs:4}  grouped {s.predicted:4}  "
        f"precision {s.precision:6.1%}  recall {s.recall:6.1%}  look-alike pairs kept apart "
        f"{s.lookalikes_apart}/{s.lookalikes}  ({', '.join(f'{k} {v}' for k, v in sorted(reasons.items()))})"
    )
    if show:
        for x, y in s.wrong[:20]:
            print(f"      wrong:  {x} ~ {y}  shared {sorted(sigs[x].keys & sigs[y].keys)}")
        truth = {a.article.uid: a.story for a in part.articles}
        missed = Counter(truth[x] for x, _ in s.missed)
        print(f"      missed pairs by story: {dict(missed.most_common(12))}")


def synthetic_window(n: int, real: list[Signature], book_names: list[str], seed: int = 7) -> StoryWindow:
    """`n` stories over two days, keys drawn like real ones: concepts by the frequencies seen in the
    set, names and numbers from Zipf-distributed vocabularies (most rare, a few everywhere)."""
    rng = random.Random(seed)
    concept_counts = Counter(k for sig in real for k in sig.keys if k.startswith("c:"))
    concepts = [k for k, _ in concept_counts.most_common()] + [f"c:{c}" for c in book_names]
    weights = [concept_counts.get(k, 0) + 0.2 for k in concepts]
    names = [f"n:{rng.randrange(26**5):07x}" for _ in range(200_000)]
    window = StoryWindow(48 * 3600, DEFAULT_THRESHOLD)
    zipf = [1 / (i + 1) for i in range(len(names))]
    name_draws = rng.choices(names, weights=zipf, k=n * 6)
    number_draws = [f"#:{int(rng.paretovariate(0.8) * 10)}" for _ in range(n * 4)]
    concept_draws = rng.choices(concepts, weights=weights, k=n * 5)
    start = 0.0
    for i in range(n):
        keys = set(name_draws[i * 6 : i * 6 + rng.randint(2, 6)])
        keys |= set(number_draws[i * 4 : i * 4 + rng.randint(1, 4)])
        keys |= set(concept_draws[i * 5 : i * 5 + rng.randint(2, 5)])
        sig = Signature("en", f"site{i % 500}.example/{i}", rng.getrandbits(64), frozenset(keys))
        window.add(sig, i, start + 2 * DAY * i / n)
    return window


def cost(articles: list, matching: Matching, sigs: dict[str, Signature], n: int) -> None:
    spotter = ConceptSpotter(matching.book)
    docs = [matching.analyse(a.article) for a in articles]
    for doc in docs:  # warm: each language's concept index is built once
        signature(doc, spotter)
    t = time.perf_counter()
    rounds = 5
    for _ in range(rounds):
        for doc in docs:
            signature(doc, spotter)
    sign_ms = (time.perf_counter() - t) / (rounds * len(docs)) * 1000
    t = time.perf_counter()
    for _ in range(rounds):
        for doc in docs:
            matching.analyse(doc.article)
    analyse_ms = (time.perf_counter() - t) / (rounds * len(docs)) * 1000

    gc.collect()
    before = rss_mb()
    t = time.perf_counter()
    window = synthetic_window(n, list(sigs.values()), list(matching.book.concepts))
    built = time.perf_counter() - t
    gc.collect()
    memory = rss_mb() - before
    real, names = list(sigs.values()), list(matching.book.concepts)
    tracemalloc.start()
    tenth = synthetic_window(n // 10, real, names)  # what the window itself holds, scaled up
    traced = tracemalloc.get_traced_memory()[0] * 10 / 2**20
    tracemalloc.stop()
    del tenth
    now = 2 * DAY
    place_times = []
    joined = Counter()
    for a in articles:  # each placed once, as new articles are, and added (its story grows)
        sig = sigs[a.article.uid]
        t = time.perf_counter()
        placement = window.place(sig, now)
        window.add(sig, placement.story if placement.story is not None else a.article.uid, now)
        place_times.append(time.perf_counter() - t)
        joined[placement.reason] += 1
    place_times.sort()
    mean = sum(place_times) / len(place_times) * 1000
    p99 = place_times[int(len(place_times) * 0.99)] * 1000
    print(
        f"window of {len(window):,} stories: built in {built:.1f} s, {memory:.0f} MB more RSS "
        f"({memory * 2**20 / len(window):.0f} bytes per story); allocated by the window, "
        f"traced on a tenth and scaled: {traced:.0f} MB"
    )
    print(
        f"per new article, one core: analysis {analyse_ms:.2f} ms (the matcher's, shared), signature "
        f"{sign_ms:.2f} ms, placing in the window {mean:.3f} ms mean, {p99:.3f} ms p99, "
        f"{place_times[-1] * 1000:.3f} ms max "
        f"({', '.join(f'{k} {v}' for k, v in sorted(joined.items()))})"
    )


def near_duplicates(articles: list, matching: Matching) -> None:
    from datasketch import MinHash

    forms = [
        [t.form for f in ("title", "summary") for t in matching.analyse(a.article).fields[f].tokens]
        for a in articles
    ]
    t = time.perf_counter()
    ours = [simhash(f) for f in forms]
    ours_ms = (time.perf_counter() - t) / len(forms) * 1000
    t = time.perf_counter()
    minhashes = []
    for f in forms:
        m = MinHash(num_perm=128)
        m.update_batch([f"{a} {b}".encode() for a, b in pairwise(f)])
        minhashes.append(m)
    minhash_ms = (time.perf_counter() - t) / len(forms) * 1000
    same = {(i, j) for i, j in combinations(range(len(articles)), 2)}
    sim_pairs = {(i, j) for i, j in same if (ours[i] ^ ours[j]).bit_count() <= 3}
    min_pairs = {(i, j) for i, j in same if minhashes[i].jaccard(minhashes[j]) >= 0.8}

    def right(pairs: set[tuple[int, int]]) -> str:
        good = sum(articles[i].story == articles[j].story for i, j in pairs)
        return f"{len(pairs)} pairs, {good} of one story"

    print(
        f"near-duplicates: SimHash 64 bits (ours) {ours_ms:.3f} ms per article, 8 bytes per hash, "
        f"within 3 bits: {right(sim_pairs)}; MinHash 128 permutations (datasketch) {minhash_ms:.3f} ms, "
        f"1,024 bytes per hash, Jaccard >= 0.8: {right(min_pairs)}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--stories", type=int, default=100_000)
    parser.add_argument("--show", action="store_true", help="List wrong pairs and missed stories.")
    parser.add_argument("--test", action="store_true", help="Also report the test part (for the README).")
    args = parser.parse_args()

    matching = Matching.build(parse_config("rules: []\n"))
    spotter = ConceptSpotter(matching.book)
    parts = split(load())
    sigs = {
        a.article.uid: signature(matching.analyse(a.article), spotter)
        for part in parts.values()
        for a in part.articles
    }
    print(f"story set: threshold {args.threshold} (tuned on dev), window 48 h")
    quality(parts["dev"], sigs, args.threshold, args.show)
    if args.test:
        quality(parts["test"], sigs, args.threshold, args.show)
    articles = [a for part in parts.values() for a in part.articles]
    near_duplicates(articles, matching)
    cost(articles, matching, sigs, args.stories)


if __name__ == "__main__":
    main()
