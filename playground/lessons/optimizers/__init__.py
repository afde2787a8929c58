"""The optimizers lesson."""
