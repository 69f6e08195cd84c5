#!/usr/bin/env bash
# The project's test command (README.md; called by .ci/run).
# Builds the workspace and runs the Rust unit tests. The conformance runner
# (tools/conformance.py) joins here once the interpreter runs programs.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --workspace
if cargo nextest --version >/dev/null 2>&1; then
    cargo nextest run --workspace --release
else
    cargo test --workspace --release
fi
