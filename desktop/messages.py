"""English templates for every message key the core raises.

The CLI prints them as they are; the UI passes the template through Qt's
translator (context "Messages"). ``QT_TRANSLATE_NOOP`` below is a plain
function that lupdate recognises by name, so these strings reach the .ts files
without the core importing Qt.
"""

from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (name read by lupdate)
    return text


TEMPLATES: dict[str, str] = {
    "error.unexpected": QT_TRANSLATE_NOOP("Messages", "Something went wrong. Details were written to the log file."),
    "unlock.wrong_passphrase": QT_TRANSLATE_NOOP("Messages", "Wrong passphrase."),
    "unlock.locked_out": QT_TRANSLATE_NOOP("Messages", "Too many wrong passphrases. Try again in {seconds} seconds."),
    "unlock.wrong_recovery_key": QT_TRANSLATE_NOOP("Messages", "This recovery key does not belong to this profile."),
    "passphrase.weak": QT_TRANSLATE_NOOP("Messages", "This passphrase is too weak."),
    "passphrase.too_short": QT_TRANSLATE_NOOP("Messages", "Use at least 10 characters."),
    "passphrase.one_kind": QT_TRANSLATE_NOOP("Messages", "Mix letters with digits or other signs."),
    "passphrase.common": QT_TRANSLATE_NOOP("Messages", "Avoid common words such as “password”."),
    "passphrase.contains_name": QT_TRANSLATE_NOOP("Messages", "Do not put your name in the passphrase."),
    "passphrase.repetitive": QT_TRANSLATE_NOOP("Messages", "Use more different characters."),
    "passphrase.mismatch": QT_TRANSLATE_NOOP("Messages", "The two passphrases are not the same."),
    "profile.error": QT_TRANSLATE_NOOP("Messages", "This profile cannot be used."),
    "profile.not_found": QT_TRANSLATE_NOOP("Messages", "There is no profile named “{name}”."),
    "profile.unreadable": QT_TRANSLATE_NOOP("Messages", "The profile “{name}” is damaged and cannot be read."),
    "profile.none": QT_TRANSLATE_NOOP("Messages", "There is no profile yet. Create one first."),
    "profile.ambiguous": QT_TRANSLATE_NOOP("Messages", "Several profiles exist ({names}): choose one with --profile."),
    "profile.exists": QT_TRANSLATE_NOOP("Messages", "A profile named “{name}” already exists."),
    "store.error": QT_TRANSLATE_NOOP("Messages", "The database cannot be used."),
    "store.cannot_open": QT_TRANSLATE_NOOP("Messages", "The database file cannot be opened."),
    "store.newer_schema": QT_TRANSLATE_NOOP(
        "Messages", "This profile was saved by a newer version of Passerelle. Install that version to open it."
    ),
    "case.not_found": QT_TRANSLATE_NOOP("Messages", "No such case."),
    "case.invalid_transition": QT_TRANSLATE_NOOP("Messages", "A case cannot move from this status to that one."),
    "field.invalid": QT_TRANSLATE_NOOP("Messages", "This value is not valid."),
    "field.required": QT_TRANSLATE_NOOP("Messages", "This field is required."),
    "field.too_long": QT_TRANSLATE_NOOP("Messages", "This text is too long."),
    "field.date": QT_TRANSLATE_NOOP("Messages", "Enter a date as YYYY-MM-DD."),
    "field.choice": QT_TRANSLATE_NOOP("Messages", "Choose one of the values offered."),
    "field.number": QT_TRANSLATE_NOOP("Messages", "Enter a whole number."),
    "field.number_range": QT_TRANSLATE_NOOP("Messages", "This number is out of range."),
    "field.yes_no": QT_TRANSLATE_NOOP("Messages", "Answer yes or no."),
    "field.format": QT_TRANSLATE_NOOP("Messages", "This value does not have the expected form."),
    "field.unknown": QT_TRANSLATE_NOOP("Messages", "There is no such field."),
    "form.required": QT_TRANSLATE_NOOP("Messages", "This question needs an answer."),
    "form.constraint": QT_TRANSLATE_NOOP("Messages", "This answer is not accepted."),
    "form.choice": QT_TRANSLATE_NOOP("Messages", "This choice is no longer offered: choose again."),
    "forms.unavailable": QT_TRANSLATE_NOOP("Messages", "This form cannot be filled in now."),
    "forms.unknown": QT_TRANSLATE_NOOP("Messages", "The form “{form}” is not installed on this computer."),
    "forms.intake_on_case": QT_TRANSLATE_NOOP("Messages", "The intake form registers a new case; it cannot be filled in on an existing one."),
    "forms.no_case": QT_TRANSLATE_NOOP("Messages", "This form belongs to a case: open the case first."),
    "forms.already_revised": QT_TRANSLATE_NOOP("Messages", "This submission has already been corrected: correct the newest revision."),
    "forms.needs_consent.referral": QT_TRANSLATE_NOOP("Messages", "Needs the returnee’s consent to referral (see Consent)."),
    "forms.needs_consent.assistance": QT_TRANSLATE_NOOP("Messages", "Needs the returnee’s consent to assistance (see Consent)."),
    "forms.needs_consent.hq_sharing": QT_TRANSLATE_NOOP("Messages", "Needs the returnee’s consent to sharing with headquarters (see Consent)."),
    "scoring.invalid": QT_TRANSLATE_NOOP("Messages", "The scoring profile {file} cannot be used: {problems} problem(s)."),
    "field.name_required": QT_TRANSLATE_NOOP("Messages", "Enter at least a given name or a family name."),
    "field.date_in_future": QT_TRANSLATE_NOOP("Messages", "This date is in the future."),
    "field.date_too_old": QT_TRANSLATE_NOOP("Messages", "This date is more than 120 years ago."),
    "field.return_before_birth": QT_TRANSLATE_NOOP("Messages", "The return date is before the birth date."),
    "field.phone": QT_TRANSLATE_NOOP("Messages", "Enter a phone number with digits, spaces and an optional +."),
    "field.duplicate_number": QT_TRANSLATE_NOOP("Messages", "This case number is already used."),
    "field.assignment": QT_TRANSLATE_NOOP("Messages", "Write changes as FIELD=VALUE."),
    "validation.failed": QT_TRANSLATE_NOOP("Messages", "Some fields need attention."),
    "pattern.unknown_token": QT_TRANSLATE_NOOP("Messages", "Use only {office}, {year} and {seq} in the pattern."),
    "pattern.bad_characters": QT_TRANSLATE_NOOP("Messages", "Use only letters, digits, dashes, dots and slashes."),
    "pattern.needs_seq": QT_TRANSLATE_NOOP("Messages", "The pattern must contain {seq}."),
    "pattern.too_long": QT_TRANSLATE_NOOP("Messages", "Case numbers made from this pattern would be too long."),
    "import.rejected": QT_TRANSLATE_NOOP("Messages", "Nothing was imported. Rows with problems: {rows}."),
    "import.too_many_rows": QT_TRANSLATE_NOOP("Messages", "The file has more than {limit} rows."),
    "import.extra_cells": QT_TRANSLATE_NOOP("Messages", "This row has more cells than the header."),
    "import.not_utf8": QT_TRANSLATE_NOOP("Messages", "The file is not UTF-8 text. Save it as “CSV UTF-8”."),
    "import.cannot_read": QT_TRANSLATE_NOOP("Messages", "The file cannot be read."),
    "import.empty": QT_TRANSLATE_NOOP("Messages", "The file has no header row."),
    "forms.invalid": QT_TRANSLATE_NOOP("Messages", "This form file has problems and was not loaded."),
    "handbook.invalid_pack": QT_TRANSLATE_NOOP(
        "Messages", "The handbook pack “{pack}” was not loaded. Problems found: {problems}."
    ),
    "handbook.import_failed": QT_TRANSLATE_NOOP(
        "Messages", "“{source}” was not imported and nothing was changed. Problems found: {problems}."
    ),
    "handbook.no_source": QT_TRANSLATE_NOOP("Messages", "Choose a folder or a page to import."),
    "handbook.shipped_pack": QT_TRANSLATE_NOOP("Messages", "The field guide shipped with Passerelle cannot be removed."),
    "handbook.no_such_pack": QT_TRANSLATE_NOOP("Messages", "No imported pack has the id “{pack}”."),
    "handbook.pack_in_use": QT_TRANSLATE_NOOP(
        "Messages", "The pack “{pack}” is in use by another program and was not removed."
    ),
    "sync.not_configured": QT_TRANSLATE_NOOP(
        "Messages", "Sync with headquarters is not set up yet (the sync button in the status bar, or: passerelle sync configure)."
    ),
    "sync.unreachable": QT_TRANSLATE_NOOP(
        "Messages", "Headquarters cannot be reached. Your changes are kept here and will be sent next time."
    ),
    "sync.bad_login": QT_TRANSLATE_NOOP("Messages", "Headquarters did not accept this user name and password."),
    "sync.refused": QT_TRANSLATE_NOOP("Messages", "Headquarters refused: this account may not write these records."),
    "sync.not_found": QT_TRANSLATE_NOOP("Messages", "Headquarters does not know this office."),
    "sync.rejected": QT_TRANSLATE_NOOP("Messages", "Headquarters refused the request (status {status})."),
    "sync.not_kinto": QT_TRANSLATE_NOOP(
        "Messages", "The server at this address answered something that is not a Passerelle headquarters."
    ),
    "sync.partial": QT_TRANSLATE_NOOP(
        "Messages", "Some changes were not accepted by headquarters; they are kept here and will be sent again."
    ),
    "sync.cancelled": QT_TRANSLATE_NOOP("Messages", "Sync was cancelled. What was already sent is kept."),
    "sync.busy": QT_TRANSLATE_NOOP("Messages", "A sync is already running."),
    "sync.store": QT_TRANSLATE_NOOP("Messages", "Sync stopped because of a problem with the database on this computer."),
    "sync.choose_office": QT_TRANSLATE_NOOP(
        "Messages", "This account can see several offices ({offices}): choose one."
    ),
    "sync.no_such_office": QT_TRANSLATE_NOOP("Messages", "This account cannot use the office “{office}”."),
    "sync.no_office": QT_TRANSLATE_NOOP(
        "Messages", "This account cannot see any office. Ask headquarters to check it."
    ),
    "sync.no_such_conflict": QT_TRANSLATE_NOOP("Messages", "There is no open conflict with this number."),
    "export.cannot_write": QT_TRANSLATE_NOOP(
        "Messages",
        "The export could not be written. Check that the folder exists, that you may write in it and that the disk is not full, then try again.",
    ),
    "export.cancelled": QT_TRANSLATE_NOOP("Messages", "The export was stopped. No file was written."),
    "audit.ok": QT_TRANSLATE_NOOP("Messages", "The audit trail is intact ({entries} entries)."),
    "audit.missing_entry": QT_TRANSLATE_NOOP("Messages", "The audit trail is broken: entry {seq} was removed."),
    "audit.altered_entry": QT_TRANSLATE_NOOP("Messages", "The audit trail is broken: entry {seq} was altered."),
    "bundle.not_a_bundle": QT_TRANSLATE_NOOP(
        "Messages",
        "This file is not a Passerelle bundle, or a newer version of Passerelle wrote it. Nothing was imported.",
    ),
    "bundle.truncated": QT_TRANSLATE_NOOP(
        "Messages",
        "This file is incomplete: it was probably not copied to the end. Copy it again; nothing was imported.",
    ),
    "bundle.tampered": QT_TRANSLATE_NOOP(
        "Messages", "This file is damaged or was changed after it was written; nothing was imported."
    ),
    "bundle.foreign": QT_TRANSLATE_NOOP("Messages", "This bundle belongs to another office and was not imported."),
    "bundle.replayed": QT_TRANSLATE_NOOP(
        "Messages",
        "This bundle was already imported (number {sequence} from device {device}; the newest imported from that device is number {last}).",
    ),
    "bundle.unknown_device": QT_TRANSLATE_NOOP(
        "Messages",
        "This bundle comes from device {device}, which this laptop does not know as a device of the office "
        "(a new laptop, or one withdrawn by headquarters). Sync with headquarters, then try again; nothing was imported.",
    ),
    "bundle.no_office_key": QT_TRANSLATE_NOOP(
        "Messages",
        "Bundles need the office key, which this laptop gets from headquarters: set up and sync with headquarters once.",
    ),
    "bundle.nothing_to_export": QT_TRANSLATE_NOOP(
        "Messages", "Nothing is waiting to be sent: headquarters already has every change made here."
    ),
    "case.erase_not_allowed": QT_TRANSLATE_NOOP("Messages", "M&E officers cannot erase cases."),
    "bundle.too_large": QT_TRANSLATE_NOOP(
        "Messages", "This bundle is larger than Passerelle accepts ({limit_mb} MB); nothing was imported."
    ),
    "bundle.too_many_changes": QT_TRANSLATE_NOOP(
        "Messages", "There are too many changes for one bundle (more than {limit_mb} MB); nothing was written."
    ),
    "bundle.cannot_read": QT_TRANSLATE_NOOP(
        "Messages", "The bundle file cannot be read. Check that the USB drive is still plugged in, then try again."
    ),
    "bundle.cannot_write": QT_TRANSLATE_NOOP(
        "Messages",
        "The bundle could not be written. Check that the USB drive is plugged in, not full and not locked, then try again.",
    ),
}


def template(key: str) -> str:
    return TEMPLATES.get(key, TEMPLATES["error.unexpected"])


def render(text: str, params: dict[str, Any]) -> str:
    """Fill ``{name}`` slots; a slot without a value stays as written."""
    for name, value in params.items():
        text = text.replace("{" + name + "}", str(value))
    return text


def message(key: str, **params: Any) -> str:
    """The English sentence for a key (CLI output)."""
    return render(template(key), params)
