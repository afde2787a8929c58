"""Activation functions as Keras computes them, their derivatives by autodiff, and softmax."""

from __future__ import annotations

from collections.abc import Callable

import keras
import numpy as np
import tensorflow as tf

POINTS = 401  # samples along the x range

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


def keras_activation(name: str, alpha: float) -> Callable[[tf.Tensor], tf.Tensor]:
    """Keras' activation by name; `alpha` is leaky ReLU's slope for x < 0."""
    if name == "leaky_relu":
        return lambda x: keras.activations.leaky_relu(x, negative_slope=alpha)
    return keras.activations.get(name)


def x_values(x_range: tuple[float, float]) -> np.ndarray:
    """Where the curves are sampled (a collapsed range still spans one unit)."""
    low, high = x_range
    return np.linspace(low, high if high > low else low + 1, POINTS)


def curve(name: str, x: np.ndarray, alpha: float = 0.2) -> tuple[np.ndarray, np.ndarray]:
    """The activation and its derivative at `x`, as Keras computes them (autodiff)."""
    if name == "step":
        return (x >= 0).astype(np.float64), np.zeros_like(x, dtype=np.float64)
    inputs = tf.constant(x, tf.float32)
    with tf.GradientTape() as tape:
        tape.watch(inputs)
        outputs = keras_activation(name, alpha)(inputs)
    derivative = tape.gradient(outputs, inputs)
    return outputs.numpy().astype(np.float64), derivative.numpy().astype(np.float64)


def softmax(logits: np.ndarray) -> np.ndarray:
    return keras.activations.softmax(tf.constant([logits], tf.float32)).numpy()[0]
