// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_LOGPANEL_H
#define VIGIE_LOGPANEL_H

#include "log.h"

#include <QWidget>

class QTreeWidget;

namespace vigie
{
  /**
   * \brief The log panel: every vigie::logMessage of the session (time, level, topic,
   * message). Installs a log sink; messages from worker threads are queued to the GUI thread.
   */
  class LogPanel : public QWidget
  {
      Q_OBJECT
    public:
      explicit LogPanel( QWidget *parent = nullptr );
      ~LogPanel() override;

      int messageCount() const;
      //! Text of message \a row ("topic: message").
      QString message( int row ) const;

    public slots:
      void addMessage( int level, const QString &topic, const QString &message );

    signals:
      //! A warning or a critical message arrived (the main window echoes it in the status bar).
      void problemLogged( const QString &text );

    private:
      QTreeWidget *mTree = nullptr;
      int mSinkId = -1;
  };
} // namespace vigie

#endif
