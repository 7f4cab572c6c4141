// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_IMPORTREPORTDIALOG_H
#define VIGIE_IMPORTREPORTDIALOG_H

#include "importer.h"

#include <QDialog>

class QTableWidget;

namespace vigie
{
  //! What an import did: imported count, or why it was cancelled or rolled back, and every rejected row (row, field, reason).
  class ImportReportDialog : public QDialog
  {
      Q_OBJECT
    public:
      ImportReportDialog( const QString &source, const QString &layerTitle, const ImportResult &result, QWidget *parent = nullptr );

      //! One line summary, also shown in the status bar.
      static QString summary( const QString &layerTitle, const ImportResult &result );
      QTableWidget *issuesTable() const { return mTable; }

    private:
      QTableWidget *mTable = nullptr;
  };
} // namespace vigie

#endif
