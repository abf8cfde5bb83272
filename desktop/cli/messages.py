"""English sentences for use-case codes, for the command line (the windows translate by code)."""

from __future__ import annotations

from desktop.app.errors import UseCaseError
from desktop.cli.parser import program_name
from desktop.workstation import name_problem_text

_TEXT = {
    "forbidden": "{actor} ({role}) may not do this: it needs the {permission} permission",
    "setting_invalid": "{key}: {problem}",
    "setting_unknown": "{key}: unknown setting; known: {known}",
    "email_invalid": "{address} is not a usable e-mail address: {detail}",
    "outbox_not_found": "there is no e-mail {id} in the outbox",
    "outbox_not_retryable": "e-mail {id} is {state}: only a failing or given-up e-mail can be retried",
    "outbox_not_resendable": "e-mail {id} is {state}: only a sent or given-up e-mail can be sent again",
    "outbox_withdrawn": "e-mail {id} is not sent again: {reason_text}",
    "limit_invalid": "{limit} is out of range: from 1 to {most}",
    "secret_unknown": "{key}: unknown secret; known: {known}",
    "secret_empty": "{key}: the secret read from standard input is empty; nothing was changed",
    "keyring_unavailable": "{detail}",
    "staff_name_invalid": "{name!r} is not a usable staff name",
    "staff_name_reserved": "{name!r}: names starting with os: or system: are reserved",
    "staff_name_taken": "a staff member named {name!r} already exists",
    "password_too_short": "the password must have at least {minimum} characters",
    "role_invalid": "{role!r} is not a role; roles: {known}",
    "first_admin_exists": "the first admin already exists",
    "database_not_empty": (
        "this database has customers but no staff: the first admin of a database in use is made on "
        "the command line, linked to a login: `{program} staff add NAME --role admin`"
    ),
    "no_staff_yet": (
        "this database has no staff yet, so the login {login} may not run {command}; make the first "
        "admin, linked to {login}, with `{program} staff add NAME --role admin` (password from "
        "standard input)"
    ),
    "first_staff_admin": (
        "this database has no staff yet: the first member is an admin, linked to the login {login} "
        "(`{program} staff add NAME --role admin`), not {role}"
    ),
    "os_login_unlinked": (
        "the login {login} is not linked to a staff member, so it may run only due-run (for the real "
        "today) and --help, not {command}; an admin links it with "
        "`{program} staff link NAME --os-user {login}`"
    ),
    "os_login_disabled": (
        "the login {login} is linked to {name}, who is disabled, so it may not run {command}; an admin "
        "can enable {name}, or link the login to another member with "
        "`{program} staff link NAME --os-user {login}`"
    ),
    "os_login_invalid": "{login!r} is not a login name (no spaces or control characters, at most 120)",
    "os_login_taken": (
        "the login {login} is already linked to {name}; unlink it first with "
        "`{program} staff link NAME --os-user ''`"
    ),
    "staff_unknown_name": "there is no staff member named {name!r}",
    # Recurring and a service's settings (R5-R12, R28); every one of them changed nothing.
    "customer_ref_unknown": "there is no customer with the ref {ref!r}; nothing was changed",
    "service_name_unknown": "customer {customer} has no service named {names}; its services: {known}",
    "card_ref_unknown": "customer {customer} has no card with the ref {ref!r}; its cards: {known}",
    "contact_ref_unknown": (
        "customer {customer} has no billing contact with the ref {ref!r}; its contacts: {known}"
    ),
    "no_service_chosen": "no service chosen: the account has none of that kind; nothing was changed",
    "service_not_in_account": "services {service_ids} are not of this account; nothing was changed",
    "card_not_in_account": "card {card_id} is not of this account; nothing was changed",
    "contact_not_in_account": "billing contact {contact_id} is not of this account; nothing was changed",
    "recurring_unavailable": (
        "recurring payment is not offered for this account ({reasons}): it needs a saved, valid card and "
        "an order (R1); nothing was changed"
    ),
    "card_required": (
        "the account has several cards: choose the one to charge with --card REF; nothing was changed"
    ),
    "holder_mismatch_unacknowledged": (
        "the card holder {holder!r} is neither the billing contact's name nor its company (R7); if the "
        "holder may pay for this contact, repeat with --acknowledge-mismatch; nothing was changed"
    ),
    "card_refused": "the card ending {last4} was refused ({reason}, R8); nothing was changed",
    "gateway_unavailable": "the payment gateway did not answer ({detail}); nothing was changed, try again",
    "domain_no_choice": (
        "a domain renews for its last purchase period in one payment (R12): it takes no --period or "
        "--installments; nothing was changed"
    ),
    "period_not_allowed": (
        "a period of {period} months is not allowed; allowed: {allowed}; nothing was changed"
    ),
    "installments_not_allowed": (
        "{installments} installments are not allowed for this period: from 1 to {most}; nothing was changed"
    ),
    "no_price": "the price list has no price for {services} on these terms; nothing was changed",
    "service_not_found": "there is no service {service_id}; nothing was changed",
    "changed_meanwhile": (
        "{services} changed meanwhile (another person or workstation); nothing was changed: "
        "look at it again and repeat"
    ),
    "customer_not_found": "there is no customer {customer_id}; nothing was changed",
    "signing_key_exists": (
        "the link-signing key of this database already exists; nothing was changed. Every other "
        "workstation imports the same key: read it from the keyring of a workstation that has it "
        "(`python -m keyring get RenewDesk {secret}`) and give it to "
        "`{program} config set-secret {secret}` on standard input"
    ),
    "signing_key_mismatch": (
        "this is not the link-signing key of this database (its fingerprint differs); nothing was "
        "kept. Give the key that `config init-signing-key` made (`python -m keyring get RenewDesk "
        "{secret}` on a workstation that sends e-mail)"
    ),
    "signing_key_too_short": "a link-signing key needs at least {minimum} characters; nothing was kept",
    "import_conflict": "another workstation added the same data meanwhile; nothing was imported ({detail})",
    "export_folder_missing": "the folder {folder} does not exist; no file was written",
    "export_target_is_folder": "{path} is a folder; give the name of a file to write; nothing was written",
    "export_write_failed": "the file {path} could not be written ({detail}); no file was left behind",
    "export_cancelled": "the export was cancelled; no file was left behind",
    "demo_size": "{got} {what} is out of range: from 1 to {most}",
    "search_too_long": "the search text has {got} characters; at most {most} are searched for",
    # Codes the windows meet more than the command line; every ErrorCode has a sentence here.
    "sign_in_failed": "the name or the password is wrong",
    "account_locked": "too many failed attempts: this staff member is locked until {until}",
    "staff_disabled": "{name} is disabled; nothing was changed",
    "staff_unknown": "there is no staff member {staff_id}; nothing was changed",
    "last_admin": "{name} is the last active admin: make another admin first; nothing was changed",
    "cannot_disable_self": "{name} cannot disable themselves; nothing was changed",
    "audit_range_reversed": "the first day {first} is after the last day {last}",
    "audit_page_size_invalid": "{limit} is out of range: from 1 to {most}",
    "export_format_unknown": "{format!r} is not a file format; formats: {known}",
    "import_refused": "the file was refused ({problem_count}); nothing was changed",
    "settings_invalid": "these settings are wrong: {problems}; nothing was saved",
    "test_email_failed": "the test e-mail could not be sent: {detail}",
    # The sales desk (R36-R41).
    "field_invalid": "{field}: {problem_text}; nothing was changed",
    "customer_ref_taken": "a customer with the ref {ref!r} already exists; nothing was changed",
    "currency_locked": (
        "the currency of customer {customer} cannot change: the customer has services (R36); "
        "nothing was changed"
    ),
    "contact_in_use": (
        "the billing contact {contact} is used by the auto-renew of {services}: move them to another "
        "contact first (R37); nothing was changed"
    ),
    "card_in_use": (
        "the card ending {last4} is used by the auto-renew of {services}: move them to another card "
        "(--move-to REF) or stop their auto-renew (--stop) (R38); nothing was changed"
    ),
    "card_same": "the card to move the services to is that same card: choose another; nothing was changed",
    "card_target_gone": (
        "the card to move the services to ({card_id}) is not (or no longer) on this account; "
        "nothing was changed"
    ),
    "contact_target_gone": (
        "the billing contact to move the services to ({contact_id}) is not (or no longer) on this "
        "account; nothing was changed"
    ),
    "argument_invalid": "{detail}; nothing was changed",
    "proforma_unknown": "there is no proforma {number}; nothing was changed",
    "proforma_not_open": "proforma {number} is {status}: only an open proforma can be paid or cancelled",
    "payment_declined": (
        "the card ending {last4} was declined ({reason}); the proforma stays open, nothing was recorded"
    ),
    "payment_declined_card_kept": (
        "the card ending {last4} was saved on the account as {ref}, but its charge was declined "
        "({reason}): the card is kept, marked not valid (its charge was declined); the proforma stays "
        "open and nothing was paid"
    ),
    "payment_not_sent_card_kept": (
        "the card ending {last4} was saved on the account as {ref}, but the payment gateway did not "
        "answer ({detail}): the card was not charged and the proforma stays open; pay again with "
        "`--card {ref}` when the gateway answers"
    ),
    "payment_outcome_unknown": (
        "the gateway did not say whether the card ending {last4} was charged for proforma {number}; "
        "the charge is kept as unknown (`followup` lists it first). Ask the gateway what happened with "
        "`proforma settle {number}` (or pay again with the card): the card is never charged twice"
    ),
    "payment_not_applied": (
        "the card ending {last4} was charged {amount}, but proforma {number} can no longer take it "
        "({reason}: its lines were renewed otherwise or removed meanwhile); nothing was renewed. The "
        "money is listed in `followup` as received and not applied: give it back with "
        "`proforma refund {number}`"
    ),
    "nothing_to_settle": (
        "proforma {number} has no card charge whose outcome is unknown; nothing was asked of the gateway"
    ),
    "refund_nothing": "proforma {number} has no card charge received and not applied; nothing was refunded",
    "refund_outcome_unknown": (
        "the gateway did not say whether the charge on the card ending {last4} was refunded; nothing was "
        "recorded. Refund again: the same refund is asked for and never made twice"
    ),
    "nothing_to_renew": (
        "every line of proforma {number} is already paid (charged automatically or on another "
        "proforma) or its service was deleted; nothing to pay for"
    ),
    "payment_under_way": (
        "a card payment of proforma {number} is under way (card ending {last4}): wait a moment and look "
        "again (`proforma pay` tells whether it was paid); nothing was recorded"
    ),
    "already_on_open_proforma": (
        "{services} already on open proforma {numbers}: cancel it first (`proforma cancel`) or record its "
        "payment (`proforma pay`); nothing was issued"
    ),
    "charge_under_way_not_switched_off": (
        "a charge or a card check of {services} is under way, or its outcome is not known yet; auto-renew "
        "was not switched off and nothing was changed: try again in a moment"
    ),
    "automatic_charge_under_way": (
        "the automatic charge of {services} for the same period is under way and its outcome is not "
        "known yet; proforma {number} was not paid: try again after the next due run"
    ),
    "invoice_unknown": "there is no invoice {number}",
    "document_no_email": "{name} has no e-mail address to send the document to; nothing was queued",
    "document_already_queued": (
        "the e-mail of {number} to {address} is already in the outbox ({state}); nothing was queued "
        "again: retry that one instead"
    ),
    "document_already_sent": "{number} was already e-mailed to {address}; nothing was queued again",
    # Where the data is (R43)
    "connection_unusable": "this connection cannot be used: {detail}; nothing was remembered",
    "workstation_name_invalid": (
        "{name!r} cannot be the workstation's name: {problem}; nothing was remembered"
    ),
    "workstation_file_unwritable": "{detail}; nothing was remembered",
}

