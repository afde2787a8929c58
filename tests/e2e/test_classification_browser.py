"""In a real browser: Iris accuracy rises as it trains; an MNIST model answers a drawing."""

import re
import time

import pytest

from tests.e2e.conftest import set_epochs, wait_until_idle

pytestmark = pytest.mark.e2e

ACCURACY = re.compile(r"accuracy ([\d.]+)%")  # the status line shows it in percent


def _train(page) -> None:
    page.get_by_role("button", name="▶ Train").click()
    page.get_by_role("button", name=re.compile("Train more")).wait_for(timeout=120_000)
    wait_until_idle(page)


def _accuracy(page) -> float:
    return float(ACCURACY.search(page.get_by_text(ACCURACY).first.inner_text()).group(1)) / 100


def test_iris_accuracy_rises(page, app_url):
    page.goto(f"{app_url}/iris?lang=en")
    wait_until_idle(page)
    set_epochs(page, 2)
    _train(page)
    early = _accuracy(page)
    set_epochs(page, 100)
    _train(page)
    late = _accuracy(page)
    assert late > early and late >= 0.9
    assert page.locator('[data-testid="stException"]').count() == 0


def test_mnist_trains_and_answers_a_drawn_digit(page, app_url):
    page.goto(f"{app_url}/mnist?lang=en")
    wait_until_idle(page)
    set_epochs(page, 1)
    _train(page)
    page.get_by_test_id("stMetricLabel").get_by_text("Test accuracy").wait_for(state="visible")

    pad = page.locator('iframe[title*="draw_canvas"]')
    pad.scroll_into_view_if_needed()
    box = pad.bounding_box()
    x, y = box["x"] + 140, box["y"] + 50
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x + 5, y + 200, steps=15)  # a "1"
    page.mouse.up()
    deadline = time.monotonic() + 30
    bars = []
    while time.monotonic() < deadline and len(bars) != 10:
        time.sleep(0.5)
        bars = page.evaluate(
            "() => { const p = [...document.querySelectorAll('.js-plotly-plot')].pop();"
            " return p && p._fullData[0].type === 'bar' ? p._fullData[0].y : []; }"
        )
    assert len(bars) == 10 and sum(bars) == pytest.approx(1.0, abs=1e-3)
    page.get_by_text("As the model sees it").wait_for(state="visible")
    assert page.locator('[data-testid="stException"]').count() == 0
