#!/usr/bin/env bash
# Signs pac in to the environment: as the deployment's service principal when DYNAMICSWIFI_CLIENT_ID is set, else
# interactively (device code) for a developer. Safe to re-run: an active profile already on the environment is kept.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

dw_require_pac
environment=$(dw_environment_url)

if who=$(pac env who 2>/dev/null) && printf '%s' "$who" | tr '[:upper:]' '[:lower:]' | grep -qF "$environment"; then
  dw_say "pac is already signed in to $environment; nothing to change."
  exit 0
fi

if [ -n "${DYNAMICSWIFI_CLIENT_ID:-}" ]; then
  dw_require_variable DYNAMICSWIFI_TENANT_ID "Set it to the Microsoft Entra tenant id of the environment."
  dw_require_variable DYNAMICSWIFI_CLIENT_SECRET "Set it to the deployment app registration's client secret."
  dw_say "Creating pac auth profile 'dynamicswifi' for $environment as application $DYNAMICSWIFI_CLIENT_ID (service principal)."
  # pac takes the secret only as an argument (learn.microsoft.com/power-platform/developer/cli/reference/auth):
  # run this on a build agent or a machine no one else is logged on to.
  pac auth create --name dynamicswifi --environment "$environment" --tenant "$DYNAMICSWIFI_TENANT_ID" \
    --applicationId "$DYNAMICSWIFI_CLIENT_ID" --clientSecret "$DYNAMICSWIFI_CLIENT_SECRET"
else
  dw_say "Creating pac auth profile 'dynamicswifi' for $environment interactively (device code): follow pac's instructions."
  pac auth create --name dynamicswifi --environment "$environment" --deviceCode
fi

dw_require_signed_in
dw_say "Signed in to $environment."
