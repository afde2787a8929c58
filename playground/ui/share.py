"""Share links in the app: the URL mirrors the page's spec, a link restores it, and the
sidebar's Share panel shows the link, its QR code and a classroom form (hide, projector).

* `open_link(page)` (before the page): the first time a page is opened in a session with
  query parameters, they go into the page's widgets; bad ones fall back to defaults with one
  notice. Projector mode's CSS is injected on every run.
* `sync_link(page)` (after the page): `st.query_params` is set from `<page>.spec`, only when it
  changed (so reruns add nothing), keeping `lang`.
* `share_panel(page)` (after the page): the "Share" expander at the bottom of the sidebar.
"""

from __future__ import annotations

import io
from functools import lru_cache
from typing import Any

import segno
import streamlit as st

from playground import share
from playground.lessons import lesson_spec
from playground.specs import flatten
from playground.ui.lang import language, t
from playground.ui.layout import PROJECTOR_KEY, projector_on
from playground.ui.widgets import hide_key, labels_key, widget_values

WRITTEN = "share.written"  # the query this session last wrote (not a link to open)
MAX_NAMES = 6  # parameters named in the notice
PROJECTOR_CSS = """
<style>
[data-testid="stApp"], [data-testid="stApp"] p, [data-testid="stApp"] li,
[data-testid="stApp"] label, [data-testid="stApp"] [data-testid="stMarkdownContainer"],
[data-testid="stApp"] [data-testid="stWidgetLabel"] p, [data-testid="stApp"] input,
[data-testid="stApp"] [data-testid="stCaptionContainer"] {
  font-size: 20px !important;
  color: #000 !important;
}
[data-testid="stApp"] h1 { font-size: 2.6rem !important; }
[data-testid="stApp"], [data-testid="stMain"], [data-testid="stHeader"] {
  background: #fff !important;
}
[data-testid="stSidebar"] { background: #f2f2f2 !important; }
[data-testid="stToolbar"], [data-testid="stDecoration"], [data-testid="stStatusWidget"],
[data-testid="stMainMenu"], [data-testid="stAppDeployButton"], footer {
  display: none !important;
}
[data-testid="stBaseButton-primary"], [data-testid="stBaseButton-secondary"] {
  border-width: 2px !important;
}
</style>
"""


def _opened_key(page: str) -> str:
    return f"{page}.share.opened"


def _pending_key(page: str) -> str:
    return f"{page}.share.pending"


def _query() -> dict[str, str]:
    return st.query_params.to_dict()


def open_link(page: str) -> None:
    """Load a link's settings into the page's widgets, once per page and session."""
    stale = st.session_state.pop(_pending_key(page), None)  # that run stopped before the end
    if stale is not None and stale[0].bad:
        st.warning(t("share.bad", names=_names(stale[0].bad)), icon="⚠️")
    if st.session_state.get(_opened_key(page)):
        _projector_css()
        return
    st.session_state[_opened_key(page)] = True
    query = _query()
    if query == st.session_state.get(WRITTEN) or not set(query) - {share.LANG}:
        _projector_css()
        return
    cls, _ = lesson_spec(page)
    parsed = share.from_params(cls, query)
    loaded = widget_values(page, parsed.spec)
    for key, value in loaded.items():
        st.session_state[key] = value
    st.session_state[hide_key(page)] = parsed.hide
    if share.PROJECTOR in query and share.PROJECTOR not in parsed.bad:
        st.session_state[PROJECTOR_KEY] = parsed.projector
    _projector_css()
    # The page may still refuse a value its widget cannot show: checked after it drew.
    st.session_state[_pending_key(page)] = (parsed, loaded, st.empty())


def _refused(page: str, parsed: share.Parsed, loaded: dict[str, Any]) -> list[str]:
    """Link fields that the page's widgets put back to something else while drawing."""
    spec = st.session_state.get(f"{page}.spec")
    if spec is None:
        return []
    now, wanted = flatten(spec), flatten(parsed.spec)
    refused = []
    for path in parsed.given:
        key = f"{page}.{path}"
        keys = [k for k in loaded if k == key or k.startswith(f"{key}.")]
        changed = any(st.session_state.get(k) != loaded[k] for k in keys)
        if now[path] != wanted[path] and changed:
            refused.append(path)
    return refused


