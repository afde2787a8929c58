"""In a real browser: upload a CSV on the XOR page, see the boundary over its points, then a
bad file shows a clear message and the previous data stays in use."""

import pytest

from tests.e2e.conftest import choose_csv_source, close_dialogs, upload_csv, wait_until_idle

pytestmark = pytest.mark.e2e

GOOD = "height,weight,kind\n" + "".join(
    f"{150 + i},{40 + (i * 7) % 30},{'cat' if i % 2 else 'dog'}\n" for i in range(20)
)
BAD = "height,weight,kind\n150,40,cat\n151,forty,dog\n152,41,cat\n153,44,dog\n"


def _boundary(page) -> dict:
    """The first Plotly chart's heatmap x range and its point count (the uploaded points)."""
    return page.evaluate(
        "() => { const p = document.querySelector('.js-plotly-plot');"
        " if (!p || !p._fullData) return null;"
        " const heat = p._fullData[0], pts = p._fullData[1];"
        " return {type: heat.type, x0: heat.x[0], x1: heat.x[heat.x.length - 1],"
        " points: pts ? pts.x.length : 0, title: p._fullLayout.xaxis.title.text}; }"
    )


def test_upload_a_csv_then_a_bad_one_keeps_the_data(page, app_url):
    page.goto(f"{app_url}/xor?lang=en")
    wait_until_idle(page)
    sidebar = page.get_by_test_id("stSidebar")
    close_dialogs(page)
    choose_csv_source(page)
    page.get_by_text("Upload a CSV file in the sidebar").wait_for()

    upload_csv(page, "pets.csv", GOOD)
    sidebar.get_by_text("Using pets.csv").wait_for()
    page.wait_for_function("() => document.querySelector('.js-plotly-plot')?._fullData")
    drawn = _boundary(page)
    assert drawn["type"] == "heatmap"
    assert drawn["title"] == "height"  # the file's own column and units
    assert drawn["x0"] < 150 and drawn["x1"] > 169
    assert drawn["points"] == 10  # half of the 20 rows train, drawn over the boundary

    upload_csv(page, "broken.csv", BAD)
    message = sidebar.get_by_text("must hold numbers")
    message.wait_for()
    assert "rows 3" in message.inner_text()
    sidebar.get_by_text("Nothing was changed").wait_for()
    sidebar.get_by_text("Using pets.csv").wait_for()  # not the bad file's name
    assert _boundary(page) == drawn  # the previous data is still what the page shows
    assert page.locator('[data-testid="stException"]').count() == 0
