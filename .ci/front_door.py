#!/usr/bin/env python3
"""The README's front door, checked as a new user meets it.

Every command here is read from README.md at run time, never copied, so the README cannot drift
from what CI proves:

  front_door.py command run|test   print the README's first (run) or second (test) command
  front_door.py example            run the first command as written, probe the service over HTTP,
                                   stop it as Ctrl-C would, fail on any error
  front_door.py docs-commands      run every shell block of docs/*.md marked `sh ci`, as written,
                                   from the repository root; list those marked `sh long` (runs
                                   too long for CI) or `sh template` (has placeholders); fail on
                                   an unmarked block that holds a command
  front_door.py quickstart [DIR]   build the README's quick start as a standalone project outside
                                   the reactor from its own code blocks, against the artifacts the
                                   README's install command put in the local Maven repository; run
                                   it, probe it, and check the misspelled-scheme error the README
                                   shows
"""

import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
FENCE = re.compile(r"^```([^\n]*)\n(.*?)^```\s*$", re.S | re.M)


class Failure(Exception):
    pass


def section(title):
    """The text of the README's level-2 section with this title, up to the next one."""
    text = README.read_text(encoding="utf-8")
    m = re.search(r"^## " + re.escape(title) + r"\s*$(.*?)(?=^## |\Z)", text, re.S | re.M)
    if not m:
        raise Failure(f"README.md has no '## {title}' section")
    return m.group(1)


def blocks(text):
    """(info string, body) of every fenced block, in order."""
    return [(m.group(1).strip(), m.group(2)) for m in FENCE.finditer(text)]


def command(which):
    """The README's run (first) or test (second) command: the plain blocks under '## Commands'."""
    found = [body.strip() for info, body in blocks(section("Commands")) if info in ("", "sh", "shell")]
    if len(found) < 2:
        raise Failure("README.md's Commands section must hold the run and the test command")
    return found[0 if which == "run" else 1]


def http(method, url, body=None, headers=None, timeout=10):
    """(status, headers, body bytes); an HTTP error status is an answer, not an exception."""
    request = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def expect(condition, message):
    if not condition:
        raise Failure(message)
    print("  ok:", message.split(":")[0] if ":" in message else message)


def wait_for(url, process, log, seconds):
    """Waits until url answers at all, failing early when the process ends first."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise Failure(f"the command ended (exit {process.returncode}) before {url} answered:\n"
                          + tail(log))
        try:
            http("GET", url, timeout=2)
            return
        except (urllib.error.URLError, ConnectionError, socket.timeout, OSError):
            time.sleep(1)
    raise Failure(f"{url} did not answer within {seconds} s:\n" + tail(log))


def tail(log, lines=60):
    log.flush()
    return "\n".join(Path(log.name).read_text(errors="replace").splitlines()[-lines:])


def start(cmd, cwd, log):
    print(f"$ {cmd}   (in {cwd})", flush=True)
    return subprocess.Popen(["bash", "-c", cmd], cwd=cwd, stdout=log, stderr=subprocess.STDOUT,
                            stdin=subprocess.DEVNULL, start_new_session=True)


def stop(process, log):
    """Ctrl-C to the whole process group, as a terminal would; then insists."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGINT)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(10)
            raise Failure("the service did not stop within 30 s of Ctrl-C:\n" + tail(log))


def port_free(port):
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) != 0


def example():
    """Runs the README's first command exactly as written and probes the example service."""
    cmd = command("run")
    base = "http://127.0.0.1:8000"
    if not port_free(8000):
        raise Failure("port 8000 is taken before the example starts")
    with tempfile.NamedTemporaryFile("w+", prefix="example-", suffix=".log", delete=False) as log:
        process = start(cmd, ROOT, log)
        try:
            wait_for(base + "/openapi.json", process, log, 900)
            probe_example(base)
            banner_curl(Path(log.name).read_text(errors="replace"))
        except Exception:
            print(tail(log), file=sys.stderr)
            raise
        finally:
            stop(process, log)
        expect(port_free(8000), "the service released port 8000 after Ctrl-C")
        expect("stopped" in Path(log.name).read_text(errors="replace"),
               "the service said it stopped")


