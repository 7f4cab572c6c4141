// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_ALARMSPANEL_H
#define VIGIE_ALARMSPANEL_H

#include "alarms.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QgsMapCanvas;
class QgsProject;

namespace vigie
{
  class FeedsService;

  /**
   * \brief The alarm list: severity, time, asset, sensor, rule and state of every alarm, newest
   * first; acknowledge and clear in the operator's name (the OS user by default, editable);
   * a click zooms the map to the alarm's asset. What it shows and changes lives in the
   * territory file (AlarmEngine, through the FeedsService worker).
   */
  class AlarmsPanel : public QWidget
  {
      Q_OBJECT
    public:
      AlarmsPanel( FeedsService *service, QgsMapCanvas *canvas, QgsProject *project, QWidget *parent = nullptr );

      QTableWidget *table() const { return mTable; }
      //! Operator name written with acknowledge and clear.
      QString userName() const;
      void setUserName( const QString &name );
      //! Shows cleared alarms too (default off).
      void setShowCleared( bool show );

      //! Row of alarm \a id in the table, -1 when not shown.
      int rowOf( qint64 id ) const;
      //! Selects alarm \a id and zooms to its asset (what a click does); false when unknown or not on the map.
      bool activateAlarm( qint64 id );
      bool acknowledgeSelected();
      bool clearSelected();

    Q_SIGNALS:
      //! An alarm was picked: its sensor is the one to chart.
      void sensorSelected( const QString &sensorId );
      void errorOccurred( const QString &message );

    private:
      void refresh();
      qint64 selectedAlarm() const;
      void updateButtons();

      FeedsService *mService = nullptr;
      QgsMapCanvas *mCanvas = nullptr;
      QgsProject *mProject = nullptr;
      QTableWidget *mTable = nullptr;
      QLineEdit *mUser = nullptr;
      QCheckBox *mShowCleared = nullptr;
      QPushButton *mAcknowledge = nullptr;
      QPushButton *mClear = nullptr;
      QLabel *mSummary = nullptr;
  };
} // namespace vigie

#endif
