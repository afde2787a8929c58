"""The session's language: the switch, else ?lang=, else the browser's locale."""

from __future__ import annotations

import streamlit as st

from playground.i18n import DEFAULT_LANGUAGE, LANGUAGES, normalize_language, translate
from playground.ui.state import persist

LANG_KEY = "lang"
LANGUAGE_NAMES = {"ko": "한국어", "en": "English"}


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


def labels(**keys: str) -> dict[str, str]:
    """Translated chart labels: labels(model="fit.model") -> {"model": "your model"}."""
    return {name: t(key) for name, key in keys.items()}
