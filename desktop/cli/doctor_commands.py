"""`doctor [--json]` (R44): every check of this workstation, one line each (or one JSON document);
exit code 0 only when every check passed, 1 otherwise. The connection is the one every command uses
(`--db`, else the remembered one, else the SQLite file in the data folder); it is read, never
migrated."""

from __future__ import annotations

import argparse
import json
import sys

from desktop.app import doctor, doctor_report
from desktop.app.about import about_connection
from desktop.app.connection import chosen_connection
from desktop.workstation import WorkstationFileError


def doctor_command(args: argparse.Namespace) -> int:
    try:
        chosen = chosen_connection(getattr(args, "db", None)).or_default()
    except WorkstationFileError as exc:
        print(f"renewdesk: {exc}", file=sys.stderr)
        return 1
    assert chosen.url is not None
    checks = doctor.run_checks(chosen.url)
    facts = about_connection(chosen.url, chosen.workstation)
    if args.json:
        print(json.dumps(doctor_report.as_json(facts, checks), ensure_ascii=False, indent=1))
    else:
        for check in checks:
            print(doctor_report.line(check))
    if doctor.all_passed(checks):
        return 0
    print(f"renewdesk: {doctor_report.tally(checks)}", file=sys.stderr)
    return 1
