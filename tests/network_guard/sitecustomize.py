"""Loaded by every Python process started with this folder on PYTHONPATH: any attempt to reach the network
ends the process at once with exit status 97 and a line naming the attempt on stderr."""

import os
import socket
import sys

NETWORK_EVENTS = {
    "socket.connect",
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.gethostbyaddr",
    "socket.getnameinfo",
    "socket.sendto",
    "urllib.Request",
    "http.client.connect",
}


def _refuse_network(event: str, args: tuple[object, ...]) -> None:
    if event not in NETWORK_EVENTS:
        return
    if event == "socket.connect" and args and getattr(args[0], "family", None) == socket.AF_UNIX:
        # calfdesk's only local socket is the window's single-instance socket, made by Qt, not Python.
        target = str(args[1]) if len(args) > 1 else ""
        if "calfdesk-" in target:
            return
    sys.stderr.write(f"NETWORK-ATTEMPT {event} {args!r}\n")
    sys.stderr.flush()
    os._exit(97)


sys.addaudithook(_refuse_network)
