"""The Dashboard screen: the recovery figures for a period and scope."""
