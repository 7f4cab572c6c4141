// SPDX-License-Identifier: GPL-2.0-or-later
// The participatory budget attached to a territory: `vigie-cli budget attach` stores the .pb byte
// for byte with its rule, `budget show --json` prints what `budget allocate --json` prints for the
// same file and rule, a second attach replaces the first, bad input changes nothing.

#include "budgetcli.h"
#include "budgetstore.h"
#include "clitest.h"
#include "sqlconnection.h"
#include "territory.h"
#include "vigietest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace vigie;
using vigie::test::runCliCommand;

namespace
{
  QString toulouse()
  {
    return vigie::test::demoSourcePath( QStringLiteral( "budget/France_Toulouse_2022_15_-_Croix_de_Pierre_Route_dEspagne.pb" ) );
  }

  QJsonObject parse( const QString &text )
  {
    return QJsonDocument::fromJson( text.toUtf8() ).object();
  }

  QByteArray readAll( const QString &path )
  {
    QFile file( path );
    return file.open( QIODevice::ReadOnly ) ? file.readAll() : QByteArray();
  }
} // namespace

class TestBudgetStore : public vigie::test::Test
{
  Q_OBJECT

private:
  QString newTerritory( const QString &name )
  {
    const QString path = tempPath( name );
    TerritoryInfo info;
    info.name = QStringLiteral( "Test" );
    QString error;
    if ( !Territory::create( path, info, {}, &error ) )
      qWarning( "%s", qPrintable( error ) );
    return path;
  }

private Q_SLOTS:
  void showEqualsAllocate_data()
  {
    QTest::addColumn<QString>( "file" );
    QTest::addColumn<QString>( "rule" );
    QTest::addColumn<QString>( "completion" );
    QTest::newRow( "toulouse mes-cost" ) << toulouse() << "mes-cost"
                                         << "";
    QTest::newRow( "toulouse city" ) << toulouse() << "city"
                                     << "";
    QTest::newRow( "toulouse mes add1" ) << toulouse() << "mes-cost"
                                         << "add1-greedy";
    const QString grochow = vigie::test::sharedDataPath( QStringLiteral( "pabulib/Poland_Warszawa_2019_Grochow_Poludniowy.pb" ) );
    if ( QFile::exists( grochow ) )
      QTest::newRow( "grochow greedy-cost" ) << grochow << "greedy-cost"
                                             << "";
  }

  void showEqualsAllocate()
  {
    QFETCH( QString, file );
    QFETCH( QString, rule );
    QFETCH( QString, completion );
    const QString territory = newTerritory( QStringLiteral( "budget %1.gpkg" ).arg( QString::fromUtf8( QTest::currentDataTag() ) ) );
    QStringList attachArgs{ QStringLiteral( "attach" ), territory, file, QStringLiteral( "--rule" ), rule };
    QStringList allocateArgs{ QStringLiteral( "allocate" ), file, QStringLiteral( "--rule" ), rule, QStringLiteral( "--json" ) };
    if ( !completion.isEmpty() )
    {
      attachArgs << QStringLiteral( "--completion" ) << completion;
      allocateArgs << QStringLiteral( "--completion" ) << completion;
    }
    const test::CliResult attach = runCliCommand( budget::budgetCliCommand(), attachArgs );
    QVERIFY2( attach.code == 0, qPrintable( attach.err ) );
    QVERIFY( attach.out.contains( QLatin1String( "projects funded" ) ) );

    const test::CliResult show =
        runCliCommand( budget::budgetCliCommand(), { QStringLiteral( "show" ), territory, QStringLiteral( "--json" ) } );
    QVERIFY2( show.code == 0, qPrintable( show.err ) );
    const test::CliResult allocate = runCliCommand( budget::budgetCliCommand(), allocateArgs );
    QVERIFY2( allocate.code == 0, qPrintable( allocate.err ) );
    const QJsonObject shown = parse( show.out );
    const QJsonObject allocated = parse( allocate.out );
    QVERIFY( !allocated.isEmpty() );
    // every key of allocate, with the same value (the time excepted)
    for ( auto it = allocated.constBegin(); it != allocated.constEnd(); ++it )
    {
      QVERIFY2( shown.contains( it.key() ), qPrintable( it.key() ) );
      if ( it.key() != QLatin1String( "seconds" ) )
        QCOMPARE( shown.value( it.key() ), it.value() );
    }
    QCOMPARE( shown.value( QStringLiteral( "name" ) ).toString(), QFileInfo( file ).fileName() );
    QCOMPARE( shown.value( QStringLiteral( "completion" ) ).toString(), completion );

    // stored byte for byte, with the summary of the count
    budget::AttachedElection attached;
    bool found = false;
    QString error;
    QVERIFY2( budget::attachedElection( territory, &attached, &found, &error ), qPrintable( error ) );
    QVERIFY( found );
    QCOMPARE( attached.data, readAll( file ) );
    QCOMPARE( attached.rule, rule );
    QCOMPARE( attached.summary.value( QStringLiteral( "selected" ) ), allocated.value( QStringLiteral( "selected" ) ) );
    QVERIFY( qAbs( attached.attached.secsTo( QDateTime::currentDateTimeUtc() ) ) < 600 );
  }

