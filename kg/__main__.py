"""`python -m kg` is the `kg` command."""

from kg.cli.app import main

if __name__ == "__main__":
    main()
