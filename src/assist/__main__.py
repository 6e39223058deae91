"""`python -m assist` runs the command line."""

import sys

from assist.cli.main import main

sys.exit(main())