  void attachReplaces()
  {
    const QString czestochowa = vigie::test::sharedDataPath( QStringLiteral( "pabulib/Poland_Czestochowa_2020_Stare_Miasto.pb" ) );
    if ( !QFile::exists( czestochowa ) )
      QSKIP( "shared/data/pabulib is missing" );
    const QString territory = newTerritory( QStringLiteral( "replace.gpkg" ) );
    QString error;
    QVERIFY2( budget::attachElection( territory, toulouse(), QStringLiteral( "mes-cost" ), QString(), nullptr, &error ),
              qPrintable( error ) );
    QVERIFY2( budget::attachElection( territory, czestochowa, QStringLiteral( "greedy-cost" ), QString(), nullptr, &error ),
              qPrintable( error ) );
    budget::AttachedElection attached;
    budget::AllocationResult result;
    bool found = false;
    QVERIFY2( budget::attachedAllocation( territory, &attached, &result, &found, &error ), qPrintable( error ) );
    QCOMPARE( attached.name, QFileInfo( czestochowa ).fileName() );
    QCOMPARE( result.election.voterCount(), 524 );
    // the territory still opens, with the budget component known
    std::unique_ptr<Territory> opened = Territory::open( territory, {}, Territory::Mode::ReadOnly, &error );
    QVERIFY2( opened, qPrintable( error ) );
  }

  void newerSchemaRefused()
  {
    const QString territory = newTerritory( QStringLiteral( "newer.gpkg" ) );
    QString error;
    QVERIFY2( budget::attachElection( territory, toulouse(), QStringLiteral( "mes-cost" ), QString(), nullptr, &error ),
              qPrintable( error ) );
    {
      std::unique_ptr<SqlConnection> db = SqlConnection::open( territory, SqlConnection::Mode::ReadWrite, &error );
      QVERIFY2( db, qPrintable( error ) );
      QVERIFY2( db->execute( QStringLiteral( "UPDATE vigie_schema SET version = 99 WHERE component = ?" ),
                             { budget::budgetStoreComponent() }, &error ),
                qPrintable( error ) );
    }
    // a budget written by a newer Vigie is refused, and left as it was
    const QByteArray before = readAll( territory );
    QVERIFY( !budget::attachElection( territory, toulouse(), QStringLiteral( "greedy-cost" ), QString(), nullptr, &error ) );
    QVERIFY2( error.contains( QStringLiteral( "participatory budget was written by a newer Vigie (component %1 schema 99" )
                                  .arg( budget::budgetStoreComponent() ) ),
              qPrintable( error ) );
    QCOMPARE( readAll( territory ), before );
  }

  void errors_data()
  {
    QTest::addColumn<QStringList>( "args" );
    QTest::addColumn<int>( "code" );
    QTest::addColumn<QString>( "message" );
    QTest::newRow( "attach without file" ) << QStringList{ QStringLiteral( "attach" ), QStringLiteral( "TERRITORY" ) } << 2
                                           << "needs TERRITORY and FILE.pb";
    QTest::newRow( "unknown rule" ) << QStringList{ QStringLiteral( "attach" ), QStringLiteral( "TERRITORY" ), toulouse(),
                                                    QStringLiteral( "--rule" ), QStringLiteral( "lottery" ) }
                                    << 2 << "lottery";
    QTest::newRow( "missing pb" ) << QStringList{ QStringLiteral( "attach" ), QStringLiteral( "TERRITORY" ),
                                                  QStringLiteral( "nowhere.pb" ) }
                                  << 3 << "nowhere.pb";
    QTest::newRow( "show unknown option" ) << QStringList{ QStringLiteral( "show" ), QStringLiteral( "TERRITORY" ),
                                                           QStringLiteral( "--rule" ), QStringLiteral( "greedy" ) }
                                           << 2 << "--rule";
    QTest::newRow( "show nothing attached" ) << QStringList{ QStringLiteral( "show" ), QStringLiteral( "TERRITORY" ) } << 3
                                             << "no participatory budget attached";
    QTest::newRow( "show no territory" ) << QStringList{ QStringLiteral( "show" ), QStringLiteral( "NONE" ) } << 3 << "no such territory";
  }

  void errors()
  {
    QFETCH( QStringList, args );
    QFETCH( int, code );
    QFETCH( QString, message );
    const QString territory = newTerritory( QStringLiteral( "errors %1.gpkg" ).arg( QString::fromUtf8( QTest::currentDataTag() ) ) );
    const QByteArray before = readAll( territory );
    for ( QString &arg : args )
    {
      if ( arg == QLatin1String( "TERRITORY" ) )
        arg = territory;
      else if ( arg == QLatin1String( "NONE" ) )
        arg = tempPath( QStringLiteral( "none.gpkg" ) );
    }
    const test::CliResult r = runCliCommand( budget::budgetCliCommand(), args );
    QCOMPARE( r.code, code );
    QVERIFY2( r.err.contains( message ), qPrintable( r.err ) );
    // nothing changed
    QCOMPARE( readAll( territory ), before );
    bool found = true;
    budget::AttachedElection attached;
    QString error;
    QVERIFY2( budget::attachedElection( territory, &attached, &found, &error ), qPrintable( error ) );
    QVERIFY( !found );
  }
};

QTEST_GUILESS_MAIN( TestBudgetStore )
#include "tst_budgetstore.moc"
