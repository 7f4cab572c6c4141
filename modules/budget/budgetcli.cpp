// SPDX-License-Identifier: GPL-2.0-or-later
#include "budgetcli.h"

#include "audit.h"
#include "budgetstore.h"
#include "csvimport.h"
#include "explanation.h"
#include "pabulib.h"
#include "rules.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <utility>

namespace vigie::budget
{
  namespace
  {
    using namespace vigie::cli; // Success, Failure, UsageError, InputError

    QString help()
    {
      return QCoreApplication::translate(
                 "vigie::budget",
                 "Usage: vigie-cli budget COMMAND FILE.pb [options]\n"
                 "Participatory budget: count a Pabulib .pb vote with a chosen rule.\n"
                 "\n"
                 "Commands:\n"
                 "  allocate FILE.pb --rule R [--completion C] [--json]   projects funded by rule R\n"
                 "  explain FILE.pb --rule R [--completion C] [--json]    why each project was funded or not\n"
                 "  compare FILE.pb --rules A,B [--completion C] [--json] projects funded by one rule and not the other\n"
                 "  import --projects P.csv --votes V.csv --budget AMOUNT --out FILE.pb [--paper PAPER.csv]\n"
                 "         [--key-env VAR] [--personal-fields]\n"
                 "         converts a Decidim/CONSUL-style CSV export into a .pb file; voter ids are replaced by\n"
                 "         keyed hashes (HMAC-SHA256) with the key read from the environment variable VAR\n"
                 "         (default VIGIE_BUDGET_KEY), which is never stored; without a key nothing is imported.\n"
                 "         PAPER.csv holds paper counts per project (project id, votes) or anonymous paper\n"
                 "         ballots (one list of projects per row); counts only feed the greedy rules, MES and\n"
                 "         Phragmen need individual ballots. --personal-fields also writes age, sex, neighbourhood.\n"
                 "  attach TERRITORY FILE.pb [--rule R] [--completion C]\n"
                 "         stores the vote (the file byte for byte), its rule (default mes-cost) and its result in\n"
                 "         the territory, replacing the election attached before; the review deck shows it\n"
                 "  show TERRITORY [--json]   the attached election counted again with its rule: the keys of\n"
                 "         allocate --json, then name, completion, full_rule, projects, voters, currency, date_end,\n"
                 "         attached, sha256\n"
                 "\n"
                 "Rules: %1\n"
                 "  (\"city\" is the rule written in the file's META: greedy, greedy-threshold or greedy-no-skip)\n"
                 "Completions (mes-* rules only): none, greedy (greedy with the same satisfaction on what MES leaves),\n"
                 "  add1-greedy (raise every voter's budget by one unit until the budget is exhausted, then greedy)\n"
                 "Options:\n"
                 "  --audit FILE      allocate: apply the administrator overrides of FILE (FILE.pb.audit.json, written by the app)\n"
                 "  --json            print JSON\n"
                 "  -h, --help        show this help\n"
                 "\n"
                 "Exit codes: 0 done, 1 failure, 2 usage error, 3 the file cannot be read.\n" )
          .arg( RuleSpec::ruleNames().join( QStringLiteral( ", " ) ) );
    }

    struct Arguments
    {
      QString command;
      QString file;
      QString rule;
      QString rules;
      QString completion;
      QString audit;
      bool json = false;
      bool help = false;
    };

    //! The value of the option at \a *i, given as --option=VALUE or --option VALUE (then \a *i moves to it); false when it has none.
    bool optionValue( const QStringList &args, int *i, QString *value )
    {
      const QString &arg = args.at( *i );
      const int eq = arg.indexOf( QLatin1Char( '=' ) );
      if ( eq > 0 )
      {
        *value = arg.mid( eq + 1 );
        return true;
      }
      if ( *i + 1 >= args.size() )
        return false;
      *value = args.at( ++*i );
      return true;
    }

