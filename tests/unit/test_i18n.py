"""Translations."""

from playground.i18n import TEXTS, normalize_language, translate


def test_every_text_has_both_languages_and_lookup_falls_back():
    for key, (english, korean) in TEXTS.items():
        assert english and korean, key
    assert translate("app.title", "ko") == "딥러닝 놀이터"
    assert translate("xor.neurons", "en", n=2) == "Neurons in layer 2"
    assert normalize_language("ko-KR") == "ko"
    assert normalize_language("fr") is None