def probe_example(base):
    status, headers, body = http("GET", base + "/openapi.json")
    expect(status == 200, f"GET /openapi.json answers 200: got {status}")
    document = json.loads(body)
    expect(document.get("openapi", "").startswith("3."), "GET /openapi.json is an OpenAPI document")
    built = ROOT / "example/target/classes/META-INF/openapi.json"
    expect(body == built.read_bytes(), f"GET /openapi.json serves {built} byte for byte")

    status, headers, body = http("GET", base + "/users/me")
    expect(status == 401, f"GET /users/me without credentials is refused with 401: got {status}")
    expect(any(v.startswith("Bearer ") for v in headers.get_all("WWW-Authenticate") or []),
           f"the refusal carries a Bearer challenge: {headers.get_all('WWW-Authenticate')}")

    form = urllib.parse.urlencode({"grant_type": "password", "username": "johndoe",
                                   "password": "secret", "scope": "me items"}).encode()
    status, headers, body = http("POST", base + "/token", form,
                                 {"Content-Type": "application/x-www-form-urlencoded"})
    expect(status == 200, f"POST /token with johndoe's password issues a token: got {status} {body[:200]!r}")
    token = json.loads(body)["access_token"]

    status, headers, body = http("GET", base + "/users/me", headers={"Authorization": "Bearer " + token})
    expect(status == 200, f"GET /users/me with the token answers 200: got {status} {body[:200]!r}")
    expect(json.loads(body).get("username") == "johndoe", f"GET /users/me names johndoe: {body[:200]!r}")

    status, headers, body = http("GET", base + "/docs")
    expect(status == 200 and b"<html" in body.lower()
           and headers.get("Content-Type", "").startswith("text/html"),
           f"GET /docs serves Swagger UI's HTML page: got {status} {headers.get('Content-Type')}")


def banner_curl(output):
    """Runs the token curl line the start-up banner prints, exactly as printed."""
    m = re.search(r"^\s*A token:\s+(curl .*)$", output, re.M)
    expect(m is not None, "the banner shows a curl command for a token")
    result = subprocess.run(["bash", "-c", m.group(1) + " --silent --show-error"], text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=30)
    expect(result.returncode == 0 and '"access_token"' in result.stdout,
           f"the banner's curl gets a token: {m.group(1)} -> {result.stdout[:200]}")


def quickstart(directory):
    """Builds, runs and probes the README's quick start as a standalone Maven project."""
    text = section("Quick start")
    files = {}
    for info, body in blocks(text):
        m = re.search(r"\bfile=(\S+)", info)
        if m:
            files[m.group(1)] = body
    for required in ("pom.xml",):
        if required not in files:
            raise Failure(f"the quick start has no block marked file={required}")
    shell = [body.strip() for info, body in blocks(text) if info in ("sh", "shell")]
    install = next((c for c in shell if "install" in c and c.startswith("mvn")), None)
    run = next((c for c in shell if "exec:java" in c), None)
    if not install or not run:
        raise Failure("the quick start must show the install-from-source and the run command")

    # The install command, as written, from the repository root.
    print(f"$ {install}   (in {ROOT})", flush=True)
    subprocess.run(["bash", "-c", install], cwd=ROOT, check=True)

    project = Path(directory or tempfile.mkdtemp(prefix="gatehouse-quickstart-"))
    for name, body in files.items():
        path = project / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body, encoding="utf-8")
    print(f"quick start written to {project}: {', '.join(sorted(files))}")

    with tempfile.NamedTemporaryFile("w+", prefix="quickstart-", suffix=".log", delete=False) as log:
        process = start(run, project, log)
        try:
            wait_for("http://127.0.0.1:8080/items/health", process, log, 600)
            probe_quickstart(project, Path(log.name).read_text(errors="replace"))
        except Exception:
            print(tail(log), file=sys.stderr)
            raise
        finally:
            stop(process, log)
    misspelled_scheme(project, text)


