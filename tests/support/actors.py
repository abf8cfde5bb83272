"""Actors for in-process tests that call use cases directly: an admin, as the command line's
`headless_actor` gives a linked admin, without any login involved."""

from __future__ import annotations

from desktop.app.actor import Actor, Role

TEST_ADMIN = Actor("test-admin", Role.ADMIN)
