"""A local HTTP file server for download tests (127.0.0.1, random port, no network)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    """What the test server answers on one path."""

    body: bytes = b""
    status: int = 200
    truncate: bool = False
    """Advertise the full Content-Length, send half the body, then close the connection."""
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class FileServer:
    """Routes served on 127.0.0.1 and the paths requested so far."""

    base_url: str = ""
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[str] = field(default_factory=list)

    def url(self, path: str) -> str:
        """Return the URL of ``path`` on this server."""
        return f"{self.base_url}{path}"


class _Handler(BaseHTTPRequestHandler):
    """Serve the routes of the ``FileServer`` attached to the HTTP server."""

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        files: FileServer = self.server.files  # type: ignore[attr-defined]
        files.requests.append(self.path)
        route = files.routes.get(self.path)
        if route is None:
            self.send_error(404, "Not Found")
            return
        self.send_response(route.status)
        for name, value in route.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(route.body)))
        self.end_headers()
        if route.truncate:
            self.wfile.write(route.body[: len(route.body) // 2])
            self.wfile.flush()
            self.close_connection = True
            return
        self.wfile.write(route.body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """Keep test output quiet."""


@contextmanager
def serve_files() -> Iterator[FileServer]:
    """Run an HTTP server on a random local port while the context is open."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    files = FileServer(base_url=f"http://127.0.0.1:{httpd.server_address[1]}")
    httpd.files = files  # type: ignore[attr-defined]
    thread = threading.Thread(
        target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield files
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()
