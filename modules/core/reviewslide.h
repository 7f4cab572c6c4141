// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_REVIEWSLIDE_H
#define VIGIE_REVIEWSLIDE_H

#include "vigie_core_export.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

class QTranslator;

namespace vigie
{
  /**
   * The review deck's data (issue 9): what a slide shows, as plain data with no QGIS and no
   * widgets, so that domain plugins (data half), vigie-cli (`report --json`) and the app's
   * presentation mode and PDF layouts all use the same figures, computed once by the same code.
   */
  namespace review
  {
    /**
     * \brief One figure on a slide: a number with its unit, data date and source.
     * A figure that cannot be computed keeps a null value and says why in unavailableReason,
     * so the slide shows the reason instead of a zero.
     */
    struct VIGIE_CORE_EXPORT Figure
    {
      QString id;                //!< stable key in the JSON, "lighting.saving_ratio"
      QString label;             //!< in the deck's language, "Énergie économisée"
      QVariant value;            //!< double, qlonglong or QString; null when unavailable
      QString unit;              //!< "%" (value is then a ratio 0..1, as the CLI prints it), "kWh/an", "€", "" for counts
      QString text;              //!< value formatted for display in the deck's language, with unit
      QString source;            //!< how to get the same number: "vigie-cli lighting optimise T --json: saving_ratio"
      QDateTime dataDate;        //!< when the data behind it is from (UTC); invalid when not applicable
      QString unavailableReason; //!< non-empty: why there is no value ("plugin « lighting » absent", "no data yet")
      bool key = false;          //!< shown on the overview slide too

      bool isAvailable() const { return unavailableReason.isEmpty() && value.isValid(); }
      QJsonObject toJson() const;
    };

    //! A table on a slide or in the appendix (the data behind a chart).
    struct VIGIE_CORE_EXPORT Table
    {
      QString title;
      QStringList columns;
      QList<QStringList> rows; //!< formatted cells in the deck's language
      QJsonObject toJson() const;
    };

    //! One series of a chart: y values over the chart's categories (bar) or (x, y) points (line).
    struct VIGIE_CORE_EXPORT ChartSeries
    {
      QString name;
      QList<QPointF> points; //!< for bar charts x is the category index
    };

    //! A chart, drawn by the app (screen and PDF) from these numbers only.
    struct VIGIE_CORE_EXPORT Chart
    {
      enum class Kind
      {
        Bar,        //!< grouped bars over categories
        StackedBar, //!< stacked bars over categories
        Line        //!< lines over x
      };
      Kind kind = Kind::Bar;
      QString title;
      QStringList categories; //!< bar charts: category labels
      QString xLabel;
      QString yLabel;
      QList<ChartSeries> series;
      QJsonObject toJson() const;
      //! The same numbers as a table, for the appendix.
      Table toTable() const;
    };

    //! A map view on a slide: which territory layers, where.
    struct VIGIE_CORE_EXPORT MapView
    {
      QString title;      //!< caption ("Avant", "Après", bookmark name)
      QStringList layers; //!< qualified territory layers, top first: "lighting:luminaires"; empty = all asset layers
      QString bookmark;   //!< territory bookmark name; empty = extent below or the territory's full extent
      QRectF extent;      //!< in the territory CRS; null = bookmark or full extent
      QString styleHint;  //!< renderer hint for the app: "", "lighting:class", "lighting:power-after", "water:loss", ...
      QJsonObject toJson() const;
    };

    /**
     * \brief One slide. Contributed by a domain plugin (DomainPlugin::reviewSlides) or by the
     * deck builder itself (overview, alarms, budget, roadmap, map slides at bookmarks).
     */
    struct VIGIE_CORE_EXPORT Slide
    {
      enum class Kind
      {
        Title,       //!< title page: territory, meeting, date
        Overview,    //!< territory map with the key figures
        Figures,     //!< a few large figures (+ optional chart or table)
        Chart,       //!< one chart with its figures
        Table,       //!< a table
        Map,         //!< one map (bookmark)
        BeforeAfter, //!< two maps side by side (maps[0] before, maps[1] after)
        Missing      //!< placeholder saying what is missing (plugin absent, no data)
      };
      QString id;     //!< stable key for agendas: "overview", "lighting.savings", "bookmark:Centre"
      QString domain; //!< "overview", "lighting", "water", "feeds", "budget", "roadmap", "map"
      Kind kind = Kind::Figures;
      QString title; //!< in the deck's language; an agenda may override it
      QString subtitle;
      QList<Figure> figures;
      QList<Chart> charts;
      QList<Table> tables;
      QList<MapView> maps;
      QString notes;             //!< presenter notes
      QString unavailableReason; //!< Missing slides: what is missing and why
      QJsonObject toJson() const;
    };

