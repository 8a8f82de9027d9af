#!/usr/bin/env bash
# Time-expression value F1 on TempEval-3 TimeBank + AQUAINT. Usage: bench/times.sh [--show-errors N] [--tally N]
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(../shared/data/unpack.sh "$PWD/target/shared-data")
cargo build --release --locked -q -p storyline-pipeline --example times
python3 bench/tbaq_times.py "$data" target/release/examples/times "$@"
