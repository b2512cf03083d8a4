#!/usr/bin/env bash
# Article similarity evaluation: Pearson correlation of Marsad's similarity with the human
# 'Overall' ratings of the SemEval-2022 Task 8 Arabic pairs, document frequencies learned from the
# ANT sample first. Ends with the line 'pearson R' (absolute value).
# Usage: eval/similarity.sh [DATA_DIR]   (default: ../shared/data beside the repository)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${1:-${MARSAD_DATA:-$here/../shared/data}}"
pairs="$data/semeval2022-task8-ar/ar_ar_pairs.jsonl"
background="$data/ant-corpus-v2.1-sample/ant_v2.1_sample.jsonl"
[ -f "$pairs" ] || { echo "similarity eval: no data at $pairs" >&2; exit 2; }
args=(--pairs "$pairs")
[ -f "$background" ] && args+=(--background "$background")
MARSAD_HEAP="${MARSAD_HEAP:-1g}" "$here/marsad" eval similarity "${args[@]}"
