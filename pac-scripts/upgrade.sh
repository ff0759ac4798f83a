#!/usr/bin/env bash
# Upgrades an installed managed solution: imports the new version as a holding solution, then applies the upgrade
# (components the new version no longer has are removed). Safe to re-run: a staged holding solution is applied
# without a second import, and an environment already on the version changes nothing.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

dw_read_release
environment=$DW_ENVIRONMENT zip=$DW_ZIP settings=$DW_SETTINGS installed=$DW_INSTALLED
[ "$DW_SOLUTION_MANAGED" = 1 ] || dw_fail "'$zip' is unmanaged: an upgrade applies to managed solutions; import an unmanaged one with pac-scripts/import.sh."

[ -n "$installed" ] || dw_fail "$DW_SOLUTION_NAME is not installed in $environment; run pac-scripts/install.sh."
if [ "$installed" = "$DW_SOLUTION_VERSION" ]; then
  dw_say "$DW_SOLUTION_NAME is already at $DW_SOLUTION_VERSION in $environment; nothing to upgrade."
  exit 0
fi
if [ "$(printf '%s\n%s\n' "$installed" "$DW_SOLUTION_VERSION" | sort -V | tail -n 1)" = "$installed" ]; then
  dw_fail "$DW_SOLUTION_NAME $installed in $environment is newer than $DW_SOLUTION_VERSION; a downgrade is not possible."
fi

if [ -n "$(dw_installed_version "${DW_SOLUTION_NAME}_Upgrade")" ]; then
  dw_say "A holding solution ${DW_SOLUTION_NAME}_Upgrade is already staged in $environment; applying it."
else
  dw_say "Staging $DW_SOLUTION_NAME $DW_SOLUTION_VERSION as a holding solution over $installed in $environment."
  pac solution import --path "$zip" --environment "$environment" --settings-file "$settings" --import-as-holding --activate-plugins
fi
dw_say "Applying the upgrade of $DW_SOLUTION_NAME to $DW_SOLUTION_VERSION."
pac solution upgrade --solution-name "$DW_SOLUTION_NAME" --environment "$environment"
dw_say "Upgraded $DW_SOLUTION_NAME from $installed to $DW_SOLUTION_VERSION."
