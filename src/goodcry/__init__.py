"""goodcry: a private, local-first journal for crying and the feelings behind it.

This module stays tiny on purpose: ``goodcry --help`` and quick capture import it on every run.
"""

__version__ = "0.1.0"
