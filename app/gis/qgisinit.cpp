// SPDX-License-Identifier: GPL-2.0-or-later
#include "qgisinit.h"

#include "log.h"

#include <qgsapplication.h>
#include <qgsproviderregistry.h>

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace vigie
{
  namespace
  {
    bool sInitialized = false;
  }

  QString QgisInit::prefixPath()
  {
    const QString fromEnvironment = qEnvironmentVariable( "QGIS_PREFIX_PATH" );
    return fromEnvironment.isEmpty() ? QStringLiteral( VIGIE_QGIS_PREFIX ) : fromEnvironment;
  }

  QString QgisInit::pluginPath()
  {
    const QString fromEnvironment = qEnvironmentVariable( "QGIS_PLUGINPATH" );
    if ( !fromEnvironment.isEmpty() )
      return fromEnvironment;
    // the OSGeo4W layout: <prefix>/plugins; Debian: /usr/lib/qgis/plugins
    if ( !qEnvironmentVariableIsEmpty( "QGIS_PREFIX_PATH" ) )
    {
      const QString relocated = QDir( prefixPath() ).filePath( QStringLiteral( "plugins" ) );
      if ( QDir( relocated ).exists() )
        return relocated;
    }
    return QStringLiteral( VIGIE_QGIS_PLUGIN_DIR );
  }

  QString QgisInit::profileFolder()
  {
    const QString fromEnvironment = qEnvironmentVariable( "VIGIE_QGIS_PROFILE" );
    if ( !fromEnvironment.isEmpty() )
      return fromEnvironment;
    return QDir( QStandardPaths::writableLocation( QStandardPaths::GenericDataLocation ) ).filePath( QStringLiteral( "vigie/qgis-profile" ) );
  }

  bool QgisInit::ensureQtPlatform()
  {
    if ( !qEnvironmentVariableIsEmpty( "QT_QPA_PLATFORM" ) )
      return false;
#if defined( Q_OS_UNIX ) && !defined( Q_OS_MACOS )
    if ( qEnvironmentVariableIsEmpty( "DISPLAY" ) && qEnvironmentVariableIsEmpty( "WAYLAND_DISPLAY" ) )
    {
      qputenv( "QT_QPA_PLATFORM", "offscreen" );
      return true;
    }
#endif
    return false;
  }

  bool QgisInit::initQgis( QString *errorMessage )
  {
    if ( sInitialized )
      return true;
    if ( !QCoreApplication::instance() )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie", "QGIS cannot start before its application object exists." );
      return false;
    }
    QgsApplication::setPrefixPath( prefixPath(), true );
    const QString plugins = pluginPath();
    if ( !plugins.isEmpty() && QDir( plugins ).exists() )
      QgsApplication::setPluginPath( plugins );
    QgsApplication::initQgis();
    sInitialized = true;
    if ( !QgsProviderRegistry::instance()->providerList().contains( QStringLiteral( "ogr" ) ) )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie", "The QGIS OGR data provider is not available (QGIS prefix %1, plugins %2)." )
                          .arg( QDir::toNativeSeparators( prefixPath() ), QDir::toNativeSeparators( plugins ) );
      return false;
    }
    logMessage( LogLevel::Debug, QStringLiteral( "qgis" ),
                QStringLiteral( "QGIS %1 started, prefix %2, plugins %3" ).arg( Qgis::version(), prefixPath(), plugins ) );
    return true;
  }

  void QgisInit::exitQgis()
  {
    if ( !sInitialized )
      return;
    QgsApplication::exitQgis();
    sInitialized = false;
  }

  bool QgisInit::isInitialized()
  {
    return sInitialized;
  }
} // namespace vigie
