"""Shows how many closed tabs' sessions the server still holds (served by
tests/bench/test_session_sweep.py). "Epoch" is the counter the emulated student reads."""

import streamlit as st
from streamlit.runtime import Runtime

from playground.ui.runtime import expire_closed_sessions

expire_closed_sessions()
store = Runtime.instance()._session_mgr._session_storage._cache
st.markdown(f"Epoch {len(store._data)}")  # every entry, expired or not: what memory holds
