# Upgrades an installed managed solution: imports the new version as a holding solution, then applies the upgrade
# (components the new version no longer has are removed). Safe to re-run: a staged holding solution is applied
# without a second import, and an environment already on the version changes nothing.
. (Join-Path $PSScriptRoot 'lib/common.ps1')

$release = Read-DwRelease
$environment, $zip, $settings, $solution, $installed = $release.Environment, $release.Zip, $release.Settings, $release.Solution, $release.Installed
if (-not $solution.Managed) { Stop-Dw "'$zip' is unmanaged: an upgrade applies to managed solutions; import an unmanaged one with pac-scripts/import.ps1." }

if (-not $installed) { Stop-Dw "$($solution.Name) is not installed in $environment; run pac-scripts/install.ps1." }
if ($installed -eq $solution.Version) {
    Write-DwLine "$($solution.Name) is already at $($solution.Version) in $environment; nothing to upgrade."
    exit 0
}
if ([version] $installed -gt [version] $solution.Version) {
    Stop-Dw "$($solution.Name) $installed in $environment is newer than $($solution.Version); a downgrade is not possible."
}

if (Get-DwInstalledVersion "$($solution.Name)_Upgrade") {
    Write-DwLine "A holding solution $($solution.Name)_Upgrade is already staged in $environment; applying it."
} else {
    Write-DwLine "Staging $($solution.Name) $($solution.Version) as a holding solution over $installed in $environment."
    Invoke-DwPac @('solution', 'import', '--path', $zip, '--environment', $environment, '--settings-file', $settings, '--import-as-holding', '--activate-plugins')
}
Write-DwLine "Applying the upgrade of $($solution.Name) to $($solution.Version)."
Invoke-DwPac @('solution', 'upgrade', '--solution-name', $solution.Name, '--environment', $environment)
Write-DwLine "Upgraded $($solution.Name) from $installed to $($solution.Version)."
