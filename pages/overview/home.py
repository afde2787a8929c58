"""Home: what this is, and a link to every page. Imports no TensorFlow, so it shows at once."""

import streamlit as st

from playground.catalog import PAGES, SECTIONS
from playground.ui import t

st.title(t("app.title"))
st.write(t("home.intro"))
for section in SECTIONS:
    pages = [page for page in PAGES if page.section == section]
    if not pages:
        continue
    st.subheader(t(f"nav.{section}"))
    for page in pages:
        st.page_link(page.path, label=t(f"page.{page.key}"), icon=page.icon)
        st.caption(t(f"page.{page.key}.short"))
