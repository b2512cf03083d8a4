#!/usr/bin/env bash
# Extraction evaluation: Marsad, readability4j (same JVM, same pages) and Mozilla Readability
# (Node, jsdom) on the article-extraction benchmark and on the Arabic news page(s).
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

rows="$work/rows.tsv"
: > "$rows"
run_set() { # dataset pages truth
  local name="$1" pages="$2" truth="$3"
  for ex in marsad readability4j; do
    java -jar "$jar" eval extraction --pages "$pages" --truth "$truth" --extractor "$ex" \
      --dataset "$name" --out "$work/$name-$ex.json" | grep '^extraction' >> "$rows"
  done
  if [ "$readability_ok" = 1 ]; then
    local speed
    speed="$(node "$here/eval/readability/run.mjs" "$pages" "$truth" "$work/$name-readability.json" \
      | sed -n 's/.*pages\/s=\([0-9]*\).*/\1/p')"
    java -jar "$jar" eval extraction --truth "$truth" --pred "$work/$name-readability.json" \
      --name readability.js --dataset "$name" | grep '^extraction' \
      | sed "s/pages\/s=-/pages\/s=$speed/" >> "$rows"
  fi
}
run_set benchmark "$bench/html" "$bench/ground-truth.json"
run_set arabic-news "$work/arabic" "$work/arabic-truth.json"

printf '%-16s %-12s %6s %6s %6s %8s\n' extractor dataset P R F1 pages/s
awk -F'\t' '{
  for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
  printf "%-16s %-12s %6s %6s %6s %8s\n", $2, $3, v["P"], v["R"], v["F1"], v["pages/s"]
}' "$rows"
