"""Renew and Renew All (R4): the proforma dialog issues proformas from their own number sequence and
charges nothing; what it issued is saved as PDF, printed and e-mailed as every proforma is (R40,
desktop/ui/documents): the PDF (read back with poppler's pdftotext) carries the number, every
service line and the total, in the CUSTOMER's language whatever the window's, and each e-mail is
queued with its own proforma's PDF and said to be queued, never sent, until the outbox sends it."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.app.changes import Change
from desktop.app.views import AccountView
from desktop.bootstrap import AppContext
from desktop.core.bidi import plain
from desktop.core.codes import MailState
from desktop.jobs.outbox_sender import send_outbox
from desktop.store.models import Customer, OutboxAttachment, OutboxMessage
from desktop.ui.application import current_language, install_language
from desktop.ui.dialogs.proforma_dialog import ProformaDialog
from desktop.ui.main_window import MainWindow
from tests.app.helpers import SALES, account, audit_rows, contact_id, renew_states
from tests.jobs.helpers import card, document, domain, load
from tests.jobs.smtp_helpers import (
    SmtpServer,
    point_smtp_at,
    smtp_fixture,  # noqa: F401 (the fixture "smtp")
)
from tests.ui.accounts import HEBREW_COMPANY, HEBREW_CONTACT, HEBREW_DOMAIN, HEBREW_NAME, MARCH, load_all
from tests.ui.conftest import WindowFactory
from tests.ui.driving import cell_text, open_account, row_count, tick, while_modal

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils' pdftotext")

WAIT_MS = 20_000
NOT_A_TAX_INVOICE = "This proforma is not a tax invoice."
# pdftotext marks the direction of each run it guesses (embeddings, isolates, marks): not the text.
_DIRECTION_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def pdf_text(data: bytes | Path, *, page: int | None = None) -> str:
    """The PDF's words in reading order, spaces and line breaks as one space."""
    if isinstance(data, Path):
        data = data.read_bytes()
    assert data[:5] == b"%PDF-"
    pages = ["-f", str(page), "-l", str(page)] if page else []
    done = subprocess.run(
        ["pdftotext", *pages, "-enc", "UTF-8", "-", "-"], input=data, capture_output=True, check=True
    )
    return " ".join(_DIRECTION_MARKS.sub("", done.stdout.decode()).split())


def visual_lines(path: Path, page: int = 1) -> list[str]:
    """The PDF's lines as drawn, left to right (pdftotext's -bbox gives each glyph run's place):
    a right-to-left text's logical order is a guess of pdftotext; the drawing is not. Runs closer
    than a space are joined; farther ones (another cell) are apart."""
    done = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), "-bbox", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>'
    rows: dict[float, list[tuple[float, float, str]]] = {}
    for x_min, y_min, x_max, word in re.findall(pattern, done.stdout):
        rows.setdefault(round(float(y_min), 1), []).append((float(x_min), float(x_max), html.unescape(word)))
    lines = []
    for _, words in sorted(rows.items()):
        words.sort()
        line, right = "", None
        for x_min, x_max, word in words:
            line += word if right is not None and x_min - right < 1.0 else (" " + word if line else word)
            right = x_max
        lines.append(line)
    return lines


def total_line(path: Path, page: int = 1) -> str:
    """The total as drawn (in reading order pdftotext puts the amount after the footer)."""
    (line,) = [line for line in visual_lines(path, page) if line.startswith("Total ")]
    return line


def previewed(qtbot: QtBot, dialog: ProformaDialog) -> None:
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT_MS)


def issue(qtbot: QtBot, dialog: ProformaDialog) -> None:
    """Issue pressed; waits until the proformas are issued and read back as they print."""
    previewed(qtbot, dialog)
    assert dialog.issue_button.isEnabled()
    assert not any(b.isEnabled() for b in (dialog.pdf_button, dialog.print_button, dialog.email_button))
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: bool(dialog.documents), timeout=WAIT_MS)
    assert [d.number for d in dialog.documents] == [p.number for p in dialog.issued]
    assert dialog.pdf_button.isEnabled() and dialog.print_button.isEnabled()


