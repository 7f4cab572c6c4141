// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_NEWTERRITORYDIALOG_H
#define VIGIE_NEWTERRITORYDIALOG_H

#include "territory.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QgsProjectionSelectionWidget;

namespace vigie
{
  //! Territory > New…: name, communes, CRS (any CRS PROJ knows, EPSG:2154 by default) and file.
  class NewTerritoryDialog : public QDialog
  {
      Q_OBJECT
    public:
      explicit NewTerritoryDialog( QWidget *parent = nullptr );

      TerritoryInfo info() const;
      QString path() const;
      void setPath( const QString &path );
      void setName( const QString &name );

    private:
      void browse();
      void updateState();
      QLineEdit *mName = nullptr;
      QLineEdit *mCommunes = nullptr;
      QPlainTextEdit *mDescription = nullptr;
      QgsProjectionSelectionWidget *mCrs = nullptr;
      QLineEdit *mPath = nullptr;
      QLabel *mStatus = nullptr;
      QDialogButtonBox *mButtons = nullptr;
  };
} // namespace vigie

#endif
