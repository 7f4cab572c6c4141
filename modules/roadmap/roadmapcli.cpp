// SPDX-License-Identifier: GPL-2.0-or-later
#include "roadmapcli.h"

#include "atomicfile.h"
#include "interop.h"
#include "merge.h"
#include "prioritisation.h"
#include "roadmapfile.h"
#include "roadmapreport.h"
#include "roadmapstore.h"
#include "scheduling.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

namespace vigie
{
  namespace
  {
    using namespace vigie::roadmap;

    using namespace vigie::cli; // Success, Failure, UsageError, InputError

    QString generalHelp()
    {
      return QCoreApplication::translate( "vigie::roadmap", "Usage: vigie-cli roadmap COMMAND [arguments] [options]\n"
                 "Roadmap of the territory's projects: merge offline edits, schedule under budget caps, rank, exchange.\n"
                 "\n"
                 "Commands:\n"
                 "  merge BASE OURS THEIRS --out MERGED [--json]   three-way merge of roadmap files\n"
                 "  schedule FILE --cap YEAR=EUR,... [--json]      plan under yearly budget caps and dependencies\n"
                 "  rank FILE [--weights ...] [--json]             weighted multi-criteria ranking, explained\n"
                 "  export FILE --out X.csv|X.ics|X.gan            CSV, iCalendar milestones or GanttProject\n"
                 "  import CSV --out FILE                          roadmap file from a CSV table\n"
                 "  export-from TERRITORY --out FILE               roadmap file from the territory's roadmap\n"
                 "  import-into TERRITORY FILE                     stores a roadmap file in the territory\n"
                 "  report TERRITORY|FILE --out REPORT.pdf         PDF report (Gantt, budget, ranking, critical path)\n"
                 "\n"
                 "\"vigie-cli roadmap COMMAND --help\" describes a command.\n"
                 "Exit codes: 0 done, 1 failure (merge: conflicts recorded), 2 usage error, 3 an input cannot be read.\n" );
    }

