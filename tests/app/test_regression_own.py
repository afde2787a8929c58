"""AppTest: a user's CSV on the temperature and blood-fat pages drives every view of the page
(the curve or plane, the numbers, the exported code), and a column choice that cannot be used
says why and keeps the previous data and model. (AppTest cannot upload a file: the tests put
the file's table where the upload puts it; the browser test uploads real files.)"""

from playground.lessons.blood_fat.inside import CSV_TASK as BLOOD_FAT_CSV
from playground.lessons.temperature.inside import CSV_TASK as TEMPERATURE_CSV
from playground.own_data import read_table
from tests.app.apptest import array, figures, live_plot_figure, open_page, train_until

HOURS = "hour,load\n" + "".join(f"{h},{50 + 8 * h - 0.3 * h * h:.2f}\n" for h in range(24))
FLATS = "area,rooms,city,price\n" + "".join(
    f"{40 + 3 * i},{1 + i % 4},c{i % 3},{100 + 6 * i + 30 * (1 + i % 4)}\n" for i in range(25)
)


def _upload(at, page: str, task, text: str) -> None:
    """What a good upload leaves in the session: the table and the set built from it."""
    table = read_table(text.encode(), "mine.csv")
    features, target = task.guess(table)
    at.session_state[f"{page}.own.table"] = table
    at.session_state[f"{page}.own.csv"] = task.build(table, features, target)
    at.session_state[f"{page}.own.name"] = "mine.csv"
    for i, name in enumerate(features, start=1):
        at.session_state[f"{page}.own.f{i}"] = name
    at.session_state[f"{page}.own.label"] = target
    at.run()
    assert not at.exception


def _code(at) -> str:
    return next(c.value for c in at.code if "keras.Sequential" in c.value)


def test_temperature_fits_the_file_s_columns_in_their_units():
    at = open_page("pages/regression/temperature.py")
    at.selectbox(key="temperature.source").set_value("csv").run()
    assert any("one number column for the input" in i.value for i in at.info)
    _upload(at, "temperature", TEMPERATURE_CSV, HOURS)
    curve = figures(at)[0]
    assert curve["layout"]["xaxis"]["title"]["text"] == "hour"
    assert array(curve["data"][3]["x"]).max() == 23  # the file's points, not the months
    assert all(c.key != "temperature.scale_features" for c in at.checkbox)  # always standardised
    assert at.dataframe[0].value.iloc[0, 0] == "hour⁰"
    assert any("hour = " in md.value for md in at.markdown)  # the prediction in the file's units
    assert "hour, target load" in _code(at) and "x_mean, x_std" in _code(at)
    at.select_slider(key="temperature.train.learning_rate").set_value(0.1).run()
    at.number_input(key="temperature.train.epochs").set_value(300).run()
    train_until(at, "temperature", 300)
    sse_now, sse_best = (float(m.value.replace(",", "")) for m in at.metric)
    assert sse_now < 2 * sse_best + 1  # trained on the standardised file, shown in its units


def test_blood_fat_draws_the_file_s_plane_and_a_bad_choice_keeps_the_data():
    at = open_page("pages/regression/blood_fat.py")
    at.selectbox(key="blood_fat.source").set_value("csv").run()
    _upload(at, "blood_fat", BLOOD_FAT_CSV, FLATS)
    trainer = at.session_state["blood_fat.trainer"][1]
    assert len(trainer.data.x) == 25 and abs(float(trainer.data.x.mean())) < 1e-5
    scene = live_plot_figure(at)["layout"]["scene"]
    assert scene["xaxis"]["title"]["text"] == "area" and scene["zaxis"]["title"]["text"] == "price"
    assert any(md.value.startswith("price = ") for md in at.markdown)  # the learned equation
    assert [s.options for s in at.selectbox if s.key == "blood_fat.own.label"] == [
        ["area", "rooms", "price"]
    ]  # a target must be a number column: "city" is not offered
    at.selectbox(key="blood_fat.own.f2").set_value("area").run()  # the same column twice
    assert any("“area” is chosen twice" in e.value for e in at.error)
    assert any("Nothing was changed" in c.value for c in at.caption)
    assert at.session_state["blood_fat.trainer"][1] is trainer  # the previous data and model
    at.selectbox(key="blood_fat.own.f2").set_value("rooms").run()
    assert not at.error
    at.selectbox(key="blood_fat.source").set_value("textbook").run()
    assert live_plot_figure(at)["layout"]["scene"]["xaxis"]["title"]["text"] == "weight (kg)"
