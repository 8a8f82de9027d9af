#!/usr/bin/env bash
# Events (ECB+), stories (Timeline17) and timelines (Timeline17 date F1): storyline against
# TF-IDF + average-linkage clustering from scikit-learn, installed into a virtualenv this script
# creates. Usage: bench/clusters.sh [--no-baseline] [--only ecb|t17|tl] [--orders N] [--seeds N] [--tl-all-stories]
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(../shared/data/unpack.sh "$PWD/target/shared-data")
venv=target/bench/sk
if [[ ! -x $venv/bin/python ]] || ! "$venv/bin/python" -c "import sklearn" 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q scikit-learn==1.* numpy
fi
cargo build --release --locked -q
cargo build --release --locked -q -p storyline-cluster --example assign
"$venv/bin/python" bench/clusters.py "$data" target/release/storyline "$@"
