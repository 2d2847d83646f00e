"""The agent's feedback list: coaching notes and reviews of their own cases."""
