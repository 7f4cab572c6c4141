// SPDX-License-Identifier: GPL-2.0-or-later
#include "lightingcli.h"

#include "inventory.h"
#include "maintenance.h"
#include "optimiser.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <cmath>

namespace vigie::lighting
{
  namespace
  {

    QString usage()
    {
      return QCoreApplication::translate( "vigie::lighting",
                                          "Usage:\n"
                                          "  vigie-cli lighting optimise TERRITORY [--budget EUR_PER_YEAR] [--years N]\n"
                                          "                              [--switch-off HH:MM-HH:MM] [--unit cabinet|luminaire]\n"
                                          "                              [--compliance FILE.csv] [--json]\n"
                                          "  vigie-cli lighting classes TERRITORY [--json]\n"
                                          "  vigie-cli lighting maintenance TERRITORY [--telemetry FILE.csv] [--json]\n"
                                          "\n"
                                          "optimise: adaptive dimming per street and time band (EN 13201 class allowed by the\n"
                                          "  band's traffic, LP) and the LED retrofit plan under a yearly budget (MILP, NPV of\n"
                                          "  savings with CEE subsidies); energy, cost and CO2 before and after, compliance.\n"
                                          "  --budget      gross investment per year in euros (default 1000000; 0: no retrofit)\n"
                                          "  --years       plan length in years (default 6, one municipal mandate)\n"
                                          "  --switch-off  switch-off window for pedestrian and residential streets (P classes)\n"
                                          "  --unit        convert whole cabinets (default) or single luminaires\n"
                                          "  --compliance  write the compliance table (street x band) to a CSV file\n"
                                          "classes: the EN 13201 class of every lit street, with the explanation of the choice.\n"
                                          "maintenance: failed lamps, lamps burning by day, drifting lamps and group re-lamping,\n"
                                          "  from the territory's feeds_observations table or a telemetry CSV file.\n"
                                          "\n"
                                          "Exit codes: 0 ok, 1 optimisation failed (e.g. infeasible budget), 2 usage error,\n"
                                          "3 unreadable territory or invalid inventory.\n" );
    }

    bool parseClock( const QString &text, int *minutes )
    {
      const QStringList parts = text.split( QLatin1Char( ':' ) );
      if ( parts.size() != 2 )
        return false;
      bool okH = false, okM = false;
      const int h = parts.at( 0 ).toInt( &okH ), m = parts.at( 1 ).toInt( &okM );
      if ( !okH || !okM || h < 0 || h > 23 || m < 0 || m > 59 )
        return false;
      *minutes = h * 60 + m;
      return true;
    }

    struct Options
    {
      QString territory;
      bool json = false;
      QString compliancePath;
      QString telemetryPath;
      OptimisationParameters parameters;
    };

