"""Stable codes for reasons, risks and errors. Code and tests name these; only the UI turns them into
words, in the user's language."""

from __future__ import annotations

from enum import StrEnum


class StopReason(StrEnum):
    """Why auto-renew of a service stopped (R27), kept on the service."""

    STAFF_SWITCHED_OFF = "staff_switched_off"
    NO_CARD = "no_card"
    CARD_EXPIRES_BEFORE_CHARGE = "card_expires_before_charge"
    CARD_VERIFICATION_DECLINED = "card_verification_declined"
    CHARGE_DECLINED = "charge_declined"
    CHARGE_FAILED = "charge_failed"
    NO_PRICE = "no_price"
    CARD_REMOVED = "card_removed"  # staff removed the card it used and chose to stop it (R38)


class Risk(StrEnum):
    """What may make an automatic charge fail (R9, R21)."""

    CARD_EXPIRES_FIRST = "card_expires_first"
    CARD_INVALID = "card_invalid"
    NO_CARD = "no_card"
    HOLDER_MISMATCH = "holder_mismatch"
    CHARGE_DATE_PASSED = "charge_date_passed"
    NO_PRICE = "no_price"
    NEEDS_ATTENTION = "needs_attention"  # the due checks left the charge to staff (R18, R29, R30)


class Unavailable(StrEnum):
    """Why an action is not offered (R1)."""

    NO_VALID_CARD = "no_valid_card"
    NO_ORDER = "no_order"
    NOTHING_RENEWABLE = "nothing_renewable"
    ROLE = "role"


class MailState(StrEnum):
    """Where an e-mail of the outbox is (R32): a queued message is never shown as sent."""

    QUEUED = "queued"
    SENT = "sent"
    FAILING = "failing"
    GIVEN_UP = "given_up"
    # Never sent, and never to be: what it says no longer holds (WithdrawnReason, kept in last_error).
    WITHDRAWN = "withdrawn"


class WithdrawnReason(StrEnum):
    """Why an e-mail was withdrawn before it was sent, or may not go again (desktop.jobs.mail_withdrawal)."""

    NOTICE_REPLACED = "notice_replaced"  # an updated notice of the same cycle states other terms
    RENEWAL_STOPPED = "renewal_stopped"  # the cycle it announces will not be charged (stopped, failed, ...)
    PROFORMA_CANCELLED = "proforma_cancelled"
    # an e-mail saying auto-renew stopped, not sent before it was switched on again
    # (desktop.jobs.stop_mails_after_switch_on)
    AUTO_RENEW_ON_AGAIN = "auto_renew_on_again"


class RunOutcome(StrEnum):
    """How a run of the due checks ended (its row's `outcome`): abandoned when its process went or
    its heartbeat stopped."""

    RUNNING = "running"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    FAILED = "failed"
    ABANDONED = "abandoned"


class SettingFault(StrEnum):
    """What is wrong with a setting's value, beyond its kind (desktop/settings.py): the form says it
    in the user's language."""

    FORM = "form"  # not what the kind takes (not a number, not an address, ...)
    EMPTY = "empty"  # a setting that needs a value got none
    ONLY_SPACES = "only_spaces"  # would be stored as empty: refused, never silently emptied
    CHARACTER = "character"  # a control, zero-width or bidirectional character
    UNKNOWN = "unknown"  # no such setting


class CycleStatus(StrEnum):
    """The `status` of a renewal cycle (R13-R19, R29): open -> checked -> charging -> charged, or it
    ends as failed, stopped, needs_attention or cancelled; a stopped one may be opened again. (Status,
    not State: desktop.jobs.due_steps.CycleState is the engine's bundle of one cycle's rows.)"""

    OPEN = "open"
    CHECKED = "checked"
    CHARGING = "charging"
    CHARGED = "charged"
    FAILED = "failed"
    STOPPED = "stopped"
    NEEDS_ATTENTION = "needs_attention"
    CANCELLED = "cancelled"


class AttemptStatus(StrEnum):
    """Where one charge attempt is: committed with its key before the gateway is called (pending), its
    answer lost (unknown), answered (succeeded, declined), or never sent to the gateway (not_sent).
    A proforma's card charge the gateway made but that could not be recorded as the proforma's
    payment (its lines renewed otherwise meanwhile) is `unapplied`: money received, listed for
    finance until it is `refunded` through the gateway."""

    PENDING = "pending"
    UNKNOWN = "unknown"
    SUCCEEDED = "succeeded"
    DECLINED = "declined"
    NOT_SENT = "not_sent"
    UNAPPLIED = "unapplied"
    REFUNDED = "refunded"


