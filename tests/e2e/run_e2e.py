#!/usr/bin/env python3
"""End-to-end tests of the faultline binary: golden outputs, exit codes, bad input, every command.

usage: run_e2e.py --faultline BIN --root REPO [--update]   (--update rewrites tests/golden/)
Prints one line per case and a closing 'N passed, N failed' line; exits 1 on any failure.
"""
import argparse, gzip, json, os, re, subprocess, sys, tempfile

ap = argparse.ArgumentParser()
ap.add_argument("--faultline", required=True)
ap.add_argument("--root", required=True)
ap.add_argument("--update", action="store_true")
a = ap.parse_args()
BIN, ROOT = a.faultline, a.root
E2E = os.path.join(ROOT, "tests", "e2e")
GOLDEN = os.path.join(ROOT, "tests", "golden")
CATALOG = ["--no-bundled", "--playbooks", os.path.join(E2E, "playbooks")]
TMP = tempfile.mkdtemp(prefix="faultline-e2e-")
ENV = {k: v for k, v in os.environ.items() if k not in ("FAULTLINE_PLAYBOOK_DIR", "NO_COLOR")}
results = []


def run(args, stdin=None, env=None, timeout=120):
    p = subprocess.run([BIN] + args, input=stdin, capture_output=True, timeout=timeout, env=env or ENV)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def case(name):
    def wrap(fn):
        try:
            fn()
            results.append((name, None))
        except AssertionError as e:
            results.append((name, str(e) or "assertion failed"))
        except Exception as e:  # a crash of the test itself is a failure too
            results.append((name, f"{type(e).__name__}: {e}"))
        return fn
    return wrap


def check(cond, msg):
    if not cond:
        raise AssertionError(msg)


def one_line_error(code, err, expect_code=2, contains=()):
    check(code == expect_code, f"exit code {code}, wanted {expect_code}; stderr: {err!r}")
    lines = [l for l in err.splitlines() if l.strip()]
    errors = [l for l in lines if l.startswith("faultline: error: ")]
    check(len(errors) == 1, f"wanted exactly one error line, got {lines!r}")
    for c in contains:
        check(c in errors[0], f"{c!r} not in {errors[0]!r}")


def write(name, data):
    path = os.path.join(TMP, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())
    return path