    //! Parses the options of a subcommand; returns -1 to go on, else an exit code.
    int parseOptions( const QString &command, const QStringList &args, Options *o, QTextStream &out, QTextStream &err )
    {
      const QStringList valued = { QStringLiteral( "--budget" ), QStringLiteral( "--years" ),      QStringLiteral( "--switch-off" ),
                                   QStringLiteral( "--unit" ),   QStringLiteral( "--compliance" ), QStringLiteral( "--telemetry" ) };
      for ( int i = 0; i < args.size(); ++i )
      {
        const QString &a = args.at( i );
        if ( a == QLatin1String( "-h" ) || a == QLatin1String( "--help" ) )
        {
          out << usage();
          return LightingOk;
        }
        if ( a == QLatin1String( "--json" ) )
        {
          o->json = true;
          continue;
        }
        if ( valued.contains( a ) )
        {
          const bool allowed = command == QLatin1String( "optimise" )      ? a != QLatin1String( "--telemetry" )
                               : command == QLatin1String( "maintenance" ) ? a == QLatin1String( "--telemetry" )
                                                                           : false;
          if ( !allowed )
          {
            err << QCoreApplication::translate( "vigie::lighting", "lighting %1: unknown option \"%2\"" ).arg( command, a ) << '\n'
                << usage();
            return LightingUsage;
          }
          if ( i + 1 >= args.size() )
          {
            err << QCoreApplication::translate( "vigie::lighting", "lighting %1: %2 needs a value" ).arg( command, a ) << '\n' << usage();
            return LightingUsage;
          }
          const QString value = args.at( ++i );
          if ( a == QLatin1String( "--budget" ) )
          {
            bool ok = false;
            const double budget = value.toDouble( &ok );
            if ( !ok || budget < 0 || !std::isfinite( budget ) )
            {
              err << QCoreApplication::translate( "vigie::lighting",
                                                  "lighting optimise: --budget needs an amount of euros per year >= 0, not \"%1\"" )
                         .arg( value )
                  << '\n';
              return LightingUsage;
            }
            o->parameters.retrofit.budgetPerYear = budget;
          }
          else if ( a == QLatin1String( "--years" ) )
          {
            bool ok = false;
            const int years = value.toInt( &ok );
            if ( !ok || years < 1 || years > 50 )
            {
              err << QCoreApplication::translate( "vigie::lighting",
                                                  "lighting optimise: --years needs a number of years from 1 to 50, not \"%1\"" )
                         .arg( value )
                  << '\n';
              return LightingUsage;
            }
            o->parameters.retrofit.years = years;
          }
          else if ( a == QLatin1String( "--switch-off" ) )
          {
            const QStringList ends = value.split( QLatin1Char( '-' ) );
            int start = 0, end = 0;
            if ( ends.size() != 2 || !parseClock( ends.at( 0 ), &start ) || !parseClock( ends.at( 1 ), &end ) || start == end )
            {
              err << QCoreApplication::translate(
                         "vigie::lighting", "lighting optimise: --switch-off needs a window HH:MM-HH:MM such as 01:00-05:00, not \"%1\"" )
                         .arg( value )
                  << '\n';
              return LightingUsage;
            }
            o->parameters.switchOffStart = start;
            o->parameters.switchOffEnd = end;
          }
          else if ( a == QLatin1String( "--unit" ) )
          {
            if ( value != QLatin1String( "cabinet" ) && value != QLatin1String( "luminaire" ) )
            {
              err << QCoreApplication::translate( "vigie::lighting", "lighting optimise: --unit is cabinet or luminaire, not \"%1\"" )
                         .arg( value )
                  << '\n';
              return LightingUsage;
            }
            o->parameters.retrofit.byCabinet = value == QLatin1String( "cabinet" );
          }
          else if ( a == QLatin1String( "--compliance" ) )
            o->compliancePath = value;
          else
            o->telemetryPath = value;
          continue;
        }
        if ( a.startsWith( QLatin1Char( '-' ) ) )
        {
          err << QCoreApplication::translate( "vigie::lighting", "lighting %1: unknown option \"%2\"" ).arg( command, a ) << '\n'
              << usage();
          return LightingUsage;
        }
        if ( !o->territory.isEmpty() )
        {
          err << QCoreApplication::translate( "vigie::lighting", "lighting %1: one territory only (\"%2\" is extra)" ).arg( command, a )
              << '\n'
              << usage();
          return LightingUsage;
        }
        o->territory = a;
      }
      if ( o->territory.isEmpty() )
      {
        err << QCoreApplication::translate( "vigie::lighting", "lighting %1: the territory file is missing" ).arg( command ) << '\n'
            << usage();
        return LightingUsage;
      }
      return -1;
    }

    QString fixed( double value, int decimals )
    {
      return QString::number( value, 'f', decimals );
    }

