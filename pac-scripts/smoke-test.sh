#!/usr/bin/env bash
# Checks the installed solution end to end: records one login of a synthetic guest through cr_RecordWifiAuthentication
# (as the WiFi platform's application user when DYNAMICSWIFI_PLATFORM_CLIENT_SECRET is set), reads back the contact
# and its session, then deletes the contact (its session goes with it). The session started two days ago, so no
# cr_WifiVisitRecorded event is raised and no flow sends a message.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

dw_require_tools curl jq
dw_require_signed_in
dw_require_variable DYNAMICSWIFI_CLIENT_ID "Set it to the deployment app registration's application (client) id."
dw_web_api_sign_in "$DYNAMICSWIFI_CLIENT_ID" DYNAMICSWIFI_CLIENT_SECRET deployer
caller=deployer
if [ -n "${DYNAMICSWIFI_PLATFORM_CLIENT_SECRET:-}" ]; then
  dw_require_variable DYNAMICSWIFI_PLATFORM_APP_ID "Set it to the application (client) id of the WiFi platform's app registration."
  dw_web_api_sign_in "$DYNAMICSWIFI_PLATFORM_APP_ID" DYNAMICSWIFI_PLATFORM_CLIENT_SECRET platform
  caller=platform
fi

run=$(dw_random_hex 8)
session="smoke-test-$run"
email="smoke-test-$run@example.com"
contact=""
cleanup() {
  if [ -n "$contact" ]; then
    dw_web_api deployer DELETE "contacts($contact)" || true
  fi
}
trap 'cleanup; rm -rf "$DW_TEMP"' EXIT

dw_say "Recording login $session of a synthetic guest as the $caller application."
dw_web_api "$caller" POST cr_RecordWifiAuthentication "$(jq -cn --arg session "$session" --arg email "$email" --arg start "$(dw_utc_days_ago 2)" \
  '{SessionId: $session, Venue: "Dynamics WiFi smoke test", SessionStart: $start, Email: $email, FirstName: "Smoke", LastName: "Test"}')"
[ "$DW_STATUS" = 200 ] || dw_fail "cr_RecordWifiAuthentication answered HTTP $DW_STATUS: $(dw_web_api_error)"
contact=$(jq -r '.ContactId // empty' "$DW_TEMP/response.json")
visit=$(jq -r '.VisitId // empty' "$DW_TEMP/response.json")
outcome=$(jq -r '.Outcome // empty' "$DW_TEMP/response.json")
[ -n "$contact" ] && [ -n "$visit" ] && [ "$outcome" = recorded ] || dw_fail "cr_RecordWifiAuthentication answered without ContactId/VisitId or with Outcome '$outcome' instead of 'recorded'."

dw_web_api deployer GET "contacts($contact)?\$select=cr_wifi_identitykey"
[ "$DW_STATUS" = 200 ] || dw_fail "the contact $contact cannot be read (HTTP $DW_STATUS): $(dw_web_api_error)"
expected_key="email-$(dw_sha256_hex "$email")"
[ "$(jq -r '.cr_wifi_identitykey // empty' "$DW_TEMP/response.json")" = "$expected_key" ] || dw_fail "contact $contact does not carry the guest's identity key."

dw_web_api deployer GET "cr_wifivisits?\$select=cr_wifivisitid,_cr_contactid_value&\$filter=cr_sessionid%20eq%20'$session'"
[ "$DW_STATUS" = 200 ] || dw_fail "the session cannot be read (HTTP $DW_STATUS): $(dw_web_api_error)"
[ "$(jq -r '[.value[] | select(._cr_contactid_value == "'"$contact"'")] | length' "$DW_TEMP/response.json")" = 1 ] ||
  dw_fail "session $session is not recorded once for contact $contact."

dw_say "Deleting the synthetic contact $contact (its session goes with it)."
dw_web_api deployer DELETE "contacts($contact)"
[ "$DW_STATUS" = 204 ] || dw_fail "deleting contact $contact failed (HTTP $DW_STATUS): $(dw_web_api_error)"
contact=""
dw_web_api deployer GET "cr_wifivisits($visit)?\$select=cr_wifivisitid"
[ "$DW_STATUS" = 404 ] || dw_fail "session $visit outlived its contact (HTTP $DW_STATUS): the cascade delete is not in place."

dw_say "Smoke test passed: login recorded, contact and session found, both deleted."