    QString commandHelp( const QString &command )
    {
      if ( command == QLatin1String( "merge" ) )
        return QCoreApplication::translate( "vigie::roadmap", "Usage: vigie-cli roadmap merge BASE OURS THEIRS --out MERGED [--json]\n"
                   "Three-way merge at field level of two edited copies (OURS, THEIRS) of a common BASE.\n"
                   "Changes to different projects or fields merge; identical changes are not conflicts; a real\n"
                   "conflict is recorded in MERGED (our value kept until resolved). A project deleted on one side\n"
                   "and edited on the other is kept and reported. MERGED is written atomically and may not be an input.\n"
                   "Exit codes: 0 merged clean, 1 merged with conflicts recorded, 2 usage error, 3 an input cannot be read.\n" );
      if ( command == QLatin1String( "schedule" ) )
        return QCoreApplication::translate( "vigie::roadmap",
            "Usage: vigie-cli roadmap schedule FILE --cap YEAR=EUR,YEAR=EUR,... [options]\n"
            "Chooses each project's start year (MILP, GLPK) so that every year's capex stays under its cap,\n"
            "dependencies are respected and high-priority projects start first; prints the critical path.\n"
            "Options:\n"
            "  --cap YEAR=EUR,...      yearly capex caps in euros (required)\n"
            "  --first-year Y          earliest start year (default: the first capped year)\n"
            "  --last-year Y           latest start year (default: the last capped year)\n"
            "  --weights W             priority weights, as for rank\n"
            "  --out FILE              write the roadmap with the planned starts (atomically)\n"
            "  --json                  print JSON\n"
            "Exit codes: 0 planned, 1 no plan (dependency cycle, cap below committed spending, ...), 2 usage, 3 unreadable input.\n" );
      if ( command == QLatin1String( "rank" ) )
        return QCoreApplication::translate( "vigie::roadmap", "Usage: vigie-cli roadmap rank FILE [--weights impact=W,cost=W,feasibility=W,demand=W] [--json]\n"
                   "Ranks the projects not done nor cancelled by a weighted score (0-100) of impact, cost (life-cycle,\n"
                   "cheaper is better), feasibility and citizen demand (votes), each criterion's contribution shown,\n"
                   "and classes them in the impact/effort matrix (quick win, structural, fill-in, questionable).\n"
                   "Default weights: impact=0.4,cost=0.2,feasibility=0.2,demand=0.2.\n"
                   "Exit codes: 0 done, 2 usage error, 3 the file cannot be read.\n" );
      if ( command == QLatin1String( "export" ) )
        return QCoreApplication::translate( "vigie::roadmap", "Usage: vigie-cli roadmap export FILE --out X.csv|X.ics|X.gan\n"
                   "Exports the roadmap as CSV, as iCalendar start and end milestones, or as a GanttProject file.\n"
                   "Exit codes: 0 done, 1 the output cannot be written, 2 usage error, 3 the file cannot be read.\n" );
      if ( command == QLatin1String( "import" ) )
        return QCoreApplication::translate( "vigie::roadmap", "Usage: vigie-cli roadmap import CSV --out FILE\n"
                   "Creates a roadmap file from a CSV table with the columns of \"roadmap export\" (title, domain,\n"
                   "start and duration_months required). Nothing is written when a row is wrong.\n"
                   "Exit codes: 0 done, 1 the output cannot be written, 2 usage error, 3 the CSV cannot be read.\n" );
      if ( command == QLatin1String( "export-from" ) )
        return QCoreApplication::translate( "vigie::roadmap", "Usage: vigie-cli roadmap export-from TERRITORY.gpkg --out FILE [--name NAME]\n"
                   "Writes the roadmap stored in the territory (document NAME, default \"main\") to a roadmap file,\n"
                   "atomically, e.g. to edit it offline and merge it later. The output may not be the territory.\n"
                   "Exit codes: 0 done, 1 the territory has no roadmap or the output cannot be written, 2 usage error,\n"
                   "3 the territory cannot be read.\n" );
      if ( command == QLatin1String( "import-into" ) )
        return QCoreApplication::translate( "vigie::roadmap", "Usage: vigie-cli roadmap import-into TERRITORY.gpkg FILE [--name NAME] [--cap YEAR=EUR,...] [--weights W]\n"
                   "Stores a roadmap file in the territory (document NAME, default \"main\") in one transaction; the\n"
                   "caps and weights already stored are kept unless given. Refused, with nothing changed, when the file is\n"
                   "malformed, has a dependency cycle or a cap is below the spending already committed.\n"
                   "Exit codes: 0 done, 1 refused or not written, 2 usage error, 3 an input cannot be read.\n" );
      if ( command == QLatin1String( "report" ) )
        return QCoreApplication::translate( "vigie::roadmap", "Usage: vigie-cli roadmap report TERRITORY.gpkg|FILE --out REPORT.pdf [--cap YEAR=EUR,...] [--weights W]\n"
                   "Writes the PDF report of a roadmap (from a territory or a roadmap file): title page, Gantt timeline\n"
                   "with the critical path, budget per year against the caps, ranked projects, critical path; one page per\n"
                   "section. The territory's stored caps and weights are used unless given.\n"
                   "Exit codes: 0 done, 1 the report cannot be written, 2 usage error, 3 the input cannot be read.\n" );
      return generalHelp();
    }

    struct Arguments
    {
      QString command;
      QStringList positional;
      QHash<QString, QString> options;
      bool json = false;
      bool help = false;
    };

    bool parseArguments( const QStringList &args, Arguments &a, QString *error )
    {
      static const QStringList valued = { QStringLiteral( "--out" ), QStringLiteral( "--cap" ), QStringLiteral( "--weights" ),
                                          QStringLiteral( "--first-year" ), QStringLiteral( "--last-year" ), QStringLiteral( "--name" ) };
      for ( int i = 0; i < args.size(); ++i )
      {
        const QString &arg = args.at( i );
        const QString name = arg.section( QLatin1Char( '=' ), 0, 0 );
        if ( arg == QLatin1String( "-h" ) || arg == QLatin1String( "--help" ) )
          a.help = true;
        else if ( arg == QLatin1String( "--json" ) )
          a.json = true;
        else if ( valued.contains( name ) )
        {
          QString value;
          if ( arg.contains( QLatin1Char( '=' ) ) )
            value = arg.section( QLatin1Char( '=' ), 1 );
          else if ( i + 1 < args.size() )
            value = args.at( ++i );
          else
          {
            *error = QCoreApplication::translate( "vigie::roadmap", "option %1 needs a value" ).arg( name );
            return false;
          }
          a.options.insert( name, value );
        }
        else if ( arg.startsWith( QLatin1Char( '-' ) ) && arg.size() > 1 )
        {
          *error = QCoreApplication::translate( "vigie::roadmap", "unknown option %1" ).arg( arg );
          return false;
        }
        else if ( a.command.isEmpty() )
          a.command = arg;
        else
          a.positional.append( arg );
      }
      return true;
    }

    QString euros( double v )
    {
      return QLocale::c().toString( v, 'f', 0 );
    }

