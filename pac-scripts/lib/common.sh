# Shared by the pac-scripts (bash): checks, settings from environment variables, pac and Web API calls.
# Sourced, never run. Every value comes from an environment variable named in pac-scripts/README.md; no secret is
# ever passed on a command line of ours, printed or written outside a private temporary folder.

DW_SCRIPTS="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DW_REPO="$(cd "$DW_SCRIPTS/.." && pwd)"
DW_TEMP="$(mktemp -d)"
chmod 700 "$DW_TEMP"
trap 'rm -rf "$DW_TEMP"' EXIT

dw_say() { printf '%s\n' "$*"; }

dw_fail() {
  printf 'error: %s\n' "$*" >&2
  exit 1
}

dw_require_tools() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null 2>&1 || dw_fail "'$tool' was not found on PATH. The pac-scripts need it: see pac-scripts/README.md, Prerequisites."
  done
}

dw_require_pac() {
  command -v pac >/dev/null 2>&1 || dw_fail "the Power Platform CLI ('pac') was not found on PATH. Install it (https://learn.microsoft.com/power-platform/developer/cli/introduction), open a new shell, and run this script again."
}

dw_require_variable() {
  local name=$1
  [ -n "${!name:-}" ] || dw_fail "$name is not set. ${2:-See pac-scripts/README.md for what it holds.}"
}

# The environment URL without a trailing slash, lowercased: https://contoso.crm4.dynamics.com
dw_environment_url() {
  dw_require_variable DYNAMICSWIFI_ENVIRONMENT_URL "Set it to the environment's URL, for example https://contoso.crm4.dynamics.com."
  local url=${DYNAMICSWIFI_ENVIRONMENT_URL%/}
  case "$url" in
    https://*) ;;
    *) dw_fail "DYNAMICSWIFI_ENVIRONMENT_URL must start with https:// (got '$url')." ;;
  esac
  printf '%s' "$url" | tr '[:upper:]' '[:lower:]'
}

# Stops unless pac's active profile is connected to DYNAMICSWIFI_ENVIRONMENT_URL, so nothing lands in the wrong
# environment. pac env who (without --environment, so it reports the active profile's organization) prints the
# organization's URL among other lines; we look for ours in it.
dw_require_signed_in() {
  dw_require_pac
  local expected who
  expected=$(dw_environment_url)
  if ! who=$(pac env who 2>&1); then
    dw_fail "pac is not signed in to $expected (pac env who said: $(printf '%s' "$who" | head -n 3 | tr '\n' ' ')). Run pac-scripts/sign-in.sh first."
  fi
  if ! printf '%s' "$who" | tr '[:upper:]' '[:lower:]' | grep -qF "$expected"; then
    dw_fail "pac is signed in to another environment than $expected (pac env who: $(printf '%s' "$who" | tr '\n' ' ')). Run pac-scripts/sign-in.sh, or pac auth select the right profile."
  fi
}

dw_solution_zip() {
  local package=${DYNAMICSWIFI_PACKAGE:-managed} zip
  case "$package" in
    managed) zip=${DYNAMICSWIFI_SOLUTION_ZIP:-$DW_REPO/artifacts/solution/DynamicsWifiSolution_managed.zip} ;;
    unmanaged) zip=${DYNAMICSWIFI_SOLUTION_ZIP:-$DW_REPO/artifacts/solution/DynamicsWifiSolution.zip} ;;
    *) dw_fail "DYNAMICSWIFI_PACKAGE must be managed or unmanaged (got '$package')." ;;
  esac
  [ -f "$zip" ] || dw_fail "solution zip '$zip' not found. Download the release zips, or build them with 'dotnet build DynamicsWifiSolution.sln', or set DYNAMICSWIFI_SOLUTION_ZIP."
  printf '%s' "$zip"
}

dw_settings_file() {
  local file=${DYNAMICSWIFI_SETTINGS_FILE:-$DW_SCRIPTS/settings/deployment-settings.template.json}
  [ -f "$file" ] || dw_fail "deployment settings file '$file' not found (DYNAMICSWIFI_SETTINGS_FILE)."
  jq -e '.EnvironmentVariables | type == "array"' "$file" >/dev/null 2>&1 ||
    dw_fail "deployment settings file '$file' is not in the format pac solution create-settings writes (an EnvironmentVariables array)."
  printf '%s' "$file"
}

# Sets DW_SOLUTION_NAME, DW_SOLUTION_VERSION and DW_SOLUTION_MANAGED from the zip's solution.xml.
dw_read_solution_zip() {
  local manifest
  manifest=$(unzip -p "$1" solution.xml 2>/dev/null) || dw_fail "'$1' is not a solution zip (no solution.xml inside)."
  DW_SOLUTION_NAME=$(printf '%s' "$manifest" | sed -n 's:.*<UniqueName>\([^<]*\)</UniqueName>.*:\1:p' | head -n 1)
  DW_SOLUTION_VERSION=$(printf '%s' "$manifest" | sed -n 's:.*<Version>\([^<]*\)</Version>.*:\1:p' | head -n 1)
  DW_SOLUTION_MANAGED=$(printf '%s' "$manifest" | sed -n 's:.*<Managed>\([^<]*\)</Managed>.*:\1:p' | head -n 1)
  [ -n "$DW_SOLUTION_NAME" ] && [ -n "$DW_SOLUTION_VERSION" ] || dw_fail "'$1' has no solution name or version in solution.xml."
}