class ProformaStatus(StrEnum):
    """A proforma (R4) is issued open; paid once (R39) or cancelled by staff. EXPIRED is never stored:
    an open proforma past its `valid_until` reads as expired (it may still be paid)."""

    OPEN = "open"
    PAID = "paid"
    CANCELLED = "cancelled"
    EXPIRED = "expired"


class PaymentMethod(StrEnum):
    """How a proforma was paid (R39)."""

    TRANSFER = "transfer"
    CASH = "cash"
    CHEQUE = "cheque"
    CARD = "card"


class LeftOut(StrEnum):
    """Why a proforma line was not renewed when the proforma was paid (R39)."""

    CHARGED_AUTOMATICALLY = "charged_automatically"  # the due checks charged the same period
    SERVICE_DELETED = "service_deleted"
    PAID_ON_ANOTHER_PROFORMA = "paid_on_another_proforma"  # another proforma's payment renewed it


class DocumentKind(StrEnum):
    PROFORMA = "proforma"
    INVOICE = "invoice"


class InvoiceStatus(StrEnum):
    """An invoice (R16) is issued only for a charge that succeeded."""

    PAID = "paid"


class FollowUpKind(StrEnum):
    """Why a service (or a proforma, an e-mail) is on the follow-up list (R41)."""

    AUTO_RENEW_STOPPED = "auto_renew_stopped"
    NEEDS_ATTENTION = "needs_attention"
    CARD_EXPIRES_FIRST = "card_expires_first"
    EMAIL_GIVEN_UP = "email_given_up"
    PROFORMA_EXPIRED = "proforma_expired"
    MONEY_NOT_APPLIED = "money_not_applied"  # a card charge received that no payment records
    PAYMENT_UNKNOWN = "payment_unknown"  # a proforma's card charge whose answer was never written


class FollowUpAction(StrEnum):
    """What a row of the follow-up list offers to do about it (R41)."""

    REPLACE_CARD = "replace_card"
    SWITCH_ON_AGAIN = "switch_on_again"
    SEND_RENEW_LINK = "send_renew_link"
    RESEND = "resend"
    RECORD_PAYMENT = "record_payment"
    CANCEL_PROFORMA = "cancel_proforma"  # nothing on it is left to pay (each period paid otherwise)
    REFUND = "refund"  # money received and not applied goes back to the card
    SETTLE = "settle"  # the gateway asked by the charge's key what became of it; charges nothing


class CheckKind(StrEnum):
    """What `doctor` and Help → About check on a workstation (R44), in the order they are run."""

    DATABASE = "database"
    SCHEMA = "schema"
    KEYRING = "keyring"
    SIGNING_KEY = "signing_key"
    SMTP = "smtp"
    GATEWAY = "gateway"
    CLOCK = "clock"


class CheckOutcome(StrEnum):
    PASSED = "passed"
    FAILED = "failed"
    NOT_RUN = "not_run"  # it needs what an earlier check found missing (the database, the keyring)


class CheckFinding(StrEnum):
    """What a check found; its words are in the CLI's English and the windows' languages."""

    DATABASE_REACHABLE = "database_reachable"
    DATABASE_URL_REFUSED = "database_url_refused"  # not a URL we take, or SQLite on a network share
    DATABASE_NO_FILE = "database_no_file"  # the SQLite file does not exist (yet)
    DATABASE_FILE_GONE = "database_file_gone"  # the REMEMBERED SQLite file is not there: never made again
    DATABASE_UNREACHABLE = "database_unreachable"  # no connection: server down, wrong password, ...
    DATABASE_REFUSED = "database_refused"  # not a RenewDesk database, or a damaged one (R45)
    SCHEMA_CURRENT = "schema_current"
    SCHEMA_OLDER = "schema_older"  # migrated at the program's next start
    SCHEMA_NEWER = "schema_newer"  # this workstation's program must be updated
    SCHEMA_EMPTY = "schema_empty"  # an empty database, set up at the program's first start
    KEYRING_USABLE = "keyring_usable"
    KEYRING_UNUSABLE = "keyring_unusable"
    SIGNING_KEY_MATCHES = "signing_key_matches"
    SIGNING_KEY_NOT_CREATED = "signing_key_not_created"
    SIGNING_KEY_MISSING_HERE = "signing_key_missing_here"
    SIGNING_KEY_MISMATCH = "signing_key_mismatch"
    SMTP_GREETS = "smtp_greets"
    SMTP_UNREACHABLE = "smtp_unreachable"  # no connection (refused, timed out, no such host)
    SMTP_REFUSED = "smtp_refused"  # it answered with an error (STARTTLS, login)
    SMTP_NO_PASSWORD = "smtp_no_password"  # smtp.user is set and the keyring has no smtp.password
    SMTP_NOT_SET_UP = "smtp_not_set_up"  # nobody chose where e-mail goes (mail_status.mail_keys_unset)
    GATEWAY_ANSWERS = "gateway_answers"
    GATEWAY_FAILS = "gateway_fails"
    CLOCK_AGREES = "clock_agrees"
    CLOCK_SAME_MACHINE = "clock_same_machine"  # SQLite: the database's clock is this computer's
    CLOCK_OFF = "clock_off"  # more than two minutes from the database server's
    TIMEZONE_UNKNOWN = "timezone_unknown"
    NO_ANSWER_IN_TIME = "no_answer_in_time"  # any check that took longer than its bound
    FAILED_UNEXPECTEDLY = "failed_unexpectedly"  # any check that raised something unforeseen
    NOT_RUN = "not_run"  # params["because"]: the CheckKind whose failure stopped it


