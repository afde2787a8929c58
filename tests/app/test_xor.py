"""AppTest runs of the xor page: it renders and trains through its own controls."""

import numpy as np

from tests.app.apptest import array, figures, open_xor, press_step, train_button, train_until


def test_xor_page_trains_through_its_controls():
    at = open_xor()
    boundary_before = array(figures(at)[0]["data"][0]["z"])
    at.number_input(key="xor.train.epochs").set_value(300).run()
    at.select_slider(key="xor.train.learning_rate").set_value(1.0).run()
    train_until(at, "xor", 300)  # a busy machine may need more than one run
    trainer = at.session_state["xor.trainer"][1]
    assert trainer.epoch == 300
    assert len(trainer.history.loss) == 300
    assert trainer.history.loss[-1] < trainer.history.loss[0]
    boundary_after = array(figures(at)[0]["data"][0]["z"])
    assert boundary_after.shape == (50, 50)
    assert not np.allclose(boundary_before, boundary_after)
    assert any("300" in md.value for md in at.markdown)  # the epoch counter
    assert len(at.dataframe) == 1  # the truth table with the textbook column
    losses = [c.value for c in at.caption if "model.evaluate" in c.value]
    assert len(losses) == 1 and "model.fit" in losses[0]  # why loss and test loss differ
    at.selectbox(key="xor.data.name").set_value("circle").run()
    assert not [c for c in at.caption if "model.evaluate" in c.value]  # a real test set


def test_step_reset_and_learning_rate_change():
    at = open_xor()
    press_step(at, "xor")
    trainer = at.session_state["xor.trainer"][1]
    assert trainer.epoch == 1
    at.select_slider(key="xor.train.learning_rate").set_value(0.3).run()
    assert at.session_state["xor.trainer"][1] is trainer  # a new rate keeps the model
    assert trainer.learning_rate == 0.3
    next(b for b in at.button if b.key == "xor.reset").click().run()
    assert trainer.epoch == 0


def test_architecture_change_resets_and_zero_layers_is_logistic_regression():
    at = open_xor()
    trainer = at.session_state["xor.trainer"][1]
    at.slider(key="xor.neurons.count").set_value(0).run()
    assert not at.exception
    new = at.session_state["xor.trainer"][1]
    assert new is not trainer
    assert any("logistic" in caption.value for caption in at.caption)


def test_generated_dataset_and_features():
    at = open_xor()
    at.selectbox(key="xor.data.name").set_value("circle").run()
    at.session_state["xor.data.features"] = ["x1_sq", "x2_sq"]
    at.run()
    at.number_input(key="xor.train.epochs").set_value(20).run()
    train_until(at, "xor", 20)
    trainer = at.session_state["xor.trainer"][1]
    assert trainer.data.x.shape == (100, 2)
    assert trainer.epoch == 20


def test_no_inputs_gives_a_clear_message():
    at = open_xor()
    at.session_state["xor.data.features"] = []
    at.run()
    assert not at.exception
    assert any("input" in w.value.lower() for w in at.warning)


def test_divergence_is_explained_and_history_kept():
    at = open_xor()
    at.selectbox(key="xor.data.name").set_value("gaussians").run()
    at.selectbox(key="xor.activation").set_value("linear").run()
    at.session_state["xor.data.features"] = ["x1", "x2", "x1_sq", "x2_sq", "x1_x2"]
    at.selectbox(key="xor.loss").set_value("binary_crossentropy").run()
    at.select_slider(key="xor.train.learning_rate").set_value(0.001).run()
    press_step(at, "xor")
    press_step(at, "xor")
    trainer = at.session_state["xor.trainer"][1]
    kept = trainer.history.loss.copy()
    at.select_slider(key="xor.train.learning_rate").set_value(10.0).run()
    at.number_input(key="xor.train.epochs").set_value(200).run()
    train_button(at).click().run()
    assert not at.exception
    assert at.session_state["xor.trainer"][1] is trainer
    assert trainer.status == "diverged"
    np.testing.assert_array_equal(trainer.history.loss[:2], kept)
    assert np.isfinite(trainer.history.loss).all()
    assert all(np.isfinite(w).all() for w in trainer.weights)
    assert any("diverged" in w.value for w in at.warning)  # the explanation, in words


def test_textbook_preset_loads_the_book_setup():
    at = open_xor()
    at.selectbox(key="xor.data.name").set_value("spiral").run()
    next(b for b in at.button if b.label.startswith("📖")).click().run()
    assert at.selectbox(key="xor.data.name").value == "xor_table"
    assert at.select_slider(key="xor.train.learning_rate").value == 0.1
    assert at.number_input(key="xor.train.epochs").value == 5000
    trainer = at.session_state["xor.trainer"][1]
    assert trainer.batch_size == 1 and trainer.data.x.shape == (4, 2)



def _status(at) -> str:
    return next(m.value for m in at.markdown if m.value.startswith("**Epoch"))


def test_the_status_line_counts_to_the_runs_own_target():
    at = open_xor()
    at.number_input(key="xor.train.epochs").set_value(200).run()
    train_until(at, "xor", 200)
    at.run()
    assert _status(at).startswith("**Epoch 200** of 200")
    assert train_button(at).label == "▶ Train more"
    train_until(at, "xor", 400)  # "Train more" runs another 200 epochs
    at.run()
    assert _status(at).startswith("**Epoch 400** of 400")  # not "of 200"
    next(b for b in at.button if b.key == "xor.reset").click().run()
    assert _status(at).startswith("**Epoch 0** of 200")
