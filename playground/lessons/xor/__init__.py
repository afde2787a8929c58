"""The xor lesson."""
