// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_WELCOMEWIDGET_H
#define VIGIE_WELCOMEWIDGET_H

#include <QStringList>
#include <QWidget>

class QListWidget;
class QLabel;

namespace vigie
{
  //! What the window shows with no territory open: open, create, build a demo, recent files.
  class WelcomeWidget : public QWidget
  {
      Q_OBJECT
    public:
      explicit WelcomeWidget( const QStringList &demoNames, QWidget *parent = nullptr );

      void setRecentTerritories( const QStringList &paths );

    signals:
      void openRequested();
      void newRequested();
      void demoRequested( const QString &demoName );
      void recentRequested( const QString &path );

    private:
      QListWidget *mRecent = nullptr;
      QLabel *mRecentTitle = nullptr;
  };
} // namespace vigie

#endif