def new_dialog(qtbot: QtBot, window: MainWindow, account: AccountView, names: list[str]) -> ProformaDialog:
    ids = [s.id for s in account.services if s.name in names]
    dialog = ProformaDialog(window.workspace, window.tasks, account, ids, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def save_as(monkeypatch: pytest.MonkeyPatch, target: Path | str) -> None:
    """The file dialog's answer, as conftest answers message boxes (a modal dialog would hang)."""
    answer = (str(target), "PDF (*.pdf)")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_: answer))


def test_renew_all_through_the_window_issues_one_proforma_to_the_chosen_contact(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory, tmp_path: Path
) -> None:
    load_all(sctx)
    window = make_window(sctx, SALES)
    open_account(qtbot, window, sctx, "dana")
    levi_ltd = contact_id(sctx, "dana", "k1")
    states = renew_states(sctx)
    pdf = tmp_path / "p.pdf"

    def steps(dialog: ProformaDialog) -> None:
        lines = {
            cell_text(dialog.lines, r, 0): cell_text(dialog.lines, r, 2)
            for r in range(row_count(dialog.lines))
        }
        assert lines == {
            "dana.co.il": "₪59.00",
            "levi-shop.com": "₪45.50",
            "levi-site": "₪480.00",
            "levi.co.il": "₪59.00",
            "levi.com": "₪45.50",
        }
        previewed(qtbot, dialog)
        assert dialog.total.text() == "Total: ₪689.00"
        dialog.contact.setCurrentIndex(dialog.contact.findData(levi_ltd))
        issue(qtbot, dialog)
        dialog.save_pdf(str(pdf))
        qtbot.mouseClick(  # type: ignore[no-untyped-call]
            dialog.buttons.button(QDialogButtonBox.StandardButton.Close), Qt.MouseButton.LeftButton
        )

    dialog = while_modal(window.renew_all.trigger, ProformaDialog, steps)
    assert len(dialog.issued) == 1
    proforma = dialog.issued[0]
    assert (proforma.bill_to_name, proforma.bill_to_company, proforma.total_minor) == (
        "Dana Levi",
        "Levi Ltd",
        68900,
    )
    assert dialog.outcome.text() == f"1 proforma issued, number: {proforma.number}"
    # The main window keeps saying what was issued after the dialog has gone.
    note = window.findChild(QLabel, "outcomeNote")
    assert isinstance(note, QLabel) and note.isVisible() and note.text() == dialog.outcome.text()

    text = pdf_text(pdf)
    assert f"Proforma {proforma.number}" in text
    assert "Customer number dana" in text
    assert "Bill to Dana Levi Levi Ltd" in text
    assert "Valid until" in text
    for name, price in (
        ("dana.co.il", "₪59.00"),
        ("levi-shop.com", "₪45.50"),
        ("levi-site", "₪480.00"),
        ("levi.co.il", "₪59.00"),
        ("levi.com", "₪45.50"),
    ):
        assert name in text and price in text
    assert text.count("12 months") == 5
    assert total_line(pdf) == "Total ₪689.00"
    assert NOT_A_TAX_INVOICE in text
    # It charges nothing and changes no auto-renew setting; it is in the audit log.
    assert [e for e in sctx.gateway.entries() if e["kind"] == "charge"] == []
    assert renew_states(sctx) == states
    assert [row.entity_id for row in audit_rows(sctx, "proforma.issued")] == [str(proforma.number)]


