"""Where this workstation's data is (R43), decided for the window and the commands alike, in parts:

- connection_choice: which connection a run uses (`--db`, the remembered one, the default file);
- connection_urls: the company's server as a URL from the form's fields, a URL without its password;
- connection_verdicts: testing a connection without changing anything, and what the test found;
- sqlite_file_checks: whether a SQLite file can hold the database, and whether it is there;
- connection_remembering: keeping the choice (the keyring, the remembered file), all or nothing;
- connection_opening: the program's context on the chosen connection.

The names are gathered here for the commands and doctor; every part's top imports nothing heavy (the
window asks `chosen_connection` before its first paint)."""

from __future__ import annotations

from desktop.app.connection_choice import Chosen, Source, chosen_connection, database_url, sqlite_url_here
from desktop.app.connection_opening import (
    open_context,
    refuse_missing_file_to_read,
    remembered_file_missing,
)
from desktop.app.connection_remembering import DB_PASSWORD, name_refusal, password_kept, remember_connection
from desktop.app.connection_urls import DEFAULT_PORT, SslMode, postgres_url, without_password
from desktop.app.connection_verdicts import CONNECT_TIMEOUT, ConnectionCheck, Verdict, check_connection
from desktop.app.sqlite_file_checks import missing_sqlite_file, sqlite_file_problem

__all__ = [
    "CONNECT_TIMEOUT",
    "DB_PASSWORD",
    "DEFAULT_PORT",
    "Chosen",
    "ConnectionCheck",
    "Source",
    "SslMode",
    "Verdict",
    "check_connection",
    "chosen_connection",
    "database_url",
    "missing_sqlite_file",
    "name_refusal",
    "open_context",
    "password_kept",
    "postgres_url",
    "refuse_missing_file_to_read",
    "remember_connection",
    "remembered_file_missing",
    "sqlite_file_problem",
    "sqlite_url_here",
    "without_password",
]
