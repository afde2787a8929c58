"""The session's language: the switch, else ?lang=, else the browser's locale."""

from __future__ import annotations

import json

import streamlit as st

from playground.i18n import DEFAULT_LANGUAGE, LANGUAGES, normalize_language, translate
from playground.ui.state import persist

LANG_KEY = "lang"
LANGUAGE_NAMES = {"ko": "한국어", "en": "English"}
# Streamlit writes its keyboard "Skip to main content" link in English only (a fixed string in
# its frontend, data-testid stSkipToContent). This keeps the link's text, and the document's
# `lang` for screen readers, in the page's language, also when Streamlit draws the link anew;
# its own element is hidden, so the sidebar keeps its spacing.
PAGE_LANGUAGE_SCRIPT = """<span class="page-language"></span>
<style>[data-testid="stElementContainer"]:has(.page-language) { display: none; }</style>
<script>
(() => {
  const [lang, text] = %s;
  const apply = () => {
    document.documentElement.lang = lang;
    const link = document.querySelector('[data-testid="stSkipToContent"]');
    if (link && link.textContent !== text) link.textContent = text;
  };
  window.playgroundLanguage?.disconnect();
  window.playgroundLanguage = new MutationObserver(apply);
  window.playgroundLanguage.observe(document.body, {childList: true, subtree: true});
  apply();
})();
</script>"""


def _initial_language() -> str:
    from_query = normalize_language(st.query_params.get("lang"))
    if from_query:
        return from_query
    return normalize_language(st.context.locale) or DEFAULT_LANGUAGE


def language() -> str:
    if LANG_KEY not in st.session_state:
        persist(LANG_KEY, _initial_language())
    return st.session_state[LANG_KEY]


def t(key: str, **values: object) -> str:
    return translate(key, language(), **values)


def _sync_query_param() -> None:
    st.query_params["lang"] = st.session_state[LANG_KEY]


def language_switch() -> None:
    """한국어 / English in the sidebar; the choice is mirrored in the URL (?lang=)."""
    language()
    requested = st.query_params.get("lang")
    if requested is not None and normalize_language(requested) is None:
        st.sidebar.caption(f"?lang={requested[:20]!r} → {LANGUAGE_NAMES[language()]}")
    st.sidebar.radio(
        t("app.language"),
        LANGUAGES,
        key=LANG_KEY,
        format_func=LANGUAGE_NAMES.get,
        horizontal=True,
        on_change=_sync_query_param,
    )
    page_language()


def page_language() -> None:
    """Streamlit's own skip link and the document's language follow the page's language."""
    values = json.dumps([language(), t("app.skip_to_content")], ensure_ascii=False)
    with st.sidebar:
        st.html(PAGE_LANGUAGE_SCRIPT % values, unsafe_allow_javascript=True)


def labels(**keys: str) -> dict[str, str]:
    """Translated chart labels: labels(model="fit.model") -> {"model": "your model"}."""
    return {name: t(key) for name, key in keys.items()}
