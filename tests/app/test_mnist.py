"""AppTest runs of the mnist page: it renders and trains through its own controls."""

from tests.app.apptest import figures, open_page, train_until


def test_mnist_page_trains_an_epoch_and_shows_mistakes():
    at = open_page("pages/classification/mnist.py")
    at.selectbox(key="mnist.model").set_value("dense10").run()
    at.number_input(key="mnist.train.epochs").set_value(1).run()
    train_until(at, "mnist", 1)
    assert not at.exception
    trainer = at.session_state["mnist.trainer"][1]
    assert trainer.epoch == 1 and trainer.history.val_metric[-1] > 0.8
    assert any(m.label == "Test accuracy" for m in at.metric)
    assert len(figures(at)) >= 4  # samples, curves, confusion matrix, mistakes
    at.selectbox(key="mnist.data.name").set_value("fashion").run()
    assert at.session_state["mnist.trainer"][1].epoch == 0  # another dataset, a fresh model
    at.button(key="mnist.baseline_run").click().run()
    baseline = at.session_state["mnist.baseline.fashion.False"][0]
    assert 0.7 < baseline < 0.9  # the book: about 0.82 on the full set
