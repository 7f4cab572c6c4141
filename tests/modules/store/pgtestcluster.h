// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_PGTESTCLUSTER_H
#define VIGIE_PGTESTCLUSTER_H

// The throwaway PostgreSQL + PostGIS cluster of the tests (tools/pgcluster). Under CTest the
// "pgcluster" fixture starts it and VIGIE_PG_CLUSTER_DIR names its folder; run by hand, the
// test starts its own in the build folder and stops it at exit. Each test gets fresh
// databases cloned from vigie_test (which has the postgis extension).

#include "sqlconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>

namespace vigie::test
{
  class PgTestCluster
  {
  public:
    ~PgTestCluster()
    {
      dropDatabases();
      if ( mOwnCluster )
        QProcess::execute( script(), { QStringLiteral( "stop" ), mDirectory } );
    }

    //! Starts (or finds) the cluster; false with the reason why the PostGIS tests must skip or fail.
    bool start( QString *skipReason, QString *error )
    {
      mDirectory = qEnvironmentVariable( "VIGIE_PG_CLUSTER_DIR" );
      if ( mDirectory.isEmpty() )
      {
        // not under CTest: a cluster of our own, in the build folder (traversable by the postgres user when we are root)
        mDirectory = QStringLiteral( VIGIE_BINARY_DIR "/pgcluster-%1" ).arg( QCoreApplication::applicationPid() );
        QProcess process;
        process.start( script(), { QStringLiteral( "start" ), mDirectory, QStringLiteral( "auto" ), QStringLiteral( "--if-available" ) } );
        if ( !process.waitForFinished( 120000 ) || process.exitCode() != 0 )
        {
          *error = QStringLiteral( "tools/pgcluster start failed: %1" ).arg( QString::fromUtf8( process.readAllStandardError() ) );
          return false;
        }
        mOwnCluster = true;
      }
      QFile unavailable( QStringLiteral( "%1/unavailable" ).arg( mDirectory ) );
      if ( unavailable.open( QIODevice::ReadOnly ) )
      {
        *skipReason = QString::fromUtf8( unavailable.readAll() ).trimmed();
        return false;
      }
      QFile conninfo( QStringLiteral( "%1/conninfo" ).arg( mDirectory ) );
      if ( !conninfo.open( QIODevice::ReadOnly ) )
      {
        *error = QStringLiteral( "%1: no conninfo: the pgcluster fixture did not start" ).arg( mDirectory );
        return false;
      }
      mConninfo = QString::fromUtf8( conninfo.readAll() ).trimmed();
      return true;
    }

    //! Connection string of the cluster with another database.
    QString conninfo( const QString &database ) const { return QStringLiteral( "%1 dbname=%2" ).arg( mConninfo, database ); }

    //! A new database with PostGIS; its territory path ("PG:...").
    QString newDatabase( const QString &name, QString *error )
    {
      const QString database = QStringLiteral( "t%1_%2_%3" ).arg( QCoreApplication::applicationPid() ).arg( ++mCounter ).arg( name );
      std::unique_ptr<SqlConnection> admin = SqlConnection::open( QStringLiteral( "PG:%1" ).arg( conninfo( QStringLiteral( "postgres" ) ) ),
                                                                  SqlConnection::Mode::ReadWrite, error );
      if ( !admin || !admin->execute( QStringLiteral( "CREATE DATABASE %1 TEMPLATE vigie_test" ).arg( database ), QVariantList(), error ) )
        return QString();
      mDatabases << database;
      return QStringLiteral( "PG:%1" ).arg( conninfo( database ) );
    }

    //! The whole cluster's superuser connection string (dbname=postgres).
    QString adminPath() const { return QStringLiteral( "PG:%1" ).arg( conninfo( QStringLiteral( "postgres" ) ) ); }

  private:
    static QString script() { return QStringLiteral( VIGIE_SOURCE_DIR "/tools/pgcluster" ); }

    void dropDatabases()
    {
      if ( mConninfo.isEmpty() || mDatabases.isEmpty() )
        return;
      std::unique_ptr<SqlConnection> admin = SqlConnection::open( adminPath(), SqlConnection::Mode::ReadWrite );
      if ( !admin )
        return;
      for ( const QString &database : std::as_const( mDatabases ) )
        admin->execute( QStringLiteral( "DROP DATABASE IF EXISTS %1 WITH (FORCE)" ).arg( database ) );
    }

    QString mDirectory;
    QString mConninfo;
    QStringList mDatabases;
    int mCounter = 0;
    bool mOwnCluster = false;
  };
} // namespace vigie::test

#endif
