"""The e-mail of the outbox as staff see it (R32): its state in words, the E-mails view, and the
actions on one message (retry now, send again)."""
