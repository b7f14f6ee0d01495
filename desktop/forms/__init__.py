"""Forms engine core: definitions (``definition``), reading and validating form
files (``loader``, ``checks``) and the expression language (``expressions``).

No Qt here. Nothing is re-exported, so that importing the expression language
does not load the YAML loader and the other way round.
"""
