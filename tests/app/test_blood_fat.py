"""AppTest runs of the blood_fat page: it renders and trains through its own controls."""

import numpy as np
import pytest

from tests.app.apptest import array, figures, live_plot_figure, open_page, train_until


def test_blood_fat_page_trains_and_redraws_its_plane():
    at = open_page("pages/regression/blood_fat.py")
    surface_before = array(live_plot_figure(at)["data"][1]["z"])
    at.checkbox(key="blood_fat.standardize").check().run()
    at.select_slider(key="blood_fat.train.learning_rate").set_value(0.01).run()
    at.number_input(key="blood_fat.train.epochs").set_value(400).run()
    train_until(at, "blood_fat", 400)
    trainer = at.session_state["blood_fat.trainer"][1]
    assert trainer.epoch == 400
    assert trainer.history.loss[-1] < 0.5 * trainer.history.loss[0]
    surface_after = array(live_plot_figure(at)["data"][1]["z"])
    assert surface_after.shape == (25, 25) and not np.allclose(surface_before, surface_after)
    # Standardized inputs converge: the equation matches least squares and the gap is small.
    mse_now, mse_best, gap = (float(m.value.replace(",", "")) for m in at.metric)
    assert gap == pytest.approx(mse_now - mse_best, abs=0.11) and gap < 1.0
    landscape = figures(at)[-1]
    assert landscape["data"][0]["type"] == "contour"
    path = landscape["data"][1]
    assert len(array(path["x"])) > 10  # the optimizer's path, one point per epoch (thinned)
    assert any("349.2" in md.value for md in at.markdown)  # the prediction box


def test_blood_fat_textbook_preset_and_divergence_message():
    at = open_page("pages/regression/blood_fat.py")
    textbook = next(b for b in at.sidebar.button if "Textbook" in b.label)
    textbook.click().run()
    assert at.session_state["blood_fat.train.optimizer"] == "rmsprop"
    assert at.session_state["blood_fat.train.epochs"] == 5000
    assert at.checkbox(key="blood_fat.standardize").value is False
    at.selectbox(key="blood_fat.train.optimizer").set_value("sgd").run()
    at.select_slider(key="blood_fat.train.learning_rate").set_value(10.0).run()
    at.number_input(key="blood_fat.train.epochs").set_value(50).run()
    train_until(at, "blood_fat", 50)
    trainer = at.session_state["blood_fat.trainer"][1]
    assert trainer.status == "diverged"
    assert np.isfinite(np.concatenate([w.ravel() for w in trainer.weights])).all()
    assert any("learning rate" in w.value for w in at.warning)
