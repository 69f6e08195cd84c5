#!/usr/bin/env python3
"""Regenerates the expected outputs of the conformance corpus with CPython 3.11.

    python3 tools/regen_conformance.py [PROGRAM.py ...]   (default: every program)

For each tests/conformance/<area>/<name>.py (names starting with "_" are helper
modules, not programs) it runs `python3 -X utf8 NAME.py` from the program's folder
(stdin /dev/null, PYTHONHASHSEED=0) and writes NAME.out (stdout), NAME.err (stderr,
only when non-empty) and NAME.status (only when the exit status is not 0), after
the same normalisation tools/conformance.py applies. CPython is the oracle: the
expected files are never written by hand.
"""

import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from conformance import CORPUS, normalise, programs, run_program  # noqa: E402


def main(argv):
    if sys.version_info[:2] != (3, 11):
        sys.exit("regen_conformance.py must run under CPython 3.11 (the reference)")
    python = sys.executable
    paths = [os.path.abspath(p) for p in argv] if argv else programs(CORPUS)
    for path in paths:
        base = os.path.splitext(path)[0]
        status, out, err = run_program([python], path, timeout=120)
        folder = os.path.dirname(path)
        out, err = normalise(out, folder), normalise(err, folder)
        with open(base + ".out", "w", encoding="utf-8") as f:
            f.write(out)
        for suffix, content, keep in ((".err", err, bool(err)), (".status", f"{status}\n", status != 0)):
            if keep:
                with open(base + suffix, "w", encoding="utf-8") as f:
                    f.write(content)
            elif os.path.exists(base + suffix):
                os.remove(base + suffix)
        print(f"{os.path.relpath(path, CORPUS)}: status {status}")


if __name__ == "__main__":
    main(sys.argv[1:])