    QString conflictText( const Conflict &c, const Roadmap &merged )
    {
      const Project *p = merged.project( c.projectId );
      const QString project = c.projectId.isEmpty() ? QCoreApplication::translate( "vigie::roadmap", "(roadmap)" )
                              : p                   ? QStringLiteral( "%1 \u00ab%2\u00bb" ).arg( c.projectId, p->title )
                                                    : c.projectId;
      switch ( c.kind )
      {
      case Conflict::Kind::DeleteEdit:
        return QCoreApplication::translate( "vigie::roadmap", "project %1: deleted by %2, edited by %3 (kept, edited version)" )
            .arg( project, c.ours.isUndefined() ? QCoreApplication::translate( "vigie::roadmap", "ours" ) : QCoreApplication::translate( "vigie::roadmap", "theirs" ), c.ours.isUndefined() ? QCoreApplication::translate( "vigie::roadmap", "theirs" ) : QCoreApplication::translate( "vigie::roadmap", "ours" ) );
      case Conflict::Kind::Dependency:
        return QCoreApplication::translate( "vigie::roadmap", "project %1, field \"dependencies\": depends on a project the merge removed: %2" ).arg( project, valueText( c.ours ) );
      case Conflict::Kind::AddAdd:
        return QCoreApplication::translate( "vigie::roadmap", "project %1, field \"%2\": added on both sides with different values: ours %3, theirs %4" )
            .arg( project, c.field, valueText( c.ours ), valueText( c.theirs ) );
      case Conflict::Kind::Field:
        break;
      }
      return QCoreApplication::translate( "vigie::roadmap", "project %1, field \"%2\": base %3, ours %4, theirs %5" )
          .arg( project, c.field, valueText( c.base ), valueText( c.ours ), valueText( c.theirs ) );
    }

    int runMerge( const Arguments &a, QTextStream &out, QTextStream &err )
    {
      if ( a.positional.size() != 3 || !a.options.contains( QStringLiteral( "--out" ) ) )
      {
        err << QCoreApplication::translate( "vigie::roadmap", "roadmap merge: expected BASE OURS THEIRS --out MERGED" ) << Qt::endl << commandHelp( a.command );
        return UsageError;
      }
      const QString outPath = a.options.value( QStringLiteral( "--out" ) );
      MergeResult result;
      QString error;
      MergeFileFailure failure = MergeFileFailure::None;
      if ( !mergeRoadmapFiles( a.positional.at( 0 ), a.positional.at( 1 ), a.positional.at( 2 ), outPath, &result, &error, &failure ) )
      {
        err << QCoreApplication::translate( "vigie::roadmap", "roadmap merge: %1" ).arg( error ) << Qt::endl;
        return failure == MergeFileFailure::UnreadableInput ? InputError
               : failure == MergeFileFailure::RefusedOutput ? UsageError
                                                            : Failure;
      }
      if ( a.json )
      {
        QJsonArray conflicts;
        for ( const Conflict &c : std::as_const( result.merged.conflicts ) )
        {
          QJsonObject o = c.toJson();
          o.insert( QStringLiteral( "message" ), conflictText( c, result.merged ) );
          conflicts.append( o );
        }
        const QJsonObject o{ { QStringLiteral( "output" ), QDir::toNativeSeparators( outPath ) },
                             { QStringLiteral( "clean" ), result.isClean() },
                             { QStringLiteral( "fromOurs" ), result.fromOurs },
                             { QStringLiteral( "fromTheirs" ), result.fromTheirs },
                             { QStringLiteral( "projects" ), result.merged.projects.size() },
                             { QStringLiteral( "conflicts" ), conflicts } };
        out << QString::fromUtf8( QJsonDocument( o ).toJson( QJsonDocument::Indented ) );
      }
      else
      {
        out << QCoreApplication::translate( "vigie::roadmap", "Merged %1 projects into %2: %3 change(s) from ours, %4 from theirs." )
                   .arg( result.merged.projects.size() )
                   .arg( QDir::toNativeSeparators( outPath ) )
                   .arg( result.fromOurs )
                   .arg( result.fromTheirs )
            << Qt::endl;
        if ( result.isClean() )
          out << QCoreApplication::translate( "vigie::roadmap", "No conflict." ) << Qt::endl;
        else
        {
          out << QCoreApplication::translate( "vigie::roadmap", "%1 conflict(s) recorded in the merged file (our value kept until resolved):" ).arg( result.merged.conflicts.size() )
              << Qt::endl;
          for ( const Conflict &c : std::as_const( result.merged.conflicts ) )
            out << QStringLiteral( "  - " ) << conflictText( c, result.merged ) << Qt::endl;
        }
      }
      return result.isClean() ? Success : Failure;
    }

