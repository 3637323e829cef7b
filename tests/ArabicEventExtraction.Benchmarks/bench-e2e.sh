#!/usr/bin/env bash
# End-to-end throughput of `aee extract`: builds a corpus of at least SIZE_MB (default 100) MB from
# our own corpus/ documents (ids made unique), runs it with 1 and 2 threads under /usr/bin/time -v
# and reports MB/s, documents/s, CPU time and peak memory, with the machine load at the time.
# Usage: tests/ArabicEventExtraction.Benchmarks/bench-e2e.sh [SIZE_MB]
set -euo pipefail
cd "$(dirname "$0")/../.."
size_mb=${1:-100}
work=$(mktemp -d /tmp/aee-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

dotnet build src/ArabicEventExtraction.Cli -c Release -v quiet -nologo > "$work/build.log" || { cat "$work/build.log"; exit 1; }
aee=src/ArabicEventExtraction.Cli/bin/Release/net10.0/aee

sources=(corpus/sample/docs.jsonl)
[[ -f corpus/labelled/docs.jsonl ]] && sources+=(corpus/labelled/docs.jsonl)
# A block of about 1 MB, then copies of it with a different id suffix each time.
: > "$work/block.jsonl"
i=0
while [[ $(stat -c %s "$work/block.jsonl") -lt 1048576 ]]; do
  sed -E "s/\"id\": *\"([^\"]*)\"/\"id\": \"\\1_b$i\"/" "${sources[@]}" >> "$work/block.jsonl"
  i=$((i + 1))
done
corpus="$work/corpus.jsonl"
: > "$corpus"
r=0
while [[ $(stat -c %s "$corpus") -lt $((size_mb * 1048576)) ]]; do
  sed -E "s/\"id\": *\"([^\"]*)\"/\"id\": \"\\1_r$r\"/" "$work/block.jsonl" >> "$corpus"
  r=$((r + 1))
done
bytes=$(stat -c %s "$corpus")
docs=$(wc -l < "$corpus")
echo "corpus: $docs documents, $(awk "BEGIN{printf \"%.1f\", $bytes/1048576}") MB from ${sources[*]}"
echo "cores: $(nproc); load before: $(uptime | sed 's/.*load average: //')"

for threads in 1 2; do
  /usr/bin/time -v "$aee" extract "$corpus" --threads "$threads" -o "$work/events-$threads.jsonl" 2> "$work/time-$threads.txt" || true
  wall=$(grep 'Elapsed (wall clock)' "$work/time-$threads.txt" | awk -F': ' '{print $2}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  user=$(grep 'User time' "$work/time-$threads.txt" | awk -F': ' '{print $2}')
  sys=$(grep 'System time' "$work/time-$threads.txt" | awk -F': ' '{print $2}')
  rss=$(grep 'Maximum resident' "$work/time-$threads.txt" | awk -F': ' '{print $2}')
  awk -v t="$threads" -v w="$wall" -v u="$user" -v s="$sys" -v b="$bytes" -v d="$docs" -v m="$rss" 'BEGIN {
    printf "threads=%d  wall %.1f s  %.2f MB/s  %.0f docs/s  cpu %.1f s (%.2f MB per cpu-second)  peak %.0f MB\n",
      t, w, b/1048576/w, d/w, u+s, b/1048576/(u+s), m/1024 }'
  echo "  load after: $(uptime | sed 's/.*load average: //')"
  tail -1 "$work/time-$threads.txt" > /dev/null
done
if cmp -s "$work/events-1.jsonl" "$work/events-2.jsonl"; then echo "outputs of 1 and 2 threads are identical"; else echo "WARNING: outputs differ"; fi
