#!/usr/bin/env bash
# Uninstalls the managed solution: Dataverse then deletes its tables with every row (WiFi sessions, ingest batches,
# secrets) and its columns on contact. Asks for DYNAMICSWIFI_CONFIRM_UNINSTALL set to the solution's name.
# Safe to re-run: a solution that is not installed is reported, not an error.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

dw_require_signed_in
environment=$(dw_environment_url)
name=DynamicsWifi
installed=$(dw_installed_version "$name")
if [ -z "$installed" ]; then
  dw_say "$name is not installed in $environment; nothing to uninstall."
  exit 0
fi
if [ "${DYNAMICSWIFI_CONFIRM_UNINSTALL:-}" != "$name" ]; then
  dw_fail "uninstalling $name $installed deletes every WiFi session, ingest batch and secret and the WiFi columns of contact in $environment. Set DYNAMICSWIFI_CONFIRM_UNINSTALL=$name to go ahead."
fi
dw_say "Uninstalling $name $installed from $environment: its tables, their rows and its contact columns are deleted."
pac solution delete --solution-name "$name" --environment "$environment"
dw_say "Uninstalled $name."