    bool readInput( const Arguments &a, Roadmap *roadmap, QTextStream &err, int *code )
    {
      if ( a.positional.size() != 1 )
      {
        err << QCoreApplication::translate( "vigie::roadmap", "roadmap %1: expected one roadmap FILE" ).arg( a.command ) << Qt::endl << commandHelp( a.command );
        *code = UsageError;
        return false;
      }
      QString error;
      if ( !readRoadmap( a.positional.first(), roadmap, &error ) )
      {
        err << QCoreApplication::translate( "vigie::roadmap", "roadmap %1: %2" ).arg( a.command, error ) << Qt::endl;
        *code = InputError;
        return false;
      }
      return true;
    }

    bool readWeights( const Arguments &a, Weights *weights, QTextStream &err )
    {
      if ( !a.options.contains( QStringLiteral( "--weights" ) ) )
        return true;
      QString error;
      if ( !Weights::fromString( a.options.value( QStringLiteral( "--weights" ) ), weights, &error ) )
      {
        err << QCoreApplication::translate( "vigie::roadmap", "roadmap %1: %2" ).arg( a.command, error ) << Qt::endl;
        return false;
      }
      return true;
    }

    QJsonObject criterionJson( const CriterionScore &c )
    {
      return QJsonObject{ { QStringLiteral( "raw" ), c.raw },
                          { QStringLiteral( "normalised" ), c.normalised },
                          { QStringLiteral( "contribution" ), c.contribution } };
    }

    int runRank( const Arguments &a, QTextStream &out, QTextStream &err )
    {
      Roadmap roadmap;
      int code = Success;
      if ( !readInput( a, &roadmap, err, &code ) )
        return code;
      Weights weights;
      if ( !readWeights( a, &weights, err ) )
        return UsageError;
      QList<RankedProject> ranking;
      QString error;
      if ( !rankProjects( roadmap, weights, &ranking, &error ) )
      {
        err << QCoreApplication::translate( "vigie::roadmap", "roadmap rank: %1" ).arg( error ) << Qt::endl;
        return UsageError;
      }
      if ( a.json )
      {
        QJsonArray rows;
        for ( const RankedProject &r : std::as_const( ranking ) )
          rows.append( QJsonObject{ { QStringLiteral( "rank" ), r.rank },
                                    { QStringLiteral( "id" ), r.id },
                                    { QStringLiteral( "title" ), r.title },
                                    { QStringLiteral( "score" ), r.score },
                                    { QStringLiteral( "impact" ), criterionJson( r.impact ) },
                                    { QStringLiteral( "cost" ), criterionJson( r.cost ) },
                                    { QStringLiteral( "feasibility" ), criterionJson( r.feasibility ) },
                                    { QStringLiteral( "demand" ), criterionJson( r.demand ) },
                                    { QStringLiteral( "effort" ), r.effort },
                                    { QStringLiteral( "class" ), matrixClassKey( r.matrixClass ) },
                                    { QStringLiteral( "explanation" ), r.explanation } } );
        const QJsonObject o{ { QStringLiteral( "weights" ), weights.toString() }, { QStringLiteral( "ranking" ), rows } };
        out << QString::fromUtf8( QJsonDocument( o ).toJson( QJsonDocument::Indented ) );
        return Success;
      }
      out << QCoreApplication::translate( "vigie::roadmap", "Ranking of %1 projects with weights %2:" ).arg( ranking.size() ).arg( weights.toString() ) << Qt::endl;
      for ( const RankedProject &r : std::as_const( ranking ) )
        out << r.explanation << Qt::endl;
      return Success;
    }

