"""In a real browser, on every training page and the optimizer race (issue #11): Reset while
training lands on 0 and stays there, Pause stops the counter and the curve together, quick Step
clicks all count, a reloaded tab stops the server's work, and leaving a page pauses it."""

from __future__ import annotations

import re
import time
from contextlib import suppress

import psutil
import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from playground.engine.worker import ENV_SWITCH
from tests.e2e.conftest import streamlit_server, wait_until_idle

pytestmark = pytest.mark.e2e

# Small models and a far epoch target, through the page's share-link parameters. The
# textbooks' tiny sets train 100,000 epochs in seconds; these settings keep a run going for a
# few seconds (MNIST, the race) to minutes, so a click lands mid-run.
TRAINING = {
    "xor": "data.name=xor&data.n_samples=500&train.epochs=100000",  # the textbook's 2-2-1
    "iris": "train.epochs=100000",
    "mnist": "model=dense10&train.batch_size=16&train.epochs=30",  # 30: the page's maximum
    "blood_fat": "train.epochs=100000",  # the textbook's plane, Dense(1)
    "temperature": "degree=6&train.batch_size=1&train.epochs=100000",
}
# Blood fat (25 rows) and temperature (12 months) train 100,000 epochs in about a second at
# any setting, so they run in slow motion (the same live loop, paced) to be caught mid-run.
SLOW_MOTION = {"blood_fat": "100 epochs/s", "temperature": "100 epochs/s"}
RACE = "optimizers"
# The race replays in 4 s by default: on a loaded machine a click could land after its end
# every time (clean-clone CI once missed six pauses in a row). Slowed down, it lasts 30 s.
QUERIES = {**TRAINING, RACE: "replay_seconds=30"}
PAGES = [*QUERIES]
NAV_TITLES = {
    "xor": "XOR & 2D classification",
    "iris": "Iris: three flowers",
    "mnist": "MNIST & Fashion-MNIST",
    "blood_fat": "Blood fat: a plane in 3D",
    "temperature": "Temperature: a polynomial fit",
    "optimizers": "Optimizers on loss surfaces",
}
PLAY = re.compile(r"^▶")  # "▶ Train" or "▶ Train more"
PAUSE = "⏸ Pause"
RESET = "↺ Reset"
IDLE_CPU_PERCENT = 10.0  # of one core
RESETS = 2  # mid-run resets per page (2-20 s each: blood fat's redraws load the browser)
MID_RUN_TRIES = 6  # a pause that never stops the run still ends at the target every time

# The status line's counter: "**Epoch N** of M" on training pages, "**Step N** of M" in the race.
COUNTER_JS = """() => {
  for (const s of document.querySelectorAll('[data-testid="stMain"] strong')) {
    const m = /^(?:Epoch|Step) ([\\d,]+)$/.exec(s.textContent.trim());
    if (m) return Number(m[1].replace(/,/g, ''));
  }
  return null;
}"""
TARGET_JS = r"""() => {
  for (const s of document.querySelectorAll('[data-testid="stMain"] strong')) {
    if (!/^(?:Epoch|Step) [\d,]+$/.test(s.textContent.trim())) continue;
    const m = / of ([\d,]+)/.exec(s.parentElement.textContent);
    if (m) return Number(m[1].replace(/,/g, ''));
  }
  return null;
}"""
STATUS_JS = f"() => [({COUNTER_JS})(), ({TARGET_JS})()]"  # read at one instant
# The last epoch (race: step) the curve chart has drawn: the Plotly chart whose x axis is
# titled "epoch" ("step"), its largest x over all traces (a y-only trace counts 0, 1, 2, ...).
CURVE_END_JS = """(title) => {
  const plots = [...document.querySelectorAll('.js-plotly-plot')].filter((p) => {
    const axis = p._fullLayout && p._fullLayout.xaxis;
    return axis && axis.title && axis.title.text === title;
  });
  if (plots.length !== 1) return null;
  let last = 0;
  for (const trace of plots[0]._fullData) {
    const n = trace.y ? trace.y.length : 0;
    const xs = trace.x ? Array.from(trace.x) : Array.from({ length: n }, (_, i) => i);
    for (const x of xs) if (Number.isFinite(x)) last = Math.max(last, x);
  }
  return Math.floor(last + 1e-9);
}"""


