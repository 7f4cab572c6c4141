// SPDX-License-Identifier: GPL-2.0-or-later
#include "pluginmanager.h"

#include "log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonValue>
#include <QLibrary>
#include <QPluginLoader>

#include <algorithm>

namespace vigie
{
  namespace
  {
    const QString kTopic = QStringLiteral( "plugins" );
  }

  PluginManager::PluginManager() = default;

  // Plugins stay loaded for the life of the process (as in Qt Creator): their code may
  // still be referenced by objects the app created from them.
  PluginManager::~PluginManager() = default;

  QStringList PluginManager::defaultSearchPaths()
  {
    QStringList paths;
    const QString env = qEnvironmentVariable( "VIGIE_PLUGIN_PATH" );
    if ( !env.isEmpty() )
      paths << env.split( QDir::listSeparator(), Qt::SkipEmptyParts );
    if ( QCoreApplication::instance() )
    {
      const QString appDir = QCoreApplication::applicationDirPath();
      paths << QDir::cleanPath( appDir + QStringLiteral( "/../lib/vigie/plugins" ) )
            << QDir::cleanPath( appDir + QStringLiteral( "/plugins" ) );
    }
    return paths;
  }

  int PluginManager::loadFrom( const QStringList &directories )
  {
    int count = 0;
    for ( const QString &directory : directories )
    {
      const QDir dir( directory );
      if ( !dir.exists() )
      {
        logMessage( LogLevel::Debug, kTopic, QStringLiteral( "plugin folder %1 does not exist" ).arg( QDir::toNativeSeparators( directory ) ) );
        continue;
      }
      const QFileInfoList files = dir.entryInfoList( QDir::Files, QDir::Name );
      for ( const QFileInfo &file : files )
      {
        if ( !QLibrary::isLibrary( file.fileName() ) )
          continue;
        if ( loadFile( file.absoluteFilePath() ) )
          ++count;
      }
    }
    return count;
  }

  bool PluginManager::loadFile( const QString &path )
  {
    PluginRecord record;
    record.fileName = path;
    const QString nativePath = QDir::toNativeSeparators( path );
    auto skip = [&]( const QString &reason ) {
      record.error = reason;
      mRecords.append( record );
      logMessage( LogLevel::Warning, kTopic, QStringLiteral( "skipped plugin %1: %2" ).arg( nativePath, reason ) );
      return false;
    };

    auto loader = std::make_unique<QPluginLoader>( path );
    // 1. metadata, read without running any of the plugin's code
    const QJsonObject meta = loader->metaData();
    if ( meta.isEmpty() )
      return skip( QStringLiteral( "not a Qt plugin or unreadable (%1)" ).arg( loader->errorString() ) );
    const QString iid = meta.value( QStringLiteral( "IID" ) ).toString();
    if ( !iid.startsWith( QLatin1String( "fr.vigie.DomainPlugin/" ) ) )
      return skip( QStringLiteral( "not a Vigie domain plugin (interface \"%1\")" ).arg( iid ) );
    record.metaData = meta.value( QStringLiteral( "MetaData" ) ).toObject();
    record.id = record.metaData.value( QStringLiteral( "id" ) ).toString();
    record.name = record.metaData.value( QStringLiteral( "name" ) ).toString();
    record.version = record.metaData.value( QStringLiteral( "version" ) ).toString();
    record.interfaceVersion = record.metaData.value( QStringLiteral( "interfaceVersion" ) ).toInt();
    if ( record.id.isEmpty() )
      return skip( QStringLiteral( "its metadata has no \"id\"" ) );
    if ( record.interfaceVersion != kDomainPluginInterfaceVersion || iid != QLatin1String( VIGIE_DOMAIN_PLUGIN_IID ) )
      return skip( QStringLiteral( "plugin \"%1\" is built for interface version %2, this Vigie provides version %3" )
                     .arg( record.id )
                     .arg( record.interfaceVersion )
                     .arg( kDomainPluginInterfaceVersion ) );
    if ( plugin( record.id ) )
      return skip( QStringLiteral( "a plugin with id \"%1\" is already loaded" ).arg( record.id ) );

    // 2. load and check the interface
    QObject *instance = loader->instance();
    if ( !instance )
      return skip( QStringLiteral( "cannot be loaded: %1" ).arg( loader->errorString() ) );
    auto *domain = qobject_cast<DomainPlugin *>( instance );
    if ( !domain )
      return skip( QStringLiteral( "does not implement %1" ).arg( QLatin1String( VIGIE_DOMAIN_PLUGIN_IID ) ) );
    if ( domain->id() != record.id )
      return skip( QStringLiteral( "its id \"%1\" differs from its metadata id \"%2\"" ).arg( domain->id(), record.id ) );

    record.loaded = true;
    mRecords.append( record );
    mLoaded.push_back( Loaded{ std::move( loader ), domain } );
    std::sort( mLoaded.begin(), mLoaded.end(), []( const Loaded &a, const Loaded &b ) { return a.plugin->id() < b.plugin->id(); } );
    logMessage( LogLevel::Info, kTopic, QStringLiteral( "loaded plugin %1 %2 from %3" ).arg( record.id, record.version, nativePath ) );
    return true;
  }

  QList<DomainPlugin *> PluginManager::plugins() const
  {
    QList<DomainPlugin *> result;
    for ( const Loaded &l : mLoaded )
      result.append( l.plugin );
    return result;
  }

  DomainPlugin *PluginManager::plugin( const QString &id ) const
  {
    for ( const Loaded &l : mLoaded )
    {
      if ( l.plugin->id() == id )
        return l.plugin;
    }
    return nullptr;
  }

  QList<LayerSchema> PluginManager::layers() const
  {
    QList<LayerSchema> result;
    for ( const Loaded &l : mLoaded )
      result.append( l.plugin->layers() );
    return result;
  }
} // namespace vigie
