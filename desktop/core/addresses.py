"""E-mail addresses and header text (R31): the one rule for every place an address or a text that
ends up in a mail header enters (import, use cases, settings) and for the sender itself.

It lives in core, not in desktop.mail, because desktop.settings and desktop.mail are independent
layers and both need it. The address syntax is email-validator's (no DNS: deliverability is the mail
server's business); nothing here does I/O."""

from __future__ import annotations

import contextlib
import unicodedata

from desktop.core.plain_text import character_name, shown

MAX_ADDRESS = 254  # RFC 5321's limit of a forward path, and the width of the address columns
# C0 and C1 controls (CR, LF, NUL, TAB, ...), lone surrogates, line and paragraph separators.
_BREAKING_CATEGORIES = frozenset({"Cc", "Cs", "Zl", "Zp"})


class AddressError(ValueError):
    """`reason` says in English what is wrong with the address."""

    def __init__(self, text: str, reason: str) -> None:
        super().__init__(f"{shown(text, 120)} is not a usable e-mail address: {reason}")
        self.text = text
        self.reason = reason


def header_text_problem(text: str) -> str | None:
    """Why `text` cannot go into a mail header (a From name, a subject), in English, or None: a CR,
    LF or any other control character (or a Unicode line or paragraph separator) could end the
    header line and start another. Bidirectional isolates are fine: Hebrew subjects carry them."""
    for ch in text:
        if unicodedata.category(ch) in _BREAKING_CATEGORIES:
            return f"must be one line without control characters (it contains {character_name(ch)})"
    return None


def mail_address(text: str) -> str:
    """The address as it is stored and sent: surrounding spaces removed, the domain lower case and in
    its ASCII (IDNA, punycode) form. Raises AddressError for anything that is not one plain address:
    CR, LF or any control character, a display name, a quoted or non-ASCII local part (it would need
    SMTPUTF8, which the program does not ask of servers), an IP-address domain, a special-use domain
    (.local, .test, ...), or more than 254 characters."""
    stripped = text.strip()
    problem = header_text_problem(stripped)
    if problem is not None:
        raise AddressError(text, problem)
    # Loaded here, not at the top: a start that reads settings whose addresses were checked when they
    # were stored (a due run on a quiet day) never checks one (issue 13).
    from email_validator import EmailNotValidError, validate_email

    try:
        valid = validate_email(
            stripped,
            check_deliverability=False,
            allow_smtputf8=False,
            allow_quoted_local=False,
            allow_domain_literal=False,
            allow_display_name=False,
        )
    except EmailNotValidError as exc:
        raise AddressError(text, str(exc)) from None
    address = str(valid.ascii_email or "")
    if not address or len(address) > MAX_ADDRESS:
        raise AddressError(text, f"it is longer than {MAX_ADDRESS} characters once encoded")
    return address


__all__ = ["AddressError", "header_text_problem", "mail_address"]


def readable_address(address: str) -> str:
    """The address as people read it: an international domain kept in its ASCII form (xn--...) for
    sending is shown in its own letters again. Anything that does not decode is shown as it is."""
    import idna  # only when an address is shown (as above)

    local, at, host = address.rpartition("@")
    labels = []
    for label in (host if at else address).split("."):
        if label.lower().startswith("xn--"):
            with contextlib.suppress(idna.IDNAError, UnicodeError):
                label = idna.decode(label)
        labels.append(label)
    readable = ".".join(labels)
    return f"{local}@{readable}" if at else readable