    //! Parses the arguments by hand: options may come before or after the file.
    bool parseArguments( const QStringList &args, Arguments &a, QString *error )
    {
      QStringList positional;
      for ( int i = 0; i < args.size(); ++i )
      {
        const QString &arg = args.at( i );
        const QString name = arg.section( QLatin1Char( '=' ), 0, 0 );
        // the options that take a value, as --option VALUE or --option=VALUE
        const std::pair<QLatin1String, QString *> valued[] = { { QLatin1String( "--rule" ), &a.rule },
                                                               { QLatin1String( "--rules" ), &a.rules },
                                                               { QLatin1String( "--completion" ), &a.completion },
                                                               { QLatin1String( "--audit" ), &a.audit } };
        QString *target = nullptr;
        for ( const auto &option : valued )
        {
          if ( name == option.first )
            target = option.second;
        }
        if ( arg == QLatin1String( "-h" ) || arg == QLatin1String( "--help" ) )
          a.help = true;
        else if ( arg == QLatin1String( "--json" ) )
          a.json = true;
        else if ( target )
        {
          if ( !optionValue( args, &i, target ) )
          {
            *error = QCoreApplication::translate( "vigie::budget", "option %1 needs a value" ).arg( arg );
            return false;
          }
        }
        else if ( arg.startsWith( QLatin1Char( '-' ) ) && arg.size() > 1 )
        {
          *error = QCoreApplication::translate( "vigie::budget", "unknown option %1" ).arg( arg );
          return false;
        }
        else
          positional.append( arg );
      }
      if ( a.help )
        return true;
      if ( positional.isEmpty() )
      {
        *error = QCoreApplication::translate( "vigie::budget", "missing command (allocate, explain or compare)" );
        return false;
      }
      a.command = positional.takeFirst();
      if ( a.command != QLatin1String( "allocate" ) && a.command != QLatin1String( "explain" ) && a.command != QLatin1String( "compare" ) )
      {
        *error = QCoreApplication::translate( "vigie::budget", "unknown command \"%1\" (allocate, explain or compare)" ).arg( a.command );
        return false;
      }
      if ( positional.isEmpty() )
      {
        *error = QCoreApplication::translate( "vigie::budget", "missing FILE.pb" );
        return false;
      }
      a.file = positional.takeFirst();
      if ( !positional.isEmpty() )
      {
        *error = QCoreApplication::translate( "vigie::budget", "unexpected argument \"%1\"" ).arg( positional.first() );
        return false;
      }
      if ( a.command == QLatin1String( "compare" ) )
      {
        if ( a.rules.split( QLatin1Char( ',' ), Qt::SkipEmptyParts ).size() != 2 )
        {
          *error = QCoreApplication::translate( "vigie::budget", "compare needs --rules A,B (two rules)" );
          return false;
        }
      }
      else if ( a.rule.isEmpty() )
      {
        *error = QCoreApplication::translate( "vigie::budget", "%1 needs --rule" ).arg( a.command );
        return false;
      }
      return true;
    }