_PROBLEMS = {
    "empty": "must not be empty",
    "too_long": "has more than {detail} characters",
    "character": "must not contain {detail}",
    "form": "is not of the right form ({detail})",
    "unknown": "is not one of the known values ({detail})",
    "luhn": "is not a card number (it fails the Luhn check: a digit is probably mistyped)",
    "expired": "is in the past: the card has expired",
    "future": "is after today ({detail})",
    "before_issue": "is before the proforma was issued ({detail})",
    "differs": "is not the amount due ({detail})",
    "card_number": (
        "holds a card number (ending {detail}): card numbers are never kept in other fields (R20); "
        "add the card with `card add`"
    ),
}


def describe(error: UseCaseError) -> str:
    template = _TEXT.get(error.code)
    if template is None:
        return str(error)
    params = {
        key: ", ".join(map(str, value)) if isinstance(value, list) else value
        for key, value in error.params.items()
    }
    params.setdefault("program", program_name())  # the command as typed: renewdesk, or python main.py
    if error.code == "workstation_name_invalid":
        params["problem"] = name_problem_text(str(params["problem"]), str(params.get("character", "")))
    if error.code == "outbox_withdrawn":
        params["reason_text"] = _NO_LONGER_HOLDS.get(str(params.get("reason")), str(params.get("reason")))
    if error.code == "import_refused":
        params["problem_count"] = problem_count(int(str(params["count"])))
    if error.code == "proforma_not_open" and params.get("invoice"):
        return _paid_already(params)
    if error.code == "field_invalid":
        params["problem_text"] = _PROBLEMS.get(str(params.get("problem")), "is refused").format(
            detail=params.get("detail", "")
        )
        left_out = error.params.get("left_out")
        if isinstance(left_out, list) and left_out:
            params["problem_text"] += _left_out_text(str(params.get("printed", "")), left_out)
    try:
        return template.format(**params)
    except (KeyError, ValueError):
        return f"{template} {error.params}"


