#!/usr/bin/env bash
# Times the synthetic local authority into PostgreSQL and the CIN census built from it, as docs/performance.md reports:
#   bench/simulate/run.sh PRESET YEARS TODAY "Host=...;Database=AN_EMPTY_DATABASE" [CENSUS_YEAR]
# for example: bench/simulate/run.sh large 5 2026-11-20 "Host=127.0.0.1;Port=5432;Username=postgres;Database=sim_large"
#              bench/simulate/run.sh england 1 2026-03-31 "Host=127.0.0.1;Port=5432;Username=postgres;Database=sim_england" 2025-26
# The database must exist and be empty (the script migrates it). GNU time gives each command's wall clock, CPU and peak
# memory; PostgreSQL's own CPU is what its processes used meanwhile (read from /proc when the server runs on this
# machine as the postgres user; left out otherwise).
set -euo pipefail

preset=${1:?preset: small, large or england}
years=${2:?years of history}
today=${3:?the last day, yyyy-mm-dd}
connection=${4:?a connection string naming an empty PostgreSQL database}
census=${5:-}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build -c Release "$root/src/Hearth.Cli" -v quiet --nologo > "$work/build.log" || { cat "$work/build.log"; exit 1; }
hearth=(dotnet "$root/src/Hearth.Cli/bin/Release/net10.0/hearth.dll")
export Hearth__Database__Provider=Postgres ConnectionStrings__Hearth="$connection"
"${hearth[@]}" migrate

# PostgreSQL's CPU while a command runs: every postgres process's ticks, sampled twice a second, so a backend that ends
# with the command still counts.
postgres_cpu() {
  declare -A first last
  while [ ! -f "$work/stop" ]; do
    for pid in $(pgrep -u postgres 2>/dev/null || true); do
      ticks=$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null) || continue
      [ -n "$ticks" ] || continue
      [ -n "${first[$pid]:-}" ] || first[$pid]=$ticks
      last[$pid]=$ticks
    done
    sleep 0.5
  done
  total=0
  for pid in "${!last[@]}"; do total=$((total + last[$pid] - first[$pid])); done
  echo $((total / 100)) > "$work/postgres_cpu"
}

timed() {
  local label=$1; shift
  rm -f "$work/stop" "$work/postgres_cpu"
  postgres_cpu & local sampler=$!
  /usr/bin/time -f "%e s wall, %U s user, %S s system, %M KB peak" -o "$work/time.txt" "$@"
  touch "$work/stop"; wait "$sampler"
  echo "$label: $(cat "$work/time.txt"); PostgreSQL $(cat "$work/postgres_cpu") s CPU (a server on this machine; 0 otherwise)"
}

echo "On $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg):"
timed "simulate $preset $years" "${hearth[@]}" simulate --preset "$preset" --years "$years" --seed 7 --today "$today" | grep -v -E '[0-9]+%$'
if [ -n "$census" ]; then
  timed "returns cin build $census" "${hearth[@]}" returns cin build --year "$census" --out "$work/census.xml"
fi
