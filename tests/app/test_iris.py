"""AppTest runs of the iris page: it renders and trains through its own controls."""

from tests.app.apptest import array, figures, open_page, train_until


def test_iris_page_trains_and_shows_regions_confusion_and_summary():
    at = open_page("pages/classification/iris.py")
    at.number_input(key="iris.train.epochs").set_value(60).run()
    train_until(at, "iris", 60)
    assert not at.exception
    trainer = at.session_state["iris.trainer"][1]
    assert trainer.epoch == 60
    assert trainer.history.val_metric[-1] > trainer.history.val_metric[0]
    kinds = [fig["data"][0]["type"] for fig in figures(at)]
    assert kinds.count("heatmap") == 2  # decision regions and the confusion matrix
    confusion = next(f for f in figures(at) if f["data"][0].get("texttemplate"))
    assert array(confusion["data"][0]["z"]).sum() == 30  # every test flower counted once
    assert any("2,371" in md.value for md in at.markdown)  # the model summary's total
    at.pills(key="iris.data.features").set_value(["sepal_length", "sepal_width"]).run()
    assert at.session_state["iris.trainer"][1].epoch == 0  # new inputs, new model
    at.pills(key="iris.data.features").set_value([]).run()
    assert any("at least one feature" in w.value for w in at.warning)
