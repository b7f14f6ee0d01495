"""The headquarters side of sync: configuring, running and provisioning Kinto.

The server is Kinto (PostgreSQL in production, the memory backend for trying
out and tests). ``layout`` is shared with the device's sync engine and imports
nothing but the standard library; ``server`` needs the ``hq`` extra
(``pip install 'passerelle[hq]'``) and imports Kinto only when called, so the
desktop bundle works without it. No Qt here.

Errors are ``HqError``: one English line for the administrator. Unlike the
rest of the core these are not message keys: the headquarters tools are
command-line only and never shown in the translated window.
"""

from .errors import HqError

__all__ = ["HqError"]
