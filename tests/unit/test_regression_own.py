"""A user's CSV on the regression pages: the page's first guess of columns, the checks, the
standardised data every view of the page is drawn from, in the file's units."""

import numpy as np
import pytest

from playground.lessons.blood_fat import model as blood_fat
from playground.lessons.blood_fat.inside import CSV_TASK as BLOOD_FAT_CSV
from playground.lessons.blood_fat.spec import BloodFatSpec, BloodFatTrainSpec
from playground.lessons.temperature import model as temperature
from playground.lessons.temperature.data import polynomial
from playground.lessons.temperature.inside import CSV_TASK as TEMPERATURE_CSV
from playground.lessons.temperature.series import textbook_series
from playground.lessons.temperature.spec import TemperatureSpec, TemperatureTrainSpec
from playground.own_data import DataError, read_table
from playground.specs import reset_key


def _hours(base: float = 1000) -> str:
    rows = (f"{h},n{h},{base + 2 * h + 0.5 * h * h}\n" for h in range(100, 120))
    return "hour,note,load\n" + "".join(rows)


HOURS = _hours()
FLATS = "area,rooms,price\n" + "".join(
    f"{40 + 3 * i},{1 + i % 4},{100 + 2 * (40 + 3 * i) + 30 * (1 + i % 4)}\n" for i in range(25)
)


def _table(text: str):
    return read_table(text.encode(), "mine.csv")


def _own(task, text: str):
    table = _table(text)
    return task.build(table, *task.guess(table))


def test_the_guess_takes_the_page_s_number_of_numeric_inputs_and_the_last_column():
    assert TEMPERATURE_CSV.guess(_table(HOURS)) == (("hour",), "load")
    assert BLOOD_FAT_CSV.guess(_table(FLATS)) == (("area", "rooms"), "price")
    with pytest.raises(DataError) as error:  # two columns: one input short for this page
        BLOOD_FAT_CSV.guess(_table("area,price\n1,2\n2,3\n3,5\n"))
    assert error.value.code == "data.err.page_columns"
    assert "1 input column" not in error.value.message("en")
    assert "입력 열 2개" in error.value.message("ko")


@pytest.mark.parametrize(
    ("text", "code", "shown"),
    [
        ("hour,load\n1,2\n2,x\n3,4\n", "data.err.not_number", "rows 3"),
        ("hour,load\n1,2\n2,\n3,4\n", "data.err.missing", "3"),
        ("hour,load\n1,5\n2,5\n3,5\n", "data.err.constant_target", "load"),
        ("1,2\n3,4\n", "data.err.no_header", ""),
        ("hour,load\n" + "1,2\n" * 10_001, "data.err.too_many_rows", "10,000"),
    ],
)
def test_a_bad_file_is_a_data_error_naming_what_is_wrong(text, code, shown):
    with pytest.raises(DataError) as error:
        _own(TEMPERATURE_CSV, text)
    assert error.value.code == code
    assert shown.replace(",", "") in error.value.message("en").replace(",", "")


def test_temperature_fits_a_polynomial_of_the_file_s_input_in_its_units():
    own = _own(TEMPERATURE_CSV, HOURS)
    spec = TemperatureSpec(source="csv", degree=2)
    series = temperature.series_for(spec, own)
    u = series.features(2)[:, 1]
    assert abs(u.mean()) < 1e-6 and abs(u.std() - 1) < 1e-5  # standardised, like the XOR's
    targets = series.targets()
    assert abs(targets.mean()) < 1e-6 and abs(targets.std() - 1) < 1e-5
    np.testing.assert_allclose(series.least_squares(2), [1000, 2, 0.5], rtol=1e-4)
    assert series.view[0] < 100 and series.view[1] > 119 and series.names == ("hour", "load")
    # the model's weights read as coefficients of hour**k: the same predictions
    weights = np.array([0.3, -1.2, 0.7])
    model_says = series.features(2) @ weights * series.y_scale + series.y_shift
    np.testing.assert_allclose(
        polynomial(series.coefficients(weights), series.x), model_says, rtol=1e-6
    )


def test_temperature_trains_on_the_file_and_a_new_file_makes_a_new_model():
    own = _own(TEMPERATURE_CSV, HOURS)
    spec = TemperatureSpec(
        source="csv", degree=2, train=TemperatureTrainSpec(learning_rate=0.1, epochs=300)
    )
    series = temperature.series_for(spec, own)
    trainer = temperature.new_trainer(spec, series)
    before = series.sse(temperature.learned_coefficients(trainer, series))
    trainer.train_epochs(300)
    after = series.sse(temperature.learned_coefficients(trainer, series))
    assert after < 0.01 * before
    other = temperature.series_for(spec, _own(TEMPERATURE_CSV, _hours(900)))
    key = reset_key(temperature.run_key(spec, series))
    assert key != reset_key(temperature.run_key(spec, other))
    textbook = temperature.series_for(TemperatureSpec(), own)  # the textbook source ignores it
    assert textbook.names is None and textbook.scale == textbook_series(False).scale
    with pytest.raises(ValueError):
        temperature.series_for(spec)


def test_blood_fat_runs_on_the_file_standardised_whatever_the_checkbox_says():
    own = _own(BLOOD_FAT_CSV, FLATS)
    spec = BloodFatSpec(source="csv", standardize=False)
    run = blood_fat.prepare(spec, own)
    assert run.own and run.names == ("area", "rooms", "price")
    assert abs(run.x_model.mean(0)).max() < 1e-5 and abs(run.y_model.std() - 1) < 1e-5
    np.testing.assert_allclose(run.least_squares.w, [2, 30], rtol=1e-4)
    grid = blood_fat.surface(run)
    assert grid.weight_ticks[0] < 40 and grid.weight_ticks[-1] > 112
    area, rooms = blood_fat.query_inputs(run)
    assert area.low < 40 and area.high > 112 and area.low <= area.start <= area.high
    assert rooms.key == "own.query2"
    trainer = blood_fat.new_trainer(spec, run)
    trainer.train_epochs(200)
    plane = blood_fat.learned_plane(trainer, run)
    assert plane.equation(run.names, lambda v: f"{v:.0f}").startswith("price = **")
    assert blood_fat.run_key(spec, run) != blood_fat.run_key(
        spec, blood_fat.prepare(BloodFatSpec())
    )


def test_blood_fat_textbook_query_and_surface_are_unchanged():
    run = blood_fat.prepare(BloodFatSpec(train=BloodFatTrainSpec(epochs=1)))
    weight, age = blood_fat.query_inputs(run)
    assert (weight.start, age.start, weight.step) == (100.0, 44.0, 1.0)
    grid = blood_fat.surface(run)
    assert grid.weight_ticks[0] == pytest.approx(run.x[:, 0].min() - 5)
