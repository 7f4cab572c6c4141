// SPDX-License-Identifier: GPL-2.0-or-later
// Test plugin for tst_pluginmanager: a Qt plugin of another interface (not a Vigie domain).
#include <QObject>
#include <QtPlugin>

class OtherInterface
{
public:
  virtual ~OtherInterface() = default;
  virtual int answer() const = 0;
};
#define OTHER_INTERFACE_IID "org.example.OtherInterface/1.0"
Q_DECLARE_INTERFACE( OtherInterface, OTHER_INTERFACE_IID )

class OtherPlugin : public QObject, public OtherInterface
{
  Q_OBJECT
  Q_PLUGIN_METADATA( IID OTHER_INTERFACE_IID FILE "otheriid.json" )
  Q_INTERFACES( OtherInterface )

public:
  int answer() const override { return 42; }
};

#include "otheriid.moc"