    int optimiseCommand( const Options &o, QTextStream &out, QTextStream &err )
    {
      QElapsedTimer timer;
      timer.start();
      Inventory inventory;
      QString error;
      if ( !loadInventory( o.territory, &inventory, &error ) )
      {
        err << error << '\n';
        return LightingBadInput;
      }
      const double loadSeconds = timer.nsecsElapsed() / 1e9;
      OptimisationResult r;
      if ( !optimise( inventory, o.parameters, &r, &error ) )
      {
        err << QCoreApplication::translate( "vigie::lighting", "lighting optimise: %1" ).arg( error ) << '\n';
        return LightingFailed;
      }
      const double seconds = timer.nsecsElapsed() / 1e9;
      if ( !o.compliancePath.isEmpty() )
      {
        QSaveFile file( o.compliancePath );
        if ( !file.open( QIODevice::WriteOnly | QIODevice::Text ) )
        {
          err << QCoreApplication::translate( "vigie::lighting", "lighting optimise: cannot write %1: %2" )
                     .arg( QDir::toNativeSeparators( o.compliancePath ), file.errorString() )
              << '\n';
          return LightingBadInput;
        }
        QTextStream csv( &file );
        csv << "street_id,name,design_class,band,band_class,required_ratio,delivered_ratio,uniformity_ratio,switched_off,compliant\n";
        for ( const ComplianceCell &c : std::as_const( r.compliance ) )
        {
          const RoadSegment &s = inventory.segments.at( c.segment );
          QString name = s.name;
          name.replace( QLatin1Char( '"' ), QStringLiteral( "\"\"" ) );
          csv << s.id << ",\"" << name << "\"," << r.classes.at( c.segment ).design.lightingClass.name() << ','
              << r.bands.at( c.band ).label() << ',' << c.required.name() << ',' << fixed( c.requiredRatio, 4 ) << ','
              << fixed( c.deliveredRatio, 4 ) << ',' << fixed( c.uniformityRatio, 4 ) << ',' << ( c.switchedOff ? 1 : 0 ) << ','
              << ( c.compliant ? 1 : 0 ) << '\n';
        }
        csv.flush();
        if ( !file.commit() )
        {
          err << QCoreApplication::translate( "vigie::lighting", "lighting optimise: cannot write %1: %2" )
                     .arg( QDir::toNativeSeparators( o.compliancePath ), file.errorString() )
              << '\n';
          return LightingBadInput;
        }
      }
      if ( o.json )
      {
        QJsonObject j;
        j.insert( QStringLiteral( "territory" ), inventory.name );
        j.insert( QStringLiteral( "luminaires" ), inventory.luminaires.size() );
        j.insert( QStringLiteral( "lit_streets" ), r.bands.isEmpty() ? 0 : r.compliance.size() / r.bands.size() );
        j.insert( QStringLiteral( "unlinked_luminaires" ), inventory.unlinked );
        j.insert( QStringLiteral( "yearly_hours" ), r.yearlyHours );
        j.insert( QStringLiteral( "baseline_kwh" ), r.baseline.kwh );
        j.insert( QStringLiteral( "dimming_only_kwh" ), r.dimmingOnly.kwh );
        j.insert( QStringLiteral( "optimised_kwh" ), r.optimised.kwh );
        j.insert( QStringLiteral( "baseline_eur" ), r.baseline.eur );
        j.insert( QStringLiteral( "dimming_only_eur" ), r.dimmingOnly.eur );
        j.insert( QStringLiteral( "optimised_eur" ), r.optimised.eur );
        j.insert( QStringLiteral( "baseline_tco2" ), r.baseline.tco2 );
        j.insert( QStringLiteral( "dimming_only_tco2" ), r.dimmingOnly.tco2 );
        j.insert( QStringLiteral( "optimised_tco2" ), r.optimised.tco2 );
        j.insert( QStringLiteral( "saving_ratio" ), r.savingRatio );
        j.insert( QStringLiteral( "dimming_saving_ratio" ), r.baseline.kwh > 0 ? 1 - r.dimmingOnly.kwh / r.baseline.kwh : 0 );
        j.insert( QStringLiteral( "compliance_ratio" ), r.complianceRatio );
        j.insert( QStringLiteral( "compliance_cells" ), r.compliance.size() );
        j.insert( QStringLiteral( "investment_eur" ), r.investment );
        j.insert( QStringLiteral( "subsidies_eur" ), r.subsidies );
        j.insert( QStringLiteral( "payback_years" ), r.paybackYears );
        j.insert( QStringLiteral( "npv_eur" ), r.npv );
        j.insert( QStringLiteral( "lp_bound_eur" ), r.lpBound );
        j.insert( QStringLiteral( "gap_to_lp_bound" ), r.gap );
        j.insert( QStringLiteral( "retrofit_units_considered" ), r.unitsConsidered );
        j.insert( QStringLiteral( "converted_luminaires" ), r.convertedLuminaires );
        j.insert( QStringLiteral( "load_seconds" ), loadSeconds );
        j.insert( QStringLiteral( "optimise_seconds" ), r.seconds );
        j.insert( QStringLiteral( "seconds" ), seconds );
        QJsonArray plan;
        for ( const PlanYear &p : std::as_const( r.plan ) )
        {
          QJsonObject y;
          y.insert( QStringLiteral( "year" ), p.year );
          y.insert( QStringLiteral( "units" ), p.units );
          y.insert( QStringLiteral( "luminaires" ), p.luminaires );
          y.insert( QStringLiteral( "cost_eur" ), p.cost );
          y.insert( QStringLiteral( "subsidies_eur" ), p.subsidies );
          y.insert( QStringLiteral( "kwh_saved_per_year" ), p.kwhSaved );
          y.insert( QStringLiteral( "eur_saved_per_year" ), p.eurSaved );
          y.insert( QStringLiteral( "unit_ids" ), QJsonArray::fromStringList( p.unitIds ) );
          y.insert( QStringLiteral( "luminaires_to_date" ), p.luminairesToDate );
          y.insert( QStringLiteral( "net_investment_to_date_eur" ), p.netInvestmentToDate );
          y.insert( QStringLiteral( "eur_saved_per_year_to_date" ), p.eurSavedPerYearToDate );
          y.insert( QStringLiteral( "kwh_saved_per_year_to_date" ), p.kwhSavedPerYearToDate );
          plan.append( y );
        }
        j.insert( QStringLiteral( "plan" ), plan );
        QJsonArray bands;
        for ( const TimeBand &b : std::as_const( r.bands ) )
          bands.append( QJsonObject{ { QStringLiteral( "band" ), b.label() },
                                     { QStringLiteral( "hours" ), b.hours },
                                     { QStringLiteral( "price" ), b.price },
                                     { QStringLiteral( "switch_off" ), b.switchOff } } );
        j.insert( QStringLiteral( "bands" ), bands );
        // power over the night (kW per band; × the band's hours it adds up to the kWh above)
        QJsonArray night;
        for ( int b = 0; b < r.nightProfile.size() && b < r.bands.size(); ++b )
          night.append( QJsonObject{ { QStringLiteral( "band" ), r.bands.at( b ).label() },
                                     { QStringLiteral( "hours" ), r.bands.at( b ).hours },
                                     { QStringLiteral( "before_kw" ), r.nightProfile.at( b ).beforeKw },
                                     { QStringLiteral( "dimming_only_kw" ), r.nightProfile.at( b ).dimmingOnlyKw },
                                     { QStringLiteral( "after_kw" ), r.nightProfile.at( b ).afterKw } } );
        j.insert( QStringLiteral( "night_profile" ), night );
        QJsonArray cashFlow;
        for ( const CashFlowYear &c : std::as_const( r.cashFlow ) )
          cashFlow.append( QJsonObject{ { QStringLiteral( "year" ), c.year },
                                        { QStringLiteral( "net_investment_eur" ), c.netInvestment },
                                        { QStringLiteral( "savings_eur" ), c.savings } } );
        j.insert( QStringLiteral( "cash_flow" ), cashFlow );
        out << QString::fromUtf8( QJsonDocument( j ).toJson( QJsonDocument::Indented ) );
        return LightingOk;
      }
      out << QCoreApplication::translate(
                 "vigie::lighting",
                 "Territory %1: %2 luminaires, %3 lit streets (%4 luminaires linked by street id, %5 by distance, %6 unlinked)" )
                 .arg( inventory.name )
                 .arg( inventory.luminaires.size() )
                 .arg( r.bands.isEmpty() ? 0 : r.compliance.size() / r.bands.size() )
                 .arg( inventory.linkedByStreetId )
                 .arg( inventory.linkedByDistance )
                 .arg( inventory.unlinked )
          << '\n';
      out << QCoreApplication::translate( "vigie::lighting", "Lit hours per year: %1 (sunset to sunrise, %2 bands)" )
                 .arg( fixed( r.yearlyHours, 0 ) )
                 .arg( r.bands.size() )
          << '\n';
      out << QCoreApplication::translate( "vigie::lighting", "                    kWh/year      EUR/year   t CO2/year" ) << '\n';
      auto row = [&]( const QString &label, const Figures &f )
      {
        out << QStringLiteral( "%1 %2 %3 %4\n" )
                   .arg( label, -18 )
                   .arg( fixed( f.kwh, 0 ), 11 )
                   .arg( fixed( f.eur, 0 ), 13 )
                   .arg( fixed( f.tco2, 1 ), 12 );
      };
      row( QCoreApplication::translate( "vigie::lighting", "today, full power" ), r.baseline );
      row( QCoreApplication::translate( "vigie::lighting", "dimming only" ), r.dimmingOnly );
      row( QCoreApplication::translate( "vigie::lighting", "after the plan" ), r.optimised );
      out << QCoreApplication::translate( "vigie::lighting", "Energy saved: %1 %; compliance: %2 % of %3 street-band cells" )
                 .arg( fixed( r.savingRatio * 100, 1 ) )
                 .arg( fixed( r.complianceRatio * 100, 2 ) )
                 .arg( r.compliance.size() )
          << '\n';
      out << QCoreApplication::translate(
                 "vigie::lighting", "Retrofit plan: investment %1 EUR, CEE %2 EUR, payback %3 years, NPV %4 EUR, gap to the LP bound %5 %" )
                 .arg( fixed( r.investment, 0 ) )
                 .arg( fixed( r.subsidies, 0 ) )
                 .arg( fixed( r.paybackYears, 1 ) )
                 .arg( fixed( r.npv, 0 ) )
                 .arg( fixed( r.gap * 100, 3 ) )
          << '\n';
      for ( const PlanYear &p : std::as_const( r.plan ) )
        out << QCoreApplication::translate(
                   "vigie::lighting", "  %1: %2 units, %3 luminaires (%4 to date), %5 EUR, saves %6 kWh/year (%7 EUR/year saved to date)" )
                   .arg( p.year )
                   .arg( p.units )
                   .arg( p.luminaires )
                   .arg( p.luminairesToDate )
                   .arg( fixed( p.cost, 0 ) )
                   .arg( fixed( p.kwhSaved, 0 ) )
                   .arg( fixed( p.eurSavedPerYearToDate, 0 ) )
            << '\n';
      out << QCoreApplication::translate( "vigie::lighting", "Time: %1 s (loading %2 s)" )
                 .arg( fixed( seconds, 3 ), fixed( loadSeconds, 3 ) )
          << '\n';
      return LightingOk;
    }

