"""Kinto configuration files: the one ``hq serve --memory`` writes, and the
checks every ``.ini`` passes before ``hq serve`` runs it.

Every configuration the product writes or ships (this module and
``resources/hq/kinto-production.ini.template``) shares ``app_settings()``:
only the administrator creates accounts and buckets (Kinto's generated
config lets anyone create an account), access through groups only (no
rights for the author of a record), loggers at WARN, 100 requests per batch,
no personal default buckets, and no request that wipes a whole collection.
"""

import configparser
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from .errors import HqError
from .layout import account_principal

#: Sub-requests per ``POST /v1/batch``; devices read it from ``GET /v1/`` ``settings.batch_max_requests``.
BATCH_MAX_REQUESTS = 100
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8888
INI_NAME = "kinto.ini"
#: Marks the values of the production template an administrator must fill in.
PLACEHOLDER = "CHANGE-ME"
#: Principals that must never be allowed to create accounts.
OPEN_PRINCIPALS = ("system.Everyone", "system.Authenticated")

MEMORY_BACKENDS = {
    "kinto.storage_backend": "kinto.core.storage.memory",
    "kinto.cache_backend": "kinto.core.cache.memory",
    "kinto.permission_backend": "kinto.core.permission.memory",
}

LOGGING = """\
[loggers]
keys = root, kinto, waitress

[handlers]
keys = console

[formatters]
keys = plain

[logger_root]
level = WARN
handlers = console

[logger_kinto]
level = WARN
handlers =
qualname = kinto

[logger_waitress]
level = WARN
handlers =
qualname = waitress

[handler_console]
class = StreamHandler
args = (sys.stderr,)
level = NOTSET
formatter = plain

[formatter_plain]
format = %(asctime)s %(levelname)s [%(name)s] %(message)s
"""


def app_settings(admin_user: str) -> dict[str, str]:
    """The ``[app:main]`` settings every configuration of ours has."""
    admin = account_principal(admin_user)
    return {
        # accounts (user name + password) are the only authentication
        "kinto.includes": "kinto.plugins.accounts",
        "multiauth.policies": "account",
        "multiauth.policy.account.use": "kinto.plugins.accounts.AccountsPolicy",
        "kinto.account_create_principals": admin,
        "kinto.account_write_principals": admin,
        "kinto.account_read_principals": admin,
        "kinto.bucket_create_principals": admin,
        "kinto.batch_max_requests": str(BATCH_MAX_REQUESTS),
        # access comes from groups only: the author of a record gets no right of their own on it,
        # so leaving an office (or an office's group being emptied) ends all access to its records
        "kinto.explicit_permissions": "false",
        # staff may write every record of their office, but not empty a collection in one request
        "kinto.plural_record_delete_enabled": "false",
        "kinto.object_collection_delete_enabled": "false",
        "kinto.project_name": "passerelle-hq",
    }


def memory_ini(admin_user: str, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> str:
    settings = {**MEMORY_BACKENDS, "kinto.userid_hmac_secret": secrets.token_hex(32), **app_settings(admin_user)}
    lines = [
        "# Written by `passerelle hq serve --memory`: memory backend, for trying out and tests.",
        "# Everything stored is lost when the server stops. See docs/hq.md for production.",
        "",
        "[server:main]",
        "use = egg:waitress#main",
        f"host = {host}",
        f"port = {port}",
        "",
        "[app:main]",
        "use = egg:kinto",
        *(f"{key} = {value}" for key, value in settings.items()),
        "",
        LOGGING,
    ]
    return "\n".join(lines)


def write_memory_ini(folder: Path, admin_user: str, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> Path:
    """Write ``FOLDER/kinto.ini`` (replacing an older one) and return its path."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / INI_NAME
        path.touch(mode=0o600)  # it holds the server's secret
        path.chmod(0o600)
        path.write_text(memory_ini(admin_user, host, port), encoding="utf-8")
    except OSError as error:
        raise HqError(f"{folder}: cannot write the configuration ({error.strerror or error})") from None
    return path


@dataclass
class ServeConfig:
    """What ``hq serve`` runs: the ini file, where to listen, waitress options."""

    ini: Path
    host: str
    port: int
    memory: bool
    waitress: dict[str, str] = field(default_factory=dict)

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/v1/"


def read_ini(path: Path, admin_user: str, host: str | None = None, port: int | None = None) -> ServeConfig:
    """Check a Kinto ``.ini`` before serving it; ``HqError`` on the first problem.

    Refused: a missing file, a ``CHANGE-ME`` left in it, account creation open
    to anyone, and an administrator other than ``admin_user``.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise HqError(f"{path}: cannot read it ({error.strerror or error})") from None
    for number, line in enumerate(text.splitlines(), 1):
        if PLACEHOLDER in line and not line.lstrip().startswith(("#", ";")):
            raise HqError(f"{path}:{number}: replace {PLACEHOLDER} with a real value first")
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read_string(text, source=str(path))
    except configparser.Error as error:
        raise HqError(f"{path}: not an .ini file ({error.message.splitlines()[0]})") from None
    if not parser.has_section("app:main"):
        raise HqError(f"{path}: not a Kinto configuration (no [app:main] section)")
    app = parser["app:main"]
    _check_principals(path, app, account_principal(admin_user))
    server = dict(parser["server:main"]) if parser.has_section("server:main") else {}
    chosen_host = host or server.pop("host", DEFAULT_HOST)
    try:
        chosen_port = port or int(server.pop("port", DEFAULT_PORT))
    except ValueError:
        raise HqError(f"{path}: [server:main] port is not a number") from None
    options = {key: value for key, value in server.items() if key not in ("use", "host", "port")}
    memory = app.get("kinto.storage_backend", "").strip() == MEMORY_BACKENDS["kinto.storage_backend"]
    return ServeConfig(path, chosen_host, chosen_port, memory, options)


def _check_principals(path: Path, app: configparser.SectionProxy, admin: str) -> None:
    create = app.get("kinto.account_create_principals", "").split()
    if not create or any(principal in OPEN_PRINCIPALS for principal in create):
        raise HqError(f"{path}: kinto.account_create_principals must name the administrator only "
                      f"({admin}), never {' or '.join(OPEN_PRINCIPALS)}")
    for key in ("kinto.account_create_principals", "kinto.account_write_principals",
                "kinto.bucket_create_principals"):
        if admin not in app.get(key, "").split():
            raise HqError(f"{path}: {key} does not name {admin}, the administrator from the environment")
