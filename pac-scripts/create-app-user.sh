#!/usr/bin/env bash
# Makes the WiFi platform's app registration an application user of the environment holding the WiFi Integration
# role, and nothing else (DESIGN.md 4, Privileges). Safe to re-run: assigning a role it holds changes nothing.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

dw_require_signed_in
dw_require_variable DYNAMICSWIFI_PLATFORM_APP_ID "Set it to the application (client) id of the WiFi platform's app registration."
environment=$(dw_environment_url)

dw_say "Assigning the 'WiFi Integration' role to application $DYNAMICSWIFI_PLATFORM_APP_ID in $environment (creating its application user if needed)."
pac admin assign-user --environment "$environment" --user "$DYNAMICSWIFI_PLATFORM_APP_ID" --role "WiFi Integration" --application-user
dw_say "Application $DYNAMICSWIFI_PLATFORM_APP_ID holds the WiFi Integration role."