    int classesCommand( const Options &o, QTextStream &out, QTextStream &err )
    {
      Inventory inventory;
      QString error;
      if ( !loadInventory( o.territory, &inventory, &error ) )
      {
        err << error << '\n';
        return LightingBadInput;
      }
      const QVector<TimeBand> bands = nightBands( inventory, o.parameters );
      const QVector<SegmentClasses> classes = segmentClasses( inventory, bands );
      QVector<int> lit( inventory.segments.size(), 0 );
      for ( const Luminaire &l : std::as_const( inventory.luminaires ) )
      {
        if ( l.segment >= 0 )
          ++lit[l.segment];
      }
      QJsonArray streets;
      for ( int s = 0; s < inventory.segments.size(); ++s )
      {
        if ( lit.at( s ) == 0 )
          continue;
        const RoadSegment &segment = inventory.segments.at( s );
        const SegmentClasses &c = classes.at( s );
        QStringList profile;
        for ( int b = 0; b < bands.size(); ++b )
          profile << bands.at( b ).label() + QLatin1Char( ' ' ) + c.bandClass.at( b ).name();
        if ( o.json )
        {
          QJsonObject j;
          j.insert( QStringLiteral( "street_id" ), segment.id );
          j.insert( QStringLiteral( "name" ), segment.name );
          j.insert( QStringLiteral( "luminaires" ), lit.at( s ) );
          j.insert( QStringLiteral( "class" ), c.design.lightingClass.name() );
          j.insert( QStringLiteral( "explanation" ), c.design.explanation );
          QJsonArray bandClasses;
          for ( const LightingClass &bc : c.bandClass )
            bandClasses.append( bc.name() );
          j.insert( QStringLiteral( "band_classes" ), bandClasses );
          streets.append( j );
        }
        else
          out << segment.id << '\t' << c.design.lightingClass.name() << '\t' << c.design.explanation << '\n';
      }
      if ( o.json )
      {
        QJsonArray bandLabels;
        for ( const TimeBand &b : bands )
          bandLabels.append( b.label() );
        out << QString::fromUtf8(
            QJsonDocument( QJsonObject{ { QStringLiteral( "bands" ), bandLabels }, { QStringLiteral( "streets" ), streets } } )
                .toJson( QJsonDocument::Indented ) );
      }
      return LightingOk;
    }

