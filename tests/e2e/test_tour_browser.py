"""A new user's tour of every page in both languages at 1280 and 1920 px: nothing wider than
the window, no raw inf/nan or overlong numbers, readable chart text (measured on the drawn
Plotly charts), colour bars beside their charts, and Korean pages in Korean. Then the
failures a tour runs into: a diverged run shows words, not raw numbers, and does not push the
page down."""

import re
import time

import pytest

from playground.catalog import PAGES
from playground.i18n import translate
from tests.e2e.conftest import wait_until_idle

pytestmark = pytest.mark.e2e

# Names a Korean page keeps in Latin letters, as Korean textbooks do: libraries and their API
# names (Keras, TensorFlow, scikit-learn's SGDClassifier), layers and
# activations by their Keras names, optimizers, datasets and species, surfaces named after
# people, model names (BERT, GPT), file types and units (cm, kg), and "None", the batch
# dimension in an output shape as Keras' model.summary() prints it.
ALLOWED_LATIN = {
    "adagrad",
    "adam",
    "beale",
    "bert",
    "cm",
    "cnn",
    "conv",
    "csv",
    "deep",
    "dense",
    "dropout",
    "elu",
    "english",
    "fashion",
    "flatten",
    "gelu",
    "glorot",
    "gpt",
    "he",
    "himmelblau",
    "ipynb",
    "iris",
    "keras",
    "kg",
    "leaky",
    "learn",
    "learning",
    "lecun",
    "linear",
    "log",
    "maxpool",
    "maxpooling",
    "mnist",
    "mse",
    "nesterov",
    "none",
    "normal",
    "petal",
    "playground",
    "png",
    "py",
    "qr",
    "relu",
    "rmsprop",
    "rnn",
    "rosenbrock",
    "scikit",
    "selu",
    "sepal",
    "setosa",
    "sgd",
    "sgdclassifier",
    "sigmoid",
    "silu",
    "sin",
    "softmax",
    "sse",
    "swish",
    "tanh",
    "tensorflow",
    "uniform",
    "url",
    "versicolor",
    "virginica",
    "xor",
}
LONG_NUMBER = re.compile(r"\d{9,}")
RAW_NON_FINITE = re.compile(r"\b(nan|inf|NaN|Infinity)\b")
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z_]+")  # with "_": a Keras name such as he_normal
LATIN_BREAKS = re.compile(r"[₀-₉⁰-⁹]")
# Every page at a laptop's 1280 px; the pages with colour bars also at 1920 px, where a colour
# bar used to float away from its chart (the whole grid twice would double the suite's time).
WIDE_PAGES = ("xor", "optimizers", "blood_fat")
CHART_TEXT = (
    ".xtick text, .ytick text, .cbaxis text, .legendtext, .annotation-text,"
    " .g-xtitle text, .g-ytitle text"
)


def _open(page, url: str, key: str, lang: str, width: int = 1280) -> None:
    page.set_viewport_size({"width": width, "height": 1000})
    page.goto(f"{url}/{key}?lang={lang}")
    wait_until_idle(page)
    _wait_for_charts(page)


def _wait_for_charts(page, timeout: float = 60) -> None:
    """Until every Plotly chart on the page has been drawn (ticks in the DOM) and none has
    been added for a moment: a live fragment draws its charts after the first paint."""
    deadline, seen, stable_since = time.monotonic() + timeout, -1, time.monotonic()
    while time.monotonic() < deadline:
        count = page.evaluate(
            "() => { const plots = [...document.querySelectorAll('.js-plotly-plot')];"
            " return plots.every(p => p._fullLayout) ? plots.length : -1; }"
        )
        if count != seen:
            seen, stable_since = count, time.monotonic()
        elif count > 0 and time.monotonic() - stable_since > 1.5:
            return
        time.sleep(0.3)
    raise AssertionError(f"the charts did not settle ({seen} drawn)")


# Not prose: icon ligatures (Streamlit draws icons as words), code (exported programs, API
# names in backticks, the page's own scripts and styles), formulas (KaTeX) and the charts
# (their SVG text runs together; `_chart_text` reads it word by word).
NOT_PROSE = (
    '[data-testid="stIconMaterial"], .material-symbols-rounded, script, style,'
    ' code, pre, [data-testid="stCode"], .katex, .js-plotly-plot'
)


def _visible_text(page) -> str:
    """The page's prose, one space after every element (so pills and buttons side by side do
    not run into one word)."""
    return page.evaluate(
        "sel => { const app = document.querySelector('[data-testid=\"stApp\"]').cloneNode(true);"
        " app.querySelectorAll(sel).forEach(e => e.remove());"
        " app.querySelectorAll('*').forEach(e => e.append(' '));"
        " return app.innerText; }",
        NOT_PROSE,
    )


def _chart_text(page) -> str:
    """The text drawn inside the charts (ticks, titles, legends, annotations)."""
    return page.evaluate(
        "sel => [...document.querySelectorAll('.js-plotly-plot')].flatMap(p =>"
        " [...p.querySelectorAll(sel)].map(e => e.textContent)).join(' ')",
        CHART_TEXT,
    )


def _overflow(page) -> int:
    """How far the page scrolls sideways (0: nothing is wider than the window). Code blocks
    and tables scroll inside themselves, which is fine; so does the sidebar, whose resize
    handle sticks out by a few pixels."""
    return page.evaluate(
        "() => Math.max(0, ...[document.scrollingElement,"
        ' ...document.querySelectorAll(\'[data-testid="stMain"],'
        ' [data-testid="stAppViewContainer"]\')].map(e => e.scrollWidth - e.clientWidth))'
    )


