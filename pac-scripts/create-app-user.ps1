# Makes the WiFi platform's app registration an application user of the environment holding the WiFi Integration
# role, and nothing else (DESIGN.md 4, Privileges). Safe to re-run: assigning a role it holds changes nothing.
. (Join-Path $PSScriptRoot 'lib/common.ps1')

Assert-DwSignedIn
$appId = Get-DwVariable DYNAMICSWIFI_PLATFORM_APP_ID "Set it to the application (client) id of the WiFi platform's app registration."
$environment = Get-DwEnvironmentUrl

Write-DwLine "Assigning the 'WiFi Integration' role to application $appId in $environment (creating its application user if needed)."
Invoke-DwPac @('admin', 'assign-user', '--environment', $environment, '--user', $appId, '--role', 'WiFi Integration', '--application-user')
Write-DwLine "Application $appId holds the WiFi Integration role."
