"""Iris and image logic: loaders, the download fallback, model presets, digit preprocessing."""

import numpy as np
import pytest

from playground import images, iris
from playground.evaluation import confusion_matrix, mistakes
from playground.specs import layer_table


@pytest.mark.parametrize("name", images.DATASETS)
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


@pytest.mark.parametrize("preset", sorted(images.PRESETS))
def test_preset_parameter_counts_match_keras(preset):
    from playground.models import build_model

    spec = images.image_model(images.PRESETS[preset])
    assert sum(p for *_, p in layer_table(spec)) == build_model(spec, "adam", 0.001).count_params()


def test_textbook_iris_network_has_2371_parameters_and_the_book_split():
    assert sum(p for *_, p in layer_table(iris.model_spec(iris.TEXTBOOK))) == 2371
    data = iris.load_iris_split()
    assert data.x_train.shape == (120, 4) and data.x_test.shape == (30, 4)
    assert data.y_train.shape == (120, 3) and (data.y_train.sum(1) == 1).all()


def test_iris_textbook_setup_trains_to_high_test_accuracy():
    trainer = iris.make_trainer(iris.TEXTBOOK, iris.load_iris_split())
    trainer.train_epochs(100)
    assert trainer.history.val_metric[-1] >= 0.9


def test_region_grid_varies_two_features_and_holds_the_rest_at_the_mean():
    data = iris.load_iris_split()
    xs, ys, inputs = iris.region_grid(data, ("petal_length", "petal_width"), resolution=5)
    assert inputs.shape == (25, 4)
    np.testing.assert_allclose(inputs[:, 0], data.x_train[:, 0].mean(), rtol=1e-6)
    np.testing.assert_allclose(np.unique(inputs[:, 2]), xs, rtol=1e-6)


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
    from playground.specs import TrainSpec

    spec = images.ImagePageSpec(train=TrainSpec("adam", 0.001, 32, 1))
    trainer = images.make_image_trainer(spec, data)
    trainer.train_epochs(1)
    assert trainer.history.val_metric[-1] > 0.85
    assert len(trainer.history.batch_loss) == 250  # per-batch losses for the live curve
