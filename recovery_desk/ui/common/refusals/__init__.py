"""Each code's sentence in the interface language, one module per subject; merged by
``ui/common/flow_texts.py``."""
