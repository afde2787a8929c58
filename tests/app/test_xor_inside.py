"""AppTest runs of the XOR page's inside views: step-by-step backprop, "why did it fail?",
slow motion, new initial weights, and own data."""

import numpy as np

from playground.lessons.xor import own as lesson_own
from playground.own_data import read_table
from playground.ui.training import paced_epochs
from tests.app.apptest import figures, open_xor, press_step, train_button, train_until


def _trainer(at):
    return at.session_state["xor.trainer"][1]


def _button(at, key):
    return next(b for b in at.button if b.key == key)


def _stage_text(at) -> str:
    return next(md.value for md in at.markdown if md.value.startswith("Stage "))


def test_step_inside_walks_the_stages_and_apply_takes_exactly_that_step():
    at = open_xor()
    press_step(at, "xor")  # optimizer state and weights away from the start
    at.toggle(key="xor.bp.open").set_value(True).run()
    assert not at.exception
    assert _stage_text(at) == "Stage 1 of 6"  # 2 forward, loss, 2 backward, update
    assert any("Forward pass, layer 1" in md.value for md in at.markdown)
    _button(at, "xor.bp.prev").click().run()
    assert _stage_text(at) == "Stage 1 of 6"  # stays at the first stage
    for expected in range(2, 7):
        _button(at, "xor.bp.next").click().run()
        assert _stage_text(at) == f"Stage {expected} of 6"
    assert any("Update with" in md.value for md in at.markdown)
    _button(at, "xor.bp.next").click().run()
    assert _stage_text(at) == "Stage 6 of 6"

    at.selectbox(key="xor.bp.example").set_value(2).run()
    trainer = _trainer(at)
    step = at.session_state["xor.bp.cache"][1]
    before = [w.copy() for w in trainer.weights]
    epoch = trainer.epoch
    _button(at, "xor.bp.apply").click().run()
    assert not at.exception
    assert _trainer(at) is trainer
    for got, want in zip(trainer.weights, step.weights):
        np.testing.assert_array_equal(got, want)
    for got, want in zip(trainer.optimizer_state, step.optimizer_state):
        np.testing.assert_array_equal(got, want)
    assert any(not np.array_equal(a, b) for a, b in zip(before, trainer.weights))
    assert trainer.epoch == epoch
    assert any("Done" in s.value for s in at.success)
    # the model really uses the new weights: its prediction matches the step's forward pass
    x = trainer.data.x[2:3]
    np.testing.assert_allclose(
        trainer.predict(x), at.session_state["xor.bp.cache"][1].stages[1].a[None], rtol=1e-5
    )
    press_step(at, "xor")  # and training goes on from them
    assert trainer.epoch == epoch + 1


def test_a_too_simple_model_is_diagnosed_and_the_fix_sets_the_widgets():
    at = open_xor()
    at.slider(key="xor.neurons.count").set_value(0).run()
    at.number_input(key="xor.train.epochs").set_value(40).run()
    at.select_slider(key="xor.train.learning_rate").set_value(1.0).run()
    train_until(at, "xor", 40)
    at.run()
    assert not at.exception
    assert any("A straight line cannot do this" in md.value for md in at.markdown)
    cache = at.session_state["xor.diag.cache"]
    at.run()
    assert at.session_state["xor.diag.cache"] is cache  # not measured again on a rerun
    _button(at, "xor.diag.apply.0").click().run()
    assert not at.exception
    assert at.slider(key="xor.neurons.count").value == 1
    assert _trainer(at).epoch == 0
    assert len(_trainer(at).weights) == 4  # a hidden layer: two kernels, two biases


def test_divergence_fix_lowers_the_learning_rate():
    at = open_xor()
    at.selectbox(key="xor.data.name").set_value("gaussians").run()
    at.selectbox(key="xor.activation").set_value("linear").run()
    at.session_state["xor.data.features"] = ["x1", "x2", "x1_sq", "x2_sq", "x1_x2"]
    at.selectbox(key="xor.loss").set_value("binary_crossentropy").run()
    at.select_slider(key="xor.train.learning_rate").set_value(0.001).run()
    press_step(at, "xor")
    press_step(at, "xor")
    at.select_slider(key="xor.train.learning_rate").set_value(10.0).run()
    at.number_input(key="xor.train.epochs").set_value(200).run()
    train_button(at).click().run()
    at.run()
    assert _trainer(at).status == "diverged"
    assert any("blew up" in md.value for md in at.markdown)
    _button(at, "xor.diag.apply.0").click().run()
    assert at.select_slider(key="xor.train.learning_rate").value == 1.0


def test_paced_epochs_follow_the_rate():
    assert paced_epochs(1, None, 0.0) == (1, 0.0)  # the first run shows one epoch at once
    assert paced_epochs(1, 0.3, 0.0) == (0, 0.3)
    epochs, carry = paced_epochs(10, 0.25, 0.0)
    assert epochs == 2 and abs(carry - 0.5) < 1e-9
    assert paced_epochs(100, 5.0, 0.0)[0] == 50  # a slow redraw never makes a burst
    assert paced_epochs(1, 5.0, 0.0)[0] == 1