    int maintenanceCommand( const Options &o, QTextStream &out, QTextStream &err )
    {
      Inventory inventory;
      QString error;
      if ( !loadInventory( o.territory, &inventory, &error ) )
      {
        err << error << '\n';
        return LightingBadInput;
      }
      QList<TelemetrySample> samples;
      const bool ok = o.telemetryPath.isEmpty() ? readTerritoryTelemetry( o.territory, &samples, &error )
                                                : readTelemetryCsv( o.telemetryPath, &samples, &error );
      if ( !ok )
      {
        err << error << '\n';
        return LightingBadInput;
      }
      const MaintenanceReport report = analyseTelemetry( inventory, samples );
      if ( o.json )
      {
        QJsonArray items, groups;
        for ( const MaintenanceItem &i : report.items )
          items.append( QJsonObject{ { QStringLiteral( "lamp_id" ), i.lampId },
                                     { QStringLiteral( "cabinet" ), i.cabinet },
                                     { QStringLiteral( "issue" ), maintenanceIssueName( i.issue ) },
                                     { QStringLiteral( "urgency" ), i.urgency },
                                     { QStringLiteral( "reason" ), i.reason } } );
        for ( const GroupRelamping &g : report.groups )
          groups.append( QJsonObject{ { QStringLiteral( "cabinet" ), g.cabinet },
                                      { QStringLiteral( "lamps" ), g.lamps },
                                      { QStringLiteral( "worn" ), g.worn },
                                      { QStringLiteral( "reason" ), g.reason } } );
        out << QString::fromUtf8( QJsonDocument( QJsonObject{ { QStringLiteral( "samples" ), samples.size() },
                                                              { QStringLiteral( "lamps_with_telemetry" ), report.lampsWithTelemetry },
                                                              { QStringLiteral( "unknown_lamps" ), report.unknownLamps },
                                                              { QStringLiteral( "maintenance" ), items },
                                                              { QStringLiteral( "group_relamping" ), groups } } )
                                      .toJson( QJsonDocument::Indented ) );
        return LightingOk;
      }
      out << QCoreApplication::translate( "vigie::lighting", "%1 telemetry samples of %2 luminaires (%3 unknown lamp ids)" )
                 .arg( samples.size() )
                 .arg( report.lampsWithTelemetry )
                 .arg( report.unknownLamps )
          << '\n';
      if ( samples.isEmpty() )
        out << QCoreApplication::translate( "vigie::lighting",
                                            "No telemetry: connect the luminaire controllers (feeds) or pass --telemetry FILE.csv." )
            << '\n';
      for ( const MaintenanceItem &i : report.items )
        out << QStringLiteral( "%1\t%2\t%3\t%4\t%5\n" )
                   .arg( fixed( i.urgency, 0 ), i.lampId, i.cabinet, maintenanceIssueName( i.issue ), i.reason );
      for ( const GroupRelamping &g : report.groups )
        out << QCoreApplication::translate( "vigie::lighting", "group re-lamping %1: %2" ).arg( g.cabinet, g.reason ) << '\n';
      return LightingOk;
    }
  } // namespace

