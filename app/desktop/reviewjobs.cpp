// SPDX-License-Identifier: GPL-2.0-or-later
#include "reviewjobs.h"

#include "backgroundtask.h"
#include "deckbuilder.h"
#include "deckstyles.h"
#include "log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QThread>
#include <QTimer>

#include <algorithm>

namespace vigie
{
  // ---------------------------------------------------------------------------------------
  // ReviewOptions

  ReviewOptions ReviewOptions::load()
  {
    ReviewOptions options;
    QSettings s( QStringLiteral( "Vigie" ), QStringLiteral( "vigie" ) );
    s.beginGroup( QStringLiteral( "review" ) );
    options.agendaName = s.value( QStringLiteral( "agenda" ), options.agendaName ).toString();
    const QString language = s.value( QStringLiteral( "language" ), options.language ).toString();
    options.language = language == QLatin1String( "en" ) ? language : QStringLiteral( "fr" );
    options.theme =
        s.value( QStringLiteral( "theme" ) ).toString() == QLatin1String( "dark" ) ? DeckStyle::Theme::Dark : DeckStyle::Theme::Light;
    options.presenterWindow = s.value( QStringLiteral( "presenterWindow" ), false ).toBool();
    return options;
  }

  void ReviewOptions::save() const
  {
    QSettings s( QStringLiteral( "Vigie" ), QStringLiteral( "vigie" ) );
    s.beginGroup( QStringLiteral( "review" ) );
    s.setValue( QStringLiteral( "agenda" ), agendaName );
    s.setValue( QStringLiteral( "language" ), language );
    s.setValue( QStringLiteral( "theme" ), theme == DeckStyle::Theme::Dark ? QStringLiteral( "dark" ) : QStringLiteral( "light" ) );
    s.setValue( QStringLiteral( "presenterWindow" ), presenterWindow );
  }

  DeckStyle ReviewOptions::style() const
  {
    DeckStyle style;
    style.theme = theme;
    return style;
  }

  // ---------------------------------------------------------------------------------------
  // DeckBuildJob

  struct DeckBuildJob::Shared
  {
    std::atomic<bool> cancel{ false };
    std::atomic<int> permille{ 0 };
    review::Deck deck;
    QList<review::Slide> slides;
  };

  DeckBuildJob::DeckBuildJob( const QString &territoryPath, const PluginManager *plugins, QObject *parent )
      : QObject( parent ), mTerritoryPath( territoryPath ), mPlugins( plugins )
  {
    mPoll = new QTimer( this );
    mPoll->setInterval( 100 );
    connect( mPoll, &QTimer::timeout, this, [this] { emit progressChanged( progress() ); } );
  }

  DeckBuildJob::~DeckBuildJob()
  {
    if ( mShared )
      mShared->cancel = true; // the worker stops at its next step and deletes its task itself
  }

  double DeckBuildJob::progress() const
  {
    return mShared ? mShared->permille.load() / 1000.0 : 0.0;
  }

  bool DeckBuildJob::start( const review::Agenda &agenda, const QString &language, const QDate &date )
  {
    return launch( false, agenda, language, date );
  }

  bool DeckBuildJob::startAllSlides( const QString &language, const QDate &date )
  {
    return launch( true, review::Agenda(), language, date );
  }

