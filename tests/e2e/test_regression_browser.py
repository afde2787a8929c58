"""In a real browser: the blood-fat plane trains live and keeps the camera the user chose."""

import re
import time

import pytest
from playwright.sync_api import Error as PlaywrightError

from tests.e2e.conftest import set_pace, wait_until_idle

pytestmark = pytest.mark.e2e

EPOCH = re.compile(r"Epoch ([\d,]+)")
PLOT = "document.getElementById('plot')"
DRAWN = f"() => {{ const plot = {PLOT}; return !!(plot && plot._fullLayout); }}"


def _epoch(page) -> int:
    text = page.locator("strong", has_text=EPOCH).first.inner_text()
    return int(EPOCH.search(text).group(1).replace(",", ""))


def _drawn(frame) -> bool:
    """Whether this frame's chart is drawn; a frame being replaced by a rerun counts as not."""
    try:
        return frame.evaluate(DRAWN)
    except PlaywrightError:
        return False


def _plot_frame(page):
    """The live_plot component's iframe, once its chart has been drawn."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        for frame in page.frames:
            if "live_plot" in frame.url and _drawn(frame):
                return frame
        time.sleep(0.3)
    raise AssertionError("the 3D chart did not appear")


def _camera(frame) -> dict:
    return frame.evaluate(f"() => {PLOT}._fullLayout.scene.camera.eye")


def _surface_corner(frame) -> float:
    """The model surface's height at one corner: changes whenever a new frame is drawn."""
    return frame.evaluate(f"() => {PLOT}._fullData[1].z[0][0]")


def test_blood_fat_trains_live_and_keeps_the_camera(page, app_url):
    page.goto(f"{app_url}/blood_fat?lang=en")
    wait_until_idle(page)
    epochs = page.get_by_label("Epochs")
    epochs.fill("100000")
    epochs.press("Enter")
    wait_until_idle(page)
    batch = page.get_by_role("slider", name="Batch size")  # batch 1: slow enough to watch
    batch.focus()
    batch.press("Home")
    wait_until_idle(page)
    set_pace(page, "100 epochs/s")
    frame = _plot_frame(page)
    before = _camera(frame)

    page.get_by_role("button", name="▶ Train").click()
    page.get_by_role("button", name="⏸ Pause").wait_for()
    time.sleep(1.0)
    iframe = page.locator('iframe[title*="live_plot"]')
    iframe.wait_for(state="visible")
    frame = _plot_frame(page)
    box = iframe.bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] * 0.6
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x + 150, y + 60, steps=12)
    page.mouse.up()
    rotated = _camera(frame)
    assert rotated != before  # the drag really turned the view, during training

    epoch, corner = _epoch(page), _surface_corner(frame)
    deadline = time.monotonic() + 30
    while (
        _epoch(page) == epoch or _surface_corner(frame) == corner
    ) and time.monotonic() < deadline:
        time.sleep(0.3)
    time.sleep(1.0)
    assert _epoch(page) > epoch  # training went on
    assert _surface_corner(frame) != corner  # and the surface was redrawn
    now = _camera(frame)
    for axis in "xyz":
        assert now[axis] == pytest.approx(rotated[axis], abs=1e-6)

    page.get_by_role("button", name="⏸ Pause").click()  # the whole page reruns
    page.get_by_role("button", name=re.compile("Train")).wait_for()
    wait_until_idle(page)
    after_pause = _camera(_plot_frame(page))
    for axis in "xyz":
        assert after_pause[axis] == pytest.approx(rotated[axis], abs=1e-6)
    assert page.locator('[data-testid="stException"]').count() == 0
