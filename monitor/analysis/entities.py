"""Named entities from trained spaCy pipelines, where the user has installed one.

Optional: without a pipeline for a language, the person:, org: and place: fields of
its articles are simply empty and everything else works. Pipelines are loaded the
first time an article in their language is analysed.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from monitor.errors import MonitorError

ENTITY_FIELDS = ("person", "org", "place")
# spaCy label schemes: OntoNotes (en, zh, ja ...) and WikiNER (de, fr, es, it, ru ...).
LABELS = {"PERSON": "person", "PER": "person", "ORG": "org", "GPE": "place", "LOC": "place", "FAC": "place"}


class EntityModels:
    """Language code -> a trained pipeline (package name or directory), loaded on demand."""

    def __init__(self, models: Mapping[str, str] | None = None, base_dir: Path | None = None) -> None:
        self.models = dict(models or {})
        self.base_dir = base_dir or Path(".")
        self._loaded: dict[str, Any] = {}
        self._lock = threading.Lock()

    def __contains__(self, language: str) -> bool:
        return language in self.models

    def extract(self, text: str, language: str) -> dict[str, list[str]]:
        """Entity texts by field; empty when no pipeline is configured for the language."""
        found: dict[str, list[str]] = {f: [] for f in ENTITY_FIELDS}
        if language not in self.models or not text.strip():
            return found
        for ent in self._pipeline(language)(text).ents:
            target = LABELS.get(ent.label_)
            if target:
                found[target].append(ent.text)
        return found

    def _pipeline(self, language: str) -> Any:
        with self._lock:
            nlp = self._loaded.get(language)
            if nlp is None:
                nlp = self._loaded[language] = self._load(self.models[language])
            return nlp

    def _load(self, name: str) -> Any:
        import spacy

        path = self.base_dir / name
        try:
            return spacy.load(path if path.is_dir() else name)
        except OSError as exc:
            raise MonitorError(f"cannot load the spaCy pipeline {name!r}: {exc}") from exc
