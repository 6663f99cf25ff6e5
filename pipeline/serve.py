"""``spacekg serve``: a read-only SPARQL 1.1 Protocol endpoint over a store directory.

The endpoint is the ``oxigraph`` server binary (PyPI package ``oxigraph``, pinned beside
``pyoxigraph``) in ``serve-read-only`` mode, not a hand-written HTTP server: it speaks the whole
SPARQL 1.1 Protocol (``/query`` by GET and POST, content negotiation of result formats), refuses updates
(HTTP 403), enforces a query timeout, and ships its own copy of the YASGUI query page at ``/``, so the
page works without internet access.

The server runs with ``--union-default-graph``: a query without ``GRAPH`` sees every article's named
graph, exactly as ``spacekg query`` does. Read-only mode lets several readers share a store directory,
but a writer (``spacekg ingest``) must not run against the same directory while the server reads it.
"""

from __future__ import annotations

import logging
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
DEFAULT_TIMEOUT_S = 30
BINARY_NAME = "oxigraph"


class ServeError(RuntimeError):
    """The endpoint could not be started (no binary, no store, port taken, server exited)."""


def oxigraph_binary() -> Path:
    """The ``oxigraph`` server binary: next to the running Python first (a venv), else on ``PATH``."""
    beside_python = Path(sys.executable).parent / BINARY_NAME
    if beside_python.is_file():
        return beside_python
    found = shutil.which(BINARY_NAME)
    if found:
        return Path(found)
    raise ServeError(
        "the 'oxigraph' server binary was not found next to Python or on PATH; "
        "install it with: pip install oxigraph==0.5.13"
    )


@dataclass(frozen=True)
class Endpoint:
    """Where a running endpoint answers."""

    host: str
    port: int

    @property
    def base_url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def query_url(self) -> str:
        """The SPARQL 1.1 Protocol query URL (GET with ``?query=``, or POST)."""
        return f"{self.base_url}/query"


def server_command(store_dir: str | Path, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
                   timeout_s: float | None = DEFAULT_TIMEOUT_S, cors: bool = False) -> list[str]:
    """The ``oxigraph serve-read-only`` command line for a store directory."""
    host_part = f"[{host}]" if ":" in host else host
    command = [str(oxigraph_binary()), "serve-read-only", "--location", str(store_dir),
               "--bind", f"{host_part}:{port}", "--union-default-graph"]
    if timeout_s:
        command += ["--timeout-s", str(max(1, round(timeout_s)))]
    if cors:
        command.append("--cors")
    return command


def check_store_dir(store_dir: str | Path) -> Path:
    """The store directory, or a ``ServeError`` naming what is wrong with it."""
    path = Path(store_dir)
    if not path.is_dir():
        raise ServeError(f"no store at {path}: run 'spacekg ingest' first or give --store")
    if not any(path.iterdir()):
        raise ServeError(f"{path} is empty: it is not an Oxigraph store")
    return path


def free_port(host: str = DEFAULT_HOST) -> int:
    """A TCP port nobody listens on right now (for tests and ``--port 0``)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def _answers(endpoint: Endpoint, timeout: float = 1.0) -> bool:
    """True once the server answers a trivial ASK over the protocol."""
    url = endpoint.query_url + "?" + urllib.parse.urlencode({"query": "ASK {}"})
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (loopback URL)
            return response.status == 200
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return False


def start_server(store_dir: str | Path, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
                 timeout_s: float | None = DEFAULT_TIMEOUT_S, ready_within: float = 20.0,
                 cors: bool = False) -> tuple[subprocess.Popen, Endpoint]:
    """Start the endpoint in a child process and wait (bounded) until it answers.

    The caller owns the process: stop it with ``stop_server``. On failure the child is stopped and a
    ``ServeError`` carries what the server printed.
    """
    path = check_store_dir(store_dir)
    if port == 0:
        port = free_port(host)
    endpoint = Endpoint(host, port)
    command = server_command(path, host, port, timeout_s, cors)
    log.info("starting %s", " ".join(command))
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.monotonic() + ready_within
    while time.monotonic() < deadline:
        if process.poll() is not None:
            output = process.stdout.read() if process.stdout else ""
            raise ServeError(f"oxigraph exited with code {process.returncode}: {output.strip()}")
        if _answers(endpoint):
            log.info("SPARQL endpoint ready at %s", endpoint.query_url)
            return process, endpoint
        time.sleep(0.1)
    stop_server(process)
    raise ServeError(f"the endpoint did not answer at {endpoint.query_url} within {ready_within:.0f} s")


def stop_server(process: subprocess.Popen, grace: float = 5.0) -> int | None:
    """Terminate the server (then kill it if it lingers); returns its exit code."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=grace)
    if process.stdout:
        process.stdout.close()
    return process.returncode


def serve_forever(store_dir: str | Path, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
                  timeout_s: float | None = DEFAULT_TIMEOUT_S, cors: bool = False) -> int:
    """Run the endpoint in the foreground until interrupted (Ctrl-C, SIGTERM); returns its exit code."""
    path = check_store_dir(store_dir)
    command = server_command(path, host, port, timeout_s, cors)
    log.info("starting %s", " ".join(command))
    process = subprocess.Popen(command)

    def _stop(signum: int, frame: object) -> None:  # a service manager's SIGTERM stops the child too
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, _stop)
    try:
        return process.wait()
    except KeyboardInterrupt:
        return stop_server(process) or 0
    finally:
        signal.signal(signal.SIGTERM, previous)


__all__ = [
    "DEFAULT_HOST",
    "DEFAULT_PORT",
    "DEFAULT_TIMEOUT_S",
    "Endpoint",
    "ServeError",
    "check_store_dir",
    "free_port",
    "oxigraph_binary",
    "serve_forever",
    "server_command",
    "start_server",
    "stop_server",
]