    int runSchedule( const Arguments &a, QTextStream &out, QTextStream &err )
    {
      if ( !a.options.contains( QStringLiteral( "--cap" ) ) )
      {
        err << QCoreApplication::translate( "vigie::roadmap", "roadmap schedule: --cap YEAR=EUR,... is required" ) << Qt::endl << commandHelp( a.command );
        return UsageError;
      }
      ScheduleOptions options;
      QString error;
      if ( !parseBudgetCaps( a.options.value( QStringLiteral( "--cap" ) ), &options.caps, &error ) )
      {
        err << QCoreApplication::translate( "vigie::roadmap", "roadmap schedule: %1" ).arg( error ) << Qt::endl;
        return UsageError;
      }
      for ( const QString &name : { QStringLiteral( "--first-year" ), QStringLiteral( "--last-year" ) } )
        if ( a.options.contains( name ) )
        {
          bool ok = false;
          const int year = a.options.value( name ).toInt( &ok );
          if ( !ok || year < 1900 || year > 2999 )
          {
            err << QCoreApplication::translate( "vigie::roadmap", "roadmap schedule: %1 needs a year, not \"%2\"" ).arg( name, a.options.value( name ) ) << Qt::endl;
            return UsageError;
          }
          ( name == QLatin1String( "--first-year" ) ? options.firstYear : options.lastYear ) = year;
        }
      if ( !readWeights( a, &options.weights, err ) )
        return UsageError;
      Roadmap roadmap;
      int code = Success;
      if ( !readInput( a, &roadmap, err, &code ) )
        return code;
      Schedule schedule;
      if ( !scheduleRoadmap( roadmap, options, &schedule, &error ) )
      {
        err << QCoreApplication::translate( "vigie::roadmap", "roadmap schedule: %1" ).arg( error ) << Qt::endl;
        return Failure;
      }
      Roadmap planned = roadmap;
      applySchedule( planned, schedule );
      CriticalPath cp;
      computeCriticalPath( planned, &cp, nullptr );
      if ( a.options.contains( QStringLiteral( "--out" ) ) )
      {
        const QString outPath = a.options.value( QStringLiteral( "--out" ) );
        if ( QFileInfo( outPath ).absoluteFilePath() == QFileInfo( a.positional.first() ).absoluteFilePath() )
        {
          err << QCoreApplication::translate( "vigie::roadmap", "roadmap schedule: --out must not be the input file" ) << Qt::endl;
          return UsageError;
        }
        if ( !writeRoadmap( outPath, planned, &error ) )
        {
          err << QCoreApplication::translate( "vigie::roadmap", "roadmap schedule: %1" ).arg( error ) << Qt::endl;
          return Failure;
        }
      }
      if ( a.json )
      {
        QJsonArray projects;
        for ( const ScheduledProject &s : std::as_const( schedule.projects ) )
          projects.append( QJsonObject{ { QStringLiteral( "id" ), s.id },
                                        { QStringLiteral( "title" ), s.title },
                                        { QStringLiteral( "scheduled" ), s.scheduled },
                                        { QStringLiteral( "committed" ), s.committed },
                                        { QStringLiteral( "start" ), s.start.toString() },
                                        { QStringLiteral( "plannedStart" ), s.plannedStart.toString() },
                                        { QStringLiteral( "priority" ), s.priority },
                                        { QStringLiteral( "reason" ), s.reason } } );
        QJsonArray years;
        for ( const YearBudget &y : std::as_const( schedule.years ) )
        {
          QJsonObject o{ { QStringLiteral( "year" ), y.year },
                         { QStringLiteral( "committed" ), y.committed },
                         { QStringLiteral( "planned" ), y.planned } };
          o.insert( QStringLiteral( "cap" ), y.capped ? QJsonValue( y.cap ) : QJsonValue() );
          years.append( o );
        }
        const QJsonObject o{ { QStringLiteral( "optimal" ), schedule.optimal },
                             { QStringLiteral( "objective" ), schedule.objective },
                             { QStringLiteral( "projects" ), projects },
                             { QStringLiteral( "years" ), years },
                             { QStringLiteral( "criticalPath" ), QJsonArray::fromStringList( cp.path ) },
                             { QStringLiteral( "finish" ), cp.finish.toString() } };
        out << QString::fromUtf8( QJsonDocument( o ).toJson( QJsonDocument::Indented ) );
        return Success;
      }
      out << ( schedule.optimal ? QCoreApplication::translate( "vigie::roadmap", "Optimal plan:" ) : QCoreApplication::translate( "vigie::roadmap", "Feasible plan (time limit reached before proving optimality):" ) )
          << Qt::endl;
      for ( const ScheduledProject &s : std::as_const( schedule.projects ) )
      {
        if ( s.scheduled )
          out << QStringLiteral( "  %1  %2%3" )
                     .arg( s.start.toString(), s.title,
                           s.committed                 ? QCoreApplication::translate( "vigie::roadmap", " (committed)" )
                           : s.start != s.plannedStart ? QCoreApplication::translate( "vigie::roadmap", " (moved from %1)" ).arg( s.plannedStart.toString() )
                                                       : QString() )
              << Qt::endl;
        else
          out << QCoreApplication::translate( "vigie::roadmap", "  not scheduled  %1: %2" ).arg( s.title, s.reason ) << Qt::endl;
      }
      out << QCoreApplication::translate( "vigie::roadmap", "Capex per year (committed + planned / cap), euros:" ) << Qt::endl;
      for ( const YearBudget &y : std::as_const( schedule.years ) )
        out << QStringLiteral( "  %1  %2 + %3 / %4" )
                   .arg( y.year )
                   .arg( euros( y.committed ), euros( y.planned ), y.capped ? euros( y.cap ) : QCoreApplication::translate( "vigie::roadmap", "no cap" ) )
            << Qt::endl;
      QStringList path;
      for ( const QString &id : std::as_const( cp.path ) )
        path.append( planned.project( id )->title );
      out << QCoreApplication::translate( "vigie::roadmap", "Critical path (ends %1): %2" ).arg( cp.finish.toString(), path.join( QStringLiteral( " \u2192 " ) ) ) << Qt::endl;
      return Success;
    }

