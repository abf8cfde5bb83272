"""RenewDesk: python main.py --help lists the commands."""

from desktop.cli import main

raise SystemExit(main())
