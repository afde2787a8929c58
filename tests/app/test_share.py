"""AppTest: a share link restores a page's spec; junk falls back with one notice; a
classroom link hides controls."""

from streamlit.testing.v1 import AppTest

from playground import share
from playground.lessons.xor.spec import XorSpec
from tests.app.apptest import app

XOR = "pages/classification/xor.py"


def open_link(path: str, params: dict[str, str]) -> AppTest:
    at = app()
    for name, value in params.items():
        at.query_params[name] = value
    at.switch_page(path).run()
    assert not at.exception
    return at


def query(at: AppTest, name: str) -> str:
    """A query parameter of the app's URL (AppTest keeps the app's writes as lists)."""
    value = at.query_params[name]
    return value[-1] if isinstance(value, list) else value


def share_link(at: AppTest) -> str:
    """The link shown in the Share panel."""
    return next(code.value for code in at.code if code.value.startswith("http"))


def test_a_link_gives_the_same_spec_and_the_url_follows_the_widgets():
    spec = share.from_params(
        XorSpec,
        {"train.learning_rate": "1", "neurons": "3,2", "activation": "relu", "data.name": "moons"},
    ).spec
    at = open_link(XOR, share.to_params(spec))
    assert at.session_state["xor.spec"] == spec
    assert not at.warning
    assert query(at, "neurons") == "3,2"
    assert query(at, "lang") == "en"
    at.select_slider(key="xor.train.learning_rate").set_value(0.3).run()
    assert query(at, "train.learning_rate") == "0.3"
    assert query(at, "neurons") == "3,2"
    link = share_link(at)
    assert "train.learning_rate=0.3" in link and "neurons=3,2" in link


def test_junk_shows_one_notice_and_the_defaults():
    at = open_link(
        XOR,
        {"neurons": "a,b", "train.epochs": "-4", "bogus<b>": "1", "activation": "nan"},
    )
    assert at.session_state["xor.spec"] == XorSpec()
    assert len(at.warning) == 1
    notice = at.warning[0].value
    for name in ("neurons", "train.epochs", "bogus<b>", "activation"):
        assert name in notice
    # the URL is cleaned up: only a default page's link remains
    assert set(at.query_params) == {"lang"}


def test_hidden_controls_are_absent_but_their_values_apply():
    at = open_link(XOR, {"train.learning_rate": "1", "neurons": "3", "hide": "train,neurons"})
    keys = {w.key for w in (*at.select_slider, *at.slider, *at.number_input, *at.selectbox)}
    assert "xor.train.learning_rate" not in keys and "xor.train.epochs" not in keys
    assert "xor.neurons.count" not in keys and "xor.neurons.1" not in keys
    assert "xor.activation" in keys
    spec = at.session_state["xor.spec"]
    assert spec.train.learning_rate == 1.0 and spec.neurons == (3,)
    assert query(at, "hide") == "train,neurons"
    at.selectbox(key="xor.activation").set_value("tanh").run()  # still hidden after a rerun
    assert "xor.train.epochs" not in {w.key for w in at.number_input}
    assert at.session_state["xor.spec"].train.learning_rate == 1.0


def test_projector_link_and_the_teachers_form():
    at = open_link(XOR, {"projector": "1"})
    assert at.session_state["share.projector"] is True
    at.multiselect(key="xor.share.form_hide").set_value(["train"]).run()
    assert "hide=train" in share_link(at) and "projector=1" in share_link(at)
    assert "hide" not in at.query_params  # the form builds a link, it hides nothing here