    int runExport( const Arguments &a, QTextStream &out, QTextStream &err )
    {
      if ( !a.options.contains( QStringLiteral( "--out" ) ) )
      {
        err << QCoreApplication::translate( "vigie::roadmap", "roadmap export: --out X.csv|X.ics|X.gan is required" ) << Qt::endl << commandHelp( a.command );
        return UsageError;
      }
      const QString outPath = a.options.value( QStringLiteral( "--out" ) );
      const QString suffix = QFileInfo( outPath ).suffix().toLower();
      if ( suffix != QLatin1String( "csv" ) && suffix != QLatin1String( "ics" ) && suffix != QLatin1String( "gan" ) )
      {
        err << QCoreApplication::translate( "vigie::roadmap", "roadmap export: %1: unknown format \"%2\" (use .csv, .ics or .gan)" ).arg( QDir::toNativeSeparators( outPath ), suffix )
            << Qt::endl;
        return UsageError;
      }
      Roadmap roadmap;
      int code = Success;
      if ( !readInput( a, &roadmap, err, &code ) )
        return code;
      QString error;
      if ( !exportRoadmapFile( roadmap, outPath, &error ) )
      {
        err << QCoreApplication::translate( "vigie::roadmap", "roadmap export: %1" ).arg( error ) << Qt::endl;
        return Failure;
      }
      out << QCoreApplication::translate( "vigie::roadmap", "Exported %1 projects to %2" ).arg( roadmap.projects.size() ).arg( QDir::toNativeSeparators( outPath ) ) << Qt::endl;
      return Success;
    }

    int runImport( const Arguments &a, QTextStream &out, QTextStream &err )
    {
      if ( a.positional.size() != 1 || !a.options.contains( QStringLiteral( "--out" ) ) )
      {
        err << QCoreApplication::translate( "vigie::roadmap", "roadmap import: expected CSV --out FILE" ) << Qt::endl << commandHelp( a.command );
        return UsageError;
      }
      QFile file( a.positional.first() );
      if ( !file.open( QIODevice::ReadOnly ) )
      {
        err << QCoreApplication::translate( "vigie::roadmap", "roadmap import: %1: cannot read the file (%2)" )
                   .arg( QDir::toNativeSeparators( a.positional.first() ), file.errorString() )
            << Qt::endl;
        return InputError;
      }
      Roadmap roadmap;
      roadmap.name = QFileInfo( a.positional.first() ).completeBaseName();
      QString error;
      if ( !importCsv( file.readAll(), &roadmap, &error, a.positional.first() ) )
      {
        err << QCoreApplication::translate( "vigie::roadmap", "roadmap import: %1" ).arg( error ) << Qt::endl;
        return InputError;
      }
      roadmap.addChange( ChangeLogEntry{
          QCoreApplication::translate( "vigie::roadmap", "vigie-cli import" ), QDateTime::currentDateTimeUtc().toString( Qt::ISODate ), QString(), QString(),
          QCoreApplication::translate( "vigie::roadmap", "imported %1 projects from %2" ).arg( roadmap.projects.size() ).arg( QFileInfo( a.positional.first() ).fileName() ) } );
      const QString outPath = a.options.value( QStringLiteral( "--out" ) );
      if ( !writeRoadmap( outPath, roadmap, &error ) )
      {
        err << QCoreApplication::translate( "vigie::roadmap", "roadmap import: %1" ).arg( error ) << Qt::endl;
        return Failure;
      }
      if ( !checkDependencies( roadmap, &error ) )
        err << QCoreApplication::translate( "vigie::roadmap", "roadmap import: warning: %1" ).arg( error ) << Qt::endl;
      out << QCoreApplication::translate( "vigie::roadmap", "Imported %1 projects into %2" ).arg( roadmap.projects.size() ).arg( QDir::toNativeSeparators( outPath ) ) << Qt::endl;
      return Success;
    }
    //! A GeoPackage (territory) rather than a roadmap file: SQLite's magic header.
    bool isTerritoryFile( const QString &path )
    {
      QFile file( path );
      return file.open( QIODevice::ReadOnly ) && file.read( 16 ) == QByteArray( "SQLite format 3\0", 16 );
    }

