#!/usr/bin/env bash
# Replays a fuzz target's seed corpus and saved crash inputs.
set -euo pipefail
"$1" "$2"
