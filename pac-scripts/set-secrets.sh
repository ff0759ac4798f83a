#!/usr/bin/env bash
# Sets the WiFi secrets (cr_wifisecret rows MacHashKey and WebhookSigningSecret) through the Web API. A value given
# in DYNAMICSWIFI_MAC_HASH_KEY or DYNAMICSWIFI_WEBHOOK_SIGNING_SECRET is stored; otherwise a secret already set is
# kept and a missing one gets 32 random bytes (64 hex characters). Values are never printed.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

dw_require_tools curl jq
dw_require_signed_in
dw_require_variable DYNAMICSWIFI_CLIENT_ID "Set it to the deployment app registration's application (client) id: pac hands out no token, so the scripts get one for the Web API."
dw_web_api_sign_in "$DYNAMICSWIFI_CLIENT_ID" DYNAMICSWIFI_CLIENT_SECRET deployer

# set_secret NAME VARIABLE
set_secret() {
  local name=$1 variable=$2 given=${!2:-} row="cr_wifisecrets(cr_name='$1')"
  if [ -n "$given" ] && [ ${#given} -lt 32 ]; then
    dw_fail "$variable holds fewer than 32 characters; use a long random value (or leave it unset to have one generated)."
  fi

  dw_web_api deployer GET "$row?\$select=cr_value"
  case "$DW_STATUS" in
    200) local current
         current=$(jq -r '.cr_value // ""' "$DW_TEMP/response.json")
         rm -f "$DW_TEMP/response.json"
         if [ -z "$given" ] && [ -n "$current" ]; then
           dw_say "$name is already set; kept (set $variable to replace it)."
           return
         fi
         if [ "$given" = "$current" ]; then
           dw_say "$name already holds the value in $variable; unchanged."
           return
         fi ;;
    404) ;;
    *) dw_fail "reading $name failed (HTTP $DW_STATUS): $(dw_web_api_error)" ;;
  esac

  local value=${given:-$(dw_random_hex 32)}
  dw_say "Setting $name in cr_wifisecret ($([ -n "$given" ] && echo "value from $variable" || echo 'new random value'), not shown)."
  dw_web_api deployer PATCH "$row" "$(jq -cn --arg name "$name" --arg value "$value" '{cr_name: $name, cr_value: $value}')"
  case "$DW_STATUS" in
    200|201|204) dw_say "$name set." ;;
    *) dw_fail "setting $name failed (HTTP $DW_STATUS): $(dw_web_api_error)" ;;
  esac
}

set_secret MacHashKey DYNAMICSWIFI_MAC_HASH_KEY
set_secret WebhookSigningSecret DYNAMICSWIFI_WEBHOOK_SIGNING_SECRET
