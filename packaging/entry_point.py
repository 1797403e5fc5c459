"""The script PyInstaller freezes: the command line, which opens the window without a command."""

import multiprocessing
import sys

from desktop.cli.main import main

if __name__ == "__main__":
    # The window writes PDFs in a child process of this same program (Qt's layout would
    # hold the GIL, and the window with it); in the bundle that child starts here.
    multiprocessing.freeze_support()
    sys.exit(main())
