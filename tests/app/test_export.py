"""The Code panel: under every training page, with the script and its four downloads."""

from playground.i18n import translate
from tests.app.apptest import app, open_xor, train_until


def _download_labels(at) -> list[str]:
    return [element.proto.label for element in at.get("download_button")]


def test_the_xor_page_has_the_code_panel_and_its_downloads():
    at = open_xor()
    titles = [expander.label for expander in at.expander]
    assert translate("export.title", "en") in titles
    labels = _download_labels(at)
    for key in ("download_py", "download_ipynb", "download_model", "download_history"):
        assert translate(f"export.{key}", "en") in labels
    code = [block.value for block in at.code if "model.fit(" in block.value]
    assert code and "keras.Sequential(" in code[0]
    train_until(at, "xor", 1)
    assert not at.exception
    assert translate("export.download_model", "en") in _download_labels(at)


def test_the_panel_speaks_korean_and_is_absent_on_explorers():
    at = app("ko").run()
    at.switch_page("pages/classification/iris.py").run()
    assert not at.exception
    assert translate("export.title", "ko") in [expander.label for expander in at.expander]
    assert any("모델 만들기" in block.value for block in at.code)
    at = app("ko").run()  # a fresh session: the explorers have no model to export
    at.switch_page("pages/basics/activations.py").run()
    assert not at.exception
    assert translate("export.title", "ko") not in [expander.label for expander in at.expander]
