#!/usr/bin/env bash
# Near-duplicate lookup benchmark: ingest's sketch index finding the closest stored story for a
# new item, against a window of WINDOW benchmark items, beside the bare walk to the same
# candidates measured in the same run (the least any exact lookup does). In memory, no services.
#
#   tests/bench/near-duplicates.sh [WINDOW] [LOOKUPS] [ROUNDS]     (defaults 120000, 4000 and 5)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
dotnet run -c Release --project tests/bench/SupplyRisk.Ingest.Benchmarks -- "$@"
