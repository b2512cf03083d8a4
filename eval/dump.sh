#!/usr/bin/env bash
# Dump-parser evaluation on real layouts: the article-extraction benchmark's pages and the Arabic
# news page(s) are turned into WET-like plain text (block elements to lines, no markup), parsed by
# Marsad's plain-text dump parser, and scored against the same gold bodies as the HTML extractor,
# whose figure on the same pages is printed beside it.
# Prints a table: parser, dataset, P, R, F1.
# Usage: eval/dump.sh [DATA_DIR]   (default: ../shared/data beside the repository)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${1:-${MARSAD_DATA:-$here/../shared/data}}"
bench="$data/article-extraction-benchmark"
arabic="$data/arabic-news-html"
for d in "$bench" "$arabic"; do
  [ -d "$d" ] || { echo "dump eval: no data at $d" >&2; exit 2; }
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The Arabic set: every page with an expected text beside it, its truth written from that text.
mkdir -p "$work/arabic"
python3 - "$arabic" "$work/arabic" "$work/arabic-truth.json" <<'PY'
import json, os, shutil, sys
src, pages, out = sys.argv[1:4]
truth = {}
for name in sorted(os.listdir(src)):
    if name.endswith(".expected.txt"):
        page_id = name[: -len(".expected.txt")]
        html = os.path.join(src, page_id + ".html")
        if os.path.exists(html):
            shutil.copy(html, os.path.join(pages, page_id + ".html"))
            body = open(os.path.join(src, name), encoding="utf-8").read()
            truth[page_id] = {"articleBody": body, "url": None}
json.dump(truth, open(out, "w", encoding="utf-8"), ensure_ascii=False)
PY

jar="$here/target/marsad.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$here/src/main" "$here/pom.xml" -newer "$jar" -print -quit)" ]; then
  (cd "$here" && mvn -q -B -ntp -DskipTests package) >&2
fi

rows="$work/rows.tsv"
java -jar "$jar" eval dump --pages "$bench/html" --truth "$bench/ground-truth.json" \
  --dataset benchmark >> "$rows"
java -jar "$jar" eval dump --pages "$work/arabic" --truth "$work/arabic-truth.json" \
  --dataset arabic-news >> "$rows"

printf '%-16s %-12s %6s %6s %6s\n' parser dataset P R F1
awk -F'\t' '{
  for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
  printf "%-16s %-12s %6s %6s %6s\n", $2, $3, v["P"], v["R"], v["F1"]
}' "$rows"
