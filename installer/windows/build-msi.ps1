# Builds the Windows installer of 残疾人就业帮扶台账 into target\installer\ (an .msi).
# Needs: JDK 17 (JAVA_HOME, or java on the PATH), Maven (mvn on the PATH), WiX Toolset 3
# (candle.exe and light.exe on the PATH). Run from a PowerShell window:
#   powershell -ExecutionPolicy Bypass -File installer\windows\build-msi.ps1
# This file is UTF-8 with a byte-order mark, so that Windows PowerShell 5 reads the Chinese right.
# Arguments with a dot or a comma are quoted: PowerShell would split them before the program sees them.
$ErrorActionPreference = 'Stop'
Set-Location (Resolve-Path "$PSScriptRoot\..\..")

$Name        = '残疾人就业帮扶台账'
$Vendor      = 'Yanshan Ledger'
$Description = '砚山县残疾人就业帮扶台账'
# Never change this: Windows finds the installed version by it and upgrades it in place.
$UpgradeUuid = '2a13a0db-ba9c-45fe-94c9-4ed06226add3'
$Out         = 'target\installer'

# The Chinese name reaches jpackage and WiX through the ANSI code page, which must hold it.
$codePage = [System.Text.Encoding]::Default.CodePage
if ($codePage -notin 936, 54936, 65001) {
    throw "The system code page is $codePage. Set 'Language for non-Unicode programs' to Chinese (Simplified, PRC) in Region settings, restart, and run again."
}

$jdk = if ($env:JAVA_HOME) { Join-Path $env:JAVA_HOME 'bin' } else { Split-Path (Get-Command java.exe).Source }
foreach ($tool in 'jlink.exe', 'jpackage.exe') {
    if (-not (Test-Path (Join-Path $jdk $tool))) { throw "$tool not found in ${jdk}: set JAVA_HOME to a JDK 17." }
}
if (-not (Get-Command light.exe -ErrorAction SilentlyContinue)) {
    throw 'WiX Toolset 3 not found: install it and put its bin folder on the PATH.'
}

Write-Host '==> mvn package'
mvn -B -q -DskipTests package
if ($LASTEXITCODE -ne 0) { throw 'mvn package failed.' }

# Windows versions are numbers only: 0.2.0-SNAPSHOT is built as 0.2.0
$version = ([xml](Get-Content pom.xml -Encoding UTF8)).project.version -replace '-.*$', ''
$modules = (Get-Content installer\jlink-modules.txt | Where-Object { $_ -match '^[a-z]' }) -join ','

Write-Host "==> jlink $modules"
Remove-Item -Recurse -Force "$Out\runtime", "$Out\input" -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force "$Out\input" | Out-Null
Copy-Item target\ledger.jar "$Out\input\"
& (Join-Path $jdk 'jlink.exe') --add-modules $modules '--include-locales=en,zh' `
    --strip-debug --no-header-files --no-man-pages --generate-cds-archive --output "$Out\runtime"
if ($LASTEXITCODE -ne 0) { throw 'jlink failed.' }

Write-Host "==> jpackage msi $version"
# JVM options for a one-user desktop program: small heap that grows as needed, serial GC, C1 only
# (docs/decisions/0008-jvm-options.md).
# -J-Duser.language=zh: jpackage then uses its Chinese WiX strings (code page 936): Chinese installer
# dialogs, and WiX accepts the Chinese name.
& (Join-Path $jdk 'jpackage.exe') '-J-Duser.language=zh' '-J-Duser.country=CN' `
    --type msi --dest $Out `
    --name $Name --app-version $version --vendor $Vendor --description $Description `
    --icon installer\icons\ledger.ico `
    --input "$Out\input" --main-jar ledger.jar --main-class cn.yanshan.ledger.Launcher `
    --runtime-image "$Out\runtime" `
    --java-options '-Dfile.encoding=UTF-8' `
    --java-options '-Xms32m' --java-options '-Xmx256m' `
    --java-options '-XX:MinHeapFreeRatio=70' --java-options '-XX:MaxHeapFreeRatio=90' `
    --java-options '-XX:+UseSerialGC' --java-options '-XX:TieredStopAtLevel=1' `
    --add-launcher 'ledger-console=installer\windows\console.properties' `
    --win-per-user-install --win-dir-chooser `
    --win-menu --win-menu-group $Name --win-shortcut `
    --win-upgrade-uuid $UpgradeUuid
if ($LASTEXITCODE -ne 0) { throw 'jpackage failed.' }

Get-ChildItem "$Out\*.msi" | ForEach-Object { '{0}  {1:N1} MiB' -f $_.FullName, ($_.Length / 1MB) }
