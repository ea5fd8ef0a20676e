"""Entry point of the packaged build: the same `calfdesk` command a pip install provides."""

import sys

from calfdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
