@echo off
rem Runs the mnr command with the jars in lib\ beside this script's folder, wherever the zip was unpacked.
rem Java: %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, else the java on the PATH (17 or newer).
rem Extra JVM options (e.g. -Xmx2g) may be given in MNR_JAVA_OPTS.
setlocal
set "MNR_HOME=%~dp0.."
if defined JAVA_HOME (
  set "MNR_JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  set "MNR_JAVA=java"
)
rem %* passes the arguments exactly as typed, quotes and spaces included.
"%MNR_JAVA%" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 %MNR_JAVA_OPTS% -cp "%MNR_HOME%\lib\*" org.mnr.cli.Mnr %*
exit /b %ERRORLEVEL%
