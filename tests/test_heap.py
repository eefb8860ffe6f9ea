"""heap.settle: long-lived objects leave the collector's sight, dropped ones are still freed."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from monitor import heap


class Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the cycle collector frees it


@pytest.fixture(autouse=True)
def unfrozen() -> Iterator[None]:
    yield
    gc.unfreeze()


def test_settled_objects_are_frozen_and_a_dropped_cycle_is_freed_at_the_next_settle() -> None:
    node = Node()
    alive = weakref.ref(node)
    heap.settle()
    assert gc.get_freeze_count() > 0
    del node
    gc.collect()
    assert alive() is not None  # frozen: the collector does not look at it
    heap.settle()
    assert alive() is None
