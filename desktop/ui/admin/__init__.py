"""The admin windows: settings, staff, the audit log and the background checks."""
