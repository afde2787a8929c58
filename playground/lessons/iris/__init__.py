"""The iris lesson."""
