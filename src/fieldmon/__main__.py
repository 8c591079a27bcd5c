"""`python -m fieldmon` runs the same entry point as the `fieldmon` command."""

import sys

from fieldmon.cli import main

sys.exit(main())
