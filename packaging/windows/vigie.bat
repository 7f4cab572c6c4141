@echo off
rem Starts Vigie with the OSGeo4W environment (QGIS, Qt, GDAL, PROJ DLLs on the PATH).
if "%OSGEO4W_ROOT%"=="" set OSGEO4W_ROOT=C:\OSGeo4W
call "%OSGEO4W_ROOT%\bin\o4w_env.bat"
if "%QGIS_PREFIX_PATH%"=="" set QGIS_PREFIX_PATH=%OSGEO4W_ROOT%\apps\qgis-ltr
path %QGIS_PREFIX_PATH%\bin;%PATH%
start "" "%~dp0vigie.exe" %*
