# Shared by the pac-scripts (PowerShell 7): checks, settings from environment variables, pac and Web API calls.
# Dot-sourced, never run. Every value comes from an environment variable named in pac-scripts/README.md; no secret is
# ever passed on a command line of ours or printed.

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$DwScripts = Split-Path -Parent $PSScriptRoot
$DwRepo = Split-Path -Parent $DwScripts

function Write-DwLine([string] $Text) { [Console]::Out.WriteLine($Text) }

function Stop-Dw([string] $Text) {
    [Console]::Error.WriteLine("error: $Text")
    exit 1
}

function Assert-DwPac {
    if (-not (Get-Command pac -ErrorAction SilentlyContinue)) {
        Stop-Dw "the Power Platform CLI ('pac') was not found on PATH. Install it (https://learn.microsoft.com/power-platform/developer/cli/introduction), open a new shell, and run this script again."
    }
}

function Get-DwVariable([string] $Name, [string] $Hint = 'See pac-scripts/README.md for what it holds.') {
    $value = [Environment]::GetEnvironmentVariable($Name)
    if ([string]::IsNullOrEmpty($value)) { Stop-Dw "$Name is not set. $Hint" }
    $value
}

# The environment URL without a trailing slash, lowercased: https://contoso.crm4.dynamics.com
function Get-DwEnvironmentUrl {
    $url = (Get-DwVariable DYNAMICSWIFI_ENVIRONMENT_URL "Set it to the environment's URL, for example https://contoso.crm4.dynamics.com.").TrimEnd('/')
    if (-not $url.StartsWith('https://')) { Stop-Dw "DYNAMICSWIFI_ENVIRONMENT_URL must start with https:// (got '$url')." }
    $url.ToLowerInvariant()
}

# True when pac's active profile (pac env who, without --environment) reports the organization at $Url.
function Test-DwSignedIn([string] $Url) {
    $who = & pac env who 2>&1 | Out-String
    ($LASTEXITCODE -eq 0) -and $who.ToLowerInvariant().Contains($Url)
}