    //! `budget import`: CSV export (+ paper vote) -> .pb with pseudonymised voters.
    int runImport( const QStringList &args, QTextStream &out, QTextStream &err )
    {
      QString projects, votes, paper, output, budget;
      QString keyEnv = QStringLiteral( "VIGIE_BUDGET_KEY" );
      bool personal = false;
      QString error;
      auto usage = [&]( const QString &message )
      {
        err << QCoreApplication::translate( "vigie::budget", "vigie-cli budget import: %1" ).arg( message ) << '\n'
            << QCoreApplication::translate( "vigie::budget", "Run \"vigie-cli budget --help\" for usage." ) << '\n';
        err.flush();
        return UsageError;
      };
      for ( int i = 0; i < args.size(); ++i )
      {
        const QString &arg = args.at( i );
        const QString name = arg.section( QLatin1Char( '=' ), 0, 0 );
        QString *target = nullptr;
        if ( name == QLatin1String( "--projects" ) )
          target = &projects;
        else if ( name == QLatin1String( "--votes" ) )
          target = &votes;
        else if ( name == QLatin1String( "--paper" ) )
          target = &paper;
        else if ( name == QLatin1String( "--out" ) )
          target = &output;
        else if ( name == QLatin1String( "--budget" ) )
          target = &budget;
        else if ( name == QLatin1String( "--key-env" ) )
          target = &keyEnv;
        else if ( arg == QLatin1String( "--personal-fields" ) )
        {
          personal = true;
          continue;
        }
        else if ( arg == QLatin1String( "-h" ) || arg == QLatin1String( "--help" ) )
        {
          out << help();
          out.flush();
          return Success;
        }
        else if ( arg.startsWith( QLatin1Char( '-' ) ) )
          return usage( QCoreApplication::translate( "vigie::budget", "unknown option %1" ).arg( arg ) );
        else
          return usage( QCoreApplication::translate( "vigie::budget", "unexpected argument \"%1\"" ).arg( arg ) );
        if ( !optionValue( args, &i, target ) )
          return usage( QCoreApplication::translate( "vigie::budget", "option %1 needs a value" ).arg( arg ) );
      }
      if ( projects.isEmpty() )
        return usage( QCoreApplication::translate( "vigie::budget", "import needs --projects P.csv" ) );
      if ( votes.isEmpty() )
        return usage( QCoreApplication::translate( "vigie::budget", "import needs --votes V.csv" ) );
      if ( output.isEmpty() )
        return usage( QCoreApplication::translate( "vigie::budget", "import needs --out FILE.pb" ) );
      if ( budget.isEmpty() )
        return usage( QCoreApplication::translate( "vigie::budget", "import needs --budget AMOUNT (the total budget)" ) );
      const QByteArray key = qgetenv( keyEnv.toLocal8Bit().constData() );
      if ( keyEnv.isEmpty() || key.isEmpty() )
      {
        err << QCoreApplication::translate( "vigie::budget",
                                            "vigie-cli budget import: the environment variable %1 holds no pseudonymisation key; "
                                            "voter ids are never imported in clear" )
                   .arg( keyEnv )
            << '\n';
        err.flush();
        return Failure;
      }
      auto inputError = [&]( const QString &message )
      {
        err << QCoreApplication::translate( "vigie::budget", "vigie-cli budget import: %1" ).arg( message ) << '\n';
        err.flush();
        return InputError;
      };
      Election election;
      QByteArray data;
      if ( !CsvImporter::readFile( projects, data, &error ) || !CsvImporter::importProjects( data, projects, budget, election, &error ) )
        return inputError( error );
      if ( !CsvImporter::readFile( votes, data, &error ) || !CsvImporter::importVotes( data, votes, key, election, &error ) )
        return inputError( error );
      PaperKind kind = PaperKind::Ballots;
      if ( !paper.isEmpty() &&
           ( !CsvImporter::readFile( paper, data, &error ) || !CsvImporter::mergePaper( data, paper, election, &kind, &error ) ) )
        return inputError( error );
      WriteOptions options;
      options.exportBallots = true; // pseudonymised: the .pb is the input of the count
      options.exportPersonalFields = personal;
      if ( !PabulibWriter::writeFile( output, election, &error, options ) )
      {
        err << QCoreApplication::translate( "vigie::budget", "vigie-cli budget import: %1" ).arg( error ) << '\n';
        err.flush();
        return Failure;
      }
      out << QCoreApplication::translate( "vigie::budget", "%1: %2 projects, %3 ballots written" )
                 .arg( QDir::toNativeSeparators( output ) )
                 .arg( election.projectCount() )
                 .arg( election.voterCount() )
          << '\n';
      if ( !paper.isEmpty() && kind == PaperKind::Counts )
        out << QCoreApplication::translate(
                   "vigie::budget",
                   "Paper counts merged: only the greedy rules can count them (MES and Phragmen need individual ballots)." )
            << '\n';
      out.flush();
      return Success;
    }

