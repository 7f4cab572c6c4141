// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_PLUGINMANAGER_H
#define VIGIE_PLUGINMANAGER_H

#include "domainplugin.h"
#include "vigie_core_export.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QPluginLoader;

namespace vigie
{
  //! What the manager found about one plugin file, loaded or not.
  struct VIGIE_CORE_EXPORT PluginRecord
  {
    QString fileName;
    QString id;
    QString name;
    QString version;
    int interfaceVersion = 0;
    bool loaded = false;
    QString error;  //!< why it was skipped; empty when loaded
    QJsonObject metaData;
  };

  /**
   * \brief Finds, checks and loads domain plugins.
   * Reads each file's JSON metadata first (IID, interface version, id), then loads it
   * and checks the interface; a broken or incompatible plugin is logged and skipped.
   */
  class VIGIE_CORE_EXPORT PluginManager
  {
    public:
      PluginManager();
      ~PluginManager();
      PluginManager( const PluginManager & ) = delete;
      PluginManager &operator=( const PluginManager & ) = delete;

      /**
       * The plugin folders searched by default: $VIGIE_PLUGIN_PATH (path list), then
       * <app dir>/../lib/vigie/plugins and <app dir>/plugins.
       */
      static QStringList defaultSearchPaths();

      //! Loads every plugin found in \a directories; returns the number loaded.
      int loadFrom( const QStringList &directories );
      //! Loads one plugin file; false with the reason in its record when skipped.
      bool loadFile( const QString &path );

      //! Loaded plugins, sorted by id.
      QList<DomainPlugin *> plugins() const;
      //! The loaded plugin with this id, or nullptr.
      DomainPlugin *plugin( const QString &id ) const;
      //! Every file examined, loaded or skipped.
      QList<PluginRecord> records() const { return mRecords; }

      //! All layers of all loaded plugins.
      QList<LayerSchema> layers() const;

    private:
      struct Loaded
      {
        std::unique_ptr<QPluginLoader> loader;
        DomainPlugin *plugin = nullptr;
      };
      std::vector<Loaded> mLoaded;
      QList<PluginRecord> mRecords;
  };
} // namespace vigie

#endif
