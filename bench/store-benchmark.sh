#!/usr/bin/env bash
# The store benchmark of issue 7: ingest the 10k corpus into a fresh database under /usr/bin/time -v (articles/s,
# peak memory, CPU time), then time the queries on it with BenchmarkDotNet (p95 per query).
#   bench/store-benchmark.sh [--ingest-only] [CORPUS] [DB]
# Defaults: DOSSIER_DATA/corpus/allsides-bench-10k.jsonl (DOSSIER_DATA defaults to the first shared/data folder
# found next to the repository or above it, so it works from a git worktree too) and /tmp/dossier-bench/10k.db
# (deleted first). The machine is shared: the load average before and after is printed with the figures, and the
# CPU seconds per article, which depend much less on what else is running than the wall-clock rate. The ingest runs
# with --profile: its table says where the CPU time went (reading, each pipeline component, each part of the write).
set -euo pipefail
cd "$(dirname "$0")/.."
queries=1
if [ "${1:-}" = "--ingest-only" ]; then queries=0; shift; fi

data=${DOSSIER_DATA:-}
if [ -z "$data" ]; then
  dir=$(pwd)
  while [ "$dir" != "/" ]; do
    dir=$(dirname "$dir")
    if [ -d "$dir/shared/data" ]; then data="$dir/shared/data"; break; fi
  done
fi
corpus=${1:-${data:-../shared/data}/corpus/allsides-bench-10k.jsonl}
db=${2:-/tmp/dossier-bench/10k.db}
[ -f "$corpus" ] || { echo "no corpus at $corpus (pass it, or set DOSSIER_DATA to the shared data folder)" >&2; exit 1; }
out=$(dirname "$db")
mkdir -p "$out"
rm -f "$db" "$db-wal" "$db-shm"

dotnet build -c Release src/Dossier.Cli 2>&1 | tail -n 2
cli=src/Dossier.Cli/bin/Release/net10.0/Dossier.Cli.dll
echo "==> commit $(git rev-parse --short HEAD); pipeline: $(grep -o '\.Use[A-Za-z]*()' src/Dossier/Pipeline/DefaultPipeline.cs | tr -d '.()' | tr '\n' ' ')"
echo "==> load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo "==> ingest $corpus into $db"
/usr/bin/time -v dotnet "$cli" ingest "$corpus" --db "$db" --no-progress --profile > "$out/ingest-out.txt" 2> "$out/time.txt"
echo "==> load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
cat "$out/ingest-out.txt"
grep -E "Elapsed \(wall|Maximum resident|Percent of CPU|User time|System time" "$out/time.txt"
awk -v stored="$(sed -n 's/^Stored \([0-9,]*\) new.*/\1/p' "$out/ingest-out.txt" | tr -d ,)" '
  /User time/ { cpu += $NF } /System time/ { cpu += $NF } /Maximum resident/ { rss = $NF }
  /Elapsed \(wall/ { n = split($NF, t, ":"); wall = 0; for (i = 1; i <= n; i++) wall = wall * 60 + t[i] }
  END { printf "==> %d articles in %.1f s wall: %.1f articles/s; %.1f CPU ms per article (%.0f articles per CPU second); peak RSS %.0f MB\n",
        stored, wall, stored / wall, 1000 * cpu / stored, stored / cpu, rss / 1024 }' "$out/time.txt"
dotnet "$cli" stats --db "$db" | head -n 12

if [ "$queries" = 1 ]; then
  echo "==> queries on $db"
  DOSSIER_BENCH_DB="$db" dotnet run -c Release --project bench/Dossier.Bench -- --filter '*StoreQueryBenchmarks*'
fi
