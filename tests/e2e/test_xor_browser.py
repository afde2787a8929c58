"""In a real browser: train the XOR page live, pause it, and check the page really updated."""

import re
import time

import pytest

from tests.e2e.conftest import set_pace, wait_until_idle

pytestmark = pytest.mark.e2e

EPOCH = re.compile(r"Epoch ([\d,]+)")


def _epoch(page) -> int:
    text = page.locator("strong", has_text=EPOCH).first.inner_text()
    return int(EPOCH.search(text).group(1).replace(",", ""))


def _loss_points(page) -> int:
    """How many points the live loss curve (second Plotly chart) has drawn."""
    return page.evaluate(
        "() => { const p = document.querySelectorAll('.js-plotly-plot')[1];"
        " return p && p._fullData && p._fullData.length ? p._fullData[0].x.length : 0; }"
    )


def test_home_lists_the_pages(page, app_url):
    page.goto(f"{app_url}/?lang=ko")
    wait_until_idle(page)
    page.get_by_role("heading", name="딥러닝 놀이터").wait_for(state="visible")
    page.get_by_text("XOR와 2차원 분류").first.wait_for(state="visible")


def test_play_pause_on_the_xor_page(page, app_url):
    page.goto(f"{app_url}/xor?lang=en")
    wait_until_idle(page)
    assert _epoch(page) == 0
    # Opened by URL, the page still runs inside app.py: its navigation and language switch.
    sidebar = page.get_by_test_id("stSidebar")
    sidebar.get_by_text("한국어").wait_for(state="visible")  # waits, unlike is_visible()
    assert sidebar.get_by_role("link", name=re.compile("XOR")).count() == 1
    epochs = page.get_by_label("Epochs")
    epochs.fill("100000")
    epochs.press("Enter")
    wait_until_idle(page)
    set_pace(page, "100 epochs/s")

    page.get_by_role("button", name="▶ Train").click()
    page.get_by_role("button", name="⏸ Pause").wait_for()
    deadline = time.monotonic() + 30
    while _epoch(page) < 200 and time.monotonic() < deadline:
        time.sleep(0.3)
    first = _epoch(page)
    deadline = time.monotonic() + 30
    while _epoch(page) == first and time.monotonic() < deadline:
        time.sleep(0.3)
    assert _epoch(page) > first  # the counter advances while playing
    assert _loss_points(page) > 10  # and so does the loss curve

    page.get_by_role("button", name="⏸ Pause").click()
    page.get_by_role("button", name=re.compile("Train")).wait_for()
    wait_until_idle(page)
    paused = _epoch(page)
    points = _loss_points(page)
    time.sleep(2)
    assert _epoch(page) == paused  # paused means stopped
    assert _loss_points(page) == points
    assert 0 < paused < 100_000
    assert page.locator('[data-testid="stException"]').count() == 0
