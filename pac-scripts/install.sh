#!/usr/bin/env bash
# The whole installation, in order: sign in, import, secrets, the platform's application user, smoke test.
# Each step is safe to re-run, so the whole is too.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

for step in sign-in import set-secrets create-app-user smoke-test; do
  printf '== %s\n' "$step"
  "$here/$step.sh"
done
printf '== installed: give the WiFi platform the environment URL, the tenant id and its application id (docs/admin.md)\n'