@pytest.fixture(scope="module")
def server():
    """One server for the whole module, with the training worker as the app has it by default
    (the other browser modules run without it, see tests/conftest.py): (its URL, its psutil
    process)."""
    with streamlit_server({ENV_SWITCH: "auto"}) as (url, process):
        yield url, psutil.Process(process.pid)


def _open(page, url: str, key: str) -> None:
    page.goto(f"{url}/{key}?lang=en&{QUERIES[key]}")
    wait_until_idle(page)
    _button(page, key, "reset").wait_for()
    assert _shown_counter(page) == 0
    if key == "mnist":  # the link really chose the small model
        page.get_by_text("Dense(10, softmax)").first.wait_for()
    if key in SLOW_MOTION:
        # The one on screen: while the page reruns, a stale copy may linger beside it.
        pace = page.locator(f'.st-key-{key}-pace:not([data-stale="true"])').last
        pace.get_by_role("button", name="Open").click()
        page.get_by_role("option", name=SLOW_MOTION[key]).click()
        wait_until_idle(page)
        _wait_for(
            lambda: pace.get_by_role("combobox").input_value() == SLOW_MOTION[key],
            "the slow-motion pace",
            10,
        )
    _no_exception(page)


def _button(page, key: str, name: str):
    """The control bar's own button (`<page>.<name>`; other panels have a Reset too)."""
    return page.locator(f'.st-key-{key}-{name}:not([data-stale="true"]) button')


def _play_button(page, key: str, label):
    """The ▶/⏸ button (one key for both), only while it shows `label`."""
    return _button(page, key, "play").filter(has_text=label)


def _counter(page) -> int | None:
    """The counter now (None while a page run replaces the status line)."""
    return page.evaluate(COUNTER_JS)


def _shown_counter(page) -> int:
    """The counter, once the status line is on screen."""
    return _wait_counter(page, lambda n: True, "the status line", 10)


def _status(page) -> tuple[int, int]:
    """(counter, target) of the status line, read at one instant once it is on screen."""

    def read():
        count, target = page.evaluate(STATUS_JS)
        return count is not None and target is not None and (count, target)

    return _wait_for(read, "the status line", 10)


def _play_mid_run(page, key: str, at_least: int = 1) -> int:
    """Press ▶ and return the counter once it reached `at_least` with the run still going
    (so the next click lands mid-run). A run can still end before the test looks on a busy
    machine (a short MNIST run): it is then reset and played again."""
    for _ in range(MID_RUN_TRIES):
        _play(page, key)
        count = _wait_counter(page, lambda n: n >= at_least, f"{at_least} epochs (steps)")
        now, target = _status(page)
        if now < target and _play_button(page, key, PAUSE).count() == 1:
            return count
        _reset_to_zero(page, key)
    raise AssertionError(f"every one of {MID_RUN_TRIES} runs ended before the test looked")


def _reset_to_zero(page, key: str) -> None:
    _button(page, key, "reset").click()
    _play_button(page, key, PLAY).wait_for()
    _wait_counter(page, lambda n: n == 0, "epoch 0 after reset", 20)


def _step_button(page, key: str):
    """The Step button inside the click counter's iframe: the one on screen (while the page
    reruns, an old iframe may linger beside a freshly mounted one)."""
    frames = page.locator(
        f'.st-key-{key}-step:not([data-stale="true"]) iframe[title*="click_counter"]'
        ':not([height="0"])'
    )
    return frames.last.content_frame.locator("button")


def _curve_end(page, key: str) -> int | None:
    return page.evaluate(CURVE_END_JS, "step" if key == RACE else "epoch")


def _no_exception(page) -> None:
    assert page.get_by_test_id("stException").count() == 0


