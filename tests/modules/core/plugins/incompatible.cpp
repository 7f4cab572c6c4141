// SPDX-License-Identifier: GPL-2.0-or-later
// Test plugin for tst_pluginmanager: metadata declares interface version 999
#include "domainplugin.h"

#include <QObject>

class IncompatiblePlugin : public QObject, public vigie::DomainPlugin
{
  Q_OBJECT
  Q_PLUGIN_METADATA( IID VIGIE_DOMAIN_PLUGIN_IID FILE "incompatible.json" )
  Q_INTERFACES( vigie::DomainPlugin )

public:
  QString id() const override { return QStringLiteral( "testfuture" ); }
  QString displayName() const override { return QStringLiteral( "testfuture" ); }
  QList<vigie::LayerSchema> layers() const override
  {
    vigie::LayerSchema layer;
    layer.domain = id();
    layer.name = QStringLiteral( "things" );
    layer.title = QStringLiteral( "Things" );
    return { layer };
  }
  int schemaVersion() const override { return 1; }
};

#include "incompatible.moc"
