# Checks the installed solution end to end: records one login of a synthetic guest through cr_RecordWifiAuthentication
# (as the WiFi platform's application user when DYNAMICSWIFI_PLATFORM_CLIENT_SECRET is set), reads back the contact
# and its session, then deletes the contact (its session goes with it). The session started two days ago, so no
# cr_WifiVisitRecorded event is raised and no flow sends a message.
. (Join-Path $PSScriptRoot 'lib/common.ps1')

Assert-DwSignedIn
$deployer = Connect-DwWebApi (Get-DwVariable DYNAMICSWIFI_CLIENT_ID "Set it to the deployment app registration's application (client) id.") DYNAMICSWIFI_CLIENT_SECRET
$caller = 'deployer'
$callerSession = $deployer
if ($env:DYNAMICSWIFI_PLATFORM_CLIENT_SECRET) {
    $platformId = Get-DwVariable DYNAMICSWIFI_PLATFORM_APP_ID "Set it to the application (client) id of the WiFi platform's app registration."
    $callerSession = Connect-DwWebApi $platformId DYNAMICSWIFI_PLATFORM_CLIENT_SECRET
    $caller = 'platform'
}

$run = New-DwRandomHex 8
$sessionId = "smoke-test-$run"
$email = "smoke-test-$run@example.com"
$contact = $null
try {
    Write-DwLine "Recording login $sessionId of a synthetic guest as the $caller application."
    $answer = Invoke-DwWebApi $callerSession POST cr_RecordWifiAuthentication @{
        SessionId = $sessionId; Venue = 'Dynamics WiFi smoke test'; SessionStart = [DateTime]::UtcNow.AddDays(-2).ToString("yyyy-MM-ddTHH:mm:ssZ")
        Email = $email; FirstName = 'Smoke'; LastName = 'Test'
    }
    if ($answer.Status -ne 200) { Stop-Dw "cr_RecordWifiAuthentication answered HTTP $($answer.Status): $(Get-DwWebApiError $answer)" }
    $contact = $answer.Body.ContactId
    $visit = $answer.Body.VisitId
    if (-not $contact -or -not $visit -or $answer.Body.Outcome -ne 'recorded') {
        Stop-Dw "cr_RecordWifiAuthentication answered without ContactId/VisitId or with Outcome '$($answer.Body.Outcome)' instead of 'recorded'."
    }

    $row = Invoke-DwWebApi $deployer GET "contacts($contact)?`$select=cr_wifi_identitykey"
    if ($row.Status -ne 200) { Stop-Dw "the contact $contact cannot be read (HTTP $($row.Status)): $(Get-DwWebApiError $row)" }
    if ($row.Body.cr_wifi_identitykey -ne "email-$(Get-DwSha256Hex $email)") { Stop-Dw "contact $contact does not carry the guest's identity key." }

    $sessions = Invoke-DwWebApi $deployer GET "cr_wifivisits?`$select=cr_wifivisitid,_cr_contactid_value&`$filter=cr_sessionid%20eq%20'$sessionId'"
    if ($sessions.Status -ne 200) { Stop-Dw "the session cannot be read (HTTP $($sessions.Status)): $(Get-DwWebApiError $sessions)" }
    if (@($sessions.Body.value | Where-Object { $_._cr_contactid_value -eq $contact }).Count -ne 1) { Stop-Dw "session $sessionId is not recorded once for contact $contact." }

    Write-DwLine "Deleting the synthetic contact $contact (its session goes with it)."
    $deleted = Invoke-DwWebApi $deployer DELETE "contacts($contact)"
    if ($deleted.Status -ne 204) { Stop-Dw "deleting contact $contact failed (HTTP $($deleted.Status)): $(Get-DwWebApiError $deleted)" }
    $contact = $null
    $gone = Invoke-DwWebApi $deployer GET "cr_wifivisits($visit)?`$select=cr_wifivisitid"
    if ($gone.Status -ne 404) { Stop-Dw "session $visit outlived its contact (HTTP $($gone.Status)): the cascade delete is not in place." }
} finally {
    if ($contact) { Invoke-DwWebApi $deployer DELETE "contacts($contact)" | Out-Null }
}

Write-DwLine 'Smoke test passed: login recorded, contact and session found, both deleted.'