def test_renew_of_the_ticked_services_with_each_services_contact(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory, tmp_path: Path
) -> None:
    """Without a contact chosen, each service's billing contact gets its proforma: Dana for the domain,
    Moshe Cohen of Cohen Ltd for the hosting package, numbered one after the other, each on its own
    page of the one PDF."""
    load_all(sctx)
    window = make_window(sctx, SALES)
    open_account(qtbot, window, sctx, "dana")
    tick(window, "levi.com", "levi-site")
    assert window.renew.isEnabled()
    pdf = tmp_path / "two.pdf"

    def steps(dialog: ProformaDialog) -> None:
        assert sorted(cell_text(dialog.lines, r, 0) for r in range(row_count(dialog.lines))) == [
            "levi-site",
            "levi.com",
        ]
        assert dialog.contact.currentData() is None
        issue(qtbot, dialog)
        dialog.save_pdf(str(pdf))
        dialog.reject()

    dialog = while_modal(window.renew.trigger, ProformaDialog, steps)
    first, second = dialog.issued
    assert dialog.outcome.text() == f"2 proformas issued, numbers: {first.number}, {second.number}"
    assert second.number == first.number + 1
    by_name = {p.bill_to_name: p for p in dialog.issued}
    assert by_name["Dana Levi"].total_minor == 4550
    assert by_name["Moshe Cohen"].bill_to_company == "Cohen Ltd"
    assert by_name["Moshe Cohen"].total_minor == 48000
    pages = {p.number: pdf_text(pdf, page=n) for n, p in enumerate(dialog.issued, start=1)}
    for proforma in dialog.issued:
        page = pages[proforma.number]
        assert f"Proforma {proforma.number}" in page
        other = second if proforma is first else first
        assert f"Proforma {other.number}" not in page
    dana_page, moshe_page = pages[by_name["Dana Levi"].number], pages[by_name["Moshe Cohen"].number]
    assert "Bill to Dana Levi" in dana_page and "levi.com" in dana_page
    assert "Bill to Moshe Cohen Cohen Ltd" in moshe_page
    totals = {p.number: total_line(pdf, n) for n, p in enumerate(dialog.issued, start=1)}
    assert totals == {
        by_name["Dana Levi"].number: "Total ₪45.50",
        by_name["Moshe Cohen"].number: "Total ₪480.00",
    }
    assert "levi-site" in moshe_page and "levi.com" not in moshe_page
    assert "levi.co.il" not in pdf_text(pdf)  # not ticked


