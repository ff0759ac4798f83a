# The whole installation, in order: sign in, import, secrets, the platform's application user, smoke test.
# Each step is safe to re-run, so the whole is too.
$ErrorActionPreference = 'Stop'

foreach ($step in 'sign-in', 'import', 'set-secrets', 'create-app-user', 'smoke-test') {
    [Console]::Out.WriteLine("== $step")
    $global:LASTEXITCODE = 0
    & (Join-Path $PSScriptRoot "$step.ps1")
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}
[Console]::Out.WriteLine('== installed: give the WiFi platform the environment URL, the tenant id and its application id (docs/admin.md)')
