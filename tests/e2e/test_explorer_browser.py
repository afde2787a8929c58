"""In a real browser: play the optimizer race and see the trajectories grow."""

import re
import time

import pytest

from tests.e2e.conftest import wait_until_idle

pytestmark = pytest.mark.e2e

STEP = re.compile(r"Step ([\d,]+)")


def _path_lengths(page) -> list[int]:
    """Points drawn so far on each optimizer's path (line traces of the first chart)."""
    return page.evaluate(
        "() => { const p = document.querySelector('.js-plotly-plot');"
        " return p ? p._fullData.filter(t => t.mode === 'lines').map(t => t.x.length) : []; }"
    )


def _step(page) -> int:
    return int(STEP.search(page.locator("strong", has_text=STEP).first.inner_text()).group(1))


def test_optimizer_race_plays_and_paths_grow(page, app_url):
    page.goto(f"{app_url}/optimizers?lang=en")
    wait_until_idle(page)
    assert _step(page) == 0
    assert _path_lengths(page) == [1, 1, 1]  # three racers at their start point

    page.get_by_role("button", name="▶ Train").click()
    page.get_by_role("button", name="⏸ Pause").wait_for()
    seen = []
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        seen.append(max(_path_lengths(page) or [0]))
        if page.get_by_role("button", name="▶ Train").count() and _step(page) == 300:
            break
        time.sleep(0.2)
    wait_until_idle(page)
    assert any(1 < n < 301 for n in seen)  # caught mid-race: the paths grew step by step
    assert _step(page) == 300
    assert max(_path_lengths(page)) == 301
    assert page.locator('[data-testid="stException"]').count() == 0
