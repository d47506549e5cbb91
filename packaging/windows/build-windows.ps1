# Builds the Windows installer (.msi) of the kiosk, with its own Java runtime, JavaFX and the bundled content.
# UNTESTED: written and reviewed on Linux, never run on Windows. Mirrors packaging/build-linux.sh, which is tested.
#
# Needs: JDK 17+ (with jpackage) on PATH or in JAVA_HOME, Maven on PATH, and WiX Toolset 3.x (candle.exe, light.exe
# on PATH: jpackage 17 uses WiX 3 to build an .msi). From the project folder, in PowerShell:
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build-windows.ps1
#
# Output: target\packaging\zhanaozen-kiosk-<version>.msi (installs to C:\Program Files\zhanaozen-kiosk).
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..\..')

$name = 'zhanaozen-kiosk'
$out = 'target\packaging'
$inputDir = "$out\input"
$jdkBin = if ($env:JAVA_HOME) { Join-Path $env:JAVA_HOME 'bin' } else { Split-Path (Get-Command jpackage).Source }

foreach ($tool in @('mvn', 'candle', 'light')) {
    if (-not (Get-Command $tool -ErrorAction SilentlyContinue)) { throw "Cannot build the .msi: $tool is not on PATH." }
}

Write-Host '== Maven: the jar and its runtime dependencies (Maven picks JavaFX''s -win jars on Windows)'
if (Test-Path $out) { Remove-Item -Recurse -Force $out }
mvn -B -q -DskipTests package dependency:copy-dependencies -DincludeScope=runtime "-DoutputDirectory=$inputDir"
if ($LASTEXITCODE -ne 0) { throw 'Maven failed' }
$version = ((Get-Content 'target\classes\org\zhanaozen\kiosk\version.properties') -match '^version=' -replace '^version=', '')
Copy-Item "target\$name-$version.jar" $inputDir
Copy-Item -Recurse data "$inputDir\data"

$modules = (& "$jdkBin\jdeps.exe" --multi-release 17 --ignore-missing-deps --print-module-deps --class-path "$inputDir\*" (Get-ChildItem "$inputDir\*.jar").FullName | Select-Object -Last 1) + ',java.logging'

Write-Host "== jpackage: .msi $name $version"
& "$jdkBin\jpackage.exe" --type msi `
    --name $name --app-version $version `
    --vendor 'Zhanaozen exhibition' `
    --description 'Offline exhibition kiosk on the 2011 Zhanaozen oil workers'' strike' `
    --copyright 'GPL-3.0-or-later' `
    --dest $out --input $inputDir `
    --main-jar "$name-$version.jar" --main-class org.zhanaozen.kiosk.Launcher `
    --add-modules $modules `
    --java-options '-Dkiosk.data=$APPDIR\data' `
    --java-options '-Xmx512m' --java-options '-XX:SoftRefLRUPolicyMSPerMB=100' `
    --icon packaging\icon\zhanaozen-kiosk.ico `
    --license-file LICENSE `
    --win-menu --win-menu-group 'Zhanaozen' --win-shortcut `
    --win-dir-chooser `
    --win-upgrade-uuid 'b1f4f0b2-5d3e-4c1a-9a57-2f0d3c6e9a11'
if ($LASTEXITCODE -ne 0) { throw 'jpackage failed' }
Get-ChildItem "$out\*.msi"
