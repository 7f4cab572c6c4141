// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_TEST_H
#define VIGIE_TEST_H

// Shared test base (after QGIS's QgsTest): data paths, fixtures copied into a
// temporary directory, loaded domain plugins.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace vigie::test
{
  //! tests/data/<name>
  inline QString testDataPath( const QString &name = QString() )
  {
    return QDir( QStringLiteral( VIGIE_TEST_DATA_DIR ) ).filePath( name );
  }

  //! ../shared/data/<name> (public data sets shared by the workplace)
  inline QString sharedDataPath( const QString &name = QString() )
  {
    return QDir( QStringLiteral( VIGIE_SHARED_DATA_DIR ) ).filePath( name );
  }

  //! resources/demo/<name> (demo sources committed with the project)
  inline QString demoSourcePath( const QString &name = QString() )
  {
    return QDir( QStringLiteral( VIGIE_SOURCE_DIR "/resources/demo" ) ).filePath( name );
  }

  //! Folder of the built domain plugins.
  inline QString pluginDirectory()
  {
    return QStringLiteral( VIGIE_PLUGIN_DIR );
  }

  //! A test base owning a temporary directory, removed at the end of the test case.
  class Test : public QObject
  {
    public:
      using QObject::QObject;

      //! Path inside this test's temporary directory.
      QString tempPath( const QString &name ) const { return mTempDir.filePath( name ); }

      //! Copies a fixture (tests/data/<name> or an absolute path) into the temporary directory.
      QString copyFixture( const QString &name, const QString &newName = QString() ) const
      {
        const QString source = QFileInfo( name ).isAbsolute() ? name : testDataPath( name );
        const QString target = tempPath( newName.isEmpty() ? QFileInfo( source ).fileName() : newName );
        QFile::remove( target );
        if ( !QFile::copy( source, target ) )
          qFatal( "cannot copy fixture %s", qPrintable( source ) );
        QFile( target ).setPermissions( QFileDevice::ReadOwner | QFileDevice::WriteOwner );
        return target;
      }

    private:
      QTemporaryDir mTempDir;
  };
} // namespace vigie::test

#endif