# What an e-mail said that no longer holds (desktop.jobs.mail_withdrawal).
_NO_LONGER_HOLDS = {
    "notice_replaced": "an updated notice of the same renewal replaced it",
    "renewal_stopped": "the renewal it announces will not be charged: auto-renew stopped, or a charge failed",
    "proforma_cancelled": "the proforma was cancelled",
    "auto_renew_on_again": "it says auto-renew stopped, and auto-renew was switched on again",
}


_LEFT_OUT = {
    "charged_automatically": "already charged automatically",
    "paid_on_another_proforma": "already paid on another proforma",
    "service_deleted": "the service was deleted",
}


def _left_out_text(printed: str, lines: list[dict[str, str]]) -> str:
    """Why less is due than the proforma's printed total: the lines left out, each with its amount."""
    parts = "; ".join(
        f"{line['service']} {line['amount']} ({_LEFT_OUT.get(line['reason'], line['reason'])})"
        for line in lines
    )
    return f": the printed total {printed} less the line(s) left out: {parts}"


def _paid_already(params: dict[str, object]) -> str:
    """Who came second learns how the proforma was paid: "already paid by card ending 4444"."""
    method = str(params.get("method", ""))
    how = {"transfer": "by bank transfer", "cash": "in cash", "cheque": "by cheque"}.get(
        method, f"by {method}"
    )
    if method == "card" and params.get("last4"):
        how = f"by card ending {params['last4']}"
    return (
        f"proforma {params['number']} is already paid {how}, invoice {params['invoice']}: only an open "
        "proforma can be paid or cancelled"
    )


def problem_count(count: int) -> str:
    """'1 problem', '3 problems': the command line speaks English only, so one rule suffices."""
    return f"{count} problem" if count == 1 else f"{count} problems"
