"""`proforma pdf` and `invoice pdf` (SPEC section 3, R40): the document as the window prints it, in
the customer's language (or --lang), written whole or not at all; an unknown number or a folder that
does not exist is refused with exit code 2 and no file."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import Cli

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils' pdftotext")
_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _document() -> dict[str, object]:
    return {
        "format": "renewdesk/1",
        "price_list": [
            {"kind": "domain", "item": ".co.il", "period_months": 12, "price": "59.00", "currency": "ILS"}
        ],
        "customers": [
            {
                "ref": "cust-1",
                "name": "דנה לוי",
                "email": "dana@example.com",
                "language": "he",
                "currency": "ILS",
                "contacts": [],
                "cards": [],
                "services": [
                    {
                        "ref": "s1",
                        "kind": "domain",
                        "name": "levi.co.il",
                        "expires_on": "2027-02-01",
                        "period_months": 12,
                        "auto_renew": {"enabled": False},
                    }
                ],
                "orders": [],
            }
        ],
    }


@pytest.fixture
def loaded(sqlite_cli: Cli, tmp_path: Path) -> Cli:
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(_document(), ensure_ascii=False), encoding="utf-8")
    done = sqlite_cli("import", str(path))
    assert done.returncode == 0, done.stderr
    return sqlite_cli


def _ok(cli: Cli, *args: str) -> str:
    done = cli(*args)
    assert (done.returncode, done.stderr) == (0, ""), done.stderr
    return done.stdout


def _text(path: Path) -> str:
    assert path.read_bytes()[:5] == b"%PDF-"
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True)
    return _MARKS.sub("", done.stdout)


def test_a_proforma_and_its_invoice_as_pdf(loaded: Cli, tmp_path: Path) -> None:
    issued = json.loads(_ok(loaded, "proforma", "issue", "cust-1", "--all", "--json"))
    number = int(issued["proformas"][0]["number"])

    out = tmp_path / "p.pdf"
    assert _ok(loaded, "proforma", "pdf", str(number), "--out", str(out)).startswith(f"wrote {out}")
    text = _text(out)
    assert "חשבון עסקה" in text and str(number) in text and "דנה לוי" in text
    assert "levi.co.il" in text and "59.00" in text and "₪" in text

    english = tmp_path / "p-en.pdf"
    _ok(loaded, "proforma", "pdf", str(number), "--out", str(english), "--lang", "en")
    assert f"Proforma {number}" in _text(english) and "Customer number cust-1" in " ".join(
        _text(english).split()
    )

    paid = json.loads(_ok(loaded, "proforma", "pay", str(number), "--method", "transfer", "--json"))
    invoice_number = str(paid["invoice_number"])
    for given in (invoice_number, f"INV-{invoice_number}"):
        target = tmp_path / f"i-{given}.pdf"
        _ok(loaded, "invoice", "pdf", given, "--out", str(target))
        text = _text(target)
        assert "חשבונית מס" in text and f"INV-{invoice_number}" in text and "59.00" in text
    # The proforma printed again carries its stamp.
    again = tmp_path / "p-paid.pdf"
    _ok(loaded, "proforma", "pdf", str(number), "--out", str(again), "--lang", "en")
    assert "[ PAID ]" in _text(again)


def test_bad_numbers_and_places_write_nothing(loaded: Cli, tmp_path: Path) -> None:
    out = tmp_path / "none.pdf"
    done = loaded("proforma", "pdf", "9999", "--out", str(out))
    assert (done.returncode, done.stdout) == (2, "")
    assert "there is no proforma 9999" in done.stderr
    done = loaded("invoice", "pdf", "INV-77", "--out", str(out))
    assert done.returncode == 2 and "there is no invoice INV-77" in done.stderr
    done = loaded("invoice", "pdf", "seventy", "--out", str(out))
    assert done.returncode == 2 and "is not an invoice number" in done.stderr
    issued = json.loads(_ok(loaded, "proforma", "issue", "cust-1", "--all", "--json"))
    missing = tmp_path / "no-such-folder" / "p.pdf"
    done = loaded("proforma", "pdf", str(issued["proformas"][0]["number"]), "--out", str(missing))
    assert done.returncode == 2 and "no-such-folder" in done.stderr
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob(".*partial")) == []
