"""AppTest runs of the temperature page: it renders and trains through its own controls."""

import numpy as np

from tests.app.apptest import array, figures, open_page, train_until


def test_temperature_page_trains_through_its_controls():
    at = open_page("pages/regression/temperature.py")
    curve_before = array(figures(at)[0]["data"][1]["y"])
    at.slider(key="temperature.degree").set_value(2).run()
    at.checkbox(key="temperature.scale_features").check().run()
    at.select_slider(key="temperature.train.learning_rate").set_value(0.1).run()
    at.number_input(key="temperature.train.epochs").set_value(3000).run()
    train_until(at, "temperature", 3000)
    trainer = at.session_state["temperature.trainer"][1]
    assert trainer.epoch == 3000
    curve_after = array(figures(at)[0]["data"][1]["y"])
    assert not np.allclose(curve_before, curve_after, equal_nan=True)
    weights_table = at.dataframe[0].value
    assert len(weights_table) == 3  # month⁰, month¹, month²
    assert any("°C" in md.value for md in at.markdown)  # the month prediction