    bool readSettingsOptions( const Arguments &a, RoadmapSettings *settings, QTextStream &err )
    {
      if ( a.options.contains( QStringLiteral( "--cap" ) ) )
      {
        QString error;
        settings->caps.clear();
        if ( !parseBudgetCaps( a.options.value( QStringLiteral( "--cap" ) ), &settings->caps, &error ) )
        {
          err << QCoreApplication::translate( "vigie::roadmap", "roadmap %1: %2" ).arg( a.command, error ) << Qt::endl;
          return false;
        }
      }
      return readWeights( a, &settings->weights, err );
    }

    QString documentName( const Arguments &a )
    {
      return a.options.value( QStringLiteral( "--name" ), defaultRoadmapName() );
    }

    int runExportFrom( const Arguments &a, QTextStream &out, QTextStream &err )
    {
      if ( a.positional.size() != 1 || !a.options.contains( QStringLiteral( "--out" ) ) )
      {
        err << QCoreApplication::translate( "vigie::roadmap", "roadmap export-from: expected TERRITORY --out FILE" ) << Qt::endl << commandHelp( a.command );
        return UsageError;
      }
      const QString territory = a.positional.first();
      const QString outPath = a.options.value( QStringLiteral( "--out" ) );
      if ( QFileInfo( outPath ).absoluteFilePath() == QFileInfo( territory ).absoluteFilePath() )
      {
        err << QCoreApplication::translate( "vigie::roadmap", "roadmap export-from: --out must not be the territory" ) << Qt::endl;
        return UsageError;
      }
      StoredRoadmap stored;
      bool found = false;
      QString error;
      if ( !loadRoadmapFromTerritory( territory, &stored, &error, &found, documentName( a ) ) )
      {
        err << QCoreApplication::translate( "vigie::roadmap", "roadmap export-from: %1" ).arg( error ) << Qt::endl;
        return InputError;
      }
      if ( !found )
      {
        err << QCoreApplication::translate( "vigie::roadmap", "roadmap export-from: %1 has no roadmap \"%2\"" ).arg( QDir::toNativeSeparators( territory ), documentName( a ) ) << Qt::endl;
        return Failure;
      }
      if ( !writeRoadmap( outPath, stored.roadmap, &error ) )
      {
        err << QCoreApplication::translate( "vigie::roadmap", "roadmap export-from: %1" ).arg( error ) << Qt::endl;
        return Failure;
      }
      out << QCoreApplication::translate( "vigie::roadmap", "Wrote the %1 projects of the territory's roadmap to %2" ).arg( stored.roadmap.projects.size() ).arg( QDir::toNativeSeparators( outPath ) ) << Qt::endl;
      return Success;
    }

    int runImportInto( const Arguments &a, QTextStream &out, QTextStream &err )
    {
      if ( a.positional.size() != 2 )
      {
        err << QCoreApplication::translate( "vigie::roadmap", "roadmap import-into: expected TERRITORY FILE" ) << Qt::endl << commandHelp( a.command );
        return UsageError;
      }
      const QString territory = a.positional.at( 0 );
      Roadmap roadmap;
      QString error;
      if ( !readRoadmap( a.positional.at( 1 ), &roadmap, &error ) )
      {
        err << QCoreApplication::translate( "vigie::roadmap", "roadmap import-into: %1" ).arg( error ) << Qt::endl;
        return InputError;
      }
      StoredRoadmap stored;
      bool found = false;
      if ( !loadRoadmapFromTerritory( territory, &stored, &error, &found, documentName( a ) ) )
      {
        err << QCoreApplication::translate( "vigie::roadmap", "roadmap import-into: %1" ).arg( error ) << Qt::endl;
        return InputError;
      }
      RoadmapSettings settings = stored.settings;
      if ( !readSettingsOptions( a, &settings, err ) )
        return UsageError;
      if ( !saveRoadmapToTerritory( territory, roadmap, settings, &error, documentName( a ) ) )
      {
        err << QCoreApplication::translate( "vigie::roadmap", "roadmap import-into: %1" ).arg( error ) << Qt::endl;
        return Failure;
      }
      out << QCoreApplication::translate( "vigie::roadmap", "Stored %1 projects in %2 (roadmap \"%3\")" ).arg( roadmap.projects.size() ).arg( QDir::toNativeSeparators( territory ), documentName( a ) ) << Qt::endl;
      return Success;
    }