  bool DeckBuildJob::launch( bool allSlides, const review::Agenda &agenda, const QString &language, const QDate &date )
  {
    if ( mRunning )
      return false;
    mRunning = true;
    mCancelled = false;
    mDeck = review::Deck();
    mSlides.clear();
    const int generation = ++mGeneration;
    auto shared = std::make_shared<Shared>();
    mShared = shared;
    review::ReviewContext context;
    context.territoryPath = mTerritoryPath;
    context.date = date;
    context.language = language;
    const PluginManager *plugins = mPlugins;
    BackgroundTask *task = new BackgroundTask(
        [shared, context, agenda, plugins, allSlides]( QString *error )
        {
          const review::DeckBuilder builder( plugins );
          const review::ProgressCallback progress = [shared]( double fraction )
          {
            shared->permille = static_cast<int>( qBound( 0.0, fraction, 1.0 ) * 1000 );
            return !shared->cancel.load();
          };
          if ( allSlides )
          {
            shared->slides = builder.allSlides( context, progress, error );
            return !shared->cancel.load() && ( !shared->slides.isEmpty() || error->isEmpty() );
          }
          shared->deck = builder.build( context, agenda, progress, error );
          if ( shared->cancel.load() || !error->isEmpty() )
            return false;
          // what the maps' style hints need (the lighting plan), here rather than when the slide is drawn
          QString styleError;
          if ( !DeckStyles::prepare( shared->deck, context.territoryPath, &styleError ) )
            logMessage( LogLevel::Warning, QStringLiteral( "review" ),
                        QStringLiteral( "map styles of the deck: %1 (normal styles used)" ).arg( styleError ) );
          return !shared->cancel.load();
        } );
    connect( task, &BackgroundTask::finished, task, &QObject::deleteLater );
    connect( task, &BackgroundTask::finished, this,
             [this, shared, generation]( bool ok, const QString &error )
             {
               if ( generation != mGeneration || shared->cancel.load() )
                 return; // cancelled or superseded: finished() was sent by cancel()
               mRunning = false;
               mPoll->stop();
               mElapsed = mClock.elapsed();
               if ( ok )
               {
                 mDeck = shared->deck;
                 mSlides = shared->slides;
                 shared->permille = 1000;
                 emit progressChanged( 1.0 );
               }
               const QString message = ok ? QString() : ( error.isEmpty() ? tr( "The deck could not be built." ) : error );
               if ( !ok )
                 logMessage( LogLevel::Warning, QStringLiteral( "review" ), message );
               emit finished( ok, message );
             } );
    mClock.start();
    mPoll->start();
    emit progressChanged( 0.0 );
    task->start();
    return true;
  }

  void DeckBuildJob::cancel()
  {
    if ( !mRunning )
      return;
    mShared->cancel = true;
    ++mGeneration;
    mRunning = false;
    mCancelled = true;
    mPoll->stop();
    mElapsed = mClock.elapsed();
    emit finished( false, tr( "Cancelled." ) );
  }

  bool DeckBuildJob::waitForFinished( int timeoutMs )
  {
    QElapsedTimer clock;
    clock.start();
    while ( mRunning && clock.elapsed() < timeoutMs )
    {
      QCoreApplication::processEvents( QEventLoop::AllEvents, 50 );
      if ( mRunning )
        QThread::msleep( 5 );
    }
    return !mRunning;
  }

  // ---------------------------------------------------------------------------------------
  // DeckExport

  DeckExport::DeckExport( const QString &territoryPath, const PluginManager *plugins, QgsProject *project, QObject *parent )
      : QObject( parent ), mTerritoryPath( territoryPath ), mPlugins( plugins ), mProject( project )
  {
    mPageTimer = new QTimer( this );
    mPageTimer->setSingleShot( true );
    mPageTimer->setInterval( 0 );
    connect( mPageTimer, &QTimer::timeout, this, &DeckExport::writeNextPage );
    mBuild = new DeckBuildJob( territoryPath, plugins, this );
    connect( mBuild, &DeckBuildJob::progressChanged, this,
             [this]( double fraction ) { emit progressChanged( 0.3 * fraction, tr( "Building the deck…" ) ); } );
    connect( mBuild, &DeckBuildJob::finished, this,
             [this]( bool ok, const QString &error )
             {
               if ( !mRunning )
                 return;
               if ( !ok )
               {
                 mRunning = false;
                 emit finished( false, error );
                 return;
               }
               write( mBuild->deck() );
             } );
  }

  DeckExport::~DeckExport()
  {
    mPageTimer->stop();
    mWriter.reset(); // drops a partial export: nothing left at the target
    mRenderer.reset();
  }

  bool DeckExport::start( const review::Agenda &agenda, const ReviewOptions &options, Format format, const QString &target )
  {
    if ( mRunning )
      return false;
    mRunning = true;
    mCancel = false;
    mOptions = options;
    mFormat = format;
    mTarget = target;
    mFiles.clear();
    emit progressChanged( 0.0, tr( "Building the deck…" ) );
    if ( !mBuild->start( agenda, options.language ) )
    {
      mRunning = false;
      return false;
    }
    return true;
  }

