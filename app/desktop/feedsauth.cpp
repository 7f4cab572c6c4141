// SPDX-License-Identifier: GPL-2.0-or-later
#include "feedsauth.h"

#include <qgsapplication.h>
#include <qgsauthconfig.h>
#include <qgsauthmanager.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace vigie
{

  bool FeedsAuth::loadFeedConfig( const QString &path, feeds::FeedConfig *config, QString *authcfg, QString *errorMessage )
  {
    const QString shown = QDir::toNativeSeparators( path );
    QFile file( path );
    if ( !file.open( QIODevice::ReadOnly ) )
    {
      if ( errorMessage )
        *errorMessage =
            QCoreApplication::translate( "vigie", "cannot read the feed configuration %1: %2" ).arg( shown, file.errorString() );
      return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson( file.readAll(), &parseError );
    if ( parseError.error != QJsonParseError::NoError || !document.isObject() )
    {
      if ( errorMessage )
        *errorMessage = parseError.error != QJsonParseError::NoError
                            ? QCoreApplication::translate( "vigie", "%1: invalid JSON at byte %2: %3" )
                                  .arg( shown )
                                  .arg( parseError.offset )
                                  .arg( parseError.errorString() )
                            : QCoreApplication::translate( "vigie", "%1: a feed configuration is a JSON object" ).arg( shown );
      return false;
    }
    QJsonObject object = document.object();
    const QJsonValue auth = object.take( QStringLiteral( "authcfg" ) );
    if ( !auth.isUndefined() && !auth.isString() )
    {
      if ( errorMessage )
        *errorMessage =
            QCoreApplication::translate( "vigie", "%1: field \"authcfg\" must be the id of a QGIS authentication configuration (a string)" )
                .arg( shown );
      return false;
    }
    if ( !feeds::FeedConfig::fromJson( object, QFileInfo( path ).absolutePath(), shown, config, errorMessage ) )
      return false;
    if ( authcfg )
      *authcfg = auth.toString();
    return true;
  }

  bool FeedsAuth::credentials( const QString &authcfg, QString *user, QString *password, QString *errorMessage )
  {
    if ( authcfg.isEmpty() )
      return true;
    QgsAuthManager *manager = QgsApplication::authManager();
    if ( !manager || manager->isDisabled() )
    {
      if ( errorMessage )
        *errorMessage =
            QCoreApplication::translate( "vigie", "the QGIS authentication manager is not available (authentication configuration %1)" )
                .arg( authcfg );
      return false;
    }
    if ( !manager->configIds().contains( authcfg ) )
    {
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie", "no QGIS authentication configuration with id %1" ).arg( authcfg );
      return false;
    }
    QgsAuthMethodConfig config;
    // full = true decrypts the secrets: QGIS asks for the master password when it is not set yet
    if ( !manager->loadAuthenticationConfig( authcfg, config, true ) || !config.isValid( true ) )
    {
      if ( errorMessage )
        *errorMessage =
            QCoreApplication::translate( "vigie", "cannot read QGIS authentication configuration %1 (master password not given or wrong)" )
                .arg( authcfg );
      return false;
    }
    if ( config.method() != QLatin1String( "Basic" ) )
    {
      if ( errorMessage )
        *errorMessage =
            QCoreApplication::translate(
                "vigie", "QGIS authentication configuration %1 uses the %2 method; an MQTT feed needs Basic (user name and password)" )
                .arg( authcfg, config.method() );
      return false;
    }
    if ( user )
      *user = config.config( QStringLiteral( "username" ) );
    if ( password )
      *password = config.config( QStringLiteral( "password" ) );
    return true;
  }
} // namespace vigie
