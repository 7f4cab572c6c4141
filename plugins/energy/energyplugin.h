// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_ENERGYPLUGIN_H
#define VIGIE_ENERGYPLUGIN_H

#include "domainplugin.h"

#include <QObject>

namespace vigie
{
  //! Energy domain: public buildings (footprints) and their meters.
  class EnergyPlugin : public QObject, public DomainPlugin
  {
    Q_OBJECT
    Q_PLUGIN_METADATA( IID VIGIE_DOMAIN_PLUGIN_IID FILE "energy.json" )
    Q_INTERFACES( vigie::DomainPlugin )

  public:
    QString id() const override { return QStringLiteral( "energy" ); }
    QString displayName() const override;
    QList<LayerSchema> layers() const override;
    int schemaVersion() const override { return 1; }
    bool buildDemo( DemoContext &context, QString *errorMessage ) override;
  };
} // namespace vigie

#endif
