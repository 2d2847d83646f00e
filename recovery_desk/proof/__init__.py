"""Proof that nothing is lost: a crash harness that kills a real workload and checks the log."""
