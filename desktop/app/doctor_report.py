"""The checks of a workstation (R44) in plain English: `doctor`'s lines and JSON document, and the
report Help → About copies for support. Support reads English whatever the window's language, so the
copied report is this same English (the window shows the checks in its own language)."""

from __future__ import annotations

from typing import Any

from desktop.app.about import About
from desktop.app.doctor import CLOCK_TOLERANCE_SECONDS, Check, all_passed
from desktop.core.codes import CheckFinding, CheckKind, CheckOutcome

_MARKS = {CheckOutcome.PASSED: "ok", CheckOutcome.FAILED: "FAIL", CheckOutcome.NOT_RUN: "not run"}

_WHY_NOT_RUN = {
    CheckKind.DATABASE.value: "the database could not be checked",
    CheckKind.SCHEMA.value: "the database is not at this program's schema version",
    CheckKind.KEYRING.value: "the keyring cannot be read",
}

_SENTENCES: dict[CheckFinding, str] = {
    CheckFinding.DATABASE_REACHABLE: "{url}",
    CheckFinding.DATABASE_URL_REFUSED: "{detail}",
    CheckFinding.DATABASE_NO_FILE: (
        "{url}: there is no database file {path}; it is made when RenewDesk first starts "
        "(or choose the connection with `workstation connect URL`)"
    ),
    CheckFinding.DATABASE_FILE_GONE: "{url}: {detail}",
    CheckFinding.DATABASE_UNREACHABLE: "{url}: {detail}",
    CheckFinding.DATABASE_REFUSED: "{detail}",
    CheckFinding.SCHEMA_CURRENT: "schema {version} (this program's)",
    CheckFinding.SCHEMA_OLDER: (
        "schema {version}, older than this program's {head}: it is brought up to date when RenewDesk "
        "next opens it"
    ),
    CheckFinding.SCHEMA_NEWER: (
        "schema {version}, newer than this program's {head}: update RenewDesk on this workstation"
    ),
    CheckFinding.SCHEMA_EMPTY: (
        "an empty database: RenewDesk sets it up (schema {head}) when it first opens it"
    ),
    CheckFinding.KEYRING_USABLE: "{backend}; secrets kept here: {kept_or_none}",
    CheckFinding.KEYRING_UNUSABLE: "{detail}",
    CheckFinding.SIGNING_KEY_MATCHES: "{secret} matches the database's fingerprint",
    CheckFinding.SIGNING_KEY_NOT_CREATED: (
        "the database has no link-signing key yet: an admin makes it once with `config init-signing-key`; "
        "until then no e-mail with a link is queued"
    ),
    CheckFinding.SIGNING_KEY_MISSING_HERE: (
        "this workstation's keyring has no {secret}; the database has one: copy the same key here with "
        "`config set-secret {secret}`"
    ),
    CheckFinding.SIGNING_KEY_MISMATCH: (
        "this workstation's {secret} is not the database's key: put the database's key here with "
        "`config set-secret {secret}`"
    ),
    CheckFinding.SMTP_GREETS: "{server} greets ({greeting}){login}; nothing was sent",
    CheckFinding.SMTP_UNREACHABLE: "{server}: no connection ({detail})",
    CheckFinding.SMTP_REFUSED: "{server} answered with an error ({detail})",
    CheckFinding.SMTP_NO_PASSWORD: (
        "{server}: smtp.user is {user} but this workstation's keyring has no smtp.password "
        "(`config set-secret smtp.password`)"
    ),
    CheckFinding.SMTP_NOT_SET_UP: "e-mail is not set up: {keys} not set (`config set`)",
    CheckFinding.GATEWAY_ANSWERS: "the {gateway} gateway answers ({calls} calls in its ledger)",
    CheckFinding.GATEWAY_FAILS: "the {gateway} gateway cannot be reached ({detail})",
    CheckFinding.CLOCK_AGREES: (
        "time zone {zone}; this workstation's clock is within {seconds} s of the database server's"
    ),
    CheckFinding.CLOCK_SAME_MACHINE: (
        "time zone {zone}; the database is a file on this computer, so its clock is this computer's"
    ),
    CheckFinding.CLOCK_OFF: (
        "time zone {zone}; this workstation's clock is {seconds} s {ahead_or_behind} the database server's "
        "(more than {tolerance} s): set the computer's time (NTP)"
    ),
    CheckFinding.TIMEZONE_UNKNOWN: (
        "the time zone setting {zone} is not one this computer knows (`config set timezone Asia/Jerusalem`)"
    ),
    CheckFinding.NO_ANSWER_IN_TIME: "no answer within {seconds} s",
    CheckFinding.FAILED_UNEXPECTEDLY: "the check itself failed ({detail})",
    CheckFinding.NOT_RUN: "{why}",
}


def sentence(check: Check) -> str:
    params: dict[str, str] = dict(check.params)
    params["kept_or_none"] = params.get("kept") or "none"
    params["login"] = f", logs in as {params['user']}" if params.get("user") else ""
    params["ahead_or_behind"] = "ahead of" if params.get("ahead") == "yes" else "behind"
    params["tolerance"] = str(CLOCK_TOLERANCE_SECONDS)
    params["why"] = _WHY_NOT_RUN.get(params.get("because", ""), "an earlier check failed")
    return _SENTENCES[check.finding].format_map(_Blank(params))


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


def line(check: Check) -> str:
    """`ok      database    sqlite:////home/dana/.local/share/RenewDesk/renewdesk.sqlite3`"""
    return f"{_MARKS[check.outcome]:<8}{check.kind.value:<12}{sentence(check)}"


def as_json(about: About, checks: tuple[Check, ...]) -> dict[str, Any]:
    """One document for monitoring: `passed` is the exit code's answer."""
    return {
        "passed": all_passed(checks),
        "program": about.program,
        "version": about.version,
        "database": about.database,
        "workstation": about.workstation,
        "checks": [
            {
                "kind": check.kind.value,
                "passed": check.passed,
                "outcome": check.outcome.value,
                "finding": check.finding.value,
                "params": dict(check.params),
                "text": sentence(check),
            }
            for check in checks
        ],
    }


def tally(checks: tuple[Check, ...]) -> str:
    """How many failed and how many were not run (a check that could not run did not fail)."""
    failed = sum(1 for check in checks if check.outcome is CheckOutcome.FAILED)
    not_run = sum(1 for check in checks if check.outcome is CheckOutcome.NOT_RUN)
    if not_run:
        return f"{failed} failed, {not_run} not run"
    return f"{failed} of {len(checks)} checks did not pass"


def plain_report(about: About, checks: tuple[Check, ...]) -> str:
    """What Help → About's Copy puts on the clipboard for support."""
    head = [
        f"{about.program} {about.version}",
        f"database: {about.database}",
        f"workstation: {about.workstation}",
        "",
    ]
    verdict = "all checks passed" if all_passed(checks) else "some checks did not pass"
    return "\n".join([*head, *(line(check) for check in checks), "", verdict]) + "\n"