def test_slow_motion_trains_few_epochs_per_run():
    at = open_xor()
    at.session_state["xor.pace"] = 1
    at.run()
    assert at.selectbox(key="xor.pace").value == 1
    train_button(at).click().run()
    assert _trainer(at).epoch == 1
    for _ in range(3):
        at.run()
    assert 1 <= _trainer(at).epoch <= 4  # about one epoch per second, never a slice's worth
    assert _trainer(at).epoch < 5000


def test_new_initial_weights_change_the_seed_and_reset_keeps_it():
    at = open_xor()
    trainer = _trainer(at)
    seed = at.session_state["xor.train.seed"]
    start = [w.copy() for w in trainer.weights]
    _button(at, "xor.reset").click().run()
    assert at.session_state["xor.train.seed"] == seed
    _button(at, "xor.new_weights").click().run()
    assert not at.exception
    assert at.session_state["xor.train.seed"] != seed
    assert at.session_state["xor.spec"].train.seed == at.session_state["xor.train.seed"]
    new = _trainer(at)
    assert new is not trainer and new.seed == at.session_state["xor.train.seed"]
    assert any(not np.array_equal(a, b) for a, b in zip(start, new.weights))


CSV = b"height,weight,kind\n" + b"".join(
    f"{150 + i},{40 + (i * 7) % 30},{'cat' if i % 2 else 'dog'}\n".encode() for i in range(20)
)


def test_own_csv_data_makes_a_new_trainer_on_it():
    at = open_xor()
    at.selectbox(key="xor.data.source").set_value("csv").run()
    assert not at.exception
    assert any("Upload a CSV" in i.value for i in at.info)
    table = read_table(CSV, "pets.csv")
    at.session_state["xor.own.table"] = table
    at.session_state["xor.own.csv"] = lesson_own.from_table(table, ("height", "weight"), "kind")
    at.run()
    assert not at.exception
    trainer = _trainer(at)
    assert len(trainer.data.x) + len(trainer.data.x_val) == 20
    assert abs(float(np.concatenate([trainer.data.x, trainer.data.x_val]).mean())) < 1e-5
    at.session_state["xor.own.csv"] = lesson_own.from_table(table, ("weight", "height"), "kind")
    at.run()
    assert _trainer(at) is not trainer  # new data, new model


def test_clicked_points_need_both_classes_then_train():
    at = open_xor()
    at.selectbox(key="xor.data.source").set_value("points").run()
    assert not at.exception
    assert any("at least 2 points of each class" in i.value for i in at.info)
    for x, y, label in ((-3, -3, 0), (-2, -3, 0), (3, 3, 1), (2, 3, 1), (-3, 3, 1)):
        at.radio(key="xor.own.class").set_value(label).run()
        at.number_input(key="xor.own.x").set_value(float(x)).run()
        at.number_input(key="xor.own.y").set_value(float(y)).run()
        _button(at, "xor.own.add").click().run()
    assert not at.exception
    trainer = _trainer(at)
    assert len(trainer.data.x) + len(trainer.data.x_val) == 5
    _button(at, "xor.own.clear").click().run()
    assert any("at least 2 points" in i.value for i in at.info)


def _node_traces(at) -> list[dict]:
    """The node trace of every network diagram on the page (square markers)."""
    return [
        trace
        for figure in figures(at)
        for trace in figure["data"]
        if trace.get("marker", {}).get("symbol") == "square"
    ]


def test_the_network_diagram_shows_formulas_on_hover_and_the_walk_s_numbers():
    at = open_xor()
    (nodes,) = _node_traces(at)  # the page's network diagram
    assert nodes["hovertext"][0] == "<b>x₁</b><br>input"
    assert "a = sigmoid(z)" in nodes["hovertext"][2] and "·x₁" in nodes["hovertext"][2]
    at.toggle(key="xor.bp.open").set_value(True).run()
    _, walk = _node_traces(at)
    assert walk["text"][:2] == ["0", "0"]  # the first example (0, 0) on the input nodes
    assert walk["text"][2].startswith("z=") and walk["text"][-1] == ""  # layer 1 only so far
    for _ in range(4):  # forward 2, the loss, backward 2
        _button(at, "xor.bp.next").click().run()
    _, walk = _node_traces(at)
    assert "y=0" in walk["text"][-1] and "δ=" in walk["text"][-1] and "δ=" in walk["text"][2]


def test_own_csv_columns_name_the_network_s_inputs():
    at = open_xor()
    at.selectbox(key="xor.data.source").set_value("csv").run()
    table = read_table(CSV, "pets.csv")
    at.session_state["xor.own.table"] = table
    at.session_state["xor.own.csv"] = lesson_own.from_table(table, ("height", "weight"), "kind")
    at.run()
    (nodes,) = _node_traces(at)
    assert nodes["hovertext"][:2] == ["<b>height</b><br>input", "<b>weight</b><br>input"]
    code = next(e for e in at.expander if e.label.startswith("💻"))
    assert any("cannot carry your own data" in i.value for i in code.info)
