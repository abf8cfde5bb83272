"""The bundle's program (.ci/renewdesk.spec): the installed package's command line, as `renewdesk`."""

from desktop.cli import main

raise SystemExit(main())
