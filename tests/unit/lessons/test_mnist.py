"""The MNIST lesson: loaders, the download fallback, model presets, digit preprocessing,
and looking at the answers (confusion matrix, mistakes)."""

import numpy as np
import pytest

from playground.evaluation import confusion_matrix, mistakes
from playground.lessons.mnist import data as images
from playground.lessons.mnist import model as lesson
from playground.lessons.mnist.spec import BOOK_MODELS, DATASETS, MnistSpec, MnistTrainSpec
from playground.models import build_model
from playground.specs import layer_table


@pytest.mark.parametrize("name", DATASETS)
def test_shipped_subsets_are_real_balanced_uint8_images(name):
    data = images.load_images(name)
    assert data.x_train.shape == (8000, 28, 28, 1) and data.x_test.shape == (2000, 28, 28, 1)
    assert data.x_train.dtype == data.y_train.dtype == np.uint8
    assert set(np.unique(data.y_train)) == set(range(10)) == set(np.unique(data.y_test))
    counts = np.bincount(data.y_train, minlength=10)
    assert counts.min() > 0.75 * counts.max()  # every class well represented
    assert data.x_train.max() == 255 and 0.05 < (data.x_train > 0).mean() < 0.6
    assert not data.x_train.flags.writeable  # shared by all sessions: read-only
    assert images.load_images(name) is data  # loaded once per process


def test_full_dataset_falls_back_to_the_subset_when_the_download_fails(monkeypatch):
    def no_network(name):
        raise OSError("network unreachable")

    images._CACHE.pop(("fashion", True), None)
    monkeypatch.setattr(images, "_download", no_network)
    data = images.load_images("fashion", full=True)
    shipped = images.load_images("fashion")
    assert not data.full and "network unreachable" in data.note
    assert data.x_train.shape == shipped.x_train.shape and data.x_train.dtype == np.uint8
    images._CACHE.pop(("fashion", True), None)


def test_full_dataset_path_returns_the_same_shapes_and_dtypes(monkeypatch):
    rng = np.random.default_rng(0)
    fake = (
        (
            rng.integers(0, 256, (60, 28, 28), dtype=np.uint8),
            rng.integers(0, 10, 60, dtype=np.uint8),
        ),
        (
            rng.integers(0, 256, (10, 28, 28), dtype=np.uint8),
            rng.integers(0, 10, 10, dtype=np.uint8),
        ),
    )
    images._CACHE.pop(("mnist", True), None)
    monkeypatch.setattr(images, "_download", lambda name: fake)
    data = images.load_images("mnist", full=True)
    assert data.full and data.note == ""
    assert data.x_train.shape == (60, 28, 28, 1) and data.y_test.shape == (10,)
    assert data.x_train.dtype == np.uint8
    images._CACHE.pop(("mnist", True), None)


@pytest.mark.parametrize("preset", sorted(BOOK_MODELS))
def test_preset_parameter_counts_match_keras(preset):
    spec = lesson.model_spec(MnistSpec(model=preset))
    assert sum(p for *_, p in layer_table(spec)) == build_model(spec, "adam", 0.001).count_params()


def test_a_drawn_stroke_lands_centred_in_28x28():
    drawing = np.zeros((112, 112))
    drawing[10:60, 80:90] = 1.0  # a short bar far off to the upper right
    digit = images.preprocess_drawing(drawing)
    assert digit.shape == (28, 28) and digit.dtype == np.uint8
    rows, cols = np.nonzero(digit > 30)
    assert rows.max() - rows.min() + 1 <= 21  # the longer side scaled to about 20 px
    ys, xs = np.indices(digit.shape)
    mass = digit.astype(float)
    centre = ((ys * mass).sum() / mass.sum(), (xs * mass).sum() / mass.sum())
    assert centre == pytest.approx((13.5, 13.5), abs=1.0)
    assert images.preprocess_drawing(np.zeros((112, 112))) is None


def test_confusion_matrix_and_most_confident_mistakes():
    true = np.array([0, 1, 2, 2])
    probabilities = np.array([[0.9, 0.1, 0], [0.2, 0.8, 0], [0.6, 0.1, 0.3], [0.1, 0.7, 0.2]])
    matrix = confusion_matrix(true, probabilities.argmax(1), 3)
    np.testing.assert_array_equal(matrix, [[1, 0, 0], [0, 1, 0], [1, 1, 0]])
    np.testing.assert_array_equal(mistakes(true, probabilities, 5), [3, 2])


def test_dense_preset_learns_the_shipped_digits():
    data = images.load_images("mnist")
    spec = MnistSpec(train=MnistTrainSpec("adam", 0.001, 32, 1))
    trainer = lesson.new_trainer(spec, data)
    trainer.train_epochs(1)
    assert trainer.history.val_metric[-1] > 0.85
    assert len(trainer.history.batch_loss) == 250  # per-batch losses for the live curve


def test_figures_read_well_and_speak_the_colour_language():
    from playground.charts import DIVERGING, TEXT_PX
    from playground.engine import History
    from playground.lessons.mnist import figures

    history = History(
        loss=np.array([0.5, 0.3]),
        metric=np.array([0.042, 0.993]),
        val_metric=np.array([0.5, 0.9]),
        batch_loss=np.array([1.0, np.inf, np.nan, 0.2]),
    )
    labels = {k: k for k in ("batch_loss", "smoothed", "train_acc", "test_acc", "epoch")}
    labels.update(loss="loss", accuracy="accuracy")
    fig = figures.batch_curve_figure(history, 2, labels)
    assert fig.layout.yaxis2.tickformat == ".0%" and fig.layout.yaxis2.dtick == 0.2
    assert list(fig.layout.yaxis2.range) == [0, 1.04]
    assert not np.isinf(np.asarray(fig.data[0].y, float)).any()
    weights = figures.unit_weights_figure(np.random.default_rng(0).normal(size=(784, 4)), 0, 4)
    assert [list(c) for c in weights.data[0].colorscale] == [list(c) for c in DIVERGING]
    assert all(a.font.size >= TEXT_PX for a in weights.layout.annotations)
