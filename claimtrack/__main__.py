"""Run the command-line interface: python -m claimtrack."""

from claimtrack.cli import main

main()
