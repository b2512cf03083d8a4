#!/usr/bin/env bash
# Extraction evaluation: Marsad (the shipped jar), readability4j (from the test classpath: the jar
# ships no baseline) and Mozilla Readability (Node, jsdom) on the article-extraction benchmark and
# on the Arabic news page(s). The baselines write predictions; `marsad eval extraction --baseline
# NAME=FILE` scores them beside Marsad on the same truth.
# Prints a table: extractor, dataset, P, R, F1, pages/s (one thread, wall-clock, after a warm-up).
# Usage: eval/extraction.sh [DATA_DIR]   (default: ../shared/data beside the repository)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${1:-${MARSAD_DATA:-$here/../shared/data}}"
bench="$data/article-extraction-benchmark"
arabic="$data/arabic-news-html"
for d in "$bench" "$arabic"; do
  [ -d "$d" ] || { echo "extraction eval: no data at $d" >&2; exit 2; }
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The Arabic set: one page, its truth written from the expected text.
mkdir -p "$work/arabic"
cp "$arabic/cnn_arabic_2013_syria_clashes.html" "$work/arabic/cnn_arabic_2013_syria_clashes.html"
python3 - "$arabic/cnn_arabic_2013_syria_clashes.expected.txt" "$work/arabic-truth.json" <<'PY'
import json, sys
body = open(sys.argv[1], encoding="utf-8").read()
url = "http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html"
json.dump({"cnn_arabic_2013_syria_clashes": {"articleBody": body, "url": url}},
          open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY

jar="$here/target/marsad.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$here/src/main" "$here/pom.xml" -newer "$jar" -print -quit)" ]; then
  (cd "$here" && mvn -q -DskipTests package) >&2
fi

readability_ok=0
if command -v npm >/dev/null && command -v node >/dev/null; then
  if (cd "$here/eval/readability" && npm install --no-audit --no-fund --silent >&2); then
    readability_ok=1
  else
    echo "extraction eval: npm install failed; Readability.js skipped" >&2
  fi
else
  echo "extraction eval: node/npm missing; Readability.js skipped" >&2
fi

r4j_ok=0
if (cd "$here" && mvn -q -B -ntp -DskipTests test-compile >&2); then
  r4j_ok=1
else
  echo "extraction eval: test classes did not compile; readability4j skipped" >&2
fi

rows="$work/rows.tsv"
: > "$rows"
run_set() { # dataset pages truth
  local name="$1" pages="$2" truth="$3"
  local -a baselines=()
  local -A speed=()
  local out line
  if [ "$r4j_ok" = 1 ]; then
    out="$work/$name-readability4j.json"
    if line="$(cd "$here" && mvn -q -B -ntp -Dstyle.color=never exec:java -Dexec.classpathScope=test \
      -Dexec.mainClass=org.marsad.extract.eval.BaselinePredictions \
      -Dexec.args="readability4j '$pages' '$truth' '$out'")"; then
      speed[readability4j]="$(sed -n 's/.*baseline\treadability4j\tpages\/s=\([0-9]*\).*/\1/p' <<<"$line")"
      baselines+=(--baseline "readability4j=$out")
    else
      echo "extraction eval: readability4j failed on $name; skipped" >&2
    fi
  fi
  if [ "$readability_ok" = 1 ]; then
    out="$work/$name-readability.json"
    if line="$(node "$here/eval/readability/run.mjs" "$pages" "$truth" "$out")"; then
      speed[readability.js]="$(sed -n 's/.*pages\/s=\([0-9]*\).*/\1/p' <<<"$line")"
      baselines+=(--baseline "readability.js=$out")
    else
      echo "extraction eval: Readability.js failed on $name; skipped" >&2
    fi
  fi
  java -jar "$jar" eval extraction --pages "$pages" --truth "$truth" --dataset "$name" \
    --out "$work/$name-marsad.json" "${baselines[@]}" | grep '^extraction' \
    | while IFS= read -r row; do
        local label
        label="$(cut -f2 <<<"$row")"
        printf '%s\n' "${row/pages\/s=-/pages/s=${speed[$label]:--}}"
      done >> "$rows"
}
run_set benchmark "$bench/html" "$bench/ground-truth.json"
run_set arabic-news "$work/arabic" "$work/arabic-truth.json"

printf '%-16s %-12s %6s %6s %6s %8s\n' extractor dataset P R F1 pages/s
awk -F'\t' '{
  for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
  printf "%-16s %-12s %6s %6s %6s %8s\n", $2, $3, v["P"], v["R"], v["F1"], v["pages/s"]
}' "$rows"
