// SPDX-License-Identifier: GPL-2.0-or-later
// Test plugin for tst_pluginmanager: its code says id testcode, its metadata testmeta
#include "domainplugin.h"

#include <QObject>

class MismatchPlugin : public QObject, public vigie::DomainPlugin
{
  Q_OBJECT
  Q_PLUGIN_METADATA( IID VIGIE_DOMAIN_PLUGIN_IID FILE "idmismatch.json" )
  Q_INTERFACES( vigie::DomainPlugin )

public:
  QString id() const override { return QStringLiteral( "testcode" ); }
  QString displayName() const override { return QStringLiteral( "testcode" ); }
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

#include "idmismatch.moc"
