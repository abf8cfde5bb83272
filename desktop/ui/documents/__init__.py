"""Proformas and invoices as printed (R40): their words in the document's own language, the page as
HTML, the PDF, and the dialog that shows, saves, prints and e-mails one."""
