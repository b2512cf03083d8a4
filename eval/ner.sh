#!/usr/bin/env bash
# Named-entity evaluation: trains the NER model from the data exactly as the committed one was made
# (ANERcorp CAMeL-style train split, ANERGazet lists, word classes from the ANT sample), says whether
# the committed src/main/resources/org/marsad/enrich/ner.model is byte-identical to that fresh model,
# then scores the fresh model on the test split: per-type and micro precision/recall/F1 (CoNLL
# rules), tagging speed, and last "micro F1 X" (X a fraction in [0, 1]).
# Usage: eval/ner.sh [DATA_DIR]   (default: ../shared/data beside the repository)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${1:-${MARSAD_DATA:-$here/../shared/data}}"
aner="$data/anercorp"
ant="$data/ant-corpus-v2.1-sample/ant_v2.1_sample.jsonl"
[ -f "$aner/ANERCorp_CamelStyle_train.txt" ] || { echo "ner eval: no data at $aner" >&2; exit 2; }
[ -f "$ant" ] || { echo "ner eval: no ANT sample at $ant" >&2; exit 2; }

jar="$here/target/marsad.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$here/src/main" "$here/pom.xml" -newer "$jar" -print -quit)" ]; then
  (cd "$here" && mvn -q -DskipTests package) >&2
fi
model="$(mktemp --suffix=.ner.model)"
trap 'rm -f "$model"' EXIT
java -jar "$jar" train ner --data "$aner/ANERCorp_CamelStyle_train.txt" \
  --gazetteers "$aner/gazetteers" --unlabeled "$ant" --out "$model"
committed="$here/src/main/resources/org/marsad/enrich/ner.model"
if cmp -s "$model" "$committed"; then
  echo "committed ner.model is current"
else
  echo "committed ner.model is STALE: retrain with the command above and --out $committed"
fi
java -jar "$jar" eval ner --test "$aner/ANERCorp_CamelStyle_test.txt" --model "$model"
