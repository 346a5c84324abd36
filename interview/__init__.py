"""qualify: a guided qualification interview for B2B discovery calls."""

__version__ = "0.1.0"
