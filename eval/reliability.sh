#!/usr/bin/env bash
# Writes docs/RELIABILITY.md from the rows that the hostile, fault, bad-input, security, fuzz and
# load tests recorded in their last run (target/reliability/<suite>.tsv, see
# src/test/java/org/marsad/testing/Reliability.java), so the table shows measured figures, not
# figures typed by hand.
# Usage: eval/reliability.sh [--run]   (--run: first run the tests, `mvn -B -ntp verify`)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
if [ "${1:-}" = "--run" ]; then
  rm -rf target/reliability
  mvn -B -ntp verify
fi
rows="target/reliability"
[ -d "$rows" ] || { echo "reliability: no rows in $rows (run the tests first, or pass --run)" >&2; exit 2; }
out="docs/RELIABILITY.md"
python3 - "$rows" "$out" "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)" \
  "$(nproc) cores, $(java -version 2>&1 | head -1)" <<'PY'
import datetime, os, sys
rows_dir, out, commit, machine = sys.argv[1:5]
suites = [
    ("faults", "Faults: killed and interrupted runs, stalled hosts"),
    ("security", "Security: who may change what, and where Marsad may connect"),
    ("hostile-web", "Hostile web: what a server or a page can throw at Marsad"),
    ("bad-input", "Bad input: files and feeds that are broken, huge or mislabelled"),
    ("fuzz", "Fuzzing and properties: every parser of outside input"),
    ("load", "Load: concurrent clients on the HTTP API and the index"),
    ("parity", "Parity: the SolrCloud backend answers as the embedded one"),
]
known = {name for name, _ in suites}
for f in sorted(os.listdir(rows_dir)):
    name = f[:-4]
    if f.endswith(".tsv") and name not in known:
        suites.append((name, name))
lines = [
    "# Reliability: what Marsad is tested against, and what held",
    "",
    "Every row is a test that ran and passed; *measured* is what that run measured. This page is",
    "generated: `bash eval/reliability.sh --run` (or `mvn -B -ntp verify` then",
    "`bash eval/reliability.sh`); `.ci/run` regenerates it on every CI run. Do not edit it by hand.",
    "",
    f"Last generated {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC from commit"
    f" `{commit}` on {machine}.",
    "",
]
total = 0
for name, title in suites:
    path = os.path.join(rows_dir, name + ".tsv")
    if not os.path.exists(path):
        continue
    latest = {}
    with open(path, encoding="utf-8") as f:
        for raw in f:
            cells = raw.rstrip("\n").split("\t")
            if len(cells) == 4:
                latest[cells[0]] = cells  # a test run twice keeps its last row
    if not latest:
        continue
    lines += [f"## {title}", "", "| test | what it tries | what must hold | measured |", "|---|---|---|---|"]
    for cells in sorted(latest.values()):
        lines.append("| " + " | ".join(c.replace("|", "/") for c in cells) + " |")
        total += 1
    lines.append("")
with open(out, "w", encoding="utf-8") as f:
    f.write("\n".join(lines))
print(f"reliability: {total} rows written to {out}")
PY
