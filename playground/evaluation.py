"""Looking at a trained classifier's answers: confusion matrix and its mistakes."""

from __future__ import annotations

import numpy as np


def confusion_matrix(true: np.ndarray, predicted: np.ndarray, n_classes: int) -> np.ndarray:
    """Rows: true class, columns: predicted class."""
    matrix = np.zeros((n_classes, n_classes), np.int64)
    np.add.at(matrix, (np.asarray(true, int), np.asarray(predicted, int)), 1)
    return matrix


def mistakes(true: np.ndarray, probabilities: np.ndarray, limit: int) -> np.ndarray:
    """Indices of wrong answers, the most confident first."""
    predicted = probabilities.argmax(1)
    wrong = np.flatnonzero(predicted != true)
    confidence = probabilities[wrong, predicted[wrong]]
    return wrong[np.argsort(-confidence)][:limit]
