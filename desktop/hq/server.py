"""Running Kinto in this process: load the ``.ini``, create the administrator
account when it is missing, then serve with waitress until Ctrl-C or SIGTERM.

In-process rather than ``kinto start`` in a subprocess: the memory backend
lives in the serving process, so the administrator account can only be created
there, before the first request, through Kinto's own storage API (as
``kinto create-user`` does). The same code works on PostgreSQL.

Kinto, Pyramid and waitress come from the ``hq`` extra. They are imported by
name when ``run()`` is called: PyInstaller does not follow such imports, so the
desktop bundle never carries a half-usable server (``build.spec`` collects
every ``desktop`` module).
"""

import contextlib
import importlib
import io
import logging
import os
import signal
import sys
import warnings
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

from .config import ServeConfig
from .credentials import Admin
from .errors import HqError
from .layout import account_principal

log = logging.getLogger(__name__)

NOT_INSTALLED = "the headquarters server is not installed: pip install 'passerelle[hq]'"
#: What ``ensure_admin`` found.
CREATED, EXISTS, OTHER_PASSWORD = "created", "exists", "other-password"


def _module(name: str) -> ModuleType:
    return importlib.import_module(name)


def installed() -> bool:
    """True when Kinto and waitress can be imported."""
    try:
        _module("kinto")
        _module("waitress")
    except ImportError:
        return False
    return True


def run(config: ServeConfig, admin: Admin, on_ready: Callable[[str], None]) -> None:
    """Serve until interrupted. ``on_ready(admin_state)`` is called once the
    socket listens (see ``ensure_admin``); a port in use or an unreadable database raise ``HqError``."""
    if not installed():
        raise HqError(NOT_INSTALLED)
    paster = _module("pyramid.paster")
    paster.setup_logging(str(config.ini))
    os.environ["KINTO_INI"] = str(config.ini)  # GET /v1/ shows its hash: every process should show the same
    try:
        with _quiet_start(config.memory):
            app = paster.get_app(str(config.ini), "main")
    except Exception as error:  # a bad setting: Kinto's own message names it
        raise HqError(f"{config.ini}: Kinto cannot start ({_first_line(error)})") from None
    state = ensure_admin(_registry(app), admin, config)
    try:
        server = _module("waitress").create_server(app, host=config.host, port=config.port, **config.waitress)
    except OSError as error:
        raise HqError(f"cannot listen on {config.host}:{config.port} ({error.strerror or error})") from None
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        on_ready(state)
        server.run()  # returns on KeyboardInterrupt, after closing its sockets and threads
    finally:
        signal.signal(signal.SIGTERM, previous)
        server.close()


@contextlib.contextmanager
def _quiet_start(memory: bool) -> Iterator[None]:
    """Drop Kinto's start-up notices that do not apply to us: the storage,
    cache and permission backends share one PostgreSQL pool ("Reuse existing
    PostgreSQL connection"); with the memory backend, "HTTPS is not enabled"
    (loopback) and "accounts are flushed at each startup" (``ensure_admin``
    recreates the administrator). Any other output passes."""
    captured = io.StringIO()
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Reuse existing PostgreSQL connection")
        if memory:
            warnings.filterwarnings("ignore", message="HTTPS is not enabled")
        try:
            with contextlib.redirect_stderr(captured):
                yield
        finally:
            kept = [line for line in captured.getvalue().splitlines(keepends=True)
                    if not (memory and ("memory backend because" in line or "create-user command" in line))]
            sys.stderr.write("".join(kept))


def _interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def _registry(app: Any) -> Any:
    registry = getattr(app, "registry", None)
    return registry if registry is not None else _module("pyramid.config").global_registries.last


def ensure_admin(registry: Any, admin: Admin, config: ServeConfig) -> str:
    """Create the administrator account when missing.

    Returns ``CREATED``, ``EXISTS``, or ``OTHER_PASSWORD`` when the account
    exists with another password than the environment's (it is left as it is;
    ``hq provision`` would then be refused).
    """
    not_found = _module("kinto.core.storage.exceptions").ObjectNotFoundError
    storage = registry.storage
    try:
        try:
            account = storage.get(resource_name="account", parent_id=admin.user, object_id=admin.user)
        except not_found:
            hashed = _module("kinto.plugins.accounts.utils").hash_password(admin.password)
            storage.update(resource_name="account", parent_id=admin.user, object_id=admin.user,
                           obj={"id": admin.user, "password": hashed})
            registry.permission.add_principal_to_ace(
                f"/accounts/{admin.user}", "write", account_principal(admin.user))
            _module("transaction").commit()
            log.info("Administrator account created")
            return CREATED
    except Exception as error:
        _module("transaction").abort()
        hint = "" if config.memory else f"; is the database up, and was `kinto migrate --ini {config.ini}` run?"
        raise HqError(f"cannot read the accounts from the storage ({_first_line(error)}){hint}") from None
    if _module("bcrypt").checkpw(admin.password.encode(), account["password"].encode()):
        return EXISTS
    log.info("Administrator account exists with another password than the environment's")
    return OTHER_PASSWORD


def _first_line(error: BaseException) -> str:
    error = getattr(error, "orig", None) or error  # SQLAlchemy wraps the driver's error
    text = str(error).strip().splitlines()
    return f"{type(error).__name__}: {text[0]}" if text else type(error).__name__
