"""Constants the command line's arguments need before anything heavy is loaded (the parser is built on
every start, `--help` included): the bounds of what a command may ask for, the document languages and
the first invoice series. The modules that enforce them take them from here, so each lives in one place."""

from __future__ import annotations

# A demo is for looking around and for benchmarks; beyond these it only fills the disk.
MAX_DEMO_CUSTOMERS = 100_000
MAX_DEMO_SERVICES = 100

# Reading and checking take about twenty times a file's size in memory (README, Benchmarks).
MAX_IMPORT_BYTES = 256 * 1024 * 1024

# The outbox list and the invoice list: the most rows one call returns.
MAX_OUTBOX_LIST = 10_000
MAX_INVOICE_PAGE = 5000

# The languages of customers' e-mails and documents.
LANGUAGES = ("he", "es", "en")

# The one invoice series today; the schema numbers each series on its own (R40).
INVOICE_SERIES = "INV"