class ErrorCode(StrEnum):
    """Why a use case refused (UseCaseError). Every member has a sentence in desktop/cli/messages.py
    and a translated one in desktop/ui/messages.py (tests/ui/test_error_texts.py holds both to it)."""

    ACCOUNT_LOCKED = "account_locked"
    ARGUMENT_INVALID = "argument_invalid"  # the command line's arguments do not go together
    AUDIT_PAGE_SIZE_INVALID = "audit_page_size_invalid"
    AUDIT_RANGE_REVERSED = "audit_range_reversed"
    ALREADY_ON_OPEN_PROFORMA = "already_on_open_proforma"  # a service on a proforma not yet paid
    AUTOMATIC_CHARGE_UNDER_WAY = "automatic_charge_under_way"
    # switching auto-renew off while a run or a payment charges (or checks) the service's cycle
    CHARGE_UNDER_WAY_NOT_SWITCHED_OFF = "charge_under_way_not_switched_off"
    CANNOT_DISABLE_SELF = "cannot_disable_self"
    CARD_IN_USE = "card_in_use"
    CARD_NOT_IN_ACCOUNT = "card_not_in_account"
    CARD_REFUSED = "card_refused"
    CARD_REF_UNKNOWN = "card_ref_unknown"
    CARD_REQUIRED = "card_required"
    CARD_SAME = "card_same"
    CARD_TARGET_GONE = "card_target_gone"  # the card services were to move to is not on the account
    CHANGED_MEANWHILE = "changed_meanwhile"
    CONNECTION_UNUSABLE = "connection_unusable"  # a tested connection that may not be remembered (R43)
    CONTACT_IN_USE = "contact_in_use"
    CONTACT_NOT_IN_ACCOUNT = "contact_not_in_account"
    CONTACT_REF_UNKNOWN = "contact_ref_unknown"
    CONTACT_TARGET_GONE = "contact_target_gone"  # the contact services were to move to is not there
    CURRENCY_LOCKED = "currency_locked"
    CUSTOMER_NOT_FOUND = "customer_not_found"
    CUSTOMER_REF_TAKEN = "customer_ref_taken"
    CUSTOMER_REF_UNKNOWN = "customer_ref_unknown"
    DATABASE_NOT_EMPTY = "database_not_empty"
    DEMO_SIZE = "demo_size"
    DOCUMENT_ALREADY_QUEUED = "document_already_queued"  # its e-mail is queued or failing: no copy
    DOCUMENT_ALREADY_SENT = "document_already_sent"  # sent before: again only when asked on purpose
    DOCUMENT_NO_EMAIL = "document_no_email"
    DOMAIN_NO_CHOICE = "domain_no_choice"
    EMAIL_INVALID = "email_invalid"
    EXPORT_CANCELLED = "export_cancelled"
    EXPORT_FOLDER_MISSING = "export_folder_missing"
    EXPORT_FORMAT_UNKNOWN = "export_format_unknown"
    EXPORT_TARGET_IS_FOLDER = "export_target_is_folder"
    EXPORT_WRITE_FAILED = "export_write_failed"
    FIELD_INVALID = "field_invalid"
    FIRST_ADMIN_EXISTS = "first_admin_exists"
    FIRST_STAFF_ADMIN = "first_staff_admin"
    FORBIDDEN = "forbidden"
    GATEWAY_UNAVAILABLE = "gateway_unavailable"
    HOLDER_MISMATCH_UNACKNOWLEDGED = "holder_mismatch_unacknowledged"
    IMPORT_CONFLICT = "import_conflict"
    IMPORT_REFUSED = "import_refused"
    INSTALLMENTS_NOT_ALLOWED = "installments_not_allowed"
    INVOICE_UNKNOWN = "invoice_unknown"
    KEYRING_UNAVAILABLE = "keyring_unavailable"
    LAST_ADMIN = "last_admin"
    LIMIT_INVALID = "limit_invalid"
    NOTHING_TO_RENEW = "nothing_to_renew"
    NOTHING_TO_SETTLE = "nothing_to_settle"  # no card charge of the proforma awaits its answer
    NO_PRICE = "no_price"
    NO_SERVICE_CHOSEN = "no_service_chosen"
    NO_STAFF_YET = "no_staff_yet"
    OS_LOGIN_DISABLED = "os_login_disabled"
    OS_LOGIN_INVALID = "os_login_invalid"
    OS_LOGIN_TAKEN = "os_login_taken"
    OS_LOGIN_UNLINKED = "os_login_unlinked"
    OUTBOX_NOT_FOUND = "outbox_not_found"
    OUTBOX_NOT_RESENDABLE = "outbox_not_resendable"
    OUTBOX_WITHDRAWN = "outbox_withdrawn"
    OUTBOX_NOT_RETRYABLE = "outbox_not_retryable"
    PASSWORD_TOO_SHORT = "password_too_short"
    PAYMENT_DECLINED = "payment_declined"
    PAYMENT_DECLINED_CARD_KEPT = "payment_declined_card_kept"  # a card typed to pay: saved, then declined
    PAYMENT_NOT_SENT_CARD_KEPT = "payment_not_sent_card_kept"  # saved, then the gateway did not answer
    PAYMENT_NOT_APPLIED = "payment_not_applied"  # charged, but nothing on the proforma could take it
    PAYMENT_OUTCOME_UNKNOWN = "payment_outcome_unknown"
    PAYMENT_UNDER_WAY = "payment_under_way"  # another workstation's card charge awaits its answer
    PERIOD_NOT_ALLOWED = "period_not_allowed"
    PROFORMA_NOT_OPEN = "proforma_not_open"
    PROFORMA_UNKNOWN = "proforma_unknown"
    REFUND_NOTHING = "refund_nothing"  # the proforma has no money received and not applied
    REFUND_OUTCOME_UNKNOWN = "refund_outcome_unknown"
    RECURRING_UNAVAILABLE = "recurring_unavailable"
    ROLE_INVALID = "role_invalid"
    SEARCH_TOO_LONG = "search_too_long"
    SECRET_EMPTY = "secret_empty"
    SECRET_UNKNOWN = "secret_unknown"
    SERVICE_NAME_UNKNOWN = "service_name_unknown"
    SERVICE_NOT_FOUND = "service_not_found"
    SERVICE_NOT_IN_ACCOUNT = "service_not_in_account"
    SETTINGS_INVALID = "settings_invalid"
    SETTING_INVALID = "setting_invalid"
    SETTING_UNKNOWN = "setting_unknown"
    SIGNING_KEY_EXISTS = "signing_key_exists"
    SIGNING_KEY_MISMATCH = "signing_key_mismatch"
    SIGNING_KEY_TOO_SHORT = "signing_key_too_short"
    SIGN_IN_FAILED = "sign_in_failed"
    STAFF_DISABLED = "staff_disabled"
    STAFF_NAME_INVALID = "staff_name_invalid"
    STAFF_NAME_RESERVED = "staff_name_reserved"
    STAFF_NAME_TAKEN = "staff_name_taken"
    STAFF_UNKNOWN = "staff_unknown"
    STAFF_UNKNOWN_NAME = "staff_unknown_name"
    TEST_EMAIL_FAILED = "test_email_failed"
    WORKSTATION_FILE_UNWRITABLE = "workstation_file_unwritable"
    WORKSTATION_NAME_INVALID = "workstation_name_invalid"


# Refusals said after something was done, or may have been: a card charged (its outcome unknown, or
# taken and not applied), a typed card saved and then declined. The work was not finished, but "input
# refused, nothing changed" would be false: the command line exits 1 for these, 2 for every other.
WORK_UNFINISHED: frozenset[ErrorCode] = frozenset(
    {
        ErrorCode.PAYMENT_DECLINED_CARD_KEPT,
        ErrorCode.PAYMENT_NOT_APPLIED,
        ErrorCode.PAYMENT_NOT_SENT_CARD_KEPT,
        ErrorCode.PAYMENT_OUTCOME_UNKNOWN,
        ErrorCode.REFUND_OUTCOME_UNKNOWN,
    }
)
