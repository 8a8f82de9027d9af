#!/usr/bin/env bash
# HTML main-text and metadata extraction: storyline against trafilatura and readability-lxml (from
# PyPI, in a virtualenv this script creates) on trafilatura-eval and readability-test-pages.
# Usage: bench/html-extraction.sh [--limit N]
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(../shared/data/unpack.sh "$PWD/target/shared-data")
venv=target/bench/venv
if [[ ! -x $venv/bin/python ]]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q trafilatura==2.0.0 readability-lxml==0.8.4.1 lxml_html_clean
fi
cargo build --release --locked -q
# The Rust peers live outside the workspace so that they never slow the project's own build.
cargo build --release -q --manifest-path bench/rust-peers/Cargo.toml --target-dir target/rust-peers
"$venv/bin/python" bench/html_eval.py "$data" target/release/storyline --rust-peers target/rust-peers/release/storyline-rust-peers "$@"
