# Imports the solution (managed by default) with the deployment settings file for its environment variables.
# Safe to re-run: when the same version is installed, nothing is imported.
. (Join-Path $PSScriptRoot 'lib/common.ps1')

$release = Read-DwRelease
$environment, $zip, $settings, $solution, $installed = $release.Environment, $release.Zip, $release.Settings, $release.Solution, $release.Installed

if ($installed -eq $solution.Version) {
    Write-DwLine "$($solution.Name) $($solution.Version) is already installed in $environment; nothing to import."
    exit 0
}
if ($installed -and $solution.Managed) {
    Stop-Dw "$($solution.Name) $installed is installed in $environment; run pac-scripts/upgrade.ps1 to move it to $($solution.Version)."
}

$arguments = @('solution', 'import', '--path', $zip, '--environment', $environment, '--settings-file', $settings, '--activate-plugins')
if (-not $solution.Managed) { $arguments += '--publish-changes' }
Write-DwLine "Importing $($solution.Name) $($solution.Version) ($(if ($solution.Managed) { 'managed' } else { 'unmanaged' })) into $environment, environment variables from $settings."
Invoke-DwPac $arguments
Write-DwLine "Imported $($solution.Name) $($solution.Version)."
