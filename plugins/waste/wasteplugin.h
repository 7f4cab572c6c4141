// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_WASTEPLUGIN_H
#define VIGIE_WASTEPLUGIN_H

#include "domainplugin.h"

#include <QObject>

namespace vigie
{
  //! Waste-collection domain: containers and collection rounds.
  class WastePlugin : public QObject, public DomainPlugin
  {
    Q_OBJECT
    Q_PLUGIN_METADATA( IID VIGIE_DOMAIN_PLUGIN_IID FILE "waste.json" )
    Q_INTERFACES( vigie::DomainPlugin )

  public:
    QString id() const override { return QStringLiteral( "waste" ); }
    QString displayName() const override;
    QList<LayerSchema> layers() const override;
    int schemaVersion() const override { return 1; }
    bool buildDemo( DemoContext &context, QString *errorMessage ) override;
  };
} // namespace vigie

#endif