  bool DeckExport::start( const review::Deck &deck, const ReviewOptions &options, Format format, const QString &target )
  {
    if ( mRunning )
      return false;
    mRunning = true;
    mCancel = false;
    mOptions = options;
    mFormat = format;
    mTarget = target;
    mFiles.clear();
    // after the caller has connected to finished(): like the build path, never inside start()
    QTimer::singleShot( 0, this, [this, deck] { write( deck ); } );
    return true;
  }

  void DeckExport::write( const review::Deck &deck )
  {
    if ( !mRunning )
      return;
    if ( mCancel )
    {
      end( false, tr( "Cancelled." ) );
      return;
    }
    if ( !mProject )
    {
      end( false, tr( "No territory layers to draw the maps with." ) );
      return;
    }
    emit progressChanged( 0.3, tr( "Laying out %n slide(s)…", nullptr, deck.slides.size() ) );
    mDeckTitle = deck.title;
    mRenderer = std::make_unique<DeckRenderer>( deck, mProject, mOptions.style() );
    mWriter = std::make_unique<DeckPageWriter>(
        mRenderer.get(), mFormat == Format::Pdf ? DeckPageWriter::Format::Pdf : DeckPageWriter::Format::Png, mTarget, QSize( 1920, 1080 ) );
    QString error;
    if ( !mWriter->begin( &error ) )
    {
      end( false, error );
      return;
    }
    mPageTimer->start();
  }

  void DeckExport::writeNextPage()
  {
    if ( !mWriter || !mRunning )
      return;
    if ( mCancel )
    {
      end( false, tr( "Cancelled." ) );
      return;
    }
    // one page per event-loop turn: the window repaints and Cancel works between pages
    QString error;
    if ( !mWriter->writeNextPage( &error ) )
    {
      end( false, error );
      return;
    }
    const int pages = mWriter->pageCount();
    const int written = mWriter->pagesWritten();
    emit progressChanged( 0.3 + 0.7 * written / std::max( 1, pages ), tr( "Writing page %1 of %2…" ).arg( written ).arg( pages ) );
    if ( !mWriter || !mRunning )
      return; // cancelled from a slot of progressChanged()
    if ( !mWriter->atEnd() )
    {
      mPageTimer->start();
      return;
    }
    QStringList files;
    if ( !mWriter->finish( &files, &error ) )
    {
      end( false, error );
      return;
    }
    mFiles = files;
    end( true, QString() );
  }

  void DeckExport::end( bool ok, QString error )
  {
    mPageTimer->stop();
    if ( mWriter && !ok )
      mWriter->cancel(); // nothing left at the target
    mWriter.reset();
    mRenderer.reset();
    if ( !ok )
      mFiles.clear();
    if ( ok )
      logMessage( LogLevel::Info, QStringLiteral( "review" ),
                  QStringLiteral( "deck \"%1\" written: %2 (%3 files)" )
                      .arg( mDeckTitle, QDir::toNativeSeparators( mTarget ) )
                      .arg( mFiles.size() ) );
    else if ( error.isEmpty() )
      error = tr( "The deck could not be written to %1" ).arg( QDir::toNativeSeparators( mTarget ) );
    mRunning = false;
    emit progressChanged( ok ? 1.0 : 0.0, ok ? tr( "Done." ) : error );
    emit finished( ok, error );
  }

  void DeckExport::cancel()
  {
    if ( !mRunning )
      return;
    mCancel = true;
    if ( mBuild->isRunning() )
    {
      mBuild->cancel(); // its finished() ends this export
      return;
    }
    // between two pages (they are written one per event-loop turn): stop now, nothing is left behind
    if ( mWriter )
      end( false, tr( "Cancelled." ) );
  }

  bool DeckExport::waitForFinished( int timeoutMs )
  {
    QElapsedTimer clock;
    clock.start();
    while ( mRunning && clock.elapsed() < timeoutMs )
    {
      QCoreApplication::processEvents( QEventLoop::AllEvents, 50 );
      if ( mRunning )
        QThread::msleep( 5 );
    }
    return !mRunning;
  }
} // namespace vigie