# Stops unless pac's active profile is connected to DYNAMICSWIFI_ENVIRONMENT_URL, so nothing lands in the wrong environment.
function Assert-DwSignedIn {
    Assert-DwPac
    $expected = Get-DwEnvironmentUrl
    $who = & pac env who 2>&1 | Out-String
    if ($LASTEXITCODE -ne 0) {
        Stop-Dw "pac is not signed in to $expected (pac env who said: $(($who -split "`n" | Select-Object -First 3) -join ' ')). Run pac-scripts/sign-in.ps1 first."
    }
    if (-not $who.ToLowerInvariant().Contains($expected)) {
        Stop-Dw "pac is signed in to another environment than $expected (pac env who: $($who -replace "`r?`n", ' ')). Run pac-scripts/sign-in.ps1, or pac auth select the right profile."
    }
}

function Invoke-DwPac([string[]] $Arguments) {
    & pac @Arguments
    if ($LASTEXITCODE -ne 0) { Stop-Dw "pac $($Arguments[0]) $($Arguments[1]) failed (exit code $LASTEXITCODE)." }
}

function Get-DwSolutionZip {
    $package = if ($env:DYNAMICSWIFI_PACKAGE) { $env:DYNAMICSWIFI_PACKAGE } else { 'managed' }
    $default = switch ($package) {
        'managed' { Join-Path $DwRepo 'artifacts/solution/DynamicsWifiSolution_managed.zip' }
        'unmanaged' { Join-Path $DwRepo 'artifacts/solution/DynamicsWifiSolution.zip' }
        default { Stop-Dw "DYNAMICSWIFI_PACKAGE must be managed or unmanaged (got '$package')." }
    }
    $zip = if ($env:DYNAMICSWIFI_SOLUTION_ZIP) { $env:DYNAMICSWIFI_SOLUTION_ZIP } else { $default }
    if (-not (Test-Path -PathType Leaf $zip)) {
        Stop-Dw "solution zip '$zip' not found. Download the release zips, or build them with 'dotnet build DynamicsWifiSolution.sln', or set DYNAMICSWIFI_SOLUTION_ZIP."
    }
    $zip
}

function Get-DwSettingsFile {
    $file = if ($env:DYNAMICSWIFI_SETTINGS_FILE) { $env:DYNAMICSWIFI_SETTINGS_FILE } else { Join-Path $DwScripts 'settings/deployment-settings.template.json' }
    if (-not (Test-Path -PathType Leaf $file)) { Stop-Dw "deployment settings file '$file' not found (DYNAMICSWIFI_SETTINGS_FILE)." }
    try { $settings = Get-Content -Raw $file | ConvertFrom-Json } catch { $settings = $null }
    if ($null -eq $settings -or -not ($settings.PSObject.Properties.Name -contains 'EnvironmentVariables') -or $settings.EnvironmentVariables -isnot [array]) {
        Stop-Dw "deployment settings file '$file' is not in the format pac solution create-settings writes (an EnvironmentVariables array)."
    }
    $file
}

# Name, Version and Managed from the zip's solution.xml.
function Read-DwSolutionZip([string] $Zip) {
    Add-Type -AssemblyName System.IO.Compression.FileSystem
    try {
        $archive = [System.IO.Compression.ZipFile]::OpenRead((Resolve-Path $Zip).Path)
        try {
            $entry = $archive.GetEntry('solution.xml')
            if ($null -eq $entry) { Stop-Dw "'$Zip' is not a solution zip (no solution.xml inside)." }
            $reader = [System.IO.StreamReader]::new($entry.Open())
            try { [xml] $manifest = $reader.ReadToEnd() } finally { $reader.Dispose() }
        } finally { $archive.Dispose() }
    } catch [System.IO.InvalidDataException] { Stop-Dw "'$Zip' is not a solution zip." }
    $solution = $manifest.ImportExportXml.SolutionManifest
    [pscustomobject] @{ Name = $solution.UniqueName; Version = $solution.Version; Managed = ($solution.Managed -eq '1') }
}

# For import and upgrade: checks pac is on the environment, then answers Environment, Zip, Settings, Solution (of the
# zip) and Installed (the version the environment holds, $null when none).
function Read-DwRelease {
    Assert-DwSignedIn
    $zip = Get-DwSolutionZip
    $solution = Read-DwSolutionZip $zip
    [pscustomobject] @{
        Environment = Get-DwEnvironmentUrl; Zip = $zip; Settings = Get-DwSettingsFile; Solution = $solution
        Installed = Get-DwInstalledVersion $solution.Name
    }
}

# The version of solution $Name installed in the environment ($null when it is not), from pac solution list.
function Get-DwInstalledVersion([string] $Name) {
    $listing = & pac solution list --environment (Get-DwEnvironmentUrl)
    if ($LASTEXITCODE -ne 0) { Stop-Dw 'pac solution list failed.' }
    foreach ($line in $listing) {
        $words = -split $line
        if ($words.Count -gt 1 -and $words[0] -eq $Name) {
            return $words | Select-Object -Skip 1 | Where-Object { $_ -match '^\d+(\.\d+)+$' } | Select-Object -First 1
        }
    }
    $null
}

function New-DwRandomHex([int] $Bytes) {
    [Convert]::ToHexString([System.Security.Cryptography.RandomNumberGenerator]::GetBytes($Bytes)).ToLowerInvariant()
}

function Get-DwSha256Hex([string] $Text) {
    [Convert]::ToHexString([System.Security.Cryptography.SHA256]::HashData([System.Text.Encoding]::UTF8.GetBytes($Text))).ToLowerInvariant()
}

# A token for the Web API with the client-credentials flow (pac hands out none); the secret goes in the form body.
function Connect-DwWebApi([string] $ClientId, [string] $SecretVariable) {
    $tenant = Get-DwVariable DYNAMICSWIFI_TENANT_ID 'Set it to the Microsoft Entra tenant id of the environment.'
    $secret = Get-DwVariable $SecretVariable
    $authority = if ($env:DYNAMICSWIFI_AUTHORITY_HOST) { $env:DYNAMICSWIFI_AUTHORITY_HOST.TrimEnd('/') } else { 'https://login.microsoftonline.com' }
    $endpoint = "$authority/$tenant/oauth2/v2.0/token"
    try {
        $answer = Invoke-WebRequest -Method Post -Uri $endpoint -SkipHttpErrorCheck -Body @{
            grant_type = 'client_credentials'; client_id = $ClientId; client_secret = $secret; scope = "$(Get-DwEnvironmentUrl)/.default"
        }
    } catch { Stop-Dw "could not reach the token endpoint $endpoint ($($_.Exception.Message))." }
    $json = try { $answer.Content | ConvertFrom-Json } catch { $null }
    if ($answer.StatusCode -ne 200) {
        $reason = if ($json) { "$($json.error) $($json.error_description)" } else { '' }
        Stop-Dw "the token endpoint refused client $ClientId (HTTP $($answer.StatusCode)): $reason"
    }
    @{ Authorization = "Bearer $($json.access_token)" }
}

# Calls the Web API; answers Status and Body (parsed JSON, or $null).
function Invoke-DwWebApi([hashtable] $Session, [string] $Method, [string] $Path, $Body = $null, [hashtable] $Headers = @{}) {
    $all = @{ Accept = 'application/json'; 'OData-MaxVersion' = '4.0'; 'OData-Version' = '4.0' } + $Session + $Headers
    $parameters = @{ Method = $Method; Uri = "$(Get-DwEnvironmentUrl)/api/data/v9.2/$Path"; Headers = $all; SkipHttpErrorCheck = $true }
    if ($null -ne $Body) {
        $parameters.Body = [System.Text.Encoding]::UTF8.GetBytes(($Body | ConvertTo-Json -Compress))
        $parameters.ContentType = 'application/json; charset=utf-8'
    }
    try { $answer = Invoke-WebRequest @parameters } catch { Stop-Dw "could not reach $($parameters.Uri) ($($_.Exception.Message))." }
    $json = if ($answer.Content) { try { $answer.Content | ConvertFrom-Json } catch { $null } } else { $null }
    [pscustomobject] @{ Status = [int] $answer.StatusCode; Body = $json }
}

function Get-DwWebApiError($Answer) {
    if ($Answer.Body -and $Answer.Body.PSObject.Properties.Name -contains 'error') { $Answer.Body.error.message } else { '' }
}
