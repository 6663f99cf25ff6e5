"""``spacekg serve``: a read-only SPARQL 1.1 Protocol endpoint (oxigraph serve-read-only) over a store.

The server starts on a free loopback port with a bounded wait and is always terminated.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from pipeline.serve import Endpoint, ServeError, free_port, oxigraph_binary, server_command, start_server, stop_server
from pipeline.store import OxigraphStore

DATASET = Path(__file__).resolve().parent / "golden" / "analyst-dataset.trig"
COUNT_LANDINGS = """PREFIX skg: <https://w3id.org/spacekg/ontology#>
SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a skg:Landing }"""
JSON_RESULTS = "application/sparql-results+json"


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    directory = tmp_path_factory.mktemp("served") / "store"
    store = OxigraphStore(directory)
    store.load_file(DATASET)
    store.close()
    return directory


@pytest.fixture(scope="module")
def endpoint(store_dir: Path):
    process, endpoint = start_server(store_dir, port=0, ready_within=20)
    try:
        yield endpoint
    finally:
        stop_server(process)
        assert process.poll() is not None


def _request(url: str, data: bytes | None = None, headers: dict | None = None, method: str | None = None):
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read()


def test_get_query_answers_with_sparql_results_json(endpoint: Endpoint):
    url = endpoint.query_url + "?" + urllib.parse.urlencode({"query": COUNT_LANDINGS})
    status, content_type, body = _request(url, headers={"Accept": JSON_RESULTS})
    assert status == 200 and content_type.startswith(JSON_RESULTS)
    results = json.loads(body)
    assert results["head"]["vars"] == ["n"]
    assert results["results"]["bindings"][0]["n"]["value"] == "3"  # union of all article graphs


def test_post_query_answers_too(endpoint: Endpoint):
    status, _, body = _request(endpoint.query_url, data=COUNT_LANDINGS.encode(),
                               headers={"Content-Type": "application/sparql-query", "Accept": JSON_RESULTS})
    assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] == "3"


@pytest.mark.parametrize("path, content_type, payload", [
    ("/update", "application/sparql-update", "DROP ALL"),
    ("/update", "application/x-www-form-urlencoded", "update=DROP%20ALL"),
    ("/store?default", "text/turtle", "<http://example.org/a> <http://example.org/b> <http://example.org/c> ."),
])
def test_updates_are_refused_and_the_data_stays(endpoint: Endpoint, path: str, content_type: str, payload: str):
    method = "PUT" if path.startswith("/store") else "POST"
    status, _, _ = _request(endpoint.base_url + path, data=payload.encode(), headers={"Content-Type": content_type},
                            method=method)
    assert status in (403, 405)
    url = endpoint.query_url + "?" + urllib.parse.urlencode({"query": COUNT_LANDINGS})
    _, _, body = _request(url, headers={"Accept": JSON_RESULTS})
    assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == "3"


def test_the_query_page_is_served_without_external_assets(endpoint: Endpoint):
    status, content_type, body = _request(endpoint.base_url + "/")
    page = body.decode("utf-8")
    assert status == 200 and "html" in content_type
    assert "src=\"http" not in page and "href=\"http" not in page  # scripts and styles come from the server
    status, _, script = _request(endpoint.base_url + "/yasgui.min.js")
    assert status == 200 and len(script) > 10_000


def test_server_command_is_read_only_on_loopback_with_union_and_timeout(tmp_path: Path):
    command = server_command(tmp_path, timeout_s=7)
    assert command[1] == "serve-read-only"
    assert command[command.index("--bind") + 1] == "127.0.0.1:7878"
    assert "--union-default-graph" in command and command[command.index("--timeout-s") + 1] == "7"
    assert Path(command[0]) == oxigraph_binary()


def test_a_missing_store_is_an_error_not_an_empty_endpoint(tmp_path: Path):
    with pytest.raises(ServeError, match="no store"):
        start_server(tmp_path / "absent", port=0, ready_within=2)


def test_cli_serve_starts_and_stops_on_sigterm(store_dir: Path):
    """``spacekg serve`` in a child process: it answers, then a SIGTERM stops it and its server."""
    port = free_port()
    spacekg = shutil.which("spacekg", path=str(Path(sys.executable).parent)) or "spacekg"
    process = subprocess.Popen([spacekg, "serve", "--store", str(store_dir), "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    endpoint = Endpoint("127.0.0.1", port)
    try:
        deadline = time.monotonic() + 30
        status = None
        while time.monotonic() < deadline and process.poll() is None:
            url = endpoint.query_url + "?" + urllib.parse.urlencode({"query": "ASK {}"})
            try:
                status, _, _ = _request(url, headers={"Accept": JSON_RESULTS})
                break
            except (urllib.error.URLError, ConnectionError, OSError):
                time.sleep(0.2)
        assert status == 200
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)
    time.sleep(0.3)
    with pytest.raises((urllib.error.URLError, ConnectionError, OSError)):
        urllib.request.urlopen(endpoint.query_url + "?query=ASK%20%7B%7D", timeout=2)


def test_cli_serve_without_a_store_exits_2_with_the_reason(tmp_path: Path):
    from typer.testing import CliRunner

    from pipeline.cli import app

    result = CliRunner().invoke(app, ["serve", "--store", str(tmp_path / "absent")])
    assert result.exit_code == 2
    assert "no store" in result.output and "SPARQL endpoint" not in result.output
