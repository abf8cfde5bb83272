"""Renew and Renew All (R4): the proforma shown for review, then issued from its own number sequence;
what was issued is then saved as PDF, printed or e-mailed to its billing contact as every proforma
is (R40: desktop/ui/documents), in the customer's language whatever the window's.

The preview is read-only: nothing typed into it would be taken, so nothing can be typed. What was
issued, saved, printed or queued is said in the dialog and stays there."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.app import proformas
from desktop.app.actor import Permission
from desktop.app.changes import Change
from desktop.app.desk import Desk
from desktop.app.document_mail import email_document
from desktop.app.documents import DocumentView, proforma_document
from desktop.app.errors import UseCaseError
from desktop.app.outbox import OutboxEntry, outbox_entries
from desktop.app.proformas import ProformaPreview, ProformaView
from desktop.app.views import AccountView
from desktop.core.codes import DocumentKind, ErrorCode, MailState
from desktop.ui import formatting, messages
from desktop.ui.changes import watch
from desktop.ui.dialogs.proforma_lines import Column, ProformaLinesModel, line_rows
from desktop.ui.documents.pdf import file_stem, paint_documents, render_pdf
from desktop.ui.documents.save_pdf import ask_and_save_pdf, say, write_pdf
from desktop.ui.mail import texts as mail_texts
from desktop.ui.tasks import TaskRunner


@dataclass(frozen=True)
class Issued:
    """What Issue gave: the proformas, and each as a document to print (None when it could not be
    read back: the proformas are issued all the same, and the dialog reads them again)."""

    proformas: list[ProformaView]
    documents: list[DocumentView] | None
    problem: UseCaseError | None = None


@dataclass(frozen=True)
class Mailed:
    """One proforma's e-mail: queued as outbox message `outbox_id`, or refused; or not queued again
    because an e-mail of it, `outbox_id`, is already on its way or was sent (`earlier` says which)."""

    number: int
    outbox_id: int | None
    refusal: UseCaseError | None
    earlier: ErrorCode | None = None


# Refusals that are no failure: the proforma's e-mail is there already, and which one it is.
_EARLIER = (ErrorCode.DOCUMENT_ALREADY_QUEUED, ErrorCode.DOCUMENT_ALREADY_SENT)
_NOT_SENT = (MailState.FAILING, MailState.GIVEN_UP)


class ProformaDialog(QDialog):
    def __init__(
        self,
        workspace: Desk,
        tasks: TaskRunner,
        account: AccountView,
        service_ids: list[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace, self._tasks, self.account = workspace, tasks, account
        self.service_ids = service_ids
        self.issued: list[ProformaView] = []
        self.documents: list[DocumentView] = []  # the issued proformas as they print
        self.mailed: list[Mailed] = []
        self.mail_entries: dict[int, OutboxEntry] = {}  # the queued e-mails as the outbox has them
        self._summary_shown: tuple[str, bool] | None = None  # what the e-mails came to, as last said
        self._sending = False
        self.setWindowTitle(self.tr("Proforma for early renewal"))
        chosen = [s for s in account.services if s.id in set(service_ids)]
        self.model = ProformaLinesModel(self)
        self.model.set_rows(line_rows(chosen))  # in the account's order, as the proforma lists them
        self.lines = QTableView(self)
        self.lines.setModel(self.model)
        self.lines.verticalHeader().setVisible(False)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.lines.horizontalHeader()
        # The name takes the room (a long product name), the price stays beside its period.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.SERVICE, QHeaderView.ResizeMode.Stretch)
        # The total and whether Issue would issue are the use case's to say (its preview, below).
        self.preview: ProformaPreview | None = None
        self.total = QLabel(self.tr("Total: working it out…"))
        self.total.setWordWrap(True)
        self.contact = QComboBox(self)
        self.contact.addItem(self.tr("Each service's billing contact"), None)
        for contact in account.contacts:
            self.contact.addItem(contact.name, contact.id)
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        # Each queued e-mail and where the outbox has it: queued is never shown as sent (R32).
        self.mail = QLabel(self)
        self.mail.setWordWrap(True)
        self.mail.setTextFormat(Qt.TextFormat.PlainText)
        self.mail.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.issue_button: QPushButton = self.buttons.addButton(
            self.tr("Issue"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.issue_button.setEnabled(False)  # until the preview says Issue would issue
        self.pdf_button: QPushButton = self.buttons.addButton(
            self.tr("Save as PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button: QPushButton = self.buttons.addButton(
            self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.email_button: QPushButton = self.buttons.addButton(
            self.tr("E-mail to the billing contact"), QDialogButtonBox.ButtonRole.ActionRole
        )
        for button in (self.pdf_button, self.print_button, self.email_button):
            button.setEnabled(False)  # until something is issued
        form = QFormLayout()
        form.addRow(self.tr("Addressed to"), self.contact)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("Early renewal of {name}: this proforma charges nothing.").format(
                    name=account.customer.name
                )
            )
        )
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.total)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        layout.addWidget(self.mail)
        layout.addWidget(self.buttons)
        self.issue_button.clicked.connect(self.issue)
        self.pdf_button.clicked.connect(self._ask_pdf)
        self.print_button.clicked.connect(self._print)
        self.email_button.clicked.connect(self.send_email)
        self.buttons.rejected.connect(self.reject)
        self.resize(640, 460)
        self._working = False
        self._ask_preview()
        # A price list imported elsewhere meanwhile: the total shown is asked again, so Issue never
        # issues another amount than the one on screen.
        watch(self, workspace, {Change.ACCOUNTS}, self._changed_elsewhere)
        # The queued e-mails sent (or failing) meanwhile: their state shown follows.
        watch(self, workspace, {Change.MAIL}, self._follow_mail)

    def _changed_elsewhere(self) -> None:
        if self._working:
            return
        if not self.issued:
            self._ask_preview()
        elif not self.documents:
            self._read_documents()  # issued, but not read back for printing yet: try again

    def _ask_preview(self) -> None:
        customer_id, services, workspace = self.account.customer.id, self.service_ids, self._workspace
        self._tasks.run(
            lambda: workspace.call(proformas.preview_proformas, customer_id, services),
            self._previewed,
            self._failed,
            owner=self,
        )

    def _previewed(self, preview: ProformaPreview) -> None:
        self.preview = preview
        total = formatting.money(preview.total_minor, preview.currency)
        refusal = preview.refusal
        if refusal is None:
            self.total.setText(self.tr("Total: {total}").format(total=total))
            self.issue_button.setToolTip("")
        else:
            # Issue would be refused (a service without a price, or already on an open proforma): say
            # so before it is pressed, and why, beside the button.
            self.total.setText(
                self.tr(
                    "Total: incomplete ({total}; no price for %n service(s))",
                    "",
                    len(preview.unpriced),
                ).format(total=total)
                if preview.unpriced
                else self.tr("Total: {total}").format(total=total)
            )
            reason = messages.error(refusal)
            self.issue_button.setToolTip(reason)
            self._say(reason, failed=True)
        self._lock(False)

    # -- issuing -------------------------------------------------------------------------------------

    def issue(self) -> None:
        customer_id, services, contact_id = (
            self.account.customer.id,
            self.service_ids,
            self.contact.currentData(),
        )
        workspace = self._workspace

        def work() -> Issued:
            issued = workspace.call(proformas.issue_proformas, customer_id, services, contact_id)
            # Read back as they print, in the same call: the person prints or e-mails them next.
            try:
                documents = [workspace.call(proforma_document, p.number) for p in issued]
            except UseCaseError as exc:
                return Issued(issued, None, exc)
            return Issued(issued, documents)

        # One short transaction: Close waits for it rather than leaving its outcome unseen.
        self._lock(True)
        self._say(self.tr("Issuing…"))
        self._tasks.run(work, self._issued, self._failed, owner=self)

    def issuable(self) -> bool:
        return self.preview is not None and self.preview.refusal is None and not self.issued

    def _lock(self, working: bool) -> None:
        self._working = working
        self.issue_button.setEnabled(not working and self.issuable())
        self.contact.setEnabled(not working and not self.issued)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(not working)

    def _issued(self, outcome: Issued) -> None:
        self.issued = outcome.proformas
        self._lock(False)
        if outcome.documents is not None:
            self._say(self._issued_text())
            self._read(outcome.documents)
        elif outcome.problem is not None:
            self._not_read(outcome.problem)

    def _issued_text(self) -> str:
        numbers = ", ".join(str(p.number) for p in self.issued)
        return self.tr("%n proforma(s) issued, number(s): {numbers}", "", len(self.issued)).format(
            numbers=numbers
        )

    def _read_documents(self) -> None:
        numbers, workspace = [p.number for p in self.issued], self._workspace
        self._tasks.run(
            lambda: [workspace.call(proforma_document, number) for number in numbers],
            self._read,
            self._not_read,
            owner=self,
        )

    def _not_read(self, error: BaseException) -> None:
        # Issued all the same: the numbers stay in view, and the next change reads them again.
        self._say(f"{self._issued_text()}\n{messages.error(error)}", failed=True)

    def _read(self, documents: list[DocumentView]) -> None:
        self.documents = documents
        if self.outcome.text() != self._issued_text():
            self._say(self._issued_text())
        self.pdf_button.setEnabled(bool(documents))
        self.print_button.setEnabled(bool(documents))
        self._set_email_button()

    def _failed(self, error: BaseException) -> None:
        self._lock(False)
        self._sending = False
        self._set_email_button()
        self._say(messages.error(error), failed=True)

    def _say(self, text: str, *, failed: bool = False) -> None:
        say(self.outcome, text, failed=failed)

    def reject(self) -> None:
        if self.buttons.button(QDialogButtonBox.StandardButton.Close).isEnabled():
            super().reject()

    # -- PDF and paper: the documents' own (desktop/ui/documents) ---------------------------------

    def save_pdf(self, path: str) -> None:
        """Every issued proforma in one PDF, each from a new page. Raises UseCaseError (or OSError)
        when the file could not be written; the file is written whole or not at all."""
        write_pdf(path, render_pdf(self.documents))

    def _ask_pdf(self) -> None:
        if not self.documents:
            return
        file = ask_and_save_pdf(self, self.outcome, file_stem(self.documents[0]), self.save_pdf)
        if file is not None:
            self._say(
                self.tr("%n proforma(s) issued and saved as {file}.", "", len(self.issued)).format(file=file)
            )

    def _print(self) -> None:
        if not self.documents:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            paint_documents(self.documents, printer)
            self._say(self.tr("%n proforma(s) issued and sent to the printer.", "", len(self.issued)))

    # -- e-mail --------------------------------------------------------------------------------------

    def _set_email_button(self) -> None:
        if not self.documents:
            self.email_button.setEnabled(False)
            return
        if not self._workspace.may(Permission.EMAIL_DOCUMENTS):
            self.email_button.setEnabled(False)
            self.email_button.setToolTip(messages.unavailable("role"))
            return
        self.email_button.setEnabled(not self._sending)
        addresses = sorted({d.addressee.email for d in self.documents if d.addressee.email})
        if len(self.documents) > 1 or not addresses:
            # The customer's own address stands in for a contact without one; the use case says
            # so if there is none at all.
            self.email_button.setToolTip(
                self.tr("Each proforma to its billing contact (else to the customer), with its PDF attached")
            )
        else:
            self.email_button.setToolTip(
                self.tr("To {address}, with the PDF attached").format(address=formatting.email(addresses[0]))
            )

    def send_email(self) -> None:
        """Each proforma's e-mail, unless one of it is already in the outbox (queued or failing: the
        E-mails window's Retry now pushes that one); one sent before goes again only if the person
        says so when asked."""
        self._queue(list(self.documents), again=False)

    def _queue(self, documents: list[DocumentView], *, again: bool) -> None:
        if not documents or self._sending:
            return
        # Each proforma's own PDF, as saved and printed, made here (milliseconds); queued off it.
        pdfs = [render_pdf(document) for document in documents]
        workspace = self._workspace

        def work() -> tuple[list[Mailed], list[OutboxEntry] | None]:
            mailed = []
            for document, pdf in zip(documents, pdfs, strict=True):
                try:
                    outbox_id = workspace.call(
                        email_document, DocumentKind.PROFORMA, document.number, pdf, again=again
                    )
                except UseCaseError as exc:
                    if exc.code in _EARLIER:
                        earlier = int(str(exc.params["outbox_id"]))
                        mailed.append(Mailed(document.number, earlier, None, ErrorCode(exc.code)))
                    else:
                        mailed.append(Mailed(document.number, None, exc))
                else:
                    mailed.append(Mailed(document.number, outbox_id, None))
            return mailed, _states(workspace, mailed)

        self._sending = True
        self.email_button.setEnabled(False)
        self._say(self.tr("Queuing the e-mail(s)…"))
        self._tasks.run(work, self._queued, self._failed, owner=self)

    def _queued(self, outcome: tuple[list[Mailed], list[OutboxEntry] | None]) -> None:
        mailed, entries = outcome
        self._sending = False
        # A second round (sent again on purpose) replaces the lines of the proformas it was for.
        numbers = {m.number for m in mailed}
        self.mailed = [m for m in self.mailed if m.number not in numbers] + mailed
        self.mailed.sort(key=lambda m: [p.number for p in self.issued].index(m.number))
        self.mail_entries.update({entry.id: entry for entry in entries or []})
        self._set_email_button()
        self._summary_shown = None
        self._show_mail()
        sent_before = [m.number for m in mailed if m.earlier is ErrorCode.DOCUMENT_ALREADY_SENT]
        if sent_before and self._send_again(sent_before):
            self._queue([d for d in self.documents if d.number in sent_before], again=True)

    def _send_again(self, numbers: list[int]) -> bool:
        question = self.tr(
            "Proforma(s) {numbers} already sent by e-mail. Send %n more copy(ies) to the billing contact?",
            "",
            len(numbers),
        ).format(numbers=", ".join(str(n) for n in numbers))
        answer = QMessageBox.question(self, self.tr("Send again?"), question)
        return answer == QMessageBox.StandardButton.Yes

    def _entry_of(self, mailed: Mailed) -> OutboxEntry | None:
        return self.mail_entries.get(mailed.outbox_id) if mailed.outbox_id is not None else None

    def _state_of(self, mailed: Mailed) -> MailState:
        entry = self._entry_of(mailed)
        if entry is not None:
            return entry.state
        # Not read back: queued a moment ago, or the state the refusal named.
        if mailed.earlier is ErrorCode.DOCUMENT_ALREADY_SENT:
            return MailState.SENT
        return MailState.QUEUED

    def _mail_summary(self) -> tuple[str, bool]:
        """What the e-mails came to, agreeing with each proforma's line: never in the success
        colour while one of them is failing, and which ones and why."""
        on_way = [m for m in self.mailed if m.outbox_id is not None]
        refused = [m for m in self.mailed if m.refusal is not None]
        failing = [m for m in on_way if self._state_of(m) in _NOT_SENT]
        if failing:
            first = self._entry_of(failing[0])
            why = mail_texts.error_text(first.last_error) if first is not None else ""
            text = self.tr(
                "%n e-mail(s) not sent, for proforma number(s) {numbers}: {why}. The outbox tries "
                "again by itself; an administrator's Retry now in Tools > E-mails… tries at once.",
                "",
                len(failing),
            ).format(numbers=", ".join(str(m.number) for m in failing), why=why)
            return text, True
        if not on_way:
            return self.tr("No e-mail was queued."), True
        numbers = ", ".join(str(m.number) for m in on_way)
        if all(self._state_of(m) is MailState.SENT for m in on_way):
            text = self.tr(
                "%n e-mail(s) sent with the PDF attached, for proforma number(s) {numbers}.", "", len(on_way)
            ).format(numbers=numbers)
        else:
            text = self.tr(
                "%n e-mail(s) queued with the PDF attached, for proforma number(s) {numbers}; "
                "the outbox sends them.",
                "",
                len(on_way),
            ).format(numbers=numbers)
        return text, bool(refused)

    def _show_mail(self) -> None:
        lines = []
        for mailed in self.mailed:
            if mailed.refusal is not None:
                lines.append(
                    self.tr("Proforma {number}: {problem}").format(
                        number=mailed.number, problem=messages.error(mailed.refusal)
                    )
                )
                continue
            entry = self._entry_of(mailed)
            state = mail_texts.delivery(entry) if entry else mail_texts.state(self._state_of(mailed))
            if mailed.earlier is ErrorCode.DOCUMENT_ALREADY_QUEUED:
                state = self.tr("already in the outbox, not queued again: {state}").format(state=state)
            elif mailed.earlier is ErrorCode.DOCUMENT_ALREADY_SENT:
                state = self.tr("already e-mailed, not sent again: {state}").format(state=state)
            to = formatting.email(entry.to) if entry else ""
            lines.append(
                self.tr("Proforma {number} to {address}: {state}").format(
                    number=mailed.number, address=to, state=state
                )
                if to
                else self.tr("Proforma {number}: {state}").format(number=mailed.number, state=state)
            )
        self.mail.setText("\n".join(lines))
        self.mail.setVisible(bool(lines))
        if self.mailed:
            summary = self._mail_summary()
            # Said again only when it changes: a "Saved as…" said since stays until then.
            if summary != self._summary_shown:
                self._summary_shown = summary
                self._say(summary[0], failed=summary[1])

    def _follow_mail(self) -> None:
        if self._sending or not any(m.outbox_id is not None for m in self.mailed):
            return
        mailed, workspace = list(self.mailed), self._workspace
        self._tasks.run(lambda: _states(workspace, mailed), self._mail_states, lambda _: None, owner=self)

    def _mail_states(self, entries: list[OutboxEntry] | None) -> None:
        if entries is not None:
            self.mail_entries = {entry.id: entry for entry in entries}
            self._show_mail()


def _states(workspace: Desk, mailed: list[Mailed]) -> list[OutboxEntry] | None:
    """The queued e-mails as the outbox has them now; None when they could not be read (they are
    queued all the same)."""
    ids = [m.outbox_id for m in mailed if m.outbox_id is not None]
    if not ids:
        return []
    try:
        return workspace.call(outbox_entries, ids)
    except UseCaseError:
        return None
