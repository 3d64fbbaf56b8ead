"""The domain: entries, feelings, people, safety and insights.

Nothing in this package imports a CLI, web or database library; the edges (``goodcry.cli``, ``goodcry.web``,
``goodcry.storage``, ``goodcry.interchange``) translate to and from these types.
"""