def _wait_for(condition, what: str, timeout: float = 60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


def _wait_counter(page, predicate, what: str, timeout: float = 60.0) -> int:
    def check():
        value = _counter(page)
        return value is not None and predicate(value) and (value,)

    return _wait_for(check, what, timeout)[0]


def _play(page, key: str) -> int:
    """Press ▶ and wait until the counter visibly moved; returns the count seen."""
    start = _shown_counter(page)
    _play_button(page, key, PLAY).click()
    _play_button(page, key, PAUSE).wait_for()
    return _wait_counter(page, lambda n: n > start, "the counter to move after ▶")


def _steady(page, seconds: float) -> int:
    """The counter, after checking that it does not change for `seconds`."""
    before = _shown_counter(page)
    time.sleep(seconds)
    after = _counter(page)
    assert after == before, f"the counter moved from {before} to {after} while stopped"
    return after


def _settled(page, quiet: float = 1.0, timeout: float = 60.0) -> int:
    """The counter once the app is idle and the counter has not changed for `quiet` s."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        wait_until_idle(page)
        value = _counter(page)
        time.sleep(quiet)
        wait_until_idle(page)
        if _counter(page) == value:
            return value
    raise AssertionError("the counter did not settle")


@pytest.mark.parametrize("key", PAGES)
def test_reset_during_training_lands_on_zero(page, server, key):
    url, _ = server
    _open(page, url, key)
    for attempt in range(RESETS):
        _play_mid_run(page, key)
        _button(page, key, "reset").click()
        _play_button(page, key, PLAY).wait_for()
        _wait_counter(page, lambda n: n == 0, f"epoch 0 after reset #{attempt + 1}", 20)
        wait_until_idle(page)
        time.sleep(1.0)
        assert _counter(page) == 0, f"reset #{attempt + 1}: the counter left 0 again"
        assert _play_button(page, key, PLAY).count() == 1
    _no_exception(page)


@pytest.mark.parametrize("key", PAGES)
def test_pause_stops_counter_and_curve_together(page, server, key):
    url, _ = server
    _open(page, url, key)
    for _ in range(MID_RUN_TRIES):
        _play_mid_run(page, key, at_least=2)
        try:
            _play_button(page, key, PAUSE).click(timeout=10_000)
        except PlaywrightTimeout:  # the run ended before the click: ⏸ became ▶ again
            _reset_to_zero(page, key)
            continue
        _play_button(page, key, PLAY).wait_for()
        # Settled: the pause run's own redraw may still be on its way when the app reports
        # idle (clean-clone CI once read 299, then the pause run's 300).
        paused = _settled(page)
        if paused < _status(page)[1]:
            break
        # The click landed as the run ended: try again. A pause that never stops the run
        # ends at the target every time, and fails.
        _reset_to_zero(page, key)
    else:
        raise AssertionError(f"every one of {MID_RUN_TRIES} pauses ended at the run's end")
    assert paused >= 2
    # The chart is redrawn by the same run as the counter; give Plotly its paint.
    _wait_for(lambda: _curve_end(page, key) == paused, "the curve to end at the counter", 10)
    curve = _curve_end(page, key)
    time.sleep(2.0)
    assert _counter(page) == paused, "the counter moved after pause"
    assert _curve_end(page, key) == curve == paused, "the curve moved after pause"
    _no_exception(page)


@pytest.mark.parametrize("key", PAGES)
def test_eight_quick_steps_count_eight(page, server, key):
    url, _ = server
    _open(page, url, key)
    step = _step_button(page, key)
    step.wait_for()
    assert step.inner_text().startswith("Step")
    for _ in range(8):
        _step_button(page, key).click(delay=0)
    assert _settled(page) == 8
    assert _play_button(page, key, PLAY).count() == 1
    _no_exception(page)


def _cpu_seconds(process: psutil.Process) -> float:
    """CPU seconds of the server and its children (the training worker trains there)."""
    total = 0.0
    for each in [process, *process.children(recursive=True)]:
        with suppress(psutil.Error):
            times = each.cpu_times()
            total += times.user + times.system
    return total


def _cpu_percent(process: psutil.Process, interval: float = 0.5) -> float:
    """The server's CPU over the next `interval` seconds, in % of one core."""
    before = _cpu_seconds(process)
    time.sleep(interval)
    return 100 * (_cpu_seconds(process) - before) / interval


def _cpu_quiet(process: psutil.Process, within: float, what: str) -> list[float]:
    """Samples of the server's CPU (% of one core, 0.5 s each) until two in a row are below
    IDLE_CPU_PERCENT; fails if that has not happened `within` seconds."""
    samples: list[float] = []
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        samples.append(_cpu_percent(process))
        if len(samples) >= 2 and max(samples[-2:]) < IDLE_CPU_PERCENT:
            return samples
    raise AssertionError(f"server CPU stayed busy {what}: {samples}")


@pytest.mark.parametrize("key", PAGES)
def test_reload_mid_training_stops_the_server(page, server, key):
    url, process = server
    _open(page, url, key)
    # The page's first compile starts the training worker compiling the shape too (seconds of
    # CPU on a busy machine, once per shape): that is not training, so it is over first.
    _cpu_quiet(process, within=120, what="before training (compiling)")
    _play_mid_run(page, key, at_least=2)
    busy = _cpu_percent(process)  # for the message: the live loop's own load
    page.reload()
    wait_until_idle(page)
    _button(page, key, "reset").wait_for()
    _cpu_quiet(process, within=3.5, what=f"after the reload (live: {busy})")
    _no_exception(page)


def _setting(page, key: str):
    """A slider that is not at its default yet: the race's step count, else the learning rate."""
    name = "Steps" if key == RACE else "Learning rate"
    return page.get_by_test_id("stSidebar").get_by_role("slider", name=name)


def _leave_and_come_back(page, key: str) -> None:
    nav = page.get_by_test_id("stSidebarNav")
    nav.get_by_role("link", name="Home").click()
    page.get_by_role("heading", name="Deep Learning Playground").wait_for()
    wait_until_idle(page)
    nav.get_by_role("link", name=NAV_TITLES[key]).click()
    wait_until_idle(page)
    _button(page, key, "reset").wait_for()


@pytest.mark.parametrize("key", PAGES)
def test_leaving_mid_run_and_coming_back_is_paused(page, server, key):
    url, _ = server
    _open(page, url, key)
    slider = _setting(page, key)
    default = slider.get_attribute("aria-valuetext")
    slider.focus()
    slider.press("ArrowLeft" if key == RACE else "ArrowRight")  # race: fewer steps, still > 50
    _wait_for(lambda: slider.get_attribute("aria-valuetext") != default, "a new setting", 10)
    chosen = slider.get_attribute("aria-valuetext")
    # The slider sends its value after a short debounce: a ▶ pressed before that would run
    # with the old value (the browser shows the new one, the server never saw it).
    time.sleep(0.5)
    wait_until_idle(page)
    if key == RACE:
        steps = int(chosen.replace(",", ""))
        _wait_for(lambda: page.evaluate(TARGET_JS) == steps, "the race to take the new steps", 10)
    if key != RACE:
        target = page.get_by_label("Epochs").input_value()

    for _ in range(MID_RUN_TRIES):
        left_at = _play_mid_run(page, key)
        _leave_and_come_back(page, key)
        assert _play_button(page, key, PLAY).count() == 1, "the page came back playing"
        assert _play_button(page, key, PAUSE).count() == 0
        back = _steady(page, 2.0)
        assert back >= left_at  # the same run, not a fresh one
        if key != RACE or back < steps:
            break
        # On a busy machine the race can end before the click to leave lands. Then this was
        # no test of leaving mid-run: reset and try again.
        _button(page, key, "reset").click()
        _wait_counter(page, lambda n: n == 0, "step 0 after reset", 20)
    slider = _setting(page, key)
    assert slider.get_attribute("aria-valuetext") == chosen
    if key == RACE:
        assert 0 < back < steps, "the race was not left mid-run"
    else:
        assert page.get_by_label("Epochs").input_value() == target
    _no_exception(page)
