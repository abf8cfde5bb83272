"""Switching auto-renew off for the ticked services (R27): the question counts only the services that
are on, since only they change and only their customers are told; when none is on nothing is asked and
the window says so; afterwards it says how many were switched off."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMainWindow, QMessageBox

from desktop.app import recurring
from desktop.app.desk import Desk
from desktop.app.views import AccountView
from desktop.ui import formatting
from desktop.ui.dialogs.outcome_note import note_of
from desktop.ui.plural_context import PluralContext
from desktop.ui.tasks import TaskRunner

NAMED_AT_MOST = 5


class SwitchOff(PluralContext, QObject):
    """The translation context "SwitchOff" of these texts: lupdate takes plural texts only from tr()."""


def switch_off(
    window: QMainWindow,
    workspace: Desk,
    tasks: TaskRunner,
    account: AccountView,
    ticked: Sequence[int],
    done: Callable[[], None],
) -> None:
    chosen = set(ticked)
    on = [service.id for service in account.services if service.id in chosen and service.auto_renew_on]
    note, name = note_of(window), formatting.name(account.customer.name)
    if not on:
        nothing = QCoreApplication.translate(
            "SwitchOff", "{name}: no ticked service renews automatically; nothing was switched off."
        )
        note.say(nothing.format(name=name), problem=True)
        return
    switching, already_off = len(on), len(chosen) - len(on)
    question = SwitchOff.tr(
        "Switch automatic renewal off for %n service(s)? The customer will be told by e-mail.", "", switching
    )
    if already_off > 0:
        question += " " + SwitchOff.tr(
            "%n ticked service(s) already had automatic renewal off and will be left as is.", "", already_off
        )
    if len(on) <= NAMED_AT_MOST:  # a few are named, so the person sees exactly which
        names = [formatting.domain(s.name) for s in account.services if s.id in set(on)]
        question += "\n" + ", ".join(names)
    title = QCoreApplication.translate("SwitchOff", "Switch auto-renew off")
    if QMessageBox.question(window, title, question) != QMessageBox.StandardButton.Yes:
        return
    customer_id = account.customer.id

    def switched(count: int) -> None:
        said = (
            SwitchOff.tr(
                "{name}: automatic renewal is off for %n service(s); the customer's e-mail is queued.",
                "",
                count,
            )
            if count
            else QCoreApplication.translate(
                "SwitchOff", "{name}: those services were already off; nothing was changed."
            )
        )
        note.say(said.format(name=name))
        done()

    tasks.run(lambda: workspace.call(recurring.disable_recurring, customer_id, on), switched, owner=window)
