"""A role the test PostgreSQL server asks a password of (it trusts every other role), for the tests of
a wrong password and of a password kept in the keyring (R43). Made once per server."""

from __future__ import annotations

import uuid

from tests.support.postgres import PgServer

PASSWORD = "s3cret pass/word@x"
_MADE: dict[int, str] = {}


def password_role(server: PgServer) -> str:
    """The role's name; its password is PASSWORD. It may create databases and own them."""
    if server.port in _MADE:
        return _MADE[server.port]
    role = f"pw_{uuid.uuid4().hex[:8]}"
    with server.admin() as connection:
        connection.execute(f"CREATE ROLE {role} LOGIN CREATEDB PASSWORD '{PASSWORD}'")
    hba = server.folder / "data" / "pg_hba.conf"
    hba.write_text(f"host all {role} 127.0.0.1/32 scram-sha-256\n" + hba.read_text())
    with server.admin() as connection:
        connection.execute("SELECT pg_reload_conf()")
    _MADE[server.port] = role
    return role


def owned_database(server: PgServer, role: str) -> str:
    """A new empty database the role owns."""
    name = server.create_database()
    with server.admin() as connection:
        connection.execute(f'ALTER DATABASE "{name}" OWNER TO {role}')
    return name
