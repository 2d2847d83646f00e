"""The Dashboard's and the report's figures."""
