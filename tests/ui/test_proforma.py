"""Renew and Renew All (R4): the proforma dialog issues proformas from their own number sequence,
charges nothing, and saves a PDF whose text (read back with poppler's pdftotext) carries the number,
every service line and the total, in English and in Hebrew."""

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

from desktop.app.views import AccountView
from desktop.bootstrap import AppContext
from desktop.core.bidi import plain
from desktop.ui.application import current_language, install_language
from desktop.ui.dialogs.proforma_dialog import ProformaDialog
from desktop.ui.main_window import MainWindow
from tests.app.helpers import SALES, account, audit_rows, contact_id, renew_states
from tests.jobs.helpers import card, document, domain, load
from tests.ui.accounts import HEBREW_COMPANY, HEBREW_CONTACT, HEBREW_DOMAIN, HEBREW_NAME, MARCH, load_all
from tests.ui.conftest import WindowFactory
from tests.ui.driving import cell_text, open_account, row_count, tick, while_modal

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils' pdftotext")

NOT_A_TAX_INVOICE = "This proforma is not a tax invoice and charges nothing."


def pdf_text(path: Path) -> str:
    assert path.read_bytes()[:5] == b"%PDF-"
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout


def previewed(qtbot: QtBot, dialog: ProformaDialog) -> None:
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)


def visual_lines(path: Path) -> list[str]:
    """The PDF's lines as drawn, left to right (pdftotext's -bbox gives each glyph run's place):
    a right-to-left text's logical order is a guess of pdftotext; the drawing is not. Runs closer
    than a space are joined; farther ones (another cell) are apart."""
    done = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True)
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


def issue(qtbot: QtBot, dialog: ProformaDialog) -> None:
    previewed(qtbot, dialog)
    assert dialog.issue_button.isEnabled() and not dialog.pdf_button.isEnabled()
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: bool(dialog.issued), timeout=20_000)
    assert dialog.pdf_button.isEnabled()


def new_dialog(qtbot: QtBot, window: MainWindow, account: AccountView, names: list[str]) -> ProformaDialog:
    ids = [s.id for s in account.services if s.name in names]
    dialog = ProformaDialog(window.workspace, window.tasks, account, ids, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


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
    assert "To: Dana Levi" in text and "Levi Ltd" in text
    for name, price in (
        ("dana.co.il", "₪59.00"),
        ("levi-shop.com", "₪45.50"),
        ("levi-site", "₪480.00"),
        ("levi.co.il", "₪59.00"),
        ("levi.com", "₪45.50"),
    ):
        assert name in text and price in text
    assert text.count("12 months") == 5
    assert "Total: ₪689.00" in text
    assert NOT_A_TAX_INVOICE in " ".join(text.split())
    # It charges nothing and changes no auto-renew setting; it is in the audit log.
    assert [e for e in sctx.gateway.entries() if e["kind"] == "charge"] == []
    assert renew_states(sctx) == states
    assert [row.entity_id for row in audit_rows(sctx, "proforma.issued")] == [str(proforma.number)]


def test_renew_of_the_ticked_services_with_each_services_contact(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory, tmp_path: Path
) -> None:
    """Without a contact chosen, each service's billing contact gets its proforma: Dana for the domain,
    Moshe Cohen of Cohen Ltd for the hosting package, numbered one after the other."""
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
    text = pdf_text(pdf)
    for proforma in dialog.issued:
        assert f"Proforma {proforma.number}" in text
    assert "To: Moshe Cohen" in text and "Cohen Ltd" in text and "To: Dana Levi" in text
    assert "Total: ₪45.50" in text and "Total: ₪480.00" in text
    assert "levi.co.il" not in text  # not ticked


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


def test_a_hebrew_proforma_pdf_carries_the_hebrew_names(
    qtbot: QtBot, qapp: QApplication, sctx: AppContext, make_window: WindowFactory, tmp_path: Path
) -> None:
    load_all(sctx)
    install_language(qapp, "he")
    try:
        assert current_language() == "he"
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        window = make_window(sctx, SALES)
        account = open_account(qtbot, window, sctx, "moshe")
        dialog = new_dialog(qtbot, window, account, ["cohen.co.il", "cohen-site"])
        issue(qtbot, dialog)
        assert {p.bill_to_name for p in dialog.issued} == {HEBREW_NAME, HEBREW_CONTACT}
        html = dialog.document_html()
        assert html.startswith('<html dir="rtl">')
        pdf = tmp_path / "he.pdf"
        dialog.save_pdf(str(pdf))
        text = pdf_text(pdf)
    finally:
        install_language(qapp, "en")
    assert current_language() == "en"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert HEBREW_NAME in text
    assert HEBREW_CONTACT in text
    assert HEBREW_COMPANY in text
    for proforma in dialog.issued:
        assert str(proforma.number) in text
    assert "cohen.co.il" in text and "cohen-site" in text
    assert "59.00" in text and "480.00" in text and "₪" in text


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
    pdf = tmp_path / "saved.pdf"
    # The file dialog's answer, as conftest answers message boxes (a modal dialog would hang).
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_: (str(pdf), "PDF (*.pdf)")))
    dialog.pdf_button.click()
    assert pdf.read_bytes()[:5] == b"%PDF-"
    assert dialog.outcome.text() == "2 proformas issued and saved as saved.pdf."


