#!/usr/bin/env bash
# Duplicate-detection evaluation: the ANT sample ingested in file order through Marsad's detector,
# scored on the silver near-duplicate pairs (plus as many seeded random pairs as negatives).
# Prints the figures, a few errors of each kind, and last "precision P recall R".
# Usage: eval/dedup.sh [DATA_DIR]   (default: ../shared/data beside the repository)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${1:-${MARSAD_DATA:-$here/../shared/data}}"
ant="$data/ant-corpus-v2.1-sample"
[ -f "$ant/ant_v2.1_sample.jsonl" ] || { echo "dedup eval: no data at $ant" >&2; exit 2; }

jar="$here/target/marsad.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$here/src/main" "$here/pom.xml" -newer "$jar" -print -quit)" ]; then
  (cd "$here" && mvn -q -DskipTests package) >&2
fi
java -jar "$jar" eval dedup --docs "$ant/ant_v2.1_sample.jsonl" \
  --pairs "$ant/near_duplicates_silver.tsv" --show 3
