// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_REVIEW_DECKBUILDER_H
#define VIGIE_REVIEW_DECKBUILDER_H

#include "reviewslide.h"
#include "vigie_review_export.h"

#include <QList>
#include <QString>

#include <functional>

namespace vigie
{
  class PluginManager;

  namespace review
  {
    //! Progress in [0, 1]; returns false to cancel.
    using ProgressCallback = std::function<bool( double fraction )>;

    /**
     * \brief Builds the review deck of a territory: the overview (key figures of every domain),
     * the slides of the loaded domain plugins (DomainPlugin::reviewSlides), the slides of the
     * modules that are not plugins (alarms, participatory budget, roadmap) and one map slide per
     * territory bookmark. The same code serves the app and `vigie-cli report`, so every figure
     * equals what the matching vigie-cli command prints.
     */
    class VIGIE_REVIEW_EXPORT DeckBuilder
    {
    public:
      //! \a plugins may be nullptr (no domain plugin: their figures say so).
      explicit DeckBuilder( const PluginManager *plugins );

      //! Every slide that can be built for the territory, in the default order.
      QList<Slide> allSlides( const ReviewContext &context, const ProgressCallback &progress = {}, QString *errorMessage = nullptr ) const;

      /**
       * The slides of \a agenda in its order, with its titles. An agenda item whose slide cannot be
       * built (plugin absent, unknown id) becomes a Missing slide saying why, and is listed in
       * Deck::missing. Returns an empty deck with \a errorMessage when the territory cannot be read
       * or the build was cancelled.
       */
      Deck build( const ReviewContext &context, const Agenda &agenda, const ProgressCallback &progress = {},
                  QString *errorMessage = nullptr ) const;

      //! The default agenda for a council meeting (conseil municipal): every domain.
      static Agenda councilAgenda( const QString &language );
      //! The default agenda for a committee on one domain ("lighting", "water", "budget", ...).
      static Agenda committeeAgenda( const QString &domain, const QString &language );
      //! The domains that have a default committee agenda: lighting, water, feeds, roadmap, budget.
      static QStringList committeeDomains();

    private:
      const PluginManager *mPlugins = nullptr;
    };

    /**
     * \brief Agendas saved with the territory (component "review", one transaction per save).
     * The default agendas are always available, under the names "council" and "committee-<domain>",
     * unless the territory saves its own under those names.
     */
    class VIGIE_REVIEW_EXPORT AgendaStore
    {
    public:
      static QList<Agenda> agendas( const QString &territoryPath, QString *errorMessage = nullptr );
      //! The saved or default agenda named \a name; false with the reason when there is none.
      static bool agenda( const QString &territoryPath, const QString &name, const QString &language, Agenda *agenda,
                          QString *errorMessage = nullptr );
      static bool save( const QString &territoryPath, const Agenda &agenda, QString *errorMessage = nullptr );
      static bool remove( const QString &territoryPath, const QString &name, QString *errorMessage = nullptr );
    };
  } // namespace review
} // namespace vigie

#endif
