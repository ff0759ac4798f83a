# Sets the WiFi secrets (cr_wifisecret rows MacHashKey and WebhookSigningSecret) through the Web API. A value given
# in DYNAMICSWIFI_MAC_HASH_KEY or DYNAMICSWIFI_WEBHOOK_SIGNING_SECRET is stored; otherwise a secret already set is
# kept and a missing one gets 32 random bytes (64 hex characters). Values are never printed.
. (Join-Path $PSScriptRoot 'lib/common.ps1')

Assert-DwSignedIn
$clientId = Get-DwVariable DYNAMICSWIFI_CLIENT_ID "Set it to the deployment app registration's application (client) id: pac hands out no token, so the scripts get one for the Web API."
$session = Connect-DwWebApi $clientId DYNAMICSWIFI_CLIENT_SECRET

function Set-DwSecret([string] $Name, [string] $Variable) {
    $given = [Environment]::GetEnvironmentVariable($Variable)
    if ($given -and $given.Length -lt 32) {
        Stop-Dw "$Variable holds fewer than 32 characters; use a long random value (or leave it unset to have one generated)."
    }
    $row = "cr_wifisecrets(cr_name='$Name')"

    $current = Invoke-DwWebApi $session GET "$row`?`$select=cr_value"
    if ($current.Status -eq 200) {
        $value = $current.Body.cr_value
        if (-not $given -and $value) {
            Write-DwLine "$Name is already set; kept (set $Variable to replace it)."
            return
        }
        if ($given -ceq $value) {
            Write-DwLine "$Name already holds the value in $Variable; unchanged."
            return
        }
    } elseif ($current.Status -ne 404) {
        Stop-Dw "reading $Name failed (HTTP $($current.Status)): $(Get-DwWebApiError $current)"
    }

    $value = if ($given) { $given } else { New-DwRandomHex 32 }
    Write-DwLine "Setting $Name in cr_wifisecret ($(if ($given) { "value from $Variable" } else { 'new random value' }), not shown)."
    $answer = Invoke-DwWebApi $session PATCH $row @{ cr_name = $Name; cr_value = $value }
    if ($answer.Status -notin 200, 201, 204) { Stop-Dw "setting $Name failed (HTTP $($answer.Status)): $(Get-DwWebApiError $answer)" }
    Write-DwLine "$Name set."
}

Set-DwSecret MacHashKey DYNAMICSWIFI_MAC_HASH_KEY
Set-DwSecret WebhookSigningSecret DYNAMICSWIFI_WEBHOOK_SIGNING_SECRET
