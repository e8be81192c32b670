"""The `kg` command line: one module per group of subcommands, each a thin layer over `kg`'s API."""
