#!/usr/bin/env bash
# Attributed claims on PolNeAR dev and train: content-span F1, source accuracy and source F1.
# Usage: bench/claims.sh [--split dev|train|both] [--show-errors N]
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(../shared/data/unpack.sh "$PWD/target/shared-data")
cargo build --release --locked -q -p storyline-pipeline --example claims
python3 bench/polnear_claims.py "$data" target/release/examples/claims "$@"
