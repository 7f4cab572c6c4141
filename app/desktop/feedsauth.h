// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_FEEDSAUTH_H
#define VIGIE_FEEDSAUTH_H

#include "feedconfig.h"

#include <QString>

namespace vigie
{
  /**
   * \brief Feed configurations in the app and their broker credentials from the QGIS
   * authentication manager. The feed file names a QGIS authentication configuration by its
   * id ("authcfg": "abc1234", a Basic user/password configuration made in QGIS settings or
   * the app's Authentication dialog); the password itself never appears in the file nor in
   * the territory: it is read from the encrypted QGIS authentication database (master
   * password asked by QGIS) when the feed starts, and kept in memory only.
   */
  class FeedsAuth
  {
    public:
      //! Reads a feed configuration file; the optional "authcfg" field (app only) goes to \a authcfg.
      static bool loadFeedConfig( const QString &path, feeds::FeedConfig *config, QString *authcfg, QString *errorMessage );
      /**
       * \brief User name and password of QGIS authentication configuration \a authcfg (Basic
       * method). An empty \a authcfg gives no credentials and succeeds. False with the reason when
       * the authentication manager is disabled, the master password is not given or the id is unknown.
       */
      static bool credentials( const QString &authcfg, QString *user, QString *password, QString *errorMessage );
  };
} // namespace vigie

#endif
