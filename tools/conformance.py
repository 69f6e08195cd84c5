#!/usr/bin/env python3
"""Runs the conformance corpus against an interpreter and diffs with CPython's output.

    python3 tools/conformance.py [--interp PATH] [-j N] [--seed] [--update-known] [FILTER ...]

Every tests/conformance/<area>/<name>.py (not starting with "_") is run from its
folder as `INTERP -X utf8 NAME.py` (stdin /dev/null, PYTHONHASHSEED=0); every
<name>.repl is a REPL transcript, fed line by line to `INTERP -X utf8 -q -i`; every
<name>.cmd holds command-line arguments (shell syntax, one line) for `INTERP -X utf8 ARGS`
(the interpreter's own path in the output reads `<python>`). Its stdout,
stderr and exit status, normalised (the folder's absolute path removed, addresses
0x... -> 0xADDR), must equal NAME.out, NAME.err (absent: empty) and NAME.status
(absent: 0), which tools/regen_conformance.py produces with CPython.

tests/conformance/known_failures.txt lists programs that do not pass yet, one per
line as `area/name  # reason`. Those print XFAIL; one that passes prints XPASS and
counts as a failure, so the list stays honest. The last line is always
`N passed, N failed, N xfail`; the exit status is 1 when anything failed.
--seed runs ../shared/conformance/run.sh (the project's seed corpus) instead.
"""

import argparse
import concurrent.futures
import difflib
import os
import re
import shlex
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "tests", "conformance")
KNOWN = os.path.join(CORPUS, "known_failures.txt")
ADDR = re.compile(r"0x[0-9a-fA-F]+")


def programs(corpus):
    found = []
    for folder, dirs, files in os.walk(corpus):
        dirs[:] = sorted(d for d in dirs if not d.startswith(("_", ".")))
        for f in sorted(files):
            if f.endswith((".py", ".repl", ".cmd")) and not f.startswith("_"):
                found.append(os.path.join(folder, f))
    return found


def normalise(text, folder):
    for p in {os.path.realpath(folder), os.path.abspath(folder)}:
        text = text.replace(p + "/", "")
    return ADDR.sub("0xADDR", text)


def run_program(cmd, path, timeout):
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    for var in ("PYTHONSTARTUP", "PYTHONWARNINGS", "PYTHONDEVMODE", "PYTHONINSPECT",
                "PYTHONUNBUFFERED", "PYTHONIOENCODING", "PYTHONPATH"):
        env.pop(var, None)
    if path.endswith(".repl"):
        args, stdin = ["-X", "utf8", "-q", "-i"], open(path, "rb")
    elif path.endswith(".cmd"):
        args, stdin = ["-X", "utf8"] + shlex.split(read(path)), subprocess.DEVNULL
    else:
        args, stdin = ["-X", "utf8", os.path.basename(path)], subprocess.DEVNULL
    try:
        p = subprocess.run(
            cmd + args, cwd=os.path.dirname(path), stdin=stdin, capture_output=True,
            env=env, timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return -1, "", f"<timeout after {timeout} s>\n"
    finally:
        if stdin is not subprocess.DEVNULL:
            stdin.close()
    out, err = p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")
    for exe in sorted({cmd[0], os.path.abspath(cmd[0]), os.path.realpath(cmd[0])}, key=len, reverse=True):
        out, err = out.replace(exe, "<python>"), err.replace(exe, "<python>")
    return p.returncode, out, err


def read(path, default=""):
    try:
        with open(path, encoding="utf-8") as f:
            return f.read()
    except FileNotFoundError:
        return default


def check(interp, path, timeout):
    """Returns None when the program conforms, else a short description of the difference."""
    base = os.path.splitext(path)[0]
    status, out, err = run_program([interp], path, timeout)
    folder = os.path.dirname(path)
    out, err = normalise(out, folder), normalise(err, folder)
    want_status = int(read(base + ".status", "0").strip() or 0)
    problems = []
    for name, want, got in (("stdout", read(base + ".out"), out), ("stderr", read(base + ".err"), err)):
        if want != got:
            diff = difflib.unified_diff(want.splitlines(), got.splitlines(), f"expected {name}", f"actual {name}", lineterm="", n=1)
            problems.append("\n".join(list(diff)[:15]))
    if status != want_status:
        problems.append(f"exit status {status}, expected {want_status}")
    return "\n".join(problems) if problems else None


def load_known():
    known = {}
    for line in read(KNOWN).splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, _, reason = line.partition("#")
        known[name.strip()] = reason.strip()
    return known


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    target = os.environ.get("CARGO_TARGET_DIR") or os.path.join(ROOT, "target")
    ap.add_argument("--interp", default=os.path.join(target, "release", "ferrython"))
    ap.add_argument("-j", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=30)
    ap.add_argument("--seed", action="store_true", help="run the shared seed corpus instead")
    ap.add_argument("--update-known", action="store_true", help="append failing, unlisted programs to known_failures.txt")
    ap.add_argument("filters", nargs="*")
    args = ap.parse_args()
    interp = os.path.abspath(args.interp)
    if args.seed:
        runner = os.path.join(ROOT, "..", "shared", "conformance", "run.sh")
        sys.exit(subprocess.call([runner, interp]))
    progs = programs(CORPUS)
    if args.filters:
        progs = [p for p in progs if any(f in os.path.relpath(p, CORPUS) for f in args.filters)]
    known = load_known()
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.j)) as pool:
        results = list(pool.map(lambda p: (p, check(interp, p, args.timeout)), progs))
    passed = failed = xfail = 0
    new_failures = []
    for path, problem in results:
        name = os.path.splitext(os.path.relpath(path, CORPUS))[0]
        if name in known:
            if problem is None:
                print(f"XPASS {name}  (listed in known_failures.txt: remove it)")
                failed += 1
            else:
                print(f"XFAIL {name}")
                xfail += 1
        elif problem is None:
            print(f"PASS {name}")
            passed += 1
        else:
            print(f"FAIL {name}\n" + "\n".join("    " + l for l in problem.splitlines()))
            failed += 1
            new_failures.append(name)
    if args.update_known and new_failures:
        with open(KNOWN, "a", encoding="utf-8") as f:
            for n in new_failures:
                f.write(f"{n}  # TODO: triage\n")
    print(f"{passed} passed, {failed} failed, {xfail} xfail")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
