#!/usr/bin/env bash
# The store benchmark of issue 7: ingest the 10k corpus into a fresh database under /usr/bin/time -v (articles/s,
# peak memory), then time the queries on it with BenchmarkDotNet (p95 per query).
#   bench/store-benchmark.sh [CORPUS] [DB]
# Defaults: ../shared/data/corpus/allsides-bench-10k.jsonl and /tmp/dossier-bench/10k.db (deleted first).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/data/corpus/allsides-bench-10k.jsonl}
db=${2:-/tmp/dossier-bench/10k.db}
mkdir -p "$(dirname "$db")"
rm -f "$db" "$db-wal" "$db-shm"

dotnet build -c Release src/Dossier.Cli 2>&1 | tail -n 2
echo "==> ingest $corpus into $db"
/usr/bin/time -v dotnet src/Dossier.Cli/bin/Release/net10.0/Dossier.Cli.dll ingest "$corpus" --db "$db" --no-progress 2> /tmp/dossier-bench/time.txt
grep -E "Elapsed \(wall|Maximum resident|Percent of CPU" /tmp/dossier-bench/time.txt
dotnet src/Dossier.Cli/bin/Release/net10.0/Dossier.Cli.dll stats --db "$db"

echo "==> queries on $db"
DOSSIER_BENCH_DB="$db" dotnet run -c Release --project bench/Dossier.Bench -- --filter '*StoreQueryBenchmarks*'
