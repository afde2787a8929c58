"""The Streamlit options a class depends on, as `streamlit run app.py` reads them from
`.streamlit/config.toml` (each was measured with bench/classroom.py; see the comments there)."""

import tomllib
from pathlib import Path

import pytest

CONFIG = tomllib.loads((Path(__file__).parents[2] / ".streamlit" / "config.toml").read_text())


@pytest.mark.parametrize(
    ("section", "option", "value"),
    [
        # on: every new session scanned sys.modules on the event loop; 30 arriving timed out
        ("server", "fileWatcherType", "none"),
        # on: a full gc.collect() (~156 ms of GIL) after every script and fragment run
        ("runner", "postScriptGC", False),
        # on: a click starts a second script thread beside a running training slice
        ("runner", "fastReruns", False),
    ],
)
def test_the_server_runs_as_a_class_needs(section: str, option: str, value: object) -> None:
    assert CONFIG[section][option] == value
