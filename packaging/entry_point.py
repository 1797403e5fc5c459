"""The script PyInstaller freezes: the command line, which opens the window without a command."""

import sys

from desktop.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