def _chart_font_sizes(page) -> list[float]:
    """The font size of every tick, title, legend and annotation text of every drawn chart."""
    return page.evaluate(
        "sel => [...document.querySelectorAll(sel)]"
        ".filter(e => e.closest('.js-plotly-plot') && e.textContent.trim())"
        ".map(e => parseFloat(getComputedStyle(e).fontSize))",
        CHART_TEXT,
    )


def _colour_bar_gaps(page) -> list[float]:
    """Pixels between each colour bar and the plot area it belongs to (left, right, above)."""
    return page.evaluate(
        "() => [...document.querySelectorAll('.js-plotly-plot')].flatMap(p => {"
        " const area = p.querySelector('.cartesianlayer .bg, .nsewdrag');"
        " if (!area) return [];"
        " const a = area.getBoundingClientRect();"
        " return [...p.querySelectorAll('.colorbar')].map(bar => {"
        "  const b = bar.getBoundingClientRect();"
        "  const dx = Math.max(b.left - a.right, a.left - b.right, 0);"
        "  const dy = Math.max(a.top - b.bottom, b.top - a.bottom, 0);"
        "  return Math.max(dx, dy); }); })"
    )


def _korean_leftovers(text: str) -> set[str]:
    words = {w.lower() for w in LATIN_WORD.findall(LATIN_BREAKS.sub(" ", text)) if "_" not in w}
    return words - ALLOWED_LATIN


@pytest.fixture
def tour(browser):
    context = browser.new_context(locale="en-US")
    page = context.new_page()
    page.set_default_timeout(60_000)
    yield page
    context.close()


@pytest.mark.parametrize(
    "key, lang, width",
    [(p.key, lang, 1280) for p in PAGES for lang in ("en", "ko")]
    + [(key, "en", 1920) for key in WIDE_PAGES],
)
def test_every_page_is_readable(tour, app_url, key, lang, width):
    _open(tour, app_url, key, lang, width)
    assert tour.locator('[data-testid="stException"]').count() == 0
    text = _visible_text(tour) + " " + _chart_text(tour)
    assert not RAW_NON_FINITE.search(text), RAW_NON_FINITE.search(text)
    assert not LONG_NUMBER.search(text.replace(",", "")), LONG_NUMBER.search(text)
    assert _overflow(tour) <= 1
    sizes = _chart_font_sizes(tour)
    assert sizes, "no chart text found: the charts were not measured"
    assert min(sizes) >= 14, sorted(sizes)[:5]
    assert all(gap <= 40 for gap in _colour_bar_gaps(tour)), _colour_bar_gaps(tour)
    if lang == "ko":
        leftovers = _korean_leftovers(text)
        assert not leftovers, sorted(leftovers)


# -- what a tour runs into ----------------------------------------------------------------------
def _train(page, label: str) -> None:
    """Press ▶ and wait until the run is over. The counter must have moved first: on a slow
    machine the page could still read idle from before the click (clean-clone CI once found
    no run at all)."""
    page.get_by_role("button", name=label).click()
    page.get_by_text(re.compile(r"(Epoch|에포크) [1-9]")).first.wait_for(timeout=120_000)
    page.locator('button[kind="primary"]').first.wait_for()
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and page.get_by_role("button", name=re.compile("⏸")).count():
        time.sleep(0.3)
    wait_until_idle(page)


def _top(page, text: str) -> float:
    return page.get_by_role("heading", name=text).first.bounding_box()["y"]


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_diverged_temperature_run_shows_words_and_keeps_the_layout(tour, app_url, lang):
    """Raw month powers with SGD diverge at any rate: the page says so in words, advises
    scaling the inputs, and the divergence does not push the charts down."""
    _open(tour, app_url, "temperature", lang)
    english = lang == "en"
    epochs = tour.get_by_label("Epochs" if english else "에포크", exact=True)
    epochs.fill("300")
    epochs.press("Enter")
    wait_until_idle(tour)
    optimizer = translate("ctl.optimizer", lang)
    tour.get_by_test_id("stSidebar").get_by_role("combobox", name=optimizer).click()
    tour.get_by_role("option", name="SGD", exact=True).click()
    wait_until_idle(tour)
    heading = "Temperatures and the fitted curve" if english else "기온과 학습한 곡선"
    before = _top(tour, heading)
    _train(tour, "▶ Train" if english else "▶ 학습")
    _wait_for_charts(tour)
    text = _visible_text(tour)
    assert ("diverged" if english else "발산") in text
    assert ("Scale features" if english else "특성 스케일링") in text  # the advice fits the cause
    assert not RAW_NON_FINITE.search(text), RAW_NON_FINITE.search(text)
    assert not LONG_NUMBER.search(text.replace(",", "")), LONG_NUMBER.search(text)
    assert abs(_top(tour, heading) - before) <= 2
    assert tour.locator('[data-testid="stException"]').count() == 0
    if not english:
        assert not _korean_leftovers(text + " " + _chart_text(tour))


def test_mnist_accuracy_axis_is_in_round_percentages(tour, app_url):
    _open(tour, app_url, "mnist", "en")
    epochs = tour.get_by_label("Epochs", exact=True)
    epochs.fill("1")
    epochs.press("Enter")
    wait_until_idle(tour)
    _train(tour, "▶ Train")
    _wait_for_charts(tour)
    ticks = tour.evaluate(
        "() => [...document.querySelectorAll('.js-plotly-plot')].flatMap(p =>"
        " [...p.querySelectorAll('.y2tick text')].map(e => e.textContent))"
    )
    assert ticks and set(ticks) <= {"0%", "20%", "40%", "60%", "80%", "100%"}, ticks
