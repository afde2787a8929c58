"""Deep Learning Playground: entry point, language switch and navigation."""

import streamlit as st

from playground import ui
from playground.catalog import HOME_PATH, PAGES, SECTIONS

st.set_page_config(page_title="Deep Learning Playground", page_icon="🧠", layout="wide")
ui.close_legacy_page_not_found()  # a fresh server's first deep link
ui.keep_tensorflow_caches()
ui.release_memory_when_session_ends()
ui.expire_closed_sessions()
ui.keep_widget_state()
ui.language_switch()

navigation = {"": [st.Page(HOME_PATH, title=ui.t("nav.home"), icon="🏠", default=True)]}
for section in SECTIONS:
    pages = [
        st.Page(page.path, title=ui.t(f"page.{page.key}"), icon=page.icon, url_path=page.key)
        for page in PAGES
        if page.section == section
    ]
    if pages:
        navigation[ui.t(f"nav.{section}")] = pages
current = st.navigation(navigation)
ui.pause_other_pages(current.url_path, [page.key for page in PAGES])
ui.before_page(current.url_path)  # a share link's settings go into the widgets first
with ui.page_run_in_turn():  # a class opening the page, or finishing, together: one by one
    current.run()
    ui.after_page(current.url_path)  # share panel, code export, compare runs
