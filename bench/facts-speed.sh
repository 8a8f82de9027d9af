#!/usr/bin/env bash
# Facts-stage throughput (entities, claims, quantities, times) on one core, over PolNeAR and ECB+ texts.
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(../shared/data/unpack.sh "$PWD/target/shared-data")
cargo build --release --locked -q -p storyline-pipeline --example facts_speed
for f in polnear/polnear_docs.jsonl ecbplus-esc/ecbplus_docs.jsonl; do
  echo -n "$f: "
  target/release/examples/facts_speed "$data/$f"
done
