// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_DOMAINPLUGIN_H
#define VIGIE_DOMAINPLUGIN_H

#include "reviewslide.h"
#include "schema.h"
#include "vigie_core_export.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QtPlugin>

#include <functional>

class QTextStream;

namespace vigie
{
  //! Version of the DomainPlugin interface; a plugin declaring another is refused.
  //! 2: reviewSlides() (review deck, issue 9).
  constexpr int kDomainPluginInterfaceVersion = 2;

  /**
   * \brief What a plugin sees while the store builds a demo territory.
   * Implemented by the store; plugins add their generated or imported assets through it.
   */
  class VIGIE_CORE_EXPORT DemoContext
  {
  public:
    virtual ~DemoContext();
    //! "montpellier" or "finistere".
    virtual QString demoName() const = 0;
    //! Folder holding the demo source data (resources/demo).
    virtual QString sourceDirectory() const = 0;
    //! The territory CRS as "EPSG:n" or WKT.
    virtual QString crs() const = 0;
    //! Features of a layer already in the territory ("territory:streets", ...).
    virtual QList<Feature> features( const QString &qualifiedLayer ) const = 0;
    //! Appends features to a layer of the territory, inside the build transaction.
    virtual bool addFeatures( const QString &qualifiedLayer, const QList<Feature> &features, QString *errorMessage ) = 0;
  };

  namespace cli
  {
    //! The exit codes of the modules' vigie-cli commands (the first four of the app's Cli::ExitCode).
    enum Exit
    {
      Success = 0,    //!< done
      Failure = 1,    //!< the command failed
      UsageError = 2, //!< unknown option, missing or invalid argument
      InputError = 3, //!< an input cannot be opened or read
    };
  } // namespace cli

  //! A vigie-cli subcommand contributed by a plugin ("water simulate", ...).
  struct VIGIE_CORE_EXPORT CliCommand
  {
    QString name;    //!< first word after vigie-cli, e.g. "water"
    QString summary; //!< one line for vigie-cli --help
    //! Runs with the arguments after the name; returns the process exit code.
    std::function<int( const QStringList &args, QTextStream &out, QTextStream &err )> run;
  };

  /**
   * \brief A network domain (water, lighting, waste, energy, ...) as a Qt plugin.
   * The data half only: no widgets, no QGIS, so vigie-cli and the Qt 6 build use it.
   * Metadata (id, names, versions) is in the plugin's JSON file and read before loading.
   */
  class VIGIE_CORE_EXPORT DomainPlugin
  {
  public:
    virtual ~DomainPlugin();

    //! Stable identifier, also the layer prefix: "water".
    virtual QString id() const = 0;
    //! User-visible name in the current language.
    virtual QString displayName() const = 0;
    //! Asset layers at the current schema version.
    virtual QList<LayerSchema> layers() const = 0;
    //! Current schema version of this domain in the territory file (>= 1).
    virtual int schemaVersion() const = 0;
    //! Forward migrations, version 2 .. schemaVersion(); version 1 is layers() as first shipped.
    virtual QList<Migration> migrations() const { return {}; }
    //! Adds this domain's assets to a demo territory; false with a message on failure.
    virtual bool buildDemo( DemoContext &context, QString *errorMessage )
    {
      Q_UNUSED( context )
      Q_UNUSED( errorMessage )
      return true;
    }
    //! vigie-cli subcommands of this domain.
    virtual QList<CliCommand> cliCommands() const { return {}; }
    /**
     * Slides of this domain for the review deck (issue 9), computed by the same functions as the
     * domain's vigie-cli commands so every figure equals what they print. Slide ids start with the
     * plugin id ("lighting.savings"); figures that cannot be computed keep a null value and say why.
     * Labels in context.language (review::DeckLanguage). False-like failure: an empty list and
     * \a errorMessage set; the deck then shows a Missing slide with the reason.
     */
    virtual QList<review::Slide> reviewSlides( const review::ReviewContext &context, QString *errorMessage ) const
    {
      Q_UNUSED( context )
      Q_UNUSED( errorMessage )
      return {};
    }
  };
} // namespace vigie

#define VIGIE_DOMAIN_PLUGIN_IID "fr.vigie.DomainPlugin/2"
Q_DECLARE_INTERFACE( vigie::DomainPlugin, VIGIE_DOMAIN_PLUGIN_IID )

#endif
