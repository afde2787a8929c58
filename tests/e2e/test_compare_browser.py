"""In a real browser: a one-click compare pair trains its runs and overlays their curves."""

import pytest

from tests.e2e.conftest import set_epochs, wait_until_idle

pytestmark = pytest.mark.e2e

TRACES = """() => [...document.querySelectorAll('.js-plotly-plot')]
    .flatMap(plot => (plot._fullData || []).filter(t => t.xaxis === 'x')
    .map(t => ({name: t.name, points: (t.x || []).length})))"""


def _loss_curves(page, names: list[str]) -> dict[str, int]:
    """{legend name: points} of the compare chart's loss panel, once it shows `names`."""
    page.wait_for_function(
        f"() => ({TRACES})().filter(t => {names!r}.includes(t.name)).length === {len(names)}",
        timeout=120_000,
    )
    return {t["name"]: t["points"] for t in page.evaluate(TRACES) if t["name"] in names}


def _click_pair(page, title: str, pair: str) -> None:
    page.get_by_text(title).click()  # opens the Compare expander
    page.get_by_role("button", name=pair).click()
    wait_until_idle(page)


def test_mnist_sigmoid_vs_relu_draws_two_curves(page, app_url):
    page.goto(f"{app_url}/mnist?lang=en")
    wait_until_idle(page)
    set_epochs(page, 2)
    _click_pair(page, "📌 Compare runs (0 kept)", "⚖️ sigmoid vs ReLU")
    curves = _loss_curves(page, ["activation sigmoid", "activation relu"])
    assert curves == {"activation sigmoid": 2, "activation relu": 2}
    page.get_by_text("📌 Compare runs (2 kept)").wait_for(state="visible")
    assert page.locator('[data-testid="stException"]').count() == 0


def test_xor_pair_in_korean_draws_two_curves(page, app_url):
    page.goto(f"{app_url}/xor?lang=ko")
    wait_until_idle(page)
    _click_pair(page, "📌 실행 비교 (보관한 실행 0개)", "⚖️ SGD와 Adam 비교")
    curves = _loss_curves(page, ["optimizer sgd", "optimizer adam"])
    assert curves == {"optimizer sgd": 5000, "optimizer adam": 5000}
    assert page.locator('[data-testid="stException"]').count() == 0
