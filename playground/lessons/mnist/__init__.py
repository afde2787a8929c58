"""The mnist lesson."""
