"""The activations lesson."""
