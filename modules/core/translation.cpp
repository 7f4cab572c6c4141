// SPDX-License-Identifier: GPL-2.0-or-later
#include "translation.h"

#include "log.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace vigie
{
  QStringList availableLanguages()
  {
    return { QStringLiteral( "fr" ), QStringLiteral( "en" ) };
  }

  QString chooseLanguage( const QString &requested, QString *errorMessage )
  {
    if ( !requested.isEmpty() )
    {
      const QString lang = requested.toLower();
      if ( availableLanguages().contains( lang ) )
        return lang;
      if ( errorMessage )
        *errorMessage = QCoreApplication::translate( "vigie", "unknown language \"%1\" (available: %2)" )
                          .arg( requested, availableLanguages().join( QStringLiteral( ", " ) ) );
      return QString();
    }
    return QLocale::system().language() == QLocale::French ? QStringLiteral( "fr" ) : QStringLiteral( "en" );
  }

  QStringList translationSearchPaths()
  {
    QStringList paths;
    const QString env = qEnvironmentVariable( "VIGIE_TRANSLATIONS" );
    if ( !env.isEmpty() )
      paths << env;
    if ( QCoreApplication::instance() )
      paths << QDir::cleanPath( QCoreApplication::applicationDirPath() + QStringLiteral( "/../share/vigie/translations" ) );
#ifdef VIGIE_BUILD_TRANSLATIONS_DIR
    paths << QStringLiteral( VIGIE_BUILD_TRANSLATIONS_DIR );
#endif
    return paths;
  }

  bool installTranslators( const QString &language, QString *errorMessage )
  {
    if ( language == QLatin1String( "en" ) )
      return true;
    auto *app = QCoreApplication::instance();
    if ( !app )
      return false;
    bool found = false;
    for ( const QString &dir : translationSearchPaths() )
    {
      auto *translator = new QTranslator( app );
      if ( translator->load( QStringLiteral( "vigie_" ) + language, dir ) )
      {
        QCoreApplication::installTranslator( translator );
        found = true;
        break;
      }
      delete translator;
    }
    // Qt's own strings (standard buttons, dialogs) in the same language
#if QT_VERSION >= QT_VERSION_CHECK( 6, 0, 0 )
    const QString qtDir = QLibraryInfo::path( QLibraryInfo::TranslationsPath );
#else
    const QString qtDir = QLibraryInfo::location( QLibraryInfo::TranslationsPath );
#endif
    auto *qtTranslator = new QTranslator( app );
    if ( qtTranslator->load( QStringLiteral( "qtbase_" ) + language, qtDir ) )
      QCoreApplication::installTranslator( qtTranslator );
    else
      delete qtTranslator;
    if ( !found )
    {
      const QString message = QStringLiteral( "no translation vigie_%1.qm in %2" ).arg( language, translationSearchPaths().join( QStringLiteral( ", " ) ) );
      logMessage( LogLevel::Warning, QStringLiteral( "i18n" ), message );
      if ( errorMessage )
        *errorMessage = message;
    }
    return found;
  }
} // namespace vigie
