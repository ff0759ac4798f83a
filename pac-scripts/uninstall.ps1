# Uninstalls the managed solution: Dataverse then deletes its tables with every row (WiFi sessions, ingest batches,
# secrets) and its columns on contact. Asks for DYNAMICSWIFI_CONFIRM_UNINSTALL set to the solution's name.
# Safe to re-run: a solution that is not installed is reported, not an error.
. (Join-Path $PSScriptRoot 'lib/common.ps1')

Assert-DwSignedIn
$environment = Get-DwEnvironmentUrl
$name = 'DynamicsWifi'
$installed = Get-DwInstalledVersion $name
if (-not $installed) {
    Write-DwLine "$name is not installed in $environment; nothing to uninstall."
    exit 0
}
if ($env:DYNAMICSWIFI_CONFIRM_UNINSTALL -ne $name) {
    Stop-Dw "uninstalling $name $installed deletes every WiFi session, ingest batch and secret and the WiFi columns of contact in $environment. Set DYNAMICSWIFI_CONFIRM_UNINSTALL=$name to go ahead."
}
Write-DwLine "Uninstalling $name $installed from ${environment}: its tables, their rows and its contact columns are deleted."
Invoke-DwPac @('solution', 'delete', '--solution-name', $name, '--environment', $environment)
Write-DwLine "Uninstalled $name."
