"""English sentences for use-case codes, for the command line (the windows translate by code)."""

from __future__ import annotations

from desktop.app.errors import UseCaseError

_TEXT = {
    "forbidden": "{actor} ({role}) may not do this: it needs the {permission} permission",
    "setting_invalid": "{key}: {problem}",
    "setting_unknown": "{key}: unknown setting; known: {known}",
    "secret_unknown": "{key}: unknown secret; known: {known}",
    "secret_empty": "{key}: the secret read from standard input is empty; nothing was changed",
    "keyring_unavailable": "{detail}",
    "staff_name_invalid": "{name!r} is not a usable staff name",
    "staff_name_reserved": "{name!r}: names starting with os: or system: are reserved",
    "staff_name_taken": "a staff member named {name!r} exists already",
    "password_too_short": "the password must have at least {minimum} characters",
    "role_invalid": "{role!r} is not a role; roles: {known}",
    "first_admin_exists": "the first admin exists already",
    "import_conflict": "another workstation added the same data meanwhile; nothing was imported ({detail})",
    "export_folder_missing": "the folder {folder} does not exist; no file was written",
    "export_target_is_folder": "{path} is a folder; give the name of a file to write; nothing was written",
    "export_write_failed": "the file {path} could not be written ({detail}); no file was left behind",
    "export_cancelled": "the export was cancelled; no file was left behind",
    "demo_size": "{got} {what} is out of range: from 1 to {most}",
    "search_too_long": "the search text has {got} characters; at most {most} are searched for",
}


def describe(error: UseCaseError) -> str:
    template = _TEXT.get(error.code)
    if template is None:
        return str(error)
    try:
        return template.format(**error.params)
    except (KeyError, ValueError):
        return f"{template} {error.params}"
