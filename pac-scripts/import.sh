#!/usr/bin/env bash
# Imports the solution (managed by default) with the deployment settings file for its environment variables.
# Safe to re-run: when the same version is installed, nothing is imported.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

dw_read_release
environment=$DW_ENVIRONMENT zip=$DW_ZIP settings=$DW_SETTINGS installed=$DW_INSTALLED

if [ "$installed" = "$DW_SOLUTION_VERSION" ]; then
  dw_say "$DW_SOLUTION_NAME $DW_SOLUTION_VERSION is already installed in $environment; nothing to import."
  exit 0
fi
if [ -n "$installed" ] && [ "$DW_SOLUTION_MANAGED" = 1 ]; then
  dw_fail "$DW_SOLUTION_NAME $installed is installed in $environment; run pac-scripts/upgrade.sh to move it to $DW_SOLUTION_VERSION."
fi

options=(--path "$zip" --environment "$environment" --settings-file "$settings" --activate-plugins)
if [ "$DW_SOLUTION_MANAGED" != 1 ]; then
  options+=(--publish-changes)
fi
dw_say "Importing $DW_SOLUTION_NAME $DW_SOLUTION_VERSION ($([ "$DW_SOLUTION_MANAGED" = 1 ] && echo managed || echo unmanaged)) into $environment, environment variables from $settings."
pac solution import "${options[@]}"
dw_say "Imported $DW_SOLUTION_NAME $DW_SOLUTION_VERSION."
