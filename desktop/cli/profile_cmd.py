"""``passerelle profile create`` and ``passerelle profile list``."""

import argparse
from typing import Any, TypeVar

from pydantic import BaseModel

from ..domain.enums import Language, Role
from ..domain.errors import FieldError, ProfileError, ValidationFailed
from ..domain.settings import Profile, Settings
from ..domain.validation import validate_model
from ..services import profiles
from ..services.usernames import username_from
from .output import print_json, table
from .unlock import profile_store, read_new_passphrase

#: model fields named as the options that set them, for error messages
OPTION_OF = {"display_name": "--name", "office": "--office", "username": "--username", "office_code": "--office-code",
             "role": "--role", "language": "--lang"}


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser("profile", help="create or list the profiles on this computer")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    create = actions.add_parser(
        "create",
        parents=[common],
        help="create a profile (passphrase from PASSERELLE_PASSPHRASE or a prompt)",
        description="Create a profile and its encrypted database. The passphrase comes from "
        "PASSERELLE_PASSPHRASE or is asked twice. The one-time recovery key is printed at the end.",
    )
    create.add_argument("--name", required=True, help="display name, e.g. \"Aïcha Diallo\"")
    create.add_argument("--office", required=True, help="office name, e.g. Dakar")
    create.add_argument("--role", required=True, choices=[r.value for r in Role])
    create.add_argument("--lang", required=True, choices=[lang.value for lang in Language], help="interface language")
    create.add_argument("--office-code", metavar="CODE", default="",
                        help="office code in case numbers (default: from the office name)")
    create.add_argument("--username", default=None,
                        help="user name of the profile (default: from the display name, e.g. aicha-diallo)")
    create.set_defaults(handler=create_profile)

    listing = actions.add_parser("list", parents=[common], help="list the profiles (no passphrase needed)")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=list_profiles)


M = TypeVar("M", bound=BaseModel)


def _validated(model: type[M], data: dict[str, Any]) -> M:
    """The model, or ValidationFailed naming the options rather than the fields."""
    try:
        return validate_model(model, data)
    except ValidationFailed as failure:
        renamed = [FieldError(OPTION_OF.get(e.field, e.field), e.key, **e.params) for e in failure.errors]
        raise ValidationFailed(renamed) from None


def _validated_both(profile: dict[str, Any], settings: dict[str, Any]) -> tuple[Profile, Settings]:
    """Both models, or one ValidationFailed listing the problems of both."""
    errors: list[FieldError] = []
    built: list[Any] = []
    for model, data in ((Profile, profile), (Settings, settings)):
        try:
            built.append(_validated(model, data))
        except ValidationFailed as failure:
            errors += failure.errors
    if errors:
        raise ValidationFailed(errors)
    return built[0], built[1]


def _username(args: argparse.Namespace) -> str:
    """The chosen user name (checked with the rest of the profile), or one made
    from the display name."""
    return args.username if args.username is not None else username_from(args.name)


def create_profile(args: argparse.Namespace) -> int:
    data = {"username": _username(args), "display_name": args.name.strip(), "office": args.office.strip(),
            "role": args.role, "language": args.lang}
    profile, settings = _validated_both(data, {"office_code": args.office_code.strip()})
    store = profile_store(args)
    if store.folder(profile.username).exists():
        raise ProfileError("profile.exists", name=profile.username)
    passphrase = read_new_passphrase(profile.display_name)
    recovery_key, session = profiles.create_profile(store, profile, passphrase, settings)
    session.close()
    print(f"Created profile “{profile.username}” for {profile.display_name} "
          f"({profile.office}, {profile.role.value}, {profile.language.value}).")
    print(f"Choose it with: --profile {profile.username}")
    print()
    print("RECOVERY KEY — shown only this once:")
    print()
    print(f"    {recovery_key}")
    print()
    print("Write it down now and keep it somewhere safe, away from this computer.")
    print("It is the only way back into this profile if the passphrase is forgotten.")
    return 0


def list_profiles(args: argparse.Namespace) -> int:
    found = profile_store(args).list()
    if args.json:
        print_json([profile.model_dump(mode="json") for profile in found])
        return 0
    if not found:
        print("There is no profile yet. Create one with: passerelle profile create")
        return 0
    rows = [[p.username, p.display_name, p.office, p.role.value, p.language.value] for p in found]
    print(table(["USERNAME", "DISPLAY NAME", "OFFICE", "ROLE", "LANGUAGE"], rows))
    return 0
