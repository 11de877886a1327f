#!/usr/bin/env bash
# Times whole `mnr` processes, as a user runs them, each beside its floor measured in the same run:
#   - `mnr score` of one fixture against `mnr --version` (target: within 1.5x);
#   - `mnr plan` of one fixture against `mnr score` of it (target: within 2x);
#   - `mnr score DIR` of N generated evidence files against `mnr validate DIR` of the same files (target: within 2x).
# Prints the median of several runs and the ratios. Needs the built launcher: ./mvnw -q -DskipTests package
# Usage: engine/bench/cold-start.sh [RUNS] [FILES]     (defaults: 7 runs, 2000 files)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-7}
files=${2:-2000}
mnr=engine/cli/target/mnr
[ -x "$mnr" ] || { echo "cold-start: $mnr is missing; build first with ./mvnw -q -DskipTests package" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Prints the median wall-clock milliseconds of running "$@" $runs times, output discarded.
median_ms() {
  local times=() start end
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    "$@" > /dev/null 2>&1 || { echo "cold-start: failed: $*" >&2; exit 1; }
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -1)"
echo "runs per figure: $runs (median)"

version=$(median_ms "$mnr" --version)
score=$(median_ms "$mnr" score fixtures/evidence/xc-cordessa-2026.json)
echo "mnr --version                  ${version} ms"
echo "mnr score one fixture          ${score} ms   ratio $(ratio "$score" "$version") (target <= 1.5)"
plan=$(median_ms "$mnr" plan fixtures/evidence/xc-cordessa-2026.json)
echo "mnr plan one fixture           ${plan} ms   ratio $(ratio "$plan" "$score") to score (target <= 2.0)"

mkdir -p "$work/in"
fixtures=(fixtures/evidence/*.json)
for i in $(seq 1 "$files"); do
  cp "${fixtures[$(( i % ${#fixtures[@]} ))]}" "$work/in/country-$(printf '%05d' "$i").json"
done
batch_runs=$(( runs < 3 ? runs : 3 ))
runs=$batch_runs
validate=$(median_ms "$mnr" validate "$work/in")
score_dir=$(median_ms "$mnr" score "$work/in" -o "$work/out")
echo "mnr validate $files files      ${validate} ms"
echo "mnr score $files files         ${score_dir} ms   ratio $(ratio "$score_dir" "$validate") (target <= 2.0)"
