// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_TRANSLATION_H
#define VIGIE_TRANSLATION_H

#include "vigie_core_export.h"

#include <QString>
#include <QStringList>

namespace vigie
{
  //! Languages Vigie ships: "fr" and "en".
  VIGIE_CORE_EXPORT QStringList availableLanguages();

  /**
   * The language to use: \a requested when it is one of availableLanguages(), else French
   * when the system locale is French, else English. An unknown \a requested gives an
   * empty string and the reason in \a errorMessage.
   */
  VIGIE_CORE_EXPORT QString chooseLanguage( const QString &requested, QString *errorMessage = nullptr );

  //! Folders searched for vigie_<lang>.qm: $VIGIE_TRANSLATIONS, <app>/../share/vigie/translations, the build tree.
  VIGIE_CORE_EXPORT QStringList translationSearchPaths();

  /**
   * Installs the translators of \a language (Vigie's own and Qt's) on the application.
   * English needs none (the source strings are English). False when the .qm is missing.
   */
  VIGIE_CORE_EXPORT bool installTranslators( const QString &language, QString *errorMessage = nullptr );
} // namespace vigie

#endif
