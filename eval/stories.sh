#!/usr/bin/env bash
# Story clustering evaluation: the ANT sample streamed by publication date through Marsad's story
# clustering, scored against its silver near-duplicate pairs (pair recall, separation with as many
# seeded random pairs as negatives) and its categories (purity). Ends with the line
# 'pair recall R separation S purity P'.
# Usage: eval/stories.sh [DATA_DIR]   (default: ../shared/data beside the repository)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${1:-${MARSAD_DATA:-$here/../shared/data}}"
ant="$data/ant-corpus-v2.1-sample"
[ -f "$ant/ant_v2.1_sample.jsonl" ] || { echo "stories eval: no data at $ant" >&2; exit 2; }
MARSAD_HEAP="${MARSAD_HEAP:-1g}" "$here/marsad" eval stories \
  --docs "$ant/ant_v2.1_sample.jsonl" --pairs "$ant/near_duplicates_silver.tsv"