def probe_quickstart(project, output):
    document = project / "target/classes/META-INF/openapi.json"
    expect(document.is_file(), f"the processor wrote {document}")
    schemes = json.loads(document.read_bytes())["components"]["securitySchemes"]
    expect(set(schemes) == {"APIKeyHeader", "HTTPBearer"},
           f"the document declares the quick start's schemes: {sorted(schemes)}")
    m = re.search(r"X-API-Key: ([A-Za-z0-9_-]+)", output)
    expect(m is not None, "the quick start printed its demo API key")
    status, headers, _ = http("GET", "http://127.0.0.1:8080/items")
    expect(status == 401, f"GET /items without the key is refused with 401: got {status}")
    expect(headers.get_all("WWW-Authenticate") is not None, "the refusal carries challenges")
    status, _, body = http("GET", "http://127.0.0.1:8080/items", headers={"X-API-Key": m.group(1)})
    expect(status == 200, f"GET /items with the key answers 200: got {status}")
    expect(isinstance(json.loads(body), list), f"GET /items answers a JSON list: {body[:100]!r}")
    status, _, _ = http("GET", "http://127.0.0.1:8080/items", headers={"X-API-Key": m.group(1) + "x"})
    expect(status == 401, f"GET /items with a wrong key is refused with 401: got {status}")


def misspelled_scheme(project, text):
    """Misspells the scheme as the README says and compares javac's error with the README's."""
    shown = re.search(r"^\[ERROR\] \S*?(src/main/java/\S+?\.java):\[(\d+),(\d+)\] (\[Sec\w+\].*)$",
                      text, re.M)
    if not shown:
        raise Failure("the quick start shows no [ERROR] .../File.java:[line,column] [SecTag] line")
    relative, line, column, message = shown.groups()
    wrong = re.search(r'"(\w+)"', message).group(1)
    source = project / relative
    original = source.read_text(encoding="utf-8")
    lines = original.splitlines(keepends=True)
    target = int(line) - 1
    right = re.search(r'SecurityRequirement\("(\w+)"\)', lines[target])
    if not right:
        raise Failure(f"line {line} of {relative} (as the README shows it) holds no"
                      f" @SecurityRequirement: {lines[target]!r}")
    lines[target] = lines[target].replace(f'"{right.group(1)}"', f'"{wrong}"', 1)
    source.write_text("".join(lines), encoding="utf-8")
    try:
        print(f"$ mvn -B -q compile   (with \"{wrong}\" on line {line} of {relative})", flush=True)
        result = subprocess.run(["mvn", "-B", "-q", "compile"], cwd=project, text=True,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    finally:
        source.write_text(original, encoding="utf-8")
    expect(result.returncode != 0, "the misspelled scheme fails the build")
    expected = f"{relative}:[{line},{column}] {message}"
    got = [l for l in result.stdout.splitlines() if "[Sec" in l]
    expect(any(l.endswith(expected) for l in got),
           f"javac's error reads as the README shows: expected ...{expected}\ngot:\n" + "\n".join(got))


COMMAND = re.compile(r"^\s*(mvn|java|benchmarks/|JAZZER|curl|bash|\./|python3)\b", re.M)


def docs_commands():
    """Runs the docs' commands marked for CI; every other command block must say why not."""
    unmarked, skipped, ran = [], [], 0
    for page in sorted((ROOT / "docs").glob("*.md")):
        text = page.read_text(encoding="utf-8")
        for m in FENCE.finditer(text):
            words = m.group(1).split()
            if words[:1] not in ([], ["sh"], ["shell"], ["bash"], ["console"]):
                continue
            where = f"{page.relative_to(ROOT)}:{text[:m.start()].count(chr(10)) + 1}"
            body = m.group(2)
            if "ci" in words[1:]:
                print(f"$ ({where})\n{body.rstrip()}", flush=True)
                subprocess.run(["bash", "-euo", "pipefail", "-c", body], cwd=ROOT, check=True)
                ran += 1
            elif "long" in words[1:] or "template" in words[1:]:
                skipped.append(f"{where} ({words[1]})")
            elif COMMAND.search(body):
                unmarked.append(where)
    if unmarked:
        raise Failure("command blocks in docs/ must be marked `sh ci` (CI runs them as written),"
                      " `sh long` or `sh template`: " + ", ".join(unmarked))
    print(f"  ok: {ran} documented command blocks ran as written; not run: {', '.join(skipped)}")


def main(args):
    try:
        if args[:1] == ["command"] and len(args) == 2 and args[1] in ("run", "test"):
            print(command(args[1]))
        elif args == ["example"]:
            example()
        elif args == ["docs-commands"]:
            docs_commands()
        elif args[:1] == ["quickstart"] and len(args) <= 2:
            quickstart(args[1] if len(args) == 2 else None)
        else:
            print(__doc__, file=sys.stderr)
            return 2
    except (Failure, subprocess.CalledProcessError) as e:
        print(f"FRONT DOOR FAILED: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
