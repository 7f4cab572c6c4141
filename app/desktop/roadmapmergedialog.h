// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_ROADMAPMERGEDIALOG_H
#define VIGIE_ROADMAPMERGEDIALOG_H

#include "merge.h"
#include "roadmap.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace vigie
{
  /**
   * \brief Three-way merge of roadmap files in the GUI, the same merge as
   * `vigie-cli roadmap merge`: choose BASE, OURS and THEIRS, see the conflicts, resolve each
   * (keep mine, keep theirs, edit), save the result atomically to a new file (never an input).
   */
  class RoadmapMergeDialog : public QDialog
  {
      Q_OBJECT
    public:
      explicit RoadmapMergeDialog( QWidget *parent = nullptr );

      void setPaths( const QString &base, const QString &ours, const QString &theirs );
      //! Reads the three files and merges them; false with a message naming the file.
      bool merge( QString *errorMessage = nullptr );
      //! Resolves the conflict of table row \a row (edited: a JSON value, for Edit).
      bool resolve( int row, roadmap::Resolution resolution, const QJsonValue &edited = QJsonValue(), QString *errorMessage = nullptr );
      //! Saves the merged roadmap atomically; refuses one of the inputs.
      bool save( const QString &path, QString *errorMessage = nullptr );

      bool hasResult() const { return mHasResult; }
      const roadmap::Roadmap &merged() const { return mMerged; }
      QTableWidget *conflictTable() const { return mTable; }
      QString summaryText() const;
      //! The last file saved (empty until then).
      QString savedPath() const { return mSavedPath; }

    private:
      void refresh();
      void browse( QLineEdit *edit );
      void resolveSelected( roadmap::Resolution resolution );
      void editSelected();
      void saveDialog();
      void showError( const QString &message );

      QLineEdit *mBase = nullptr;
      QLineEdit *mOurs = nullptr;
      QLineEdit *mTheirs = nullptr;
      QTableWidget *mTable = nullptr;
      QLabel *mSummary = nullptr;
      QLabel *mError = nullptr;
      QPushButton *mKeepMine = nullptr;
      QPushButton *mKeepTheirs = nullptr;
      QPushButton *mEdit = nullptr;
      QPushButton *mSave = nullptr;
      roadmap::Roadmap mMerged;
      roadmap::MergeResult mResult;
      bool mHasResult = false;
      QString mSavedPath;
  };
} // namespace vigie

#endif