    //! `budget attach TERRITORY FILE.pb [--rule R] [--completion C]` and `budget show TERRITORY [--json]`.
    int runTerritory( const QString &command, const QStringList &args, QTextStream &out, QTextStream &err )
    {
      QStringList positional;
      QString rule = defaultAttachRule();
      QString completion;
      bool json = false;
      auto usage = [&]( const QString &message )
      {
        err << QCoreApplication::translate( "vigie::budget", "vigie-cli budget %1: %2" ).arg( command, message ) << '\n'
            << QCoreApplication::translate( "vigie::budget", "Run \"vigie-cli budget --help\" for usage." ) << '\n';
        err.flush();
        return UsageError;
      };
      for ( int i = 0; i < args.size(); ++i )
      {
        const QString &arg = args.at( i );
        const QString name = arg.section( QLatin1Char( '=' ), 0, 0 );
        QString *target = nullptr;
        if ( arg == QLatin1String( "-h" ) || arg == QLatin1String( "--help" ) )
        {
          out << help();
          out.flush();
          return Success;
        }
        if ( arg == QLatin1String( "--json" ) && command == QLatin1String( "show" ) )
        {
          json = true;
          continue;
        }
        if ( name == QLatin1String( "--rule" ) && command == QLatin1String( "attach" ) )
          target = &rule;
        else if ( name == QLatin1String( "--completion" ) && command == QLatin1String( "attach" ) )
          target = &completion;
        else if ( arg.startsWith( QLatin1Char( '-' ) ) && arg.size() > 1 )
          return usage( QCoreApplication::translate( "vigie::budget", "unknown option %1" ).arg( arg ) );
        else
        {
          positional << arg;
          continue;
        }
        if ( !optionValue( args, &i, target ) )
          return usage( QCoreApplication::translate( "vigie::budget", "option %1 needs a value" ).arg( arg ) );
      }
      const int expected = command == QLatin1String( "attach" ) ? 2 : 1;
      if ( positional.size() < expected )
        return usage( command == QLatin1String( "attach" )
                          ? QCoreApplication::translate( "vigie::budget", "attach needs TERRITORY and FILE.pb" )
                          : QCoreApplication::translate( "vigie::budget", "show needs TERRITORY" ) );
      if ( positional.size() > expected )
        return usage( QCoreApplication::translate( "vigie::budget", "unexpected argument \"%1\"" ).arg( positional.at( expected ) ) );
      QString error;
      auto inputError = [&]( const QString &message, int code )
      {
        err << QCoreApplication::translate( "vigie::budget", "vigie-cli budget %1: %2" ).arg( command, message ) << '\n';
        err.flush();
        return code;
      };
      const QString territory = positional.first();
      AttachedElection attached;
      AllocationResult result;
      if ( command == QLatin1String( "attach" ) )
      {
        const QString file = positional.at( 1 );
        // a bad rule is a usage error, an unreadable file or territory an input error
        Election election;
        if ( !PabulibReader::readFile( file, election, &error ) )
          return inputError( error, InputError );
        RuleSpec spec;
        if ( !RuleSpec::parse( rule, completion, election, spec, &error ) )
          return usage( error );
        if ( !attachElection( territory, file, rule, completion, &attached, &error, &result ) )
          return inputError( error, InputError );
        out << QCoreApplication::translate( "vigie::budget", "%1: attached %2 (%3): %4 of %5 projects funded, %6 of %7" )
                   .arg( QDir::toNativeSeparators( territory ), attached.name, result.spec.fullName() )
                   .arg( result.outcome.selected.size() )
                   .arg( result.election.projectCount() )
                   .arg( result.election.formatMoney( result.outcome.cost ), result.election.formatMoney( result.election.budget ) )
            << '\n';
        out.flush();
        return Success;
      }
      bool found = false;
      if ( !attachedAllocation( territory, &attached, &result, &found, &error ) )
        return inputError( error, found ? Failure : InputError );
      if ( json )
        out << allocationJsonText( result, attachedJsonExtra( attached, result ) ) << '\n';
      else
      {
        out << QCoreApplication::translate( "vigie::budget", "%1, attached %2 UTC" )
                   .arg( attached.name, attached.attached.toString( QStringLiteral( "yyyy-MM-dd HH:mm" ) ) )
            << '\n'
            << QCoreApplication::translate( "vigie::budget", "%1: %2 of %3 projects funded, %4 of %5, %6 voters" )
                   .arg( result.spec.fullName() )
                   .arg( result.outcome.selected.size() )
                   .arg( result.election.projectCount() )
                   .arg( result.election.formatMoney( result.outcome.cost ), result.election.formatMoney( result.election.budget ) )
                   .arg( result.election.voterCount() )
            << '\n';
        for ( const QString &id : result.outcome.sortedIds( result.election ) )
        {
          const int p = result.election.projectIndex( id.toStdString() );
          out << "  " << id << "  " << result.election.formatMoney( result.election.projects[static_cast<size_t>( p )].cost ) << "  "
              << result.election.projectCell( p, "name" ) << '\n';
        }
      }
      out.flush();
      return Success;
    }

