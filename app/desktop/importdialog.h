// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_IMPORTDIALOG_H
#define VIGIE_IMPORTDIALOG_H

#include "importer.h"
#include "schema.h"

#include <QDialog>
#include <QMap>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QgsProjectionSelectionWidget;

namespace vigie
{
  /**
   * \brief Territory > Import…: the source file (anything GDAL reads), the target layer,
   * the field mapping (source field -> target field, auto-matched by name and title,
   * editable), skip-invalid and a source CRS override. Produces the ImportOptions that
   * vigie-cli import takes; the import itself runs in the background (ImportJob).
   */
  class ImportDialog : public QDialog
  {
      Q_OBJECT
    public:
      ImportDialog( const QList<LayerSchema> &targetLayers, QWidget *parent = nullptr );

      //! Reads the layers and fields of \a path; false with a message when GDAL cannot read it.
      bool setSource( const QString &path, QString *errorMessage = nullptr );
      QString source() const { return mSourcePath; }
      //! Selects the target layer "domain:name".
      bool setTargetLayer( const QString &qualifiedName );
      QString targetLayer() const;

      //! Current mapping: source field -> target field (fields set to "not imported" are absent).
      QMap<QString, QString> fieldMap() const;
      //! Maps \a sourceField to \a targetField (empty: not imported).
      bool setFieldTarget( const QString &sourceField, const QString &targetField );
      void setSkipInvalid( bool skip );
      ImportOptions options() const;

      //! The target field a source field matches by name or title, or an empty string.
      static QString autoMatch( const QString &sourceField, const LayerSchema &target );

    private:
      void browse();
      void sourceLayerChanged();
      void rebuildMapping();
      void updateState();
      const LayerSchema *currentTarget() const;

      QList<LayerSchema> mTargets;
      QString mSourcePath;
      QMap<QString, QStringList> mSourceLayers;
      QLineEdit *mSourceEdit = nullptr;
      QComboBox *mSourceLayerCombo = nullptr;
      QComboBox *mTargetCombo = nullptr;
      QTableWidget *mTable = nullptr;
      QCheckBox *mSkipInvalid = nullptr;
      QCheckBox *mOverrideCrs = nullptr;
      QgsProjectionSelectionWidget *mCrsWidget = nullptr;
      QLabel *mStatus = nullptr;
      QDialogButtonBox *mButtons = nullptr;
  };
} // namespace vigie

#endif