  QString lightingCommandSummary()
  {
    return QCoreApplication::translate( "vigie::lighting",
                                        "street lighting: EN 13201 classes, dimming and LED retrofit optimisation, maintenance" );
  }

  int runLightingCommand( const QStringList &args, QTextStream &out, QTextStream &err )
  {
    if ( args.isEmpty() || args.constFirst() == QLatin1String( "-h" ) || args.constFirst() == QLatin1String( "--help" ) )
    {
      ( args.isEmpty() ? err : out ) << usage();
      return args.isEmpty() ? LightingUsage : LightingOk;
    }
    const QString command = args.constFirst();
    if ( command != QLatin1String( "optimise" ) && command != QLatin1String( "optimize" ) && command != QLatin1String( "classes" ) &&
         command != QLatin1String( "maintenance" ) )
    {
      err << QCoreApplication::translate( "vigie::lighting", "lighting: unknown subcommand \"%1\"" ).arg( command ) << '\n' << usage();
      return LightingUsage;
    }
    const QString name = command == QLatin1String( "optimize" ) ? QStringLiteral( "optimise" ) : command;
    Options o;
    const int parsed = parseOptions( name, args.mid( 1 ), &o, out, err );
    if ( parsed >= 0 )
      return parsed;
    if ( name == QLatin1String( "optimise" ) )
      return optimiseCommand( o, out, err );
    if ( name == QLatin1String( "classes" ) )
      return classesCommand( o, out, err );
    return maintenanceCommand( o, out, err );
  }

  CliCommand lightingCliCommand()
  {
    return CliCommand{ QStringLiteral( "lighting" ), lightingCommandSummary(), &runLightingCommand };
  }
} // namespace vigie::lighting
