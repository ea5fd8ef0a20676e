import sys

from calfdesk.cli import main

sys.exit(main())
