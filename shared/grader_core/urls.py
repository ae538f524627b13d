"""URL checks shared by the graders that call model endpoints (judge, embeddings)."""

from __future__ import annotations


def is_loopback_url(url: str) -> bool:
    """True for ``localhost`` and loopback IP hosts: where plain ``http://`` may carry a key."""
    import ipaddress
    import urllib.parse

    host = urllib.parse.urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
