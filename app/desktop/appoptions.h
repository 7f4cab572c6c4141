// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_APPOPTIONS_H
#define VIGIE_APPOPTIONS_H

#include <QString>
#include <QStringList>

namespace vigie
{
  //! What the `vigie` command line asked for.
  struct AppOptions
  {
    QString territory;              //!< TERRITORY.gpkg, empty: reopen the last one
    QString language;               //!< "fr", "en" or empty (system locale)
    QString pluginDirectory;        //!< --plugins DIR, empty: the default search paths
    bool exitAfterFirstFrame = false;
    bool helpRequested = false;
    bool versionRequested = false;

    /**
     * Parses \a arguments (argv, program name first). False with a message naming the
     * bad argument when the command line is invalid.
     */
    static bool parse( const QStringList &arguments, AppOptions *options, QString *errorMessage );
    //! The --help text.
    static QString helpText();
  };
} // namespace vigie

#endif