    int run( const QStringList &args, QTextStream &out, QTextStream &err )
    {
      if ( !args.isEmpty() && args.first() == QLatin1String( "import" ) )
        return runImport( args.mid( 1 ), out, err );
      if ( !args.isEmpty() && ( args.first() == QLatin1String( "attach" ) || args.first() == QLatin1String( "show" ) ) )
        return runTerritory( args.first(), args.mid( 1 ), out, err );
      Arguments a;
      QString error;
      if ( !parseArguments( args, a, &error ) )
      {
        err << QCoreApplication::translate( "vigie::budget", "vigie-cli budget: %1" ).arg( error ) << '\n'
            << QCoreApplication::translate( "vigie::budget", "Run \"vigie-cli budget --help\" for usage." ) << '\n';
        err.flush();
        return UsageError;
      }
      if ( a.help )
      {
        out << help();
        out.flush();
        return Success;
      }
      Election election;
      if ( !PabulibReader::readFile( a.file, election, &error ) )
      {
        err << QCoreApplication::translate( "vigie::budget", "vigie-cli budget: %1" ).arg( error ) << '\n';
        err.flush();
        return InputError;
      }
      const QStringList ruleNames =
          a.command == QLatin1String( "compare" ) ? a.rules.split( QLatin1Char( ',' ), Qt::SkipEmptyParts ) : QStringList{ a.rule };
      QList<RuleSpec> specs;
      for ( const QString &name : ruleNames )
      {
        RuleSpec spec;
        QString completion = a.completion;
        // in compare, a completion applies to the mes-* rules only
        if ( a.command == QLatin1String( "compare" ) && !name.trimmed().startsWith( QLatin1String( "mes-" ) ) )
          completion.clear();
        if ( !RuleSpec::parse( name, completion, election, spec, &error ) )
        {
          err << QCoreApplication::translate( "vigie::budget", "vigie-cli budget: %1" ).arg( error ) << '\n';
          err.flush();
          return UsageError;
        }
        specs.append( spec );
      }

      QList<Outcome> outcomes;
      QList<double> seconds;
      for ( const RuleSpec &spec : specs )
      {
        QElapsedTimer timer;
        timer.start();
        outcomes.append( allocate( election, spec ) );
        seconds.append( static_cast<double>( timer.nsecsElapsed() ) / 1e9 );
      }

      // administrator overrides recorded by the app's budget panel (FILE.pb.audit.json)
      BudgetAuditLog audit;
      if ( !a.audit.isEmpty() )
      {
        if ( !QFile::exists( a.audit ) || !audit.load( a.audit, &error ) )
        {
          err << QCoreApplication::translate( "vigie::budget", "vigie-cli budget: %1" )
                     .arg( error.isEmpty() ? QCoreApplication::translate( "vigie::budget", "%1: no such audit log" )
                                                 .arg( QDir::toNativeSeparators( a.audit ) )
                                           : error )
              << '\n';
          err.flush();
          return InputError;
        }
        Outcome &first = outcomes.first();
        first.selected = audit.applyOverrides( election, first.selected );
        first.cost = 0;
        for ( int p : first.selected )
          first.cost += election.projects[static_cast<size_t>( p )].cost;
      }

      if ( a.command == QLatin1String( "allocate" ) )
      {
        const Outcome &o = outcomes.first();
        if ( a.json )
        {
          // the same text as `budget show --json` (budgetstore.h)
          AllocationResult result;
          result.election = election;
          result.spec = specs.first();
          result.ruleName = ruleNames.first().trimmed();
          result.outcome = o;
          result.seconds = seconds.first();
          out << allocationJsonText( result ) << '\n';
        }
        else
        {
          out << QCoreApplication::translate( "vigie::budget", "%1: %2 projects funded, %3 of %4 (%5 s)" )
                     .arg( specs.first().fullName() )
                     .arg( o.selected.size() )
                     .arg( election.formatMoney( o.cost ), election.formatMoney( election.budget ) )
                     .arg( seconds.first(), 0, 'f', 3 )
              << '\n';
          for ( const QString &id : o.sortedIds( election ) )
            out << "  " << id << '\n';
        }
      }
      else if ( a.command == QLatin1String( "explain" ) )
      {
        const Explanation x = explain( election, outcomes.first() );
        if ( a.json )
          out << QString::fromUtf8( QJsonDocument( explanationJson( election, x ) ).toJson( QJsonDocument::Indented ) );
        else
          out << explanationText( election, x );
      }
      else
      {
        const OutcomeComparison c = compareOutcomes( election, outcomes.at( 0 ), outcomes.at( 1 ) );
        const QString first = specs.at( 0 ).fullName();
        const QString second = specs.at( 1 ).fullName();
        if ( a.json )
        {
          QJsonObject o;
          o.insert( QStringLiteral( "rules" ), QJsonArray{ first, second } );
          o.insert( QStringLiteral( "both" ), QJsonArray::fromStringList( c.both ) );
          o.insert( QStringLiteral( "onlyFirst" ), QJsonArray::fromStringList( c.onlyFirst ) );
          o.insert( QStringLiteral( "onlySecond" ), QJsonArray::fromStringList( c.onlySecond ) );
          o.insert( QStringLiteral( "costs" ), QJsonArray{ election.formatMoney( outcomes.at( 0 ).cost ).toDouble(),
                                                           election.formatMoney( outcomes.at( 1 ).cost ).toDouble() } );
          out << QString::fromUtf8( QJsonDocument( o ).toJson( QJsonDocument::Indented ) );
        }
        else
        {
          out << QCoreApplication::translate( "vigie::budget", "%1: %2 projects, %3; %4: %5 projects, %6; %7 in common" )
                     .arg( first )
                     .arg( outcomes.at( 0 ).selected.size() )
                     .arg( election.formatMoney( outcomes.at( 0 ).cost ) )
                     .arg( second )
                     .arg( outcomes.at( 1 ).selected.size() )
                     .arg( election.formatMoney( outcomes.at( 1 ).cost ) )
                     .arg( c.both.size() )
              << '\n';
          auto list = [&]( const QString &title, const QStringList &ids, const Outcome &outcome )
          {
            out << title << '\n';
            const Explanation x = explain( election, outcome );
            for ( const QString &id : ids )
            {
              for ( const ProjectExplanation &p : x.projects )
              {
                if ( p.id == id )
                  out << "  " << id << "  " << election.formatMoney( p.cost ) << "  " << p.name << '\n';
              }
            }
          };
          list( QCoreApplication::translate( "vigie::budget", "Only with %1:" ).arg( first ), c.onlyFirst, outcomes.at( 0 ) );
          list( QCoreApplication::translate( "vigie::budget", "Only with %1:" ).arg( second ), c.onlySecond, outcomes.at( 1 ) );
        }
      }
      out.flush();
      return Success;
    }
  } // namespace

  vigie::CliCommand budgetCliCommand()
  {
    vigie::CliCommand command;
    command.name = QStringLiteral( "budget" );
    command.summary = QCoreApplication::translate( "vigie::budget",
                                                   "Participatory budget: allocates, explains and compares rules on a Pabulib .pb file." );
    command.run = run;
    return command;
  }
} // namespace vigie::budget
