"""Activation functions as Keras computes them, their derivatives by autodiff, and a measured
look at gradients flowing back through a deep stack."""

from __future__ import annotations

from dataclasses import dataclass

import keras
import numpy as np
import tensorflow as tf

# Keras has no step function (it has no useful gradient); it is computed directly.
FUNCTIONS = (
    "step",
    "sigmoid",
    "tanh",
    "relu",
    "leaky_relu",
    "elu",
    "selu",
    "softplus",
    "gelu",
    "swish",
    "linear",
)
# Shown in each function's card: formula (LaTeX) and output range.
FORMULAS = {
    "step": (r"f(x) = \begin{cases} 1 & x \ge 0 \\ 0 & x < 0 \end{cases}", "{0, 1}"),
    "sigmoid": (r"f(x) = \frac{1}{1 + e^{-x}}", "(0, 1)"),
    "tanh": (r"f(x) = \frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}", "(-1, 1)"),
    "relu": (r"f(x) = \max(0, x)", "[0, ∞)"),
    "leaky_relu": (r"f(x) = \begin{cases} x & x \ge 0 \\ \alpha x & x < 0 \end{cases}", "(-∞, ∞)"),
    "elu": (r"f(x) = \begin{cases} x & x > 0 \\ e^{x} - 1 & x \le 0 \end{cases}", "(-1, ∞)"),
    "selu": (
        r"f(x) = \lambda \begin{cases} x & x > 0 \\ \alpha_s (e^{x} - 1) & x \le 0 \end{cases}",
        "(-1.758, ∞)",
    ),
    "softplus": (r"f(x) = \ln(1 + e^{x})", "(0, ∞)"),
    "gelu": (r"f(x) = x \, \Phi(x)", "(-0.17, ∞)"),
    "swish": (r"f(x) = \frac{x}{1 + e^{-x}}", "(-0.28, ∞)"),
    "linear": (r"f(x) = x", "(-∞, ∞)"),
}
SOFTMAX_FORMULA = r"\mathrm{softmax}(z)_i = \frac{e^{z_i}}{\sum_j e^{z_j}}"


def _keras_activation(name: str, alpha: float):
    if name == "leaky_relu":
        return lambda x: keras.activations.leaky_relu(x, negative_slope=alpha)
    return keras.activations.get(name)


def curve(name: str, x: np.ndarray, alpha: float = 0.2) -> tuple[np.ndarray, np.ndarray]:
    """The activation and its derivative at `x`, as Keras computes them (autodiff)."""
    if name == "step":
        return (x >= 0).astype(np.float64), np.zeros_like(x, dtype=np.float64)
    inputs = tf.constant(x, tf.float32)
    with tf.GradientTape() as tape:
        tape.watch(inputs)
        outputs = _keras_activation(name, alpha)(inputs)
    derivative = tape.gradient(outputs, inputs)
    return outputs.numpy().astype(np.float64), derivative.numpy().astype(np.float64)


def softmax(logits: np.ndarray) -> np.ndarray:
    return keras.activations.softmax(tf.constant([logits], tf.float32)).numpy()[0]


# -- vanishing gradients, measured -------------------------------------------------------------
INITIALIZERS = ("glorot_uniform", "he_normal", "random_normal", "lecun_normal")


@dataclass(frozen=True)
class DeepStackSpec:
    depth: int = 10
    width: int = 64
    activation: str = "sigmoid"
    initializer: str = "glorot_uniform"
    bias: float = 0.0  # every unit's initial bias
    seed: int = 0
    batch: int = 256


@dataclass(frozen=True)
class GradientReport:
    gradient_norms: np.ndarray  # per layer, input side first: ||dLoss/dW||
    dead_share: np.ndarray  # per layer: share of units that output 0 for every sample
    activation_std: np.ndarray  # per layer: spread of the outputs


def measure_gradients(spec: DeepStackSpec) -> GradientReport:
    """Run a batch of standard-normal inputs through `depth` Dense layers (weights from the
    chosen Keras initializer) and back-propagate a mean-squared loss against random targets."""
    rng = np.random.default_rng(spec.seed)
    x = tf.constant(rng.normal(size=(spec.batch, spec.width)), tf.float32)
    target = tf.constant(rng.normal(size=(spec.batch, spec.width)), tf.float32)
    act = _keras_activation(spec.activation, 0.2)
    kernels = [
        tf.Variable(
            keras.initializers.get(
                {
                    "class_name": spec.initializer,
                    "config": {"seed": spec.seed * 1000 + layer},
                }
            )((spec.width, spec.width))
        )
        for layer in range(spec.depth)
    ]
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
