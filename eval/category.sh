#!/usr/bin/env bash
# Category classifier evaluation: trains a model on the ANT sample's train split into a temporary
# file, scores it on the test split (accuracy on a line 'accuracy X', macro-F1, per-category
# P/R/F1, confusion matrix, docs/s), and says whether the committed model is the one training
# makes today (it does not fail when it is not).
# Usage: eval/category.sh [DATA_DIR]   (default: ../shared/data beside the repository)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${1:-${MARSAD_DATA:-$here/../shared/data}}"
ant="$data/ant-corpus-v2.1-sample/ant_v2.1_sample.jsonl"
[ -f "$ant" ] || { echo "category eval: no data at $ant" >&2; exit 2; }
model="$(mktemp "${TMPDIR:-/tmp}/category.XXXXXX.model")"
trap 'rm -f "$model"' EXIT
export MARSAD_HEAP="${MARSAD_HEAP:-1g}"
"$here/marsad" train category --data "$ant" --out "$model"
"$here/marsad" eval category --test "$ant" --model "$model"
committed="$here/src/main/resources/org/marsad/enrich/category.model"
if cmp -s "$model" "$committed"; then
  echo "committed category.model is current"
else
  echo "committed category.model is STALE: marsad train category --data $ant"
fi
