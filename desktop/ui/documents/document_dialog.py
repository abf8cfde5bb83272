"""One proforma or invoice as it prints (R40), in the document's own language whatever the window's:
Save as PDF…, Print…, and E-mail to the billing contact (the PDF attached, through the outbox). The
document is read off the GUI thread; the PDF is made on it (a page or two, milliseconds), the e-mail
is queued off it. A document never changes once issued; only its state does (paid or cancelled
elsewhere), and that is shown again after any change."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.app.actor import Permission
from desktop.app.changes import Change
from desktop.app.desk import Desk
from desktop.app.document_mail import email_document
from desktop.app.documents import DocumentView, invoice_document, proforma_document
from desktop.app.errors import UseCaseError
from desktop.app.outbox import OutboxEntry, outbox_entries
from desktop.core.codes import DocumentKind, ErrorCode, MailState
from desktop.ui import formatting, messages
from desktop.ui.changes import watch
from desktop.ui.documents.pdf import file_stem, paint_documents, render_pdf, text_document
from desktop.ui.documents.save_pdf import ask_and_save_pdf, say, write_pdf
from desktop.ui.mail import texts as mail_texts
from desktop.ui.tasks import TaskRunner


class DocumentDialog(QDialog):
    def __init__(
        self,
        desk: Desk,
        tasks: TaskRunner,
        kind: DocumentKind,
        number: int,
        series: str = "INV",  # an invoice's series (the store's INVOICE_SERIES)
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk, self._tasks = desk, tasks
        self.kind, self.number, self.series = DocumentKind(kind), number, series
        self.document: DocumentView | None = None
        self.emailed_to: str | None = None
        self._sending = False
        if self.kind is DocumentKind.PROFORMA:
            self.setWindowTitle(self.tr("Proforma {number}").format(number=number))
        else:
            title = formatting.ltr(f"{series}-{number}")
            self.setWindowTitle(self.tr("Invoice {number}").format(number=title))
        self.page = QTextBrowser(self)
        self.page.setOpenLinks(False)
        self.page.setPlaceholderText(self.tr("Loading the document…"))
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
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
            button.setEnabled(False)
        self.pdf_button.clicked.connect(self._ask_pdf)
        self.print_button.clicked.connect(self._print)
        self.email_button.clicked.connect(lambda: self.send_email())
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page, 1)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)
        self.resize(760, 720)
        self._load()
        # Paid or cancelled elsewhere while open: the stamp shown follows.
        watch(self, desk, {Change.ACCOUNTS}, self._load)

    # -- loading ---------------------------------------------------------------------------------

    def _load(self) -> None:
        desk, kind, number, series = self._desk, self.kind, self.number, self.series
        if kind is DocumentKind.PROFORMA:
            self._tasks.run(
                lambda: desk.call(proforma_document, number), self._show, self._failed, owner=self
            )
        else:
            self._tasks.run(
                lambda: desk.call(invoice_document, number, series), self._show, self._failed, owner=self
            )

    def _show(self, document: DocumentView) -> None:
        self.document = document
        self._text = text_document(document)  # kept: the browser does not own it
        self.page.setDocument(self._text)
        self.pdf_button.setEnabled(True)
        self.print_button.setEnabled(True)
        self._set_email_button()

    def _set_email_button(self) -> None:
        document = self.document
        if document is None:
            return
        address = document.addressee.email
        if not self._desk.may(Permission.EMAIL_DOCUMENTS):
            self.email_button.setEnabled(False)
            self.email_button.setToolTip(messages.unavailable("role"))
        elif not address:
            # The customer's own address may still be used: the use case says so if there is none.
            self.email_button.setEnabled(not self._sending)
            self.email_button.setToolTip(self.tr("To the customer's e-mail address"))
        else:
            self.email_button.setEnabled(not self._sending)
            self.email_button.setToolTip(
                self.tr("To {address}, with the PDF attached").format(address=formatting.email(address))
            )

    def _failed(self, error: BaseException) -> None:
        self._sending = False
        self._set_email_button()
        self._say(messages.error(error), failed=True)

    def _say(self, text: str, *, failed: bool = False) -> None:
        say(self.outcome, text, failed=failed)

    # -- PDF, paper, e-mail --------------------------------------------------------------------------

    def pdf_bytes(self) -> bytes:
        assert self.document is not None
        return render_pdf(self.document)

    def save_pdf(self, path: str) -> None:
        """Raises UseCaseError (or OSError) when the file could not be written; the file is written
        whole or not at all."""
        write_pdf(path, self.pdf_bytes())

    def _ask_pdf(self) -> None:
        if self.document is None:
            return
        file = ask_and_save_pdf(self, self.outcome, file_stem(self.document), self.save_pdf)
        if file is not None:
            self._say(self.tr("Saved as {file}.").format(file=file))

    def _print(self) -> None:
        if self.document is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            paint_documents([self.document], printer)
            self._say(self.tr("Sent to the printer."))

    def send_email(self, *, again: bool = False) -> None:
        """Queues the e-mail, unless one of this document is already in the outbox (queued or
        failing: Retry now in the E-mails window pushes that one); one sent before goes again only
        if the person says so when asked."""
        document = self.document
        if document is None or self._sending:
            return
        pdf = self.pdf_bytes()  # as shown, made here; the e-mail is queued off the GUI thread
        desk, kind, number, series = self._desk, self.kind, self.number, self.series

        def work() -> Queued:
            try:
                return Queued(desk.call(email_document, kind, number, pdf, series, again=again))
            except UseCaseError as exc:
                if exc.code not in EARLIER:
                    raise
                earlier = int(str(exc.params["outbox_id"]))
                entries = desk.call(outbox_entries, [earlier])
                return Queued(earlier, ErrorCode(exc.code), entries[0] if entries else None)

        self._sending = True
        self.email_button.setEnabled(False)
        self._say(self.tr("Queuing the e-mail…"))
        self._tasks.run(work, self._queued, self._failed, owner=self)

    def _queued(self, queued: Queued) -> None:
        self._sending = False
        document = self.document
        assert document is not None
        self._set_email_button()
        if queued.earlier is not None:
            self._earlier(queued)
            return
        self.emailed_to = document.addressee.email
        if self.emailed_to:
            self._say(
                self.tr("E-mail to {address} queued with the PDF attached; the outbox sends it.").format(
                    address=formatting.email(self.emailed_to)
                )
            )
        else:
            self._say(self.tr("E-mail to the customer queued with the PDF attached; the outbox sends it."))

    def _earlier(self, queued: Queued) -> None:
        entry = queued.entry
        state = mail_texts.delivery(entry) if entry is not None else ""
        address = formatting.email(entry.to) if entry is not None else ""
        if queued.earlier is ErrorCode.DOCUMENT_ALREADY_QUEUED:
            self._say(
                self.tr(
                    "Its e-mail to {address} is already in the outbox, not queued again: {state}. "
                    "The outbox tries again by itself; an administrator's Retry now in Tools > E-mails… "
                    "tries at once."
                ).format(address=address, state=state),
                failed=entry is not None and entry.state in (MailState.FAILING, MailState.GIVEN_UP),
            )
            return
        question = self.tr("Already e-mailed to {address}: {state}. Send it again?").format(
            address=address, state=state
        )
        if QMessageBox.question(self, self.tr("Send again?"), question) == QMessageBox.StandardButton.Yes:
            self.send_email(again=True)
        else:
            self._say(
                self.tr("Not sent again: it was e-mailed to {address}, {state}.").format(
                    address=address, state=state
                )
            )


@dataclass(frozen=True)
class Queued:
    """The e-mail queued as outbox message `outbox_id`; or, `earlier` saying why, none queued since
    `outbox_id` (as `entry` has it now) is this document's e-mail already on its way or sent."""

    outbox_id: int
    earlier: ErrorCode | None = None
    entry: OutboxEntry | None = None


# The refusals that name the document's e-mail already there, rather than a failure.
EARLIER = (ErrorCode.DOCUMENT_ALREADY_QUEUED, ErrorCode.DOCUMENT_ALREADY_SENT)
