"""In a real browser: a failed run is explained and its one-click fix lands in the sidebar;
pointing at a neuron of the network diagram shows its formula; the backprop walk writes its
numbers on the diagram."""

import re

import pytest

from tests.e2e.conftest import close_dialogs, wait_until_idle

pytestmark = pytest.mark.e2e

# The drawn network diagrams: per chart, is it one, and its node trace's texts.
DIAGRAMS = """() => [...document.querySelectorAll('.js-plotly-plot')].map((p) => {
  const nodes = (p._fullData || []).find((t) => t.marker && t.marker.symbol === 'square');
  return nodes ? (nodes.text || []).join('|') : null;
})"""
# Where a node of the diagram at `index` is on the screen (x, y in CSS pixels).
NODE_AT = """([index, node]) => {
  const p = document.querySelectorAll('.js-plotly-plot')[index];
  const t = p._fullData.find((t) => t.marker && t.marker.symbol === 'square');
  const box = p.getBoundingClientRect(), xa = p._fullLayout.xaxis, ya = p._fullLayout.yaxis;
  return [box.left + xa._offset + xa.l2p(t.x[node]), box.top + ya._offset + ya.l2p(t.y[node])];
}"""


def test_a_diverged_run_is_explained_and_the_fix_scales_the_inputs(page, app_url):
    query = "lang=en&train.optimizer=sgd&train.learning_rate=0.001&train.epochs=100"
    page.goto(f"{app_url}/temperature?{query}")
    wait_until_idle(page)
    close_dialogs(page)
    page.get_by_role("button", name="▶ Train").click()
    page.get_by_text("The loss blew up: the inputs are not scaled").wait_for()
    wait_until_idle(page)
    scale = page.get_by_role("checkbox", name="Scale features (month / 12)")
    assert not scale.is_checked()
    page.get_by_role("button", name="Apply the fix and retrain").click()
    page.wait_for_function(  # the rerun that the click starts puts the fix into the sidebar
        "() => document.querySelector('input[aria-label=\"Scale features (month / 12)\"]')?.checked"
    )
    wait_until_idle(page)
    page.get_by_text(re.compile(r"Epoch\s*0")).first.wait_for()  # a fresh run, from the start


def test_a_neuron_shows_its_formula_and_the_walk_its_numbers(page, app_url):
    page.goto(f"{app_url}/xor?lang=en")
    wait_until_idle(page)
    close_dialogs(page)
    page.wait_for_function(f"() => ({DIAGRAMS})().some((d) => d !== null)")
    network = page.evaluate(DIAGRAMS).index("")  # the page's diagram: no numbers on it
    page.evaluate(
        "(i) => document.querySelectorAll('.js-plotly-plot')[i].scrollIntoView()", network
    )
    x, y = page.evaluate(NODE_AT, [network, 2])  # layer 1, neuron 1
    page.mouse.move(x, y)
    label = page.locator(".hoverlayer .hovertext")
    label.wait_for()
    text = label.text_content()  # an SVG group: its lines run together
    assert "layer 1, neuron 1" in text and "a = sigmoid(z)" in text and "·x₁" in text

    page.get_by_text("Step inside: one training step, number by number").click()
    wait_until_idle(page)
    page.wait_for_function(f"() => ({DIAGRAMS})().some((d) => d && d.includes('z='))")
    for _ in range(3):  # the second layer's forward pass, then the loss
        page.get_by_role("button", name="Next ▶").click()
        wait_until_idle(page)
    page.wait_for_function(f"() => ({DIAGRAMS})().some((d) => d && d.includes('y=0'))")
    assert page.locator('[data-testid="stException"]').count() == 0