def golden(name, text):
    path = os.path.join(GOLDEN, name)
    if a.update:
        os.makedirs(GOLDEN, exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return
    check(os.path.exists(path), f"missing golden file {path} (run scripts/update-golden)")
    with open(path, encoding="utf-8") as f:
        want = f.read()
    if want != text:
        import difflib
        diff = "".join(difflib.unified_diff(want.splitlines(True), text.splitlines(True), "golden", "actual", n=1))
        raise AssertionError(f"{name} differs from the golden file:\n{diff[:3000]}")


# ---- golden outputs for every format ---------------------------------------------------------
for log in sorted(os.listdir(os.path.join(E2E, "logs"))):
    stem = log.rsplit(".", 1)[0]
    path = os.path.join("tests", "e2e", "logs", log)  # relative, so outputs do not embed the checkout path
    for fmt, ext in (("text", "txt"), ("json", "json"), ("markdown", "md")):
        @case(f"golden {stem} {fmt}")
        def _(path=path, fmt=fmt, ext=ext, stem=stem):
            p = subprocess.run([BIN, "analyze", path, "--format", fmt, "--context", "1"] + CATALOG,
                               capture_output=True, cwd=ROOT, env=ENV, timeout=60)
            check(p.returncode == 0, f"exit {p.returncode}: {p.stderr!r}")
            golden(f"{stem}.{ext}", p.stdout.decode())

@case("golden explain page")
def _():
    # Relative to the repository root, so the page's "Generated from" line is the same everywhere.
    p = subprocess.run([BIN, "explain", "disk-full", "--format", "markdown", "--no-bundled", "--playbooks", "tests/e2e/playbooks"],
                       capture_output=True, cwd=ROOT, env=ENV, timeout=60)
    check(p.returncode == 0, p.stderr.decode())
    golden("explain-disk-full.md", p.stdout.decode())

# ---- the reference page -----------------------------------------------------------------------
@case("connection-refused page reads like the reference rendering")
def _():
    code, out, err = run(["explain", "connection-refused", "--format", "markdown"])
    check(code == 0, f"exit {code}: {err}")
    seed = open(os.path.join(ROOT, "..", "shared", "seeds", "connection-refused-page.txt"), encoding="utf-8").read()
    # The reference is a rendering: fences and list numbers do not show in it.
    page = re.sub(r"^\s*```[a-z]*\s*$", "", out, flags=re.M)
    page = re.sub(r"^\s*\d+\.\s", "", page, flags=re.M)
    # The reference lost the spaces around code spans ("notlocalhost"), so compare letters and digits.
    stream = lambda t: "".join(re.findall(r"[A-Za-z0-9]+", t))
    got, want = stream(page), stream(seed)
    if got != want:
        i = next((k for k, (x, y) in enumerate(zip(got, want)) if x != y), min(len(got), len(want)))
        raise AssertionError(f"page differs from the seed at character {i}:\n  page: ...{got[max(0, i - 60):i + 60]}\n  seed: ...{want[max(0, i - 60):i + 60]}")

# ---- commands and flags -----------------------------------------------------------------------
@case("--version and --help of every command")
def _():
    code, out, _ = run(["--version"])
    check(code == 0 and re.match(r"faultline \d+\.\d+\.\d+", out), out)
    code, out, _ = run(["--help"])
    check(code == 0 and "analyze" in out and "exit codes" in out, out)
    for cmd in ("analyze", "fix", "explain", "list", "docs", "lint"):
        code, out, err = run([cmd, "--help"])
        check(code == 0 and out.startswith("usage: faultline " + cmd), f"{cmd}: {code} {out[:80]!r} {err!r}")

@case("unknown command and bad option are one-line usage errors")
def _():
    one_line_error(*run(["frobnicate"])[::2], contains=("unknown command",))
    one_line_error(*run(["analyze", "--bogus"])[::2], contains=("analyze:", "--help"))
    one_line_error(*run(["analyze", "x.log", "--format", "yaml"])[::2], contains=("--format",))

@case("stdin: '-' and a pipe without an argument")
def _():
    data = open(os.path.join(E2E, "logs", "github-disk-full.log"), "rb").read()
    for args in (["analyze", "-", "--format", "json"], ["analyze", "--format", "json"]):
        p = subprocess.run([BIN] + args + CATALOG, input=data, capture_output=True, env=ENV, timeout=60)
        doc = json.loads(p.stdout)
        check(p.returncode == 0 and doc["diagnoses"][0]["id"] == "disk-full", p.stderr)
        check(doc["source"]["path"] == "-", doc["source"])

@case("exit codes: --fail-on-match and --fail-on-silent")
def _():
    log = os.path.join(E2E, "logs", "github-disk-full.log")
    check(run(["analyze", log] + CATALOG)[0] == 0, "plain analyze must exit 0")
    check(run(["analyze", log, "--fail-on-match"] + CATALOG)[0] == 1, "--fail-on-match")
    check(run(["analyze", log, "--fail-on-silent"] + CATALOG)[0] == 1, "--fail-on-silent (|| true finding)")
    unknown = os.path.join(E2E, "logs", "plain-unknown.log")
    check(run(["analyze", unknown, "--fail-on-match"] + CATALOG)[0] == 0, "unknown + --fail-on-match must exit 0")

@case("colour: never in a pipe, always on request, NO_COLOR wins over auto")
def _():
    log = os.path.join(E2E, "logs", "github-disk-full.log")
    check("\x1b[" not in run(["analyze", log] + CATALOG)[1], "colour in a pipe")
    check("\x1b[" in run(["analyze", log, "--color", "always"] + CATALOG)[1], "no colour with --color always")
    env = dict(ENV, NO_COLOR="1")
    check("\x1b[" not in run(["analyze", log, "--color", "auto"] + CATALOG, env=env)[1], "NO_COLOR")

@case("determinism: the same log gives byte-identical output")
def _():
    log = os.path.join(E2E, "logs", "gitlab-connection-refused.log")
    outs = {run(["analyze", log, "--format", f, "-C", "2"])[1] for f in ("json",) for _ in range(3)}
    check(len(outs) == 1, "outputs differ between runs")

@case("fix prints only the fix steps")
def _():
    code, out, _ = run(["fix", os.path.join(E2E, "logs", "github-disk-full.log")] + CATALOG)
    check(code == 0 and out.startswith("# Disk is full [disk-full]") and "docker system prune" in out, out)

@case("list: text, json and --category")
def _():
    code, out, _ = run(["list"] + CATALOG)
    check(code == 0 and "disk-full" in out and "3 playbooks" in out, out)
    code, out, _ = run(["list", "--format", "json", "--category", "silent"] + CATALOG)
    check(code == 0 and [p["id"] for p in json.loads(out)] == ["ignored-exit-code"], out)
    one_line_error(*run(["list", "--category", "weather"])[::2], contains=("--category",))

@case("explain: formats, unknown id, --scoring")
def _():
    check(run(["explain", "disk-full"] + CATALOG)[1].startswith("Disk is full  [disk-full]"), "text")
    check(json.loads(run(["explain", "disk-full", "--format", "json"] + CATALOG)[1])["id"] == "disk-full", "json")
    one_line_error(*run(["explain", "no-such-id"] + CATALOG)[::2], contains=("no-such-id", "faultline list"))
    check("1/n" in run(["explain", "--scoring"])[1], "--scoring")

@case("docs: write, check fresh, detect stale and extra pages")
def _():
    out_dir = os.path.join(TMP, "docs")
    check(run(["docs", "--out", out_dir] + CATALOG)[0] == 0, "write")
    check(os.path.exists(os.path.join(out_dir, "runtime", "disk-full.md")), "page path")
    check(run(["docs", "--out", out_dir, "--check"] + CATALOG)[0] == 0, "fresh")
    with open(os.path.join(out_dir, "runtime", "disk-full.md"), "a") as f:
        f.write("edited\n")
    write("docs/build/orphan.md", "x")
    code, _, err = run(["docs", "--out", out_dir, "--check"] + CATALOG)
    check(code == 1 and "stale" in err and "orphan.md" in err, err)

@case("lint: the bundled catalog is clean; bad playbooks are reported with positions")
def _():
    code, out, _ = run(["lint"])
    check(code == 0, out[-2000:])
    bad = os.path.join(TMP, "badpacks")
    write("badpacks/a/unknown-key.yaml", "id: unknown-key\ntitle: T\ncategory: build\nseverity: low\nsummary: s\n"
          "diagnosis: d\nfix: f\nvalidation: v\ncolour: red\nmatch:\n  any: [\"xyz abc\"]\n")
    write("badpacks/a/bad-regex.yaml", "id: bad-regex\ntitle: T\ncategory: build\nseverity: low\nsummary: s\n"
          "diagnosis: d\nfix: f\nvalidation: v\nmatch:\n  any: [\"re:broken (\"]\n")
    write("badpacks/a/yaml-error.yaml", "id: yaml-error\ntitle: [unclosed\n")
    for sub in ("c", "d"):
        write(f"badpacks/{sub}/dup.yaml", "id: dup\ntitle: T\ncategory: build\nseverity: low\nsummary: s\n"
              "diagnosis: d\nfix: f\nvalidation: v\nmatch:\n  any: [\"xyz " + sub + "\"]\n")
    code, out, _ = run(["lint", bad])
    check(code == 2, f"exit {code}")
    check(re.search(r"unknown-key\.yaml:9:1: unknown key 'colour'", out), out)
    check(re.search(r"bad-regex\.yaml:10:9: invalid regex 'broken \('", out), out)
    check(re.search(r"yaml-error\.yaml:\d+:\d+: YAML syntax error", out), out)
    check(re.search(r"d/dup\.yaml:1:1: duplicate playbook id 'dup', also defined in .*c/dup\.yaml", out), out)

@case("playbook errors stop analyze with one located line")
def _():
    log = os.path.join(E2E, "logs", "plain-unknown.log")
    write("yamlerr/x.yaml", "id: x\ntitle: [unclosed\n")
    one_line_error(*run(["analyze", log, "--playbooks", os.path.join(TMP, "yamlerr")])[::2], contains=("x.yaml:", "YAML syntax error"))
    write("regexerr/y.yaml", "id: y\ntitle: T\ncategory: build\nseverity: low\nsummary: s\ndiagnosis: d\nfix: f\n"
          "validation: v\nmatch:\n  any: [\"re:(unclosed\"]\n")
    one_line_error(*run(["analyze", log, "--playbooks", os.path.join(TMP, "regexerr")])[::2], contains=("y.yaml:10:9", "invalid regex"))

@case("FAULTLINE_PLAYBOOK_DIR adds playbooks; overriding a bundled id warns")
def _():
    write("envpack/network/connection-refused.yaml", open(os.path.join(E2E, "playbooks", "connection-refused.yaml")).read())
    env = dict(ENV, FAULTLINE_PLAYBOOK_DIR=os.path.join(TMP, "envpack"))
    code, out, err = run(["explain", "connection-refused"], env=env)
    check(code == 0 and "overrides the bundled playbook 'connection-refused'" in err, err)
    check("wait for the service" in out.lower(), out[:300])

# ---- bad input --------------------------------------------------------------------------------
@case("bad input: empty, blank, directory, missing file")
def _():
    code, out, _ = run(["analyze", write("empty.log", b""), "--format", "json"] + CATALOG)
    check(code == 0 and json.loads(out)["status"] == "empty", out)
    code, out, _ = run(["analyze", write("blank.log", b"\n\n  \n"), "--format", "json"] + CATALOG)
    check(code == 0 and json.loads(out)["status"] == "empty", out)
    one_line_error(*run(["analyze", TMP] + CATALOG)[::2], contains=("is a directory",))
    one_line_error(*run(["analyze", os.path.join(TMP, "nope.log")] + CATALOG)[::2], contains=("nope.log", "No such file"))

@case("bad input: binary, NUL bytes, invalid UTF-8 give valid JSON")
def _():
    blobs = {"binary.bin": bytes(range(256)) * 64, "nul.log": b"a\x00b\nNo space left on device\x00\n",
             "latin1.log": "caf\xe9 No space left on device\n".encode("latin-1")}
    for name, data in blobs.items():
        code, out, err = run(["analyze", write(name, data), "--format", "json"] + CATALOG)
        check(code == 0, f"{name}: exit {code} {err}")
        doc = json.loads(out)
        if name != "binary.bin":
            check(doc["diagnoses"] and doc["diagnoses"][0]["id"] == "disk-full", f"{name}: {doc['status']}")

@case("bad input: CR-only progress output")
def _():
    data = b"".join(b"progress %d%%\r" % i for i in range(100000)) + b"write failed: No space left on device\r"
    code, out, _ = run(["analyze", write("cr.log", data), "--format", "json"] + CATALOG)
    doc = json.loads(out)
    check(code == 0 and doc["source"]["lines"] == 1 and doc["diagnoses"][0]["id"] == "disk-full", out[:500])

@case("bad input: truncated gzip analyses what it can and warns")
def _():
    text = "".join(f"line {i}\n" for i in range(20000)) + "No space left on device\n"
    gz = gzip.compress(text.encode())
    code, out, err = run(["analyze", write("cut.log.gz", gz[: len(gz) // 2]), "--format", "json"] + CATALOG)
    check(code == 0 and "truncated" in err, f"{code} {err}")
    check(json.loads(out)["source"]["lines"] > 1000, "nothing read")
    code, out, _ = run(["analyze", write("whole.log.gz", gz), "--format", "json"] + CATALOG)
    check(json.loads(out)["diagnoses"][0]["id"] == "disk-full", out[:300])

@case("bad input: a 100 MB single line is streamed, not held")
def _():
    path = os.path.join(TMP, "oneline.log")
    with open(path, "wb") as f:
        chunk = b"x" * (1 << 20)
        for _ in range(100):
            f.write(chunk)
        f.write(b" No space left on device\n")
    p = subprocess.run(["/usr/bin/time", "-f", "%M", BIN, "analyze", path, "--format", "json"] + CATALOG,
                       capture_output=True, env=ENV, timeout=120)
    check(p.returncode == 0, p.stderr.decode())
    rss_kb = int(p.stderr.decode().strip().splitlines()[-1])
    check(rss_kb < 200 * 1024, f"peak RSS {rss_kb} KB")
    doc = json.loads(p.stdout)
    check(doc["source"]["bytes"] > 100 * (1 << 20), doc["source"])
    check(doc["diagnoses"] and doc["diagnoses"][0]["id"] == "disk-full", "tail of the long line not matched")
    os.remove(path)

# ---- report -----------------------------------------------------------------------------------
failed = [(n, e) for n, e in results if e]
for name, err in results:
    print(("ok     " if not err else "FAILED ") + name)
    if err:
        print("       " + err.replace("\n", "\n       "))
print(f"{len(results) - len(failed)} passed, {len(failed)} failed")
sys.exit(1 if failed else 0)
