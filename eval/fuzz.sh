#!/usr/bin/env bash
# Fuzzes every parser of outside input with Jazzer for a fixed budget each:
#   bash eval/fuzz.sh [SECONDS_PER_TARGET]   (default 20; 10 targets)
# The input of a failing target (Jazzer's crash-<sha1> file) is copied into
# src/test/resources/<package>/<Class>Inputs/<method>/, where every later `mvn verify` replays it
# (commit it with the fix), and into target/fuzz-findings/ for CI to keep. Exit status: 0 when
# nothing was found, 3 when something was (CI prints it and goes on: see .ci/run), 2 when the
# fuzzer could not run.
set -uo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-20}"
targets=(
  org.marsad.ingest.IngestParsersFuzzTest#feedParser
  org.marsad.ingest.IngestParsersFuzzTest#opml
  org.marsad.ingest.IngestParsersFuzzTest#jsonlLine
  org.marsad.extract.ExtractorsFuzzTest#pageExtractor
  org.marsad.extract.ExtractorsFuzzTest#htmlExtractor
  org.marsad.extract.ExtractorsFuzzTest#plainTextDump
  org.marsad.text.dates.ArabicDateParserFuzzTest#parse
  org.marsad.search.SearchQueryParserFuzzTest#parse
  org.marsad.dedup.UrlCanonicalizerFuzzTest#canonicalize
  org.marsad.text.NormalizedTextFuzzTest#normalizeAligned
)

if [ ! -d target/test-classes ]; then
  mvn -B -ntp -q test-compile || exit 2
fi
mvn -B -ntp -q dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/fuzz-classpath.txt >/dev/null || exit 2
classpath="target/test-classes:target/classes:$(cat target/fuzz-classpath.txt)"
data="$(cd .. && pwd)/shared/data"

# Seeds from the repo's own fixtures, given to the generated corpus (not kept in the repo twice).
seed() { # target, files...
  local corpus=".cifuzz-corpus/${1%%#*}/${1##*#}"
  shift
  mkdir -p "$corpus"
  for f in "$@"; do [ -f "$f" ] && cp -n "$f" "$corpus/fixture-$(basename "$(dirname "$f")")-$(basename "$f")"; done
}
seed org.marsad.ingest.IngestParsersFuzzTest#feedParser src/test/resources/ingest/*
seed org.marsad.ingest.IngestParsersFuzzTest#opml src/test/resources/ingest/*.opml
seed org.marsad.extract.ExtractorsFuzzTest#pageExtractor src/test/resources/extract/*/page.html src/test/resources/extract/dump/*.txt
seed org.marsad.extract.ExtractorsFuzzTest#htmlExtractor src/test/resources/extract/*/page.html src/test/resources/ingest/html-page.html
seed org.marsad.extract.ExtractorsFuzzTest#plainTextDump src/test/resources/extract/dump/*.txt
mkdir -p ".cifuzz-corpus/org.marsad.ingest.IngestParsersFuzzTest/jsonlLine"
i=0
while IFS= read -r line; do
  i=$((i + 1))
  printf '%s' "$line" > ".cifuzz-corpus/org.marsad.ingest.IngestParsersFuzzTest/jsonlLine/fixture-line-$i"
done < src/test/resources/org/marsad/ingest/sample.jsonl

mkdir -p target/fuzz-logs target/fuzz-findings
stamp="$(mktemp)"
failed=()
kept=()
for target in "${targets[@]}"; do
  class="${target%%#*}"
  method="${target##*#}"
  log="target/fuzz-logs/${class}.${method}.log"
  touch "$stamp"
  start=$(date +%s)
  JAZZER_FUZZ=1 java -Xss4m -Dfile.encoding=UTF-8 -Dmarsad.data="$data" \
    -Djazzer.hooks=true -Djazzer.max_duration="${seconds}s" \
    -cp "$classpath" org.marsad.testing.FuzzLauncher "$target" >"$log" 2>&1
  status=$?
  wall=$(($(date +%s) - start))
  runs="$(grep -Eo '^Done [0-9]+ runs' "$log" | tail -1 | grep -Eo '[0-9]+' || echo '?')"
  if [ "$status" -eq 0 ]; then
    echo "fuzz: $target held: $runs runs in ${seconds}s (${wall}s wall)"
    continue
  fi
  echo "fuzz: $target FAILED (exit $status, ${wall}s wall); log: $log"
  grep -E -m 5 'Exception|Error|FuzzerSecurityIssue' "$log" | sed 's/^/    /'
  failed+=("$target")
  inputs="src/test/resources/${class%.*}"
  inputs="${inputs//.//}/${class##*.}Inputs/$method"
  mkdir -p "$inputs"
  while IFS= read -r crash; do
    cp -n "$crash" "$inputs/"
    cp "$crash" "target/fuzz-findings/${class##*.}.$method.$(basename "$crash")"
    kept+=("$inputs/$(basename "$crash")")
    echo "fuzz: NEW FINDING kept as regression input: $inputs/$(basename "$crash")"
  done < <(find . -newer "$stamp" -type f -name 'crash-*' -not -path './.git/*' \
    -not -path './src/*' -not -path './target/fuzz-findings/*')
done
rm -f "$stamp"

if [ "${#failed[@]}" -gt 0 ]; then
  echo "fuzz: ${#failed[@]} of ${#targets[@]} targets failed: ${failed[*]}"
  echo "fuzz: ${#kept[@]} input(s) kept; each fails \`mvn verify\` until the parser is fixed"
  exit 3
fi
echo "fuzz: ${#targets[@]} targets, ${seconds}s each, no finding"
