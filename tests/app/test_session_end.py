"""A session that ends hands its memory back: the app schedules one heap trim for it."""

import gc

from playground import heap
from tests.app.apptest import app


def test_a_session_that_ends_schedules_a_heap_trim(monkeypatch):
    asked: list[int] = []
    monkeypatch.setattr(heap, "trim_soon", lambda: asked.append(1))
    at = app().run()
    assert not at.exception
    at.run()  # a second run of the same session schedules nothing more
    assert asked == []
    del at
    gc.collect()
    assert asked == [1]
