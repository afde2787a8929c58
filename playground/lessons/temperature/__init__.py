"""The temperature lesson."""
