// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_WATERPLUGIN_H
#define VIGIE_WATERPLUGIN_H

#include "domainplugin.h"

#include <QObject>

namespace vigie
{
  /**
   * \brief Drinking-water domain: the nodes and links of an EPANET network model.
   * Pumps and valves are links (LineString from node1 to node2), as in EPANET: the
   * topology a solver needs stays in the data, and the style draws the device symbol
   * at the middle of the link.
   */
  class WaterPlugin : public QObject, public DomainPlugin
  {
    Q_OBJECT
    Q_PLUGIN_METADATA( IID VIGIE_DOMAIN_PLUGIN_IID FILE "water.json" )
    Q_INTERFACES( vigie::DomainPlugin )

  public:
    /**
     * Version 2 added "network" and "benchmark" to every layer (several models in one territory);
     * version 3 the remaining EPANET attributes, the DMA polygons and the model sections.
     */
    static constexpr int kSchemaVersion = 3;
    //! The source model every demo feature is labelled with.
    static QString demoNetworkName() { return QStringLiteral( "L-TOWN" ); }

    QString id() const override { return QStringLiteral( "water" ); }
    QString displayName() const override;
    QList<LayerSchema> layers() const override;
    int schemaVersion() const override { return kSchemaVersion; }
    QList<Migration> migrations() const override;
    bool buildDemo( DemoContext &context, QString *errorMessage ) override;
    //! `vigie-cli water simulate ...` (modules/hydraulics/watercli.h).
    QList<CliCommand> cliCommands() const override;
    //! Review deck: the network, losses and non-revenue water (waterreview.cpp).
    QList<review::Slide> reviewSlides( const review::ReviewContext &context, QString *errorMessage ) const override;
  };
} // namespace vigie

#endif
