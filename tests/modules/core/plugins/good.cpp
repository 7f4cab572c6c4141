// SPDX-License-Identifier: GPL-2.0-or-later
// Test plugin for tst_pluginmanager: a valid domain plugin
#include "domainplugin.h"

#include <QObject>

class GoodPlugin : public QObject, public vigie::DomainPlugin
{
  Q_OBJECT
  Q_PLUGIN_METADATA( IID VIGIE_DOMAIN_PLUGIN_IID FILE "good.json" )
  Q_INTERFACES( vigie::DomainPlugin )

public:
  QString id() const override { return QStringLiteral( "testgood" ); }
  QString displayName() const override { return QStringLiteral( "testgood" ); }
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

#include "good.moc"