def test_proforma_numbers_follow_their_own_sequence(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    load_all(sctx)
    window = make_window(sctx, SALES)
    dana = open_account(qtbot, window, sctx, "dana")
    first = new_dialog(qtbot, window, dana, ["levi.com"])
    issue(qtbot, first)
    avi = open_account(qtbot, window, sctx, "avi")
    second = new_dialog(qtbot, window, avi, ["avi.co.il", "avi.com"])
    issue(qtbot, second)
    assert [p.number for p in second.issued] == [first.issued[0].number + 1]
    assert second.issued[0].total_minor == 5900 + 4550
    assert not second.issue_button.isEnabled()  # issued once per dialog


def test_a_hebrew_customers_proforma_is_hebrew_in_an_english_window(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory, tmp_path: Path
) -> None:
    """The PDF is in the customer's language (R40), not the window's."""
    load_all(sctx)
    assert current_language() == "en"
    window = make_window(sctx, SALES)
    account = open_account(qtbot, window, sctx, "moshe")
    dialog = new_dialog(qtbot, window, account, ["cohen.co.il", "cohen-site"])
    issue(qtbot, dialog)
    assert {p.bill_to_name for p in dialog.issued} == {HEBREW_NAME, HEBREW_CONTACT}
    assert {d.language for d in dialog.documents} == {"he"}
    pdf = tmp_path / "he.pdf"
    dialog.save_pdf(str(pdf))
    text = pdf_text(pdf)
    assert "חשבון עסקה" in text and "מספר לקוח" in text
    assert "Proforma" not in text and "Total" not in text  # no English word of the window's
    assert HEBREW_NAME in text
    assert HEBREW_CONTACT in text
    assert HEBREW_COMPANY in text
    for proforma in dialog.issued:
        assert str(proforma.number) in text
    assert "cohen.co.il" in text and "cohen-site" in text
    assert "59.00" in text and "480.00" in text and "₪" in text


def test_an_english_customers_proforma_is_english_in_a_hebrew_window(
    qtbot: QtBot, qapp: QApplication, sctx: AppContext, make_window: WindowFactory, tmp_path: Path
) -> None:
    load_all(sctx)
    install_language(qapp, "he")
    try:
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        window = make_window(sctx, SALES)
        dana = open_account(qtbot, window, sctx, "dana")
        dialog = new_dialog(qtbot, window, dana, ["levi.com"])
        issue(qtbot, dialog)
        assert dialog.email_button.text() == "שליחה בדוא״ל לאיש הקשר לחיוב"
        pdf = tmp_path / "en.pdf"
        dialog.save_pdf(str(pdf))
        text = pdf_text(pdf)
    finally:
        install_language(qapp, "en")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert f"Proforma {dialog.issued[0].number}" in text and total_line(pdf) == "Total ₪45.50"
    assert "חשבון" not in text


def test_the_preview_is_read_only_and_saving_says_so(
    qtbot: QtBot,
    sctx: AppContext,
    make_window: WindowFactory,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Nothing typed over a price would be taken: no cell of the preview opens an editor, neither on a
    double click, nor on F2, nor on typing over it."""
    load_all(sctx)
    window = make_window(sctx, SALES)
    dana = open_account(qtbot, window, sctx, "dana")
    dialog = new_dialog(qtbot, window, dana, ["levi.com", "levi-site"])
    qtbot.waitExposed(dialog)
    table = dialog.lines
    model = table.model()
    shown = [[cell_text(table, r, c) for c in range(model.columnCount())] for r in range(row_count(table))]
    assert sorted(row[2] for row in shown) == ["₪45.50", "₪480.00"]
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
            where = table.visualRect(index).center()
            qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)  # type: ignore[no-untyped-call]
            assert table.currentIndex() == index
            qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)  # type: ignore[no-untyped-call]
            qtbot.keyClick(table, Qt.Key.Key_F2)  # type: ignore[no-untyped-call]
            qtbot.keyClicks(table, "9")  # type: ignore[no-untyped-call]
            table.edit(index)
            assert table.state() != QAbstractItemView.State.EditingState
            assert table.findChildren(QLineEdit) == []  # no editor was ever opened
    assert [
        [cell_text(table, r, c) for c in range(model.columnCount())] for r in range(row_count(table))
    ] == shown
    issue(qtbot, dialog)
    assert not dialog.contact.isEnabled() and not dialog.issue_button.isEnabled()
    folder = tmp_path / "out"
    folder.mkdir()
    pdf = folder / "saved.pdf"
    save_as(monkeypatch, pdf)
    dialog.pdf_button.click()
    assert pdf.read_bytes()[:5] == b"%PDF-"
    assert dialog.outcome.text() == "2 proformas issued and saved as saved.pdf."
    assert [p.name for p in folder.iterdir()] == ["saved.pdf"]  # nothing else left beside it


def _one_account(
    ctx: AppContext, ref: str, names: list[str], name: str = "Nora Price", language: str = "en"
) -> None:
    services = [domain(f"d{n}", domain_name, MARCH, enabled=False) for n, domain_name in enumerate(names)]
    built = account(ref, services, name=name, cards=[card("v1")])
    built["language"] = language
    load(ctx, document([built]))


def test_a_hebrew_domain_comes_out_of_the_pdf_whole(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory, tmp_path: Path
) -> None:
    """Issue 11 (hostile 3): in a Hebrew proforma, סטודיו-7-2.co.il came out of the PDF as
    "סטודיו co.il.7-2-": the domain is isolated left to right, each label in its own direction."""
    _one_account(sctx, "studio", [HEBREW_DOMAIN, "studio.com"], name=HEBREW_NAME, language="he")
    window = make_window(sctx, SALES)
    studio = open_account(qtbot, window, sctx, "studio")
    dialog = new_dialog(qtbot, window, studio, [HEBREW_DOMAIN, "studio.com"])
    issue(qtbot, dialog)
    pdf = tmp_path / "studio.pdf"
    dialog.save_pdf(str(pdf))
    lines = visual_lines(pdf)
    text = pdf_text(pdf)
    # As drawn, left to right: the Hebrew label (read right to left, its "7-2" left to right), then
    # ".co.il" at the right end; it was drawn "co.il.7-2-וידוטס".
    hebrew, rest = HEBREW_DOMAIN.split("-", 1)
    drawn = f"{rest.removesuffix('.co.il')}-{hebrew[::-1]}.co.il"
    assert drawn == "7-2-וידוטס.co.il"
    assert any(drawn in line.split(" ") for line in lines), lines
    assert "studio.com" in text and HEBREW_NAME in text


def test_a_pdf_that_cannot_be_written_is_said_to_have_failed(
    qtbot: QtBot,
    sctx: AppContext,
    make_window: WindowFactory,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """Issue 11 (hostile 4): saving into a place no file can be written said "saved as ...pdf". A
    missing folder, a folder that takes no file and a folder in the file's place each say so, and
    leave no file, whole or partial."""
    load_all(sctx)
    window = make_window(sctx, SALES)
    dana = open_account(qtbot, window, sctx, "dana")
    dialog = new_dialog(qtbot, window, dana, ["levi.com"])
    issue(qtbot, dialog)
    folder = tmp_path / "out"
    (folder / "taken.pdf").mkdir(parents=True)
    for target, why in (
        ("/proc/no-such-folder/proforma.pdf", "The folder /proc/no-such-folder does not exist."),
        ("/proc/self/proforma.pdf", "The file /proc/self/proforma.pdf could not be written"),
        (str(folder / "taken.pdf"), str(folder / "taken.pdf")),
    ):
        save_as(monkeypatch, target)
        dialog.pdf_button.click()
        name = Path(target).name
        said, reason = dialog.outcome.text().split("\n")
        assert said == f"The PDF could not be saved as {name}.", target
        assert why in reason and reason == dialog.outcome.toolTip()
    assert not Path("/proc/no-such-folder/proforma.pdf").exists()
    assert (
        not Path("/proc/self/proforma.pdf").exists() and not Path("/proc/self/.proforma.pdf.partial").exists()
    )
    assert [p.name for p in folder.iterdir()] == ["taken.pdf"] and (folder / "taken.pdf").is_dir()
    # Then a place that takes it: saved, and the failure's tooltip is gone.
    good = folder / "good.pdf"
    save_as(monkeypatch, good)
    dialog.pdf_button.click()
    assert dialog.outcome.text() == "1 proforma issued and saved as good.pdf."
    assert dialog.outcome.toolTip() == ""
    assert f"Proforma {dialog.issued[0].number}" in pdf_text(good)


def test_a_line_without_a_price_keeps_issue_off_and_says_why(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    """Issue 11 (hostile 14): with a service the price list has no price for, the preview showed a
    total and offered Issue, which was then refused. The use case's preview says so beforehand."""
    _one_account(sctx, "np", ["priced.co.il", "unpriced.org"])
    window = make_window(sctx, SALES)
    nora = open_account(qtbot, window, sctx, "np")
    dialog = new_dialog(qtbot, window, nora, ["priced.co.il", "unpriced.org"])
    previewed(qtbot, dialog)
    assert not dialog.issue_button.isEnabled()
    reason = "The price list has no price for: unpriced.org"
    assert plain(dialog.issue_button.toolTip()) == reason
    assert plain(dialog.outcome.text()) == reason
    assert dialog.total.text() == "Total: incomplete (₪59.00; no price for 1 service)"
    assert audit_rows(sctx, "proforma.issued") == []
    # Only the priced line: it issues.
    priced = new_dialog(qtbot, window, nora, ["priced.co.il"])
    issue(qtbot, priced)
    assert priced.total.text() == "Total: ₪59.00"


def _outbox(ctx: AppContext) -> list[tuple[str, str, str, bytes]]:
    with ctx.db.reading() as session:
        rows = session.execute(
            select(
                OutboxMessage.to_address,
                OutboxMessage.status,
                OutboxAttachment.filename,
                OutboxAttachment.content,
            )
            .join(OutboxAttachment, OutboxAttachment.message_id == OutboxMessage.id)
            .order_by(OutboxMessage.id)
        )
        return [(to, status, filename, bytes(content)) for to, status, filename, content in rows]


def test_each_issued_proforma_is_emailed_to_its_billing_contact_with_its_own_pdf(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory, smtp: SmtpServer
) -> None:
    """E-mail to the billing contact queues one e-mail per proforma, each with its own PDF in the
    customer's language; the dialog says they are queued (not sent) and follows the outbox."""
    load_all(sctx)
    point_smtp_at(sctx, smtp.port)
    window = make_window(sctx, SALES)
    dana = open_account(qtbot, window, sctx, "dana")
    dialog = new_dialog(qtbot, window, dana, ["levi.com", "levi-site"])
    issue(qtbot, dialog)
    assert dialog.email_button.isEnabled()
    assert dialog.email_button.toolTip() == (
        "Each proforma to its billing contact (else to the customer), with its PDF attached"
    )
    first, second = dialog.issued
    dialog.email_button.click()
    assert not dialog.email_button.isEnabled()  # once per click, while they are queued
    qtbot.waitUntil(lambda: bool(dialog.mailed), timeout=WAIT_MS)
    assert dialog.outcome.text() == (
        f"2 e-mails queued with the PDF attached, for proforma numbers {first.number}, {second.number}; "
        "the outbox sends them."
    )
    by_name = {p.bill_to_name: p.number for p in dialog.issued}
    addresses = {by_name["Dana Levi"]: "dana@example.com", by_name["Moshe Cohen"]: "k2@billing.example"}
    shown = dialog.mail.text().splitlines()
    assert dialog.mail.isVisible()
    assert sorted(plain(line) for line in shown) == sorted(
        f"Proforma {number} to {to}: queued, not sent yet" for number, to in addresses.items()
    )
    queued = _outbox(sctx)
    assert [(to, status) for to, status, _, _ in queued] == [
        (addresses[first.number], MailState.QUEUED.value),
        (addresses[second.number], MailState.QUEUED.value),
    ]
    for proforma, (_, _, filename, pdf) in zip(dialog.issued, queued, strict=True):
        assert filename == f"proforma-{proforma.number}.pdf"
        text = pdf_text(pdf)
        assert f"Proforma {proforma.number}" in text
        other = second if proforma is first else first
        assert f"Proforma {other.number}" not in text  # each e-mail carries its own proforma only
    assert sorted(str(row.entity_id) for row in audit_rows(sctx, "document.emailed")) == sorted(
        str(p.number) for p in dialog.issued
    )
    assert dialog.email_button.isEnabled()

    # The outbox sends them; the dialog hears it and says sent.
    assert send_outbox(sctx).sent == 2
    window.workspace.announce(frozenset({Change.MAIL}))
    qtbot.waitUntil(lambda: "queued" not in dialog.mail.text(), timeout=WAIT_MS)
    assert all(": sent " in plain(line) for line in dialog.mail.text().splitlines())
    assert sorted(message["To"] for message in smtp.messages()) == sorted(addresses.values())


def test_an_email_refused_for_one_proforma_says_so_beside_the_others(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory
) -> None:
    """A customer with no e-mail address and no contact's: nothing is queued, and the dialog says why
    for that proforma (never "sent", never "queued")."""
    _one_account(sctx, "np", ["priced.co.il"])
    with sctx.db.transaction() as session:
        holder = session.scalars(select(Customer).where(Customer.ref == "np")).one()
        holder.email = ""
    window = make_window(sctx, SALES)
    nora = open_account(qtbot, window, sctx, "np")
    dialog = new_dialog(qtbot, window, nora, ["priced.co.il"])
    issue(qtbot, dialog)
    dialog.email_button.click()
    qtbot.waitUntil(lambda: bool(dialog.mailed), timeout=WAIT_MS)
    assert dialog.outcome.text() == "No e-mail was queued."
    assert dialog.mail.text() == (
        f"Proforma {dialog.issued[0].number}: Nora Price has no e-mail address to send the document to. "
        "Nothing was queued."
    )
    assert _outbox(sctx) == []
