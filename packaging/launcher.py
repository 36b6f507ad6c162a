"""The bundle's entry point: the same as the installed ``engagements`` command."""

import sys

from engagements.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