    int runReport( const Arguments &a, QTextStream &out, QTextStream &err )
    {
      if ( a.positional.size() != 1 || !a.options.contains( QStringLiteral( "--out" ) ) )
      {
        err << QCoreApplication::translate( "vigie::roadmap", "roadmap report: expected TERRITORY|FILE --out REPORT.pdf" ) << Qt::endl << commandHelp( a.command );
        return UsageError;
      }
      const QString input = a.positional.first();
      const QString outPath = a.options.value( QStringLiteral( "--out" ) );
      if ( QFileInfo( outPath ).absoluteFilePath() == QFileInfo( input ).absoluteFilePath() )
      {
        err << QCoreApplication::translate( "vigie::roadmap", "roadmap report: --out must not be the input" ) << Qt::endl;
        return UsageError;
      }
      StoredRoadmap stored;
      QString error;
      if ( isTerritoryFile( input ) )
      {
        bool found = false;
        if ( !loadRoadmapFromTerritory( input, &stored, &error, &found, documentName( a ) ) )
        {
          err << QCoreApplication::translate( "vigie::roadmap", "roadmap report: %1" ).arg( error ) << Qt::endl;
          return InputError;
        }
        if ( !found )
        {
          err << QCoreApplication::translate( "vigie::roadmap", "roadmap report: %1 has no roadmap \"%2\"" ).arg( QDir::toNativeSeparators( input ), documentName( a ) ) << Qt::endl;
          return InputError;
        }
      }
      else if ( !readRoadmap( input, &stored.roadmap, &error ) )
      {
        err << QCoreApplication::translate( "vigie::roadmap", "roadmap report: %1" ).arg( error ) << Qt::endl;
        return InputError;
      }
      if ( !readSettingsOptions( a, &stored.settings, err ) )
        return UsageError;
      if ( !writeRoadmapReport( stored.roadmap, stored.settings, outPath, &error ) )
      {
        err << QCoreApplication::translate( "vigie::roadmap", "roadmap report: %1" ).arg( error ) << Qt::endl;
        return Failure;
      }
      out << QCoreApplication::translate( "vigie::roadmap", "Wrote the report of %1 projects to %2" ).arg( stored.roadmap.projects.size() ).arg( QDir::toNativeSeparators( outPath ) ) << Qt::endl;
      return Success;
    }
  } // namespace

  CliCommand roadmapCliCommand()
  {
    CliCommand c;
    c.name = QStringLiteral( "roadmap" );
    c.summary = QCoreApplication::translate( "vigie::roadmap", "Roadmap of projects: merges offline edits, schedules under budget caps, ranks, exports and imports." );
    c.run = []( const QStringList &args, QTextStream &out, QTextStream &err ) -> int
    {
      Arguments a;
      QString error;
      if ( !parseArguments( args, a, &error ) )
      {
        err << QCoreApplication::translate( "vigie::roadmap", "roadmap: %1" ).arg( error ) << Qt::endl << generalHelp();
        return UsageError;
      }
      if ( a.command.isEmpty() )
      {
        ( a.help ? out : err ) << generalHelp();
        return a.help ? Success : UsageError;
      }
      static const QStringList commands = { QStringLiteral( "merge" ), QStringLiteral( "schedule" ), QStringLiteral( "rank" ),
                                            QStringLiteral( "export" ), QStringLiteral( "import" ), QStringLiteral( "export-from" ),
                                            QStringLiteral( "import-into" ), QStringLiteral( "report" ) };
      if ( !commands.contains( a.command ) )
      {
        err << QCoreApplication::translate( "vigie::roadmap", "roadmap: unknown command \"%1\"" ).arg( a.command ) << Qt::endl << generalHelp();
        return UsageError;
      }
      if ( a.help )
      {
        out << commandHelp( a.command );
        return Success;
      }
      if ( a.command == QLatin1String( "merge" ) )
        return runMerge( a, out, err );
      if ( a.command == QLatin1String( "schedule" ) )
        return runSchedule( a, out, err );
      if ( a.command == QLatin1String( "rank" ) )
        return runRank( a, out, err );
      if ( a.command == QLatin1String( "export" ) )
        return runExport( a, out, err );
      if ( a.command == QLatin1String( "export-from" ) )
        return runExportFrom( a, out, err );
      if ( a.command == QLatin1String( "import-into" ) )
        return runImportInto( a, out, err );
      if ( a.command == QLatin1String( "report" ) )
        return runReport( a, out, err );
      return runImport( a, out, err );
    };
    return c;
  }
} // namespace vigie