def _one_account(ctx: AppContext, ref: str, names: list[str], name: str = "Nora Price") -> None:
    services = [domain(f"d{n}", domain_name, MARCH, enabled=False) for n, domain_name in enumerate(names)]
    load(ctx, document([account(ref, services, name=name, cards=[card("v1")])]))


def test_a_hebrew_domain_comes_out_of_the_pdf_whole(
    qtbot: QtBot, qapp: QApplication, sctx: AppContext, make_window: WindowFactory, tmp_path: Path
) -> None:
    """Issue 11 (hostile 3): in a Hebrew proforma, סטודיו-7-2.co.il came out of the PDF as
    "סטודיו co.il.7-2-": the domain is isolated left to right, each label in its own direction."""
    _one_account(sctx, "studio", [HEBREW_DOMAIN, "studio.com"], name=HEBREW_NAME)
    install_language(qapp, "he")
    try:
        window = make_window(sctx, SALES)
        studio = open_account(qtbot, window, sctx, "studio")
        dialog = new_dialog(qtbot, window, studio, [HEBREW_DOMAIN, "studio.com"])
        issue(qtbot, dialog)
        pdf = tmp_path / "studio.pdf"
        dialog.save_pdf(str(pdf))
        lines = visual_lines(pdf)
        text = pdf_text(pdf)
    finally:
        install_language(qapp, "en")
    # As drawn, left to right: the Hebrew label (read right to left, its "7-2" left to right), then
    # ".co.il" at the right end; it was drawn "co.il.7-2-וידוטס".
    hebrew, rest = HEBREW_DOMAIN.split("-", 1)
    drawn = f"{rest.removesuffix('.co.il')}-{hebrew[::-1]}.co.il"
    assert drawn == "7-2-וידוטס.co.il"
    assert any(drawn in line.split(" ") for line in lines), lines
    assert "studio.com" in text and HEBREW_NAME in text


def test_a_pdf_that_cannot_be_written_is_said_to_have_failed(
    qtbot: QtBot, sctx: AppContext, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 11 (hostile 4): saving into a place no file can be written said "saved as ...pdf"."""
    load_all(sctx)
    window = make_window(sctx, SALES)
    dana = open_account(qtbot, window, sctx, "dana")
    dialog = new_dialog(qtbot, window, dana, ["levi.com"])
    issue(qtbot, dialog)
    target = "/proc/no-such-folder/proforma.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_: (target, "PDF (*.pdf)")))
    dialog.pdf_button.click()
    assert not Path(target).exists()
    assert dialog.outcome.text() == "The PDF could not be saved as proforma.pdf."
    assert "saved as proforma.pdf." not in dialog.outcome.text().replace("could not be saved", "")
    assert target in dialog.outcome.toolTip()


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
