#!/usr/bin/env bash
# BenchmarkDotNet over the hot stages (normalizer, tokenizer, recognizers, whole pipeline) on corpus/.
# Usage: tests/ArabicEventExtraction.Benchmarks/bench-stages.sh [BenchmarkDotNet args, e.g. --filter '*Numbers*' --job short]
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet run -c Release --project tests/ArabicEventExtraction.Benchmarks -- --filter '*' "$@"
