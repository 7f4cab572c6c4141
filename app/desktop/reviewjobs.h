// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_REVIEWJOBS_H
#define VIGIE_REVIEWJOBS_H

#include "deckrenderer.h"
#include "reviewslide.h"

#include <QDate>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

class QgsProject;
class QTimer;

namespace vigie
{
  class PluginManager;

  /**
   * \brief What to present or export: the agenda, the deck's language, the look, and whether the
   * presenter view opens in a window when there is a single screen (rehearsal). Kept in the settings.
   */
  struct ReviewOptions
  {
    QString agendaName = QStringLiteral( "council" );
    QString language = QStringLiteral( "fr" ); //!< French by default: the deck is built in this language
    DeckStyle::Theme theme = DeckStyle::Theme::Light;
    bool presenterWindow = false;

    //! The options of the last session (French, light, council when there are none).
    static ReviewOptions load();
    void save() const;
    DeckStyle style() const;
  };

  /**
   * \brief Builds a review deck (or the list of every available slide) on a worker thread, with its
   * progress and a cancel that frees the GUI at once (the worker stops at its next progress step and
   * its result is dropped). finished() arrives on the GUI thread.
   */
  class DeckBuildJob : public QObject
  {
    Q_OBJECT
  public:
    DeckBuildJob( const QString &territoryPath, const PluginManager *plugins, QObject *parent = nullptr );
    ~DeckBuildJob() override;

    //! Builds the deck of \a agenda in \a language, figures as of \a date.
    bool start( const review::Agenda &agenda, const QString &language, const QDate &date = QDate::currentDate() );
    //! Lists every slide the territory can give (DeckBuilder::allSlides), for the agenda editor.
    bool startAllSlides( const QString &language, const QDate &date = QDate::currentDate() );
    void cancel();
    bool isRunning() const { return mRunning; }
    bool wasCancelled() const { return mCancelled; }
    //! Progress in [0, 1].
    double progress() const;
    //! The deck (after finished( true ) of start()).
    const review::Deck &deck() const { return mDeck; }
    //! The slides (after finished( true ) of startAllSlides()).
    const QList<review::Slide> &slides() const { return mSlides; }
    //! Milliseconds the last build took.
    qint64 elapsed() const { return mElapsed; }
    //! Blocks until the worker is done (tests).
    bool waitForFinished( int timeoutMs = 60000 );

  signals:
    void progressChanged( double fraction );
    void finished( bool ok, const QString &errorMessage );

  private:
    struct Shared;
    bool launch( bool allSlides, const review::Agenda &agenda, const QString &language, const QDate &date );

    QString mTerritoryPath;
    const PluginManager *mPlugins = nullptr;
    std::shared_ptr<Shared> mShared;
    QTimer *mPoll = nullptr;
    QElapsedTimer mClock;
    review::Deck mDeck;
    QList<review::Slide> mSlides;
    qint64 mElapsed = 0;
    int mGeneration = 0;
    bool mRunning = false;
    bool mCancelled = false;
  };

  /**
   * \brief Writes a deck as PDF or PNG through DeckRenderer. The deck is built on a worker thread
   * (DeckBuildJob); the pages are then drawn on the GUI thread, because QGIS print layouts and their
   * map items are GUI-thread objects (QGIS's own layout export algorithms do the same): one page per
   * event-loop turn (DeckPageWriter driven by a zero timer), so the window stays responsive and
   * cancel() stops between two pages, leaving no file behind.
   */
  class DeckExport : public QObject
  {
    Q_OBJECT
  public:
    enum class Format
    {
      Pdf,
      Png
    };
    Q_ENUM( Format )

    //! \a project holds the territory's layers (the main window's project); it must outlive the export.
    DeckExport( const QString &territoryPath, const PluginManager *plugins, QgsProject *project, QObject *parent = nullptr );
    ~DeckExport() override;

    /**
     * Builds the deck of \a agenda with \a options, then writes \a target (PDF file, or directory of
     * PNG images). finished() follows. False when an export is already running.
     */
    bool start( const review::Agenda &agenda, const ReviewOptions &options, Format format, const QString &target );
    //! Writes a deck already built (no build step).
    bool start( const review::Deck &deck, const ReviewOptions &options, Format format, const QString &target );
    void cancel();
    bool isRunning() const { return mRunning; }
    //! The files written by the last successful export.
    QStringList files() const { return mFiles; }
    bool waitForFinished( int timeoutMs = 120000 );

  signals:
    //! \a stage: "Building the deck…", "Writing page 3 of 30…"
    void progressChanged( double fraction, const QString &stage );
    void finished( bool ok, const QString &errorMessage );

  private:
    void write( const review::Deck &deck );
    //! One page, then back to the event loop (mPageTimer) until the last.
    void writeNextPage();
    void end( bool ok, QString error );

    QString mTerritoryPath;
    const PluginManager *mPlugins = nullptr;
    QgsProject *mProject = nullptr;
    DeckBuildJob *mBuild = nullptr;
    QTimer *mPageTimer = nullptr;
    std::unique_ptr<DeckRenderer> mRenderer;
    std::unique_ptr<DeckPageWriter> mWriter; //!< after mRenderer: destroyed first
    QString mDeckTitle;
    ReviewOptions mOptions;
    Format mFormat = Format::Pdf;
    QString mTarget;
    QStringList mFiles;
    bool mRunning = false;
    bool mCancel = false;
  };
} // namespace vigie

#endif
