# Signs pac in to the environment: as the deployment's service principal when DYNAMICSWIFI_CLIENT_ID is set, else
# interactively (device code) for a developer. Safe to re-run: an active profile already on the environment is kept.
. (Join-Path $PSScriptRoot 'lib/common.ps1')

Assert-DwPac
$environment = Get-DwEnvironmentUrl

if (Test-DwSignedIn $environment) {
    Write-DwLine "pac is already signed in to $environment; nothing to change."
    exit 0
}

if ($env:DYNAMICSWIFI_CLIENT_ID) {
    $tenant = Get-DwVariable DYNAMICSWIFI_TENANT_ID 'Set it to the Microsoft Entra tenant id of the environment.'
    $secret = Get-DwVariable DYNAMICSWIFI_CLIENT_SECRET "Set it to the deployment app registration's client secret."
    Write-DwLine "Creating pac auth profile 'dynamicswifi' for $environment as application $($env:DYNAMICSWIFI_CLIENT_ID) (service principal)."
    # pac takes the secret only as an argument (learn.microsoft.com/power-platform/developer/cli/reference/auth):
    # run this on a build agent or a machine no one else is logged on to.
    Invoke-DwPac @('auth', 'create', '--name', 'dynamicswifi', '--environment', $environment, '--tenant', $tenant, '--applicationId', $env:DYNAMICSWIFI_CLIENT_ID, '--clientSecret', $secret)
} else {
    Write-DwLine "Creating pac auth profile 'dynamicswifi' for $environment interactively (device code): follow pac's instructions."
    Invoke-DwPac @('auth', 'create', '--name', 'dynamicswifi', '--environment', $environment, '--deviceCode')
}

Assert-DwSignedIn
Write-DwLine "Signed in to $environment."
