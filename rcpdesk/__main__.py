"""`python -m rcpdesk` runs the command line (the window by default)."""

import sys

from rcpdesk.cli import main

sys.exit(main())
