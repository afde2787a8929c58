"""In a real browser: a share link restores every lesson page's sidebar, junk shows one
notice, a classroom link hides controls and projector mode enlarges the type."""

from urllib.parse import urlencode

import pytest

from playground.i18n import translate
from tests.e2e.conftest import wait_until_idle

pytestmark = pytest.mark.e2e


def en(key: str, **values) -> str:
    return translate(key, "en", **values)


# page: (link parameters, {sidebar control label: the value it must show})
LINKS = {
    "xor": (
        {"train.epochs": "1234", "neurons": "3,2", "activation": "relu"},
        {
            en("ctl.epochs"): "1234",
            en("xor.hidden_layers"): "2",
            en("xor.neurons", n=2): "2",
            en("ctl.activation"): en("act.relu"),
        },
    ),
    "iris": (
        {"train.epochs": "77", "hidden": "8"},
        {en("ctl.epochs"): "77", en("cls.layers"): "1", en("cls.units", n=1): "8"},
    ),
    "mnist": (
        {"train.epochs": "3", "train.optimizer": "sgd"},
        {en("ctl.epochs"): "3", en("ctl.optimizer"): en("opt.sgd")},
    ),
    "blood_fat": (
        {"train.epochs": "4321", "train.optimizer": "adam"},
        {en("ctl.epochs"): "4321", en("ctl.optimizer"): en("opt.adam")},
    ),
    "temperature": (
        {"train.epochs": "999", "degree": "3"},
        {en("ctl.epochs"): "999", en("temperature.degree"): "3"},
    ),
    "activations": (
        {"derivative": "0", "x_range": "-3,4"},
        {en("activations.derivative"): "0", en("activations.range"): "-3.00,4.00"},
    ),
    "optimizers": (
        {"steps": "100", "surface": "bowl"},
        {en("optimizers.steps"): "100", en("optimizers.surface"): en("optimizers.surface.bowl")},
    ),
}

SIDEBAR_CONTROLS = """() => {
  const out = {};
  const label = (el) => (el.querySelector('[data-testid=stWidgetLabel]')?.innerText || '').trim();
  const bar = document.querySelector('[data-testid=stSidebar]');
  for (const el of bar.querySelectorAll('[data-testid=stNumberInput]'))
    out[label(el)] = el.querySelector('input').value;
  for (const el of bar.querySelectorAll('[data-testid=stSlider]'))
    out[label(el)] = [...el.querySelectorAll('[data-testid=stSliderThumbValue]')]
      .map((v) => v.innerText.trim()).join(',');
  for (const el of bar.querySelectorAll('[data-testid=stSelectbox]'))
    out[label(el)] = el.querySelector('input')?.value ?? '';
  for (const el of bar.querySelectorAll('[data-testid=stCheckbox]'))
    out[el.innerText.trim()] = el.querySelector('input').checked ? '1' : '0';
  return out;
}"""


def open_link(page, app_url: str, key: str, params: dict[str, str]) -> None:
    page.goto(f"{app_url}/{key}?{urlencode({'lang': 'en', **params})}")
    wait_until_idle(page)
    page.get_by_test_id("stSidebar").get_by_text(en("share.title"), exact=True).wait_for()
    wait_until_idle(page)


def settled_controls(page, expected: dict[str, str | None]) -> dict[str, str]:
    """The sidebar's controls once they show `expected` (None: absent), or after 20 s
    (a number input shows a placeholder for a moment after it mounts)."""
    controls = {}
    for _ in range(40):
        controls = page.evaluate(SIDEBAR_CONTROLS)
        if all(controls.get(label) == value for label, value in expected.items()):
            break
        page.wait_for_timeout(500)
    return controls


@pytest.mark.parametrize("key", list(LINKS))
def test_a_link_restores_the_sidebar(page, app_url, key):
    params, expected = LINKS[key]
    open_link(page, app_url, key, params)
    controls = settled_controls(page, expected)
    for label, value in expected.items():
        assert controls.get(label) == value, (label, controls)
    assert page.get_by_test_id("stAlert").filter(has_text="could not be used").count() == 0
    for name, value in params.items():  # the address bar keeps the link's settings
        assert f"{name}=" in page.url


def test_junk_shows_one_notice(page, app_url):
    open_link(page, app_url, "xor", {"train.epochs": "lots", "neurons": "1,x", "zzz": "<b>1</b>"})
    controls = settled_controls(page, {en("ctl.epochs"): "5000"})
    notices = page.get_by_test_id("stAlert").filter(has_text="could not be used")
    assert notices.count() == 1
    text = notices.inner_text()
    assert "train.epochs" in text and "neurons" in text and "zzz" in text
    assert controls[en("ctl.epochs")] == "5000"  # the default


def test_classroom_mode_hides_a_control(page, app_url):
    open_link(page, app_url, "xor", {"train.epochs": "1234", "hide": "train"})
    controls = settled_controls(page, {en("ctl.activation"): "sigmoid", en("ctl.epochs"): None})
    assert en("ctl.epochs") not in controls and en("ctl.learning_rate") not in controls
    assert en("ctl.activation") in controls
    status = page.locator("[data-testid=stMarkdownContainer] p", has_text="Epoch 0").first
    assert "of 1,234" in status.inner_text()  # the hidden field's value from the link applies


FONT_SIZES = """() => {
  const px = (el) => el ? parseFloat(getComputedStyle(el).fontSize) : 0;
  return {
    body: px(document.querySelector('[data-testid=stMain] [data-testid=stMarkdownContainer] p')),
    tick: px(document.querySelector('.js-plotly-plot .xtick text')),
  };
}"""


def _font_sizes(page) -> dict[str, float]:
    page.wait_for_selector(".js-plotly-plot .xtick text")
    return page.evaluate(FONT_SIZES)


def test_projector_mode_makes_type_bigger(page, app_url):
    open_link(page, app_url, "xor", {})
    normal = _font_sizes(page)
    open_link(page, app_url, "xor", {"projector": "1"})
    projected = _font_sizes(page)
    assert projected["body"] >= 18 > normal["body"]
    assert projected["tick"] >= 16 > normal["tick"]
    assert (
        page.get_by_test_id("stToolbar").count() == 0
        or not page.get_by_test_id("stToolbar").is_visible()
    )
