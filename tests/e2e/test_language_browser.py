"""In a real browser: Streamlit's own keyboard skip link and the document's language follow
the page's language (Streamlit writes the link in English only)."""

import pytest

from tests.e2e.conftest import wait_until_idle

pytestmark = pytest.mark.e2e

SKIP_LINK = '[data-testid="stSkipToContent"]'


def _state(page) -> tuple[str, str]:
    """(the document's lang, the skip link's text)."""
    return tuple(
        page.evaluate(
            "sel => [document.documentElement.lang, document.querySelector(sel).textContent]",
            SKIP_LINK,
        )
    )


def test_a_korean_page_has_a_korean_skip_link_that_still_works(page, app_url):
    page.goto(f"{app_url}/xor?lang=ko")
    _wait_for_language(page, "ko", "본문 바로가기")
    assert _state(page) == ("ko", "본문 바로가기")
    assert "Skip to main content" not in page.locator("body").text_content()
    page.keyboard.press("Tab")  # the first stop on the page, shown while focused
    link = page.locator(f"{SKIP_LINK}:focus")
    assert link.is_visible() and link.inner_text() == "본문 바로가기"
    link.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "stMain"


def _wait_for_language(page, lang: str, text: str) -> None:
    """The language script runs after the page is drawn (on a busy machine, a moment later)."""
    page.wait_for_function(
        "([sel, lang, text]) => document.documentElement.lang === lang"
        " && document.querySelector(sel)?.textContent === text",
        arg=[SKIP_LINK, lang, text],
    )
    wait_until_idle(page)


def _switch_to(page, name: str, lang: str, text: str) -> None:
    page.get_by_role("radio", name=name).check(force=True)
    _wait_for_language(page, lang, text)


def test_the_skip_link_follows_a_language_switch(page, app_url):
    page.goto(f"{app_url}/iris?lang=en")
    _wait_for_language(page, "en", "Skip to main content")
    assert _state(page) == ("en", "Skip to main content")
    _switch_to(page, "한국어", "ko", "본문 바로가기")
    _switch_to(page, "English", "en", "Skip to main content")
    assert page.locator('[data-testid="stException"]').count() == 0
