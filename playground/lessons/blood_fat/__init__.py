"""The blood_fat lesson."""
