"""HTTP failures from a remote server as one-line errors a user can act on."""

from __future__ import annotations

import urllib.error

from kg.errors import KgError


class RemoteError(KgError):
    """The remote server refused or failed the request, or could not be reached."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


def from_http_error(url: str, err: urllib.error.HTTPError) -> RemoteError:
    try:
        detail = err.read().decode("utf-8", "replace")
    except OSError:
        detail = ""
    detail = " ".join(detail.split())[:200]
    if err.code == 401:
        return RemoteError(f"{url}: authentication failed (give --user and --password)", 401)
    if err.code == 403:
        return RemoteError(f"{url}: forbidden (403){': ' + detail if detail else ''}", 403)
    reason = f"{err.code} {err.reason}"
    return RemoteError(f"{url}: {reason}{': ' + detail if detail else ''}", err.code)


def from_url_error(url: str, err: urllib.error.URLError | OSError) -> RemoteError:
    reason = getattr(err, "reason", err)
    return RemoteError(f"{url}: cannot reach the server ({reason})")
