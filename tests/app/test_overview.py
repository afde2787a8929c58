"""AppTest runs of the overview page: it renders and trains through its own controls."""

import pytest
from streamlit.testing.v1 import AppTest

from playground.catalog import PAGES
from playground.lessons import LESSON_KEYS, lesson_spec
from tests.app.apptest import APP, TIMEOUT, app, load_spec_widgets


@pytest.mark.parametrize(
    "lang, title", [("en", "Deep Learning Playground"), ("ko", "딥러닝 놀이터")]
)
def test_home_page_links_every_page(lang, title):
    at = app(lang).run()
    assert not at.exception
    assert at.title[0].value == title
    assert len(at.get("page_link")) >= 1


def test_odd_language_query_falls_back_with_a_note():
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.query_params["lang"] = "xx<script>"
    at.run()
    assert not at.exception
    assert at.session_state["lang"] == "en"
    assert any("xx" in caption.value for caption in at.sidebar.caption)


def _presets():
    for key in LESSON_KEYS:
        try:
            cls, presets = lesson_spec(key)
        except ModuleNotFoundError:
            continue
        page = next(p for p in PAGES if p.key == key)
        for name, preset in {"default": cls(), **presets}.items():
            yield pytest.param(page, preset, id=f"{key}-{name}")


@pytest.mark.parametrize("page, preset", _presets())
def test_a_preset_in_the_widgets_gives_back_the_same_spec(page, preset):
    at = app().run()
    at.switch_page(page.path).run()
    load_spec_widgets(at, page.key, preset)
    at.run()
    assert not at.exception
    assert at.session_state[f"{page.key}.spec"] == preset
