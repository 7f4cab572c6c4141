// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_LIGHTINGPLUGIN_H
#define VIGIE_LIGHTINGPLUGIN_H

#include "domainplugin.h"

#include <QObject>

namespace vigie
{
  //! Street-lighting domain: luminaires and the cabinets (armoires) feeding their circuits.
  class LightingPlugin : public QObject, public DomainPlugin
  {
    Q_OBJECT
    Q_PLUGIN_METADATA( IID VIGIE_DOMAIN_PLUGIN_IID FILE "lighting.json" )
    Q_INTERFACES( vigie::DomainPlugin )

  public:
    //! Version 2 split the control-gear loss from the lamp power and added the control protocol.
    static constexpr int kSchemaVersion = 2;

    QString id() const override { return QStringLiteral( "lighting" ); }
    QString displayName() const override;
    QList<LayerSchema> layers() const override;
    int schemaVersion() const override { return kSchemaVersion; }
    QList<Migration> migrations() const override;
    bool buildDemo( DemoContext &context, QString *errorMessage ) override;
    //! `vigie-cli lighting optimise|classes|maintenance ...` (modules/lighting/lightingcli.h).
    QList<CliCommand> cliCommands() const override;
    //! Review deck: savings, retrofit plan, before/after map, classes (lightingreview.cpp).
    QList<review::Slide> reviewSlides( const review::ReviewContext &context, QString *errorMessage ) const override;
  };
} // namespace vigie

#endif
