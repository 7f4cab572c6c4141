// SPDX-License-Identifier: GPL-2.0-or-later
#include "lightingplugin.h"

#include "lightingcli.h"
#include "lightingdemo.h"
#include "log.h"
#include "pluginutil.h"

namespace vigie
{
  using namespace vigie::plugin;

  QString LightingPlugin::displayName() const
  {
    return tr( "Street lighting" );
  }

  QList<LayerSchema> LightingPlugin::layers() const
  {
    const FieldSchema simulated = field( "simulated", FieldType::String, tr( "Simulated attributes" ) );
    LayerSchema luminaires;
    luminaires.domain = id();
    luminaires.name = QStringLiteral( "luminaires" );
    luminaires.title = tr( "Luminaires" );
    luminaires.geometry = GeometryType::Point;
    luminaires.fields = { field( "support_id", FieldType::String, tr( "Support" ), true ),
                          field( "lantern_type", FieldType::String, tr( "Lantern type" ) ),
                          field( "technology", FieldType::String, tr( "Lamp technology" ) ),
                          field( "power_w", FieldType::Real, tr( "Lamp power (W)" ) ),
                          field( "driver_loss_w", FieldType::Real, tr( "Ballast or driver loss (W)" ) ),
                          field( "height_m", FieldType::Real, tr( "Mounting height (m)" ) ),
                          field( "dimmable", FieldType::Boolean, tr( "Dimmable" ) ),
                          field( "control", FieldType::String, tr( "Control protocol" ) ),
                          field( "year_installed", FieldType::Integer, tr( "Year installed" ) ),
                          field( "cabinet_id", FieldType::String, tr( "Cabinet" ) ),
                          field( "circuit", FieldType::Integer, tr( "Circuit" ) ),
                          field( "street_id", FieldType::String, tr( "Street" ) ),
                          simulated };
    luminaires.style = resourceText( QStringLiteral( ":/vigie/lighting/styles/luminaires.qml" ) );

    LayerSchema cabinets;
    cabinets.domain = id();
    cabinets.name = QStringLiteral( "cabinets" );
    cabinets.title = tr( "Lighting cabinets" );
    cabinets.geometry = GeometryType::Point;
    cabinets.fields = { field( "cabinet_id", FieldType::String, tr( "Cabinet" ), true ), field( "name", FieldType::String, tr( "Name" ) ),
                        field( "circuits", FieldType::Integer, tr( "Circuits" ) ),
                        field( "contracted_power_kva", FieldType::Real, tr( "Contracted power (kVA)" ) ), simulated };
    cabinets.style = resourceText( QStringLiteral( ":/vigie/lighting/styles/cabinets.qml" ) );
    return { luminaires, cabinets };
  }

  QList<Migration> LightingPlugin::migrations() const
  {
    // v1 counted the ballast in power_w; v2 keeps the lamp power and the control-gear loss
    // apart (the energy model needs both) and records how a luminaire is dimmed.
    Migration v2;
    v2.version = 2;
    v2.description = tr( "Add the ballast or driver loss and the control protocol to luminaires" );
    v2.sql << QStringLiteral( "ALTER TABLE \"lighting_luminaires\" ADD COLUMN \"driver_loss_w\" REAL" )
           << QStringLiteral( "ALTER TABLE \"lighting_luminaires\" ADD COLUMN \"control\" TEXT" )
           << QStringLiteral( "UPDATE \"lighting_luminaires\" SET \"control\" = 'none' WHERE \"dimmable\" = 0" );
    return { v2 };
  }

  QList<CliCommand> LightingPlugin::cliCommands() const
  {
    return { lighting::lightingCliCommand() };
  }

  bool LightingPlugin::buildDemo( DemoContext &context, QString *errorMessage )
  {
    if ( context.demoName() != QLatin1String( "montpellier" ) )
    {
      logMessage( LogLevel::Info, QStringLiteral( "lighting" ),
                  QStringLiteral( "no street-lighting data for demo \"%1\": the lighting layers stay empty" ).arg( context.demoName() ) );
      return true;
    }
    return LightingDemo::buildMontpellier( context, errorMessage );
  }
} // namespace vigie
