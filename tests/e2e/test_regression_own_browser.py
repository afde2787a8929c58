"""In a real browser: a CSV on the temperature page and on the blood-fat page redraws the
page on the file's columns; bad files show a clear message and the previous data stays."""

import pytest

from tests.e2e.conftest import choose_csv_source, close_dialogs, upload_csv, wait_until_idle

pytestmark = pytest.mark.e2e

HOURS = "hour,load\n" + "".join(f"{h},{50 + 8 * h - 0.3 * h * h:.2f}\n" for h in range(24))
NOT_NUMBERS = "hour,load\n0,50\n1,57.7\n2,lots\n3,72.3\n"
CONSTANT = "hour,load\n0,5\n1,5\n2,5\n3,5\n"
FLATS = "area,rooms,price\n" + "".join(
    f"{40 + 3 * i},{1 + i % 4},{100 + 6 * i + 30 * (1 + i % 4)}\n" for i in range(25)
)
ONE_INPUT = "area,price\n40,300\n50,340\n60,390\n"


def _curve(page) -> dict:
    """The temperature chart: its x axis title and range, and the points drawn (trace 3)."""
    return page.evaluate(
        "() => { const p = document.querySelector('.js-plotly-plot');"
        " if (!p || !p._fullData || p._fullData.length < 4) return null;"
        " const pts = p._fullData[3];"
        " return {title: p._fullLayout.xaxis.title.text, range: p._fullLayout.xaxis.range,"
        " points: pts.x.length, last: pts.x[pts.x.length - 1]}; }"
    )


def _open(page, url: str) -> None:
    page.goto(url)
    wait_until_idle(page)
    close_dialogs(page)
    choose_csv_source(page)


def test_temperature_takes_a_csv_and_a_bad_one_keeps_the_data(page, app_url):
    _open(page, f"{app_url}/temperature?lang=en")
    sidebar = page.get_by_test_id("stSidebar")
    page.get_by_text("one number column for the input").wait_for()

    upload_csv(page, "hours.csv", HOURS)
    sidebar.get_by_text("Using hours.csv").wait_for()
    page.wait_for_function("() => document.querySelector('.js-plotly-plot')?._fullData")
    drawn = _curve(page)
    assert drawn["title"] == "hour" and drawn["points"] == 24 and drawn["last"] == 23
    assert drawn["range"][0] < 0 and drawn["range"][1] > 23  # the file's span, not 0..15
    page.get_by_text("Your data and the fitted curve").wait_for()
    page.get_by_text("24 rows").wait_for()

    upload_csv(page, "broken.csv", NOT_NUMBERS)
    message = sidebar.get_by_text("must hold numbers")
    message.wait_for()
    assert "rows 4" in message.inner_text()  # the header is row 1, as a spreadsheet counts
    sidebar.get_by_text("Nothing was changed").wait_for()
    sidebar.get_by_text("Using hours.csv").wait_for()
    assert _curve(page) == drawn  # the previous data is still what the page shows

    upload_csv(page, "flat.csv", CONSTANT)
    sidebar.get_by_text("has the same value in every row").wait_for()
    assert _curve(page) == drawn
    assert page.locator('[data-testid="stException"]').count() == 0


def test_blood_fat_takes_two_inputs_and_refuses_a_file_with_one(page, app_url):
    _open(page, f"{app_url}/blood_fat?lang=en")
    sidebar = page.get_by_test_id("stSidebar")
    upload_csv(page, "flats.csv", FLATS)
    sidebar.get_by_text("Using flats.csv").wait_for()
    page.get_by_text("price = ").first.wait_for()  # the plane's equation in the file's names
    upload_csv(page, "short.csv", ONE_INPUT)
    sidebar.get_by_text("needs 2 input column(s) and one target column").wait_for()
    sidebar.get_by_text("Nothing was changed").wait_for()
    page.get_by_text("price = ").first.wait_for()
    assert page.locator('[data-testid="stException"]').count() == 0
