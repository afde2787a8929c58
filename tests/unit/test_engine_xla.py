"""XLA is used where it pays, gives model.fit's numbers (see test_engine), and falls back."""

import keras
import numpy as np
import tensorflow as tf

from playground.engine import TrainData, Trainer
from playground.engine.kernel import _XLA_FAILED, use_xla
from playground.engine.trainer import KERNELS
from playground.lessons.mnist.model import model_spec
from playground.lessons.mnist.spec import MnistSpec
from playground.models import build_model
from playground.specs import LayerSpec, ModelSpec


def _data(n: int) -> TrainData:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(n, 2)).astype(np.float32)
    return TrainData(x, (x[:, :1] * x[:, 1:] > 0).astype(np.float32))


def test_xla_rule_takes_small_dense_nets_only():
    small = ModelSpec(input_shape=(2,), layers=(LayerSpec(units=8, activation="tanh"),))
    assert use_xla(build_model(small, "adam", 0.01), n_train=200)
    assert not use_xla(build_model(small, "adam", 0.01), n_train=60_000)  # too many rows
    cnn = model_spec(MnistSpec(model="cnn"))
    assert not use_xla(build_model(cnn, "adam", 0.001), n_train=1_000)
    dropout = model_spec(MnistSpec(model="dense128_dropout"))
    assert not use_xla(build_model(dropout, "adam", 0.001), n_train=1_000)


class _HostCopy(keras.layers.Layer):
    """The identity, through an op XLA cannot compile (a Python function)."""

    def call(self, x):
        host = tf.numpy_function(lambda a: a, [x], tf.float32, stateful=False)
        return x + 0.0 * tf.stop_gradient(tf.reshape(host, tf.shape(x)))


def _uncompilable_model() -> keras.Model:
    model = keras.Sequential(
        [keras.Input((2,)), _HostCopy(), keras.layers.Dense(3, "tanh"), keras.layers.Dense(1)]
    )
    model.compile(optimizer=keras.optimizers.SGD(0.1), loss=keras.losses.MeanSquaredError())
    model.optimizer.build(model.trainable_variables)
    return model


def test_a_model_xla_cannot_compile_falls_back_and_trains_the_same():
    data = _data(10)
    trainers = {
        jit: Trainer(
            ("host-copy", jit), _uncompilable_model, data, batch_size=3, learning_rate=0.1, jit=jit
        )
        for jit in (True, False)
    }
    for trainer in trainers.values():
        trainer.train_epochs(3)
    for a, b in zip(trainers[True].weights, trainers[False].weights):
        np.testing.assert_allclose(a, b, rtol=1e-6)
    trainer = trainers[True]
    assert trainer.kernel_key in _XLA_FAILED
    assert not any(kernel.jit for kernel in KERNELS.kernels(trainer.kernel_key))
    trainer.reset()  # the same key later: no second attempt, trains at once
    assert trainer.train_epochs(1) > 0
