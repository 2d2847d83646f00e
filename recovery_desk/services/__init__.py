"""Use cases over the case log: open and run cases, demo data, export, check. No Qt."""