    //! What a plugin needs to compute its slides.
    struct VIGIE_CORE_EXPORT ReviewContext
    {
      QString territoryPath; //!< the territory (GeoPackage path, later PG:...)
      QDate date;            //!< the review date: figures are "as of" this date
      QString language;      //!< "fr" or "en": labels and formatted texts in this language
    };

    //! One entry of an agenda: a slide id with an optional title of the user's.
    struct VIGIE_CORE_EXPORT AgendaItem
    {
      QString slideId;
      QString title; //!< empty = the slide's own title
    };

    //! A named, ordered choice of slides, saved with the territory.
    struct VIGIE_CORE_EXPORT Agenda
    {
      QString name;  //!< key: "council", "committee-lighting", user names
      QString title; //!< deck title: "Conseil municipal"
      QList<AgendaItem> items;
      QJsonObject toJson() const;
      static Agenda fromJson( const QJsonObject &object, QString *errorMessage = nullptr );
    };

    //! A built deck: the slides of an agenda in order, ready to show or export.
    struct VIGIE_CORE_EXPORT Deck
    {
      QString territoryName;
      QString agendaName;
      QString title;
      QString language;
      QDate date;
      QDateTime builtAt;
      QList<Slide> slides;
      QStringList missing; //!< what could not be included and why (absent plugins, unknown slide ids)
      //! Every figure of every slide, as `vigie-cli report --json` writes it.
      QJsonObject toJson() const;
    };

    /**
     * \brief The deck's language: translated labels and numbers formatted in that language,
     * without installing a translator on the application (the app may be in another language,
     * and installing one would retranslate every widget).
     * Call sites wrap literals in QT_TRANSLATE_NOOP( "vigie::review", "..." ) so lupdate sees them.
     */
    class VIGIE_CORE_EXPORT DeckLanguage
    {
    public:
      //! \a language "fr" or "en" (anything else: English). Loads vigie_fr.qm from translationSearchPaths().
      explicit DeckLanguage( const QString &language );
      ~DeckLanguage();
      DeckLanguage( const DeckLanguage & ) = delete;
      DeckLanguage &operator=( const DeckLanguage & ) = delete;

      QString language() const { return mLanguage; }
      QLocale locale() const { return mLocale; }
      //! \a sourceText (a QT_TRANSLATE_NOOP literal of context "vigie::review") in the deck's language.
      QString tr( const char *sourceText ) const;
      //! "1 234,5" in French, "1,234.5" in English.
      QString number( double value, int decimals = 0 ) const;
      //! A number with its unit: "1 234,5 kWh"; an empty unit gives the number alone, "%" is glued in English.
      QString withUnit( double value, int decimals, const QString &unit ) const;
      //! A date in the deck's language ("26 novembre 2026").
      QString date( const QDate &date ) const;

    private:
      QString mLanguage;
      QLocale mLocale;
      std::unique_ptr<QTranslator> mTranslator;
    };

    //! A number figure: value kept exact (as the CLI prints it), text formatted in the deck's language.
    VIGIE_CORE_EXPORT Figure numberFigure( const DeckLanguage &language, const QString &id, const QString &label, double value,
                                           int decimals, const QString &unit, const QString &source,
                                           const QDateTime &dataDate = QDateTime(), bool key = false );
    /**
     * A share: the value stays the ratio 0..1 the CLI prints (saving_ratio), unit "%", text in percent
     * ("30,1 %"). Every "%" figure of the deck holds a ratio.
     */
    VIGIE_CORE_EXPORT Figure ratioFigure( const DeckLanguage &language, const QString &id, const QString &label, double ratio, int decimals,
                                          const QString &source, const QDateTime &dataDate = QDateTime(), bool key = false );
    //! A count figure (integer value, no unit or a unit such as "km").
    VIGIE_CORE_EXPORT Figure countFigure( const DeckLanguage &language, const QString &id, const QString &label, qlonglong value,
                                          const QString &source, const QDateTime &dataDate = QDateTime(), bool key = false );
    //! A figure that cannot be computed: null value, \a reason shown on the slide.
    VIGIE_CORE_EXPORT Figure unavailableFigure( const QString &id, const QString &label, const QString &reason, const QString &source,
                                                bool key = false );
    //! "the « lighting » plugin is not installed", in the deck's language.
    VIGIE_CORE_EXPORT QString pluginMissingReason( const DeckLanguage &language, const QString &pluginId );
  } // namespace review
} // namespace vigie

#endif
