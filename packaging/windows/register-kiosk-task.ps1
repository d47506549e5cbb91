# Makes a Windows 10/11 account start the kiosk at log-on and start it again whenever it stops.
# UNTESTED: written on Linux, never run on Windows. Run in an elevated PowerShell after installing the .msi:
#
#   powershell -ExecutionPolicy Bypass -File register-kiosk-task.ps1 -User kiosk [-Data D:\exhibit]
#
# What it does: registers a scheduled task "Zhanaozen kiosk" that runs at the account's log-on, restarts the app up
# to 999 times one minute apart if it fails (Task Scheduler's own restart; the app itself never exits in kiosk mode),
# and never stops it for running long, on battery or when idle. It also turns off sleep and the screen timeout on
# mains power. Automatic log-on of the account is set with Sysinternals Autologon (not included) or netplwiz.
# For a fully locked-down machine, use Shell Launcher (Windows Enterprise/Education) with the same command line
# instead of this task: see packaging/README.md.
param(
    [Parameter(Mandatory = $true)][string]$User,
    [string]$Data,
    [string]$App = "$env:ProgramFiles\zhanaozen-kiosk\zhanaozen-kiosk.exe"
)
$ErrorActionPreference = 'Stop'
if (-not (Test-Path $App)) { throw "The kiosk is not installed at $App (install the .msi first)." }

$arguments = if ($Data) { "--data `"$Data`"" } else { '' }
$action = New-ScheduledTaskAction -Execute $App -Argument $arguments
$trigger = New-ScheduledTaskTrigger -AtLogOn -User $User
$settings = New-ScheduledTaskSettingsSet -RestartCount 999 -RestartInterval (New-TimeSpan -Minutes 1) `
    -ExecutionTimeLimit ([TimeSpan]::Zero) -AllowStartIfOnBatteries -DontStopIfGoingOnBatteries `
    -DontStopOnIdleEnd -MultipleInstances IgnoreNew
$principal = New-ScheduledTaskPrincipal -UserId $User -LogonType Interactive -RunLevel Limited
Register-ScheduledTask -TaskName 'Zhanaozen kiosk' -Action $action -Trigger $trigger -Settings $settings `
    -Principal $principal -Force | Out-Null

# No sleep, no screen off, on mains power.
powercfg /change standby-timeout-ac 0
powercfg /change monitor-timeout-ac 0
powercfg /change hibernate-timeout-ac 0
Write-Host "Registered. Set automatic log-on for $User, then restart the machine."