def _notice(page: str) -> None:
    pending = st.session_state.pop(_pending_key(page), None)
    if pending is None:
        return
    parsed, loaded, slot = pending
    names = [*parsed.bad, *_refused(page, parsed, loaded)]
    if not names:
        return
    slot.warning(t("share.bad", names=_names(names)), icon="⚠️")


def _names(names: list[str] | tuple[str, ...]) -> str:
    shown = [f"`{_plain(name)}`" for name in names[:MAX_NAMES]]
    if len(names) > MAX_NAMES:
        shown.append("…")
    return ", ".join(shown)


def _projector_css() -> None:
    if projector_on():
        st.html(PROJECTOR_CSS)


def _page_params(page: str, hide: tuple[str, ...], projector: bool) -> dict[str, str]:
    spec = st.session_state[f"{page}.spec"]
    return {
        share.LANG: language(),
        **share.to_params(spec),
        **share.classroom_params(hide, projector),
    }


def sync_link(page: str) -> None:
    """Mirror the page's spec in the URL (only when it changed) and show a link's notice."""
    _notice(page)
    if f"{page}.spec" not in st.session_state:
        return
    params = _page_params(page, tuple(st.session_state.get(hide_key(page), ())), projector_on())
    if params != _query():
        st.query_params.from_dict(params)
    st.session_state[WRITTEN] = params


def base_url(page: str) -> str:
    """This page's address in the user's browser, without the query."""
    url = getattr(st.context, "url", None)
    if url:
        return url.rstrip("/")
    headers = st.context.headers or {}
    host = headers.get("Host") or "localhost:8501"
    scheme = headers.get("X-Forwarded-Proto") or "http"
    return f"{scheme}://{host}/{page}"


@lru_cache(maxsize=512)
def qr_png(url: str) -> bytes:
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="png", scale=6, border=2, dark="#000")
    return buffer.getvalue()


def _hide_label(page: str, token: str) -> str:
    if token in share.GROUPS:
        return t(f"share.group.{token}")
    return st.session_state.get(labels_key(page), {}).get(token, token)


def _hide_options(page: str) -> list[str]:
    cls, presets = lesson_spec(page)
    options = share.page_groups(cls) + ([share.PRESETS] if presets else [])
    options += list(st.session_state.get(labels_key(page), {}))
    options += [o for o in st.session_state.get(hide_key(page), ()) if o not in options]
    return options


def share_panel(page: str) -> None:
    """The Share expander at the bottom of the sidebar."""
    if f"{page}.spec" not in st.session_state:
        return
    hidden_now = tuple(st.session_state.get(hide_key(page), ()))
    if hidden_now:
        st.sidebar.caption(t("share.hidden_note"))
    with st.sidebar.expander(t("share.title"), icon="🔗"):
        st.caption(t("share.help"))
        st.markdown(f"**{t('share.classroom')}**")
        options = _hide_options(page)
        hide_widget, projector_widget = f"{page}.share.form_hide", f"{page}.share.form_projector"
        if hide_widget not in st.session_state:
            st.session_state[hide_widget] = [o for o in hidden_now if o in options]
        if projector_widget not in st.session_state:
            st.session_state[projector_widget] = projector_on()
        hide = st.multiselect(
            t("share.hide"),
            options,
            key=hide_widget,
            format_func=lambda token: _hide_label(page, token),
            help=t("share.hide_help"),
        )
        projector = st.checkbox(t("share.projector"), key=projector_widget)
        url = share.link(base_url(page), _page_params(page, tuple(hide), projector))
        st.code(url, language=None, wrap_lines=True)
        st.image(qr_png(url), caption=t("share.scan"), width=220)
        st.link_button(t("share.open"), url, width="stretch")


def _plain(name: str) -> str:
    """A parameter name as it may appear in the notice (short, no markdown breaking out)."""
    return "".join(c for c in str(name)[:40] if c.isprintable() and c != "`") or "?"
