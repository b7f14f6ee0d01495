"""``passerelle`` and ``python -m desktop``: the window, or a sub-command.

See ``desktop.cli`` and ``passerelle --help``.
"""

import sys

from desktop.cli.runner import main

__all__ = ["main"]

if __name__ == "__main__":
    sys.exit(main())
