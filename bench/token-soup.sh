#!/usr/bin/env bash
# Token soup through the claims extractor and the whole analysis, looking for panics (exit code
# above 1). Usage: bench/token-soup.sh [FIRST_SEED] [LAST_SEED]   (4,000 texts a seed)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked -q -p storyline-cli
cargo build --release --locked -q -p storyline-pipeline --example claims
soup=$(mktemp)
trap 'rm -f "$soup"' EXIT
failed=0
for seed in $(seq "${1:-1}" "${2:-20}"); do
  python3 bench/token_soup.py "$seed" > "$soup"
  target/release/examples/claims < "$soup" > /dev/null || { echo "claims: seed $seed failed"; failed=1; }
  rc=0
  target/release/storyline -q analyze --json "$soup" > /dev/null 2>&1 || rc=$?
  if (( rc > 1 )); then echo "analyze: seed $seed exit $rc"; failed=1; fi
done
echo "seeds ${1:-1}-${2:-20}: $([[ $failed == 0 ]] && echo 'no panic' || echo 'FAILED')"
exit $failed
