"""Errors a user can act on: the CLI prints them as one line and exits with their status."""

from __future__ import annotations


class KgError(Exception):
    """A problem with the user's input or environment, not a bug: shown without a traceback."""

    exit_code = 1


class InputError(KgError):
    """The input (an article, a graph file, a query) cannot be used."""

    exit_code = 2


class CheckFailed(KgError):
    """The graph was read but breaks the ontology or the shapes."""

    exit_code = 1