# For import and upgrade: checks pac is on the environment, then sets DW_ENVIRONMENT, DW_ZIP, DW_SETTINGS, the
# DW_SOLUTION_* of the zip and DW_INSTALLED, the version the environment holds (empty when none).
dw_read_release() {
  dw_require_tools unzip jq
  dw_require_signed_in
  DW_ENVIRONMENT=$(dw_environment_url)
  DW_ZIP=$(dw_solution_zip)
  DW_SETTINGS=$(dw_settings_file)
  dw_read_solution_zip "$DW_ZIP"
  DW_INSTALLED=$(dw_installed_version "$DW_SOLUTION_NAME")
}

# The version of solution $1 installed in the environment (empty when it is not), from pac solution list.
dw_installed_version() {
  local listing
  listing=$(pac solution list --environment "$(dw_environment_url)") || dw_fail "pac solution list failed."
  printf '%s\n' "$listing" | awk -v name="$1" '$1 == name { for (i = 2; i <= NF; i++) if ($i ~ /^[0-9]+(\.[0-9]+)+$/) { print $i; exit } }'
}

dw_random_hex() {
  od -An -N "$1" -tx1 /dev/urandom | tr -d ' \n'
}

dw_sha256_hex() {
  if command -v sha256sum >/dev/null 2>&1; then
    printf '%s' "$1" | sha256sum | cut -d ' ' -f 1
  else
    printf '%s' "$1" | shasum -a 256 | cut -d ' ' -f 1
  fi
}

# UTC time $1 days ago, ISO 8601 (GNU date, else BSD date).
dw_utc_days_ago() {
  date -u -d "$1 days ago" +%Y-%m-%dT%H:%M:%SZ 2>/dev/null || date -u -v-"$1"d +%Y-%m-%dT%H:%M:%SZ
}

# Gets a token for the Web API with the client-credentials flow (pac hands out none) and keeps the Authorization
# header in a private file named by $3 under DW_TEMP. The secret goes to curl on standard input, never as an argument.
# $1 client id, $2 name of the variable holding the secret, $3 header file name.
dw_web_api_sign_in() {
  local client_id=$1 secret_variable=$2 header=$DW_TEMP/$3
  dw_require_variable DYNAMICSWIFI_TENANT_ID "Set it to the Microsoft Entra tenant id of the environment."
  dw_require_variable "$secret_variable"
  local authority=${DYNAMICSWIFI_AUTHORITY_HOST:-https://login.microsoftonline.com}
  local endpoint="${authority%/}/$DYNAMICSWIFI_TENANT_ID/oauth2/v2.0/token"
  local status
  status=$(printf '%s' "${!secret_variable}" | curl -sS -o "$DW_TEMP/token.json" -w '%{http_code}' \
    --data-urlencode grant_type=client_credentials --data-urlencode "client_id=$client_id" \
    --data-urlencode "scope=$(dw_environment_url)/.default" --data-urlencode client_secret@- "$endpoint") ||
    dw_fail "could not reach the token endpoint $endpoint."
  if [ "$status" != 200 ]; then
    dw_fail "the token endpoint refused client $client_id (HTTP $status): $(jq -r '(.error // "") + " " + (.error_description // "")' "$DW_TEMP/token.json" 2>/dev/null)"
  fi
  (umask 077 && printf 'Authorization: Bearer %s\n' "$(jq -r .access_token "$DW_TEMP/token.json")" >"$header")
  rm -f "$DW_TEMP/token.json"
}

# dw_web_api HEADER_FILE METHOD RELATIVE_URL [BODY] [EXTRA_HEADER...]: calls the Web API; the answer's body goes to
# $DW_TEMP/response.json and its status to DW_STATUS.
dw_web_api() {
  local header=$DW_TEMP/$1 method=$2 url="$(dw_environment_url)/api/data/v9.2/$3" body=${4:-}
  shift 4 || shift $#
  local options=(-H @"$header" -H 'Accept: application/json' -H 'OData-MaxVersion: 4.0' -H 'OData-Version: 4.0') item
  for item in "$@"; do
    options+=(-H "$item")
  done
  if [ -n "$body" ]; then
    options+=(-H 'Content-Type: application/json; charset=utf-8' --data-binary @-)
  fi
  DW_STATUS=$(printf '%s' "$body" | curl -sS -o "$DW_TEMP/response.json" -w '%{http_code}' -X "$method" "${options[@]}" "$url") ||
    dw_fail "could not reach $url."
}

# The Web API error message of the last answer, for error lines.
dw_web_api_error() {
  jq -r '.error.message // empty' "$DW_TEMP/response.json" 2>/dev/null || true
}
