"""The Training screen: scripted vs natural side by side, practice, reviews."""
