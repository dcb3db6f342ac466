#!/usr/bin/env bash
# England's volume, once: writes a synthetic 2025-26 CIN census for a million children with 650,000 referrals in
# the year, then times `hearth returns cin check` on it (schema validation and all 109 rules, issues written to CSV)
# and reports its wall-clock time and peak memory from GNU time. The figures go in docs/performance.md.
#   bench/Hearth.Benchmarks/Returns/england/run.sh [children] [referrals-in-year]
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../.." && pwd)
children=${1:-1000000}
referrals=${2:-650000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet run -c Release --file "$here/generate.cs" -- "$work/census.xml" "$children" "$referrals"
dotnet build -c Release "$root/src/Hearth.Cli" -v quiet --nologo > "$work/build.log" || { cat "$work/build.log"; exit 1; }

echo "Checking on $(nproc) cores:"
/usr/bin/time -v -o "$work/time.txt" \
  dotnet "$root/src/Hearth.Cli/bin/Release/net10.0/hearth.dll" returns cin check "$work/census.xml" --year 2025-26 --issues "$work/issues.csv"
grep -E "Elapsed \(wall clock\)|Maximum resident set size|User time|System time" "$work/time.txt"
echo "Issues CSV: $(($(wc -l < "$work/issues.csv") - 1)) rows"
