import sys

from rft_graders.cli import main

sys.exit(main())
