"""Vanishing gradients, measured: one batch forward and back through a stack of Dense layers."""

from __future__ import annotations

from dataclasses import dataclass

import keras
import numpy as np
import tensorflow as tf

from playground.lessons.activations.functions import keras_activation
from playground.lessons.activations.spec import DeepStackSpec

BATCH = 256  # random inputs per measurement
ALPHA = 0.2  # leaky ReLU's slope in the stack


@dataclass(frozen=True)
class GradientReport:
    gradient_norms: np.ndarray  # per layer, input side first: ||dLoss/dW||
    dead_share: np.ndarray  # per layer: share of units that output 0 for every sample
    activation_std: np.ndarray  # per layer: spread of the outputs

    @property
    def ratio(self) -> float:
        """The first layer's gradient over the last one's."""
        return float(self.gradient_norms[0] / max(self.gradient_norms[-1], 1e-30))


def _kernels(spec: DeepStackSpec) -> list[tf.Variable]:
    """One square kernel per layer from the chosen Keras initializer, seeded per layer."""
    return [
        tf.Variable(
            keras.initializers.get(
                {"class_name": spec.initializer, "config": {"seed": spec.seed * 1000 + layer}}
            )((spec.width, spec.width))
        )
        for layer in range(spec.depth)
    ]


def measure_gradients(spec: DeepStackSpec) -> GradientReport:
    """Run a batch of standard-normal inputs through `depth` Dense layers (weights from the
    chosen Keras initializer) and back-propagate a mean-squared loss against random targets."""
    rng = np.random.default_rng(spec.seed)
    x = tf.constant(rng.normal(size=(BATCH, spec.width)), tf.float32)
    target = tf.constant(rng.normal(size=(BATCH, spec.width)), tf.float32)
    act = keras_activation(spec.activation, ALPHA)
    kernels = _kernels(spec)
    biases = [tf.Variable(tf.fill([spec.width], float(spec.bias))) for _ in range(spec.depth)]
    outputs = []
    with tf.GradientTape() as tape:
        hidden = x
        for kernel, bias in zip(kernels, biases):
            hidden = act(hidden @ kernel + bias)
            outputs.append(hidden)
        loss = tf.reduce_mean((hidden - target) ** 2)
    grads = tape.gradient(loss, kernels)
    return GradientReport(
        gradient_norms=np.array([float(tf.norm(g)) for g in grads]),
        dead_share=np.array([float(np.mean(np.all(o.numpy() == 0, axis=0))) for o in outputs]),
        activation_std=np.array([float(np.std(o.numpy())) for o in outputs]),
    )
