"""The ``passerelle`` command line: sub-commands for IT staff and scripts.

``runner.main`` parses the arguments, opens the GUI when no sub-command is
given, and turns every expected failure into a one-line message on stderr.
Nothing in this package imports PySide6: only the GUI path does, lazily.
"""
