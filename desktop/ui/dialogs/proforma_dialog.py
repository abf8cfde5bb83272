"""Renew and Renew All (R4): the proforma shown for review, then issued from its own number sequence,
printable and saved as PDF (Qt's PDF writer lays Hebrew out right to left).

The preview is read-only: nothing typed into it would be taken, so nothing can be typed. What was
issued, saved or printed is said in the dialog and stays there."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.app import proformas
from desktop.app.changes import Change
from desktop.app.desk import Desk
from desktop.app.proformas import ProformaPreview, ProformaView
from desktop.app.views import AccountView
from desktop.core import bidi
from desktop.ui import formatting, messages
from desktop.ui.application import current_language
from desktop.ui.changes import watch
from desktop.ui.colours import error_style, success_color
from desktop.ui.dialogs.proforma_lines import Column, ProformaLinesModel, line_rows
from desktop.ui.tasks import TaskRunner


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
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.issue_button: QPushButton = self.buttons.addButton(
            self.tr("Issue"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.issue_button.setEnabled(False)  # until the preview says Issue would issue
        self.pdf_button: QPushButton = self.buttons.addButton(
            self.tr("Save as PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.pdf_button.setEnabled(False)
        self.print_button: QPushButton = self.buttons.addButton(
            self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.setEnabled(False)
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
        layout.addWidget(self.buttons)
        self.issue_button.clicked.connect(self.issue)
        self.pdf_button.clicked.connect(self._ask_pdf)
        self.print_button.clicked.connect(self._print)
        self.buttons.rejected.connect(self.reject)
        self.resize(560, 420)
        self._working = False
        self._ask_preview()
        # A price list imported elsewhere meanwhile: the total shown is asked again, so Issue never
        # issues another amount than the one on screen.
        watch(self, workspace, {Change.ACCOUNTS}, self._changed_elsewhere)

    def _changed_elsewhere(self) -> None:
        if not self.issued and not self._working:
            self._ask_preview()

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
            # Issue would be refused: say so before it is pressed, and why, beside the button.
            self.total.setText(
                self.tr(
                    "Total: incomplete ({total}; no price for %n service(s))",
                    "",
                    len(preview.unpriced),
                ).format(total=total)
            )
            reason = messages.error(refusal)
            self.issue_button.setToolTip(reason)
            self._say(reason, failed=True)
        self._lock(False)

    def issue(self) -> None:
        customer_id, services, contact_id = (
            self.account.customer.id,
            self.service_ids,
            self.contact.currentData(),
        )
        workspace = self._workspace
        # One short transaction: Close waits for it rather than leaving its outcome unseen.
        self._lock(True)
        self._say(self.tr("Issuing…"))
        self._tasks.run(
            lambda: workspace.call(proformas.issue_proformas, customer_id, services, contact_id),
            self._issued,
            self._failed,
            owner=self,
        )

    def issuable(self) -> bool:
        return self.preview is not None and self.preview.refusal is None and not self.issued

    def _lock(self, working: bool) -> None:
        self._working = working
        self.issue_button.setEnabled(not working and self.issuable())
        self.contact.setEnabled(not working and not self.issued)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(not working)

    def _issued(self, issued: list[ProformaView]) -> None:
        self.issued = issued
        self._lock(False)
        numbers = ", ".join(str(p.number) for p in issued)
        self._say(
            self.tr("%n proforma(s) issued, number(s): {numbers}", "", len(issued)).format(numbers=numbers)
        )
        self.pdf_button.setEnabled(True)
        self.print_button.setEnabled(True)

    def _failed(self, error: BaseException) -> None:
        self._lock(False)
        self._say(messages.error(error), failed=True)

    def _say(self, text: str, *, failed: bool = False) -> None:
        self.outcome.setText(text)
        self.outcome.setStyleSheet(error_style() if failed else f"color: {success_color().name()};")

    def reject(self) -> None:
        if self.buttons.button(QDialogButtonBox.StandardButton.Close).isEnabled():
            super().reject()

    def _ask_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), f"proforma-{self.issued[0].number}.pdf", "PDF (*.pdf)"
        )
        if not path:
            return
        file = formatting.ltr(Path(path).name)
        try:
            self.save_pdf(path)
        except OSError as exc:
            self._say(self.tr("The PDF could not be saved as {file}.").format(file=file), failed=True)
            self.outcome.setToolTip(f"{path}: {exc.strerror or exc}")
            return
        self.outcome.setToolTip("")
        self._say(
            self.tr("%n proforma(s) issued and saved as {file}.", "", len(self.issued)).format(file=file)
        )

    def document_html(self) -> str:
        # Texts are translated outside the f-strings: lupdate does not look inside them.
        title, to, footer = (
            self.tr("Proforma {number}"),
            self.tr("To: {name}"),
            self.tr("This proforma is not a tax invoice and charges nothing."),
        )
        total_text = self.tr("Total: {total}")
        headings = (self.tr("Service"), self.tr("Period"), self.tr("Price"))
        rtl = current_language() == "he"

        def shown(text: str) -> str:  # a name, company or plan: its own direction, escaped after
            return html.escape(bidi.first_strong(text, rtl))

        parts = [f'<html dir="{"rtl" if rtl else "ltr"}"><body style="font-family: DejaVu Sans;">']
        for proforma in self.issued:
            parts.append(f"<h2>{html.escape(title.format(number=proforma.number))}</h2>")
            company = f"<br>{shown(proforma.bill_to_company)}" if proforma.bill_to_company else ""
            issued_on = html.escape(formatting.day(proforma.issued_at.date()))
            parts.append(
                f"<p>{html.escape(to).format(name=shown(proforma.bill_to_name))}{company}<br>{issued_on}</p>"
            )
            parts.append('<table border="1" cellspacing="0" cellpadding="4" width="100%">')
            parts.append("<tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in headings) + "</tr>")
            for line in proforma.lines:
                months = self.tr("%n month(s)", "", line.period_months)
                amount = formatting.money(line.amount_minor, proforma.currency)
                # A domain reads left to right label by label, a Hebrew label inside it right to left.
                description = (
                    html.escape(bidi.domain(line.description, rtl))
                    if line.kind == "domain"
                    else shown(line.description)
                )
                parts.append(
                    f"<tr><td>{description}</td><td>{html.escape(months)}</td>"
                    f"<td>{html.escape(amount)}</td></tr>"
                )
            parts.append("</table>")
            total = formatting.money(proforma.total_minor, proforma.currency)
            parts.append(f"<p><b>{html.escape(total_text.format(total=total))}</b></p>")
            parts.append(f"<p>{html.escape(footer)}</p>")
        parts.append("</body></html>")
        return "".join(parts)

    def _document(self) -> QTextDocument:
        document = QTextDocument()
        if current_language() == "he":
            option = document.defaultTextOption()
            option.setTextDirection(Qt.LayoutDirection.RightToLeft)
            document.setDefaultTextOption(option)
        document.setHtml(self.document_html())
        return document

    def _print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            self._document().print_(printer)
            self._say(self.tr("%n proforma(s) issued and sent to the printer.", "", len(self.issued)))

    def save_pdf(self, path: str) -> None:
        """Raises OSError when the file could not be written: Qt's writer fails without a word, so the
        PDF is made in memory and written as a file here."""
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(15, 15, 15, 15),
                QPageLayout.Unit.Millimeter,
            )
        )
        self._document().print_(writer)
        del writer  # the PDF is finished when its writer goes
        data = bytes(buffer.data().data())
        if not data.startswith(b"%PDF-"):
            raise OSError(f"no PDF was made for {path}")
        Path(path).write_bytes(data)
