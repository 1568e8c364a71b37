# Flashes an ESP32 with nanoFramework and this firmware, through nanoff (dotnet tool install -g nanoff).
# The PowerShell twin of flash.sh: same commands, same options. Every nanoff command line is printed first.
#   .\flash.ps1 ports
#   .\flash.ps1 firmware -Port COM5 [-Target ESP32_PSRAM_REV0] [-FwVersion V] [-MassErase]
#   .\flash.ps1 deploy -Port COM5 [-Image path\DeviceFlowFirmware.bin]
#   .\flash.ps1 files -Port COM5 [-Config config.json] [-Ca ca.pem]
#   .\flash.ps1 network -Port COM5 -Ssid MyNetwork [-Ca ca.pem]     (password from $env:WIFI_PASSWORD)
#   .\flash.ps1 all -Port COM5
param(
    [Parameter(Position = 0, Mandatory = $true)]
    [ValidateSet('ports', 'firmware', 'deploy', 'files', 'network', 'all')]
    [string]$Command,
    [string]$Port,
    [string]$Target = 'ESP32_PSRAM_REV0',
    # The nanoCLR image matching the pinned packages; the same value as PINNED_FIRMWARE in flash.sh (README "Firmware").
    [string]$FwVersion = '1.17.0.27',
    [string]$Image,
    [string]$Config,
    [string]$Ca,
    [string]$Ssid,
    [switch]$MassErase
)

$ErrorActionPreference = 'Stop'
$repo = Resolve-Path (Join-Path $PSScriptRoot '..\..')
if (-not $Image) { $Image = Join-Path $repo 'firmware\DeviceFlowFirmware\bin\Release\DeviceFlowFirmware.bin' }
if (-not $Config) { $Config = Join-Path $repo 'firmware\DeviceFlowFirmware\config.json' }

# Not Write-Error: with ErrorActionPreference Stop it would end the script with code 1 before "exit 2".
function Fail([string]$message) { $host.UI.WriteErrorLine("flash.ps1: $message"); exit 2 }

function Invoke-Nanoff([string[]]$arguments) {
    if (-not (Get-Command nanoff -ErrorAction SilentlyContinue)) { Fail 'nanoff not found; install it with: dotnet tool install -g nanoff' }
    Write-Host "+ nanoff $($arguments -join ' ')"
    & nanoff @arguments
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}

function Need-Port { if (-not $Port) { Fail "$Command needs -Port (find it with: .\flash.ps1 ports)" } }

function Need-File([string]$path, [string]$hint) {
    if (-not (Test-Path -PathType Leaf $path)) { Fail "file not found: $path $hint" }
    return (Resolve-Path $path).Path
}

# A temporary JSON file (it may hold the Wi-Fi password), removed right after nanoff has read it.
function Invoke-NanoffWithJson([string]$option, $document) {
    $json = [System.IO.Path]::GetTempFileName()
    try {
        $document | ConvertTo-Json -Depth 5 | Set-Content -Encoding UTF8 $json
        Invoke-Nanoff @('--serialport', $Port, $option, $json)
    }
    finally { Remove-Item -Force $json }
}

function Flash-Firmware {
    Need-Port
    # --fwversion: nanoFirmwareFlasher.Tool/Options.cs L301-306; without it nanoff takes the newest image.
    $arguments = @('--update', '--target', $Target, '--fwversion', $FwVersion, '--serialport', $Port)
    if ($MassErase) { $arguments += '--masserase' }
    Invoke-Nanoff $arguments
}

function Deploy-App {
    Need-Port
    $path = Need-File $Image "(build DeviceFlowFirmware in Release first, see README 'On a real board')"
    Invoke-Nanoff @('--target', $Target, '--serialport', $Port, '--deploy', '--image', $path)
}

function Upload-Files {
    Need-Port
    $files = @(@{ DestinationFilePath = 'I:\config.json'; SourceFilePath = (Need-File $Config '(copy config.sample.json to config.json and fill it in)') })
    if ($Ca) { $files += @{ DestinationFilePath = 'I:\ca.pem'; SourceFilePath = (Need-File $Ca '') } }
    Invoke-NanoffWithJson '--filedeployment' @{ SerialPort = $Port; Files = $files }
}

function Store-Network {
    Need-Port
    if (-not $Ssid) { Fail 'network needs -Ssid' }
    if (-not $env:WIFI_PASSWORD) { Fail 'set $env:WIFI_PASSWORD (kept out of the command line and history)' }
    $document = @{ SerialPort = $Port; WirelessClient = @{ SSID = $Ssid; Password = $env:WIFI_PASSWORD } }
    if ($Ca) { $document.CACertificatesPath = Need-File $Ca '' }
    Invoke-NanoffWithJson '--networkdeployment' $document
}

switch ($Command) {
    'ports' { Invoke-Nanoff @('--listports') }
    'firmware' { Flash-Firmware }
    'deploy' { Deploy-App }
    'files' { Upload-Files }
    'network' { Store-Network }
    'all' { Flash-Firmware; Deploy-App; Upload-Files }
}
