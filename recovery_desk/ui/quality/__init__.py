"""Quality checks on live cases: the review queue, scores per agent, calibration."""
