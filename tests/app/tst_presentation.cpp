// SPDX-License-Identifier: GPL-2.0-or-later
// Review mode offscreen (issue 9): presentation navigation (keys, clicker, number jump, black
// screen, Esc), the slide counter, the image cache, the presenter view (next slide, notes), the
// theme switch, the agenda editor saving an ordered, titled agenda into a copy of the demo
// territory, the deck export, F5 in the main window and the time to open a 30-slide deck.

#include "agendaeditor.h"
#include "deckbuilder.h"
#include "demobuilder.h"
#include "mainwindow.h"
#include "pluginmanager.h"
#include "presentationwindow.h"
#include "reviewjobs.h"
#include "reviewmode.h"
#include "vigieqgistest.h"

#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QProcess>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTimer>

#include <memory>

using namespace vigie;

namespace
{
  //! A deck of \a count slides typed by hand: "Slide 1".., notes "Notes of slide 1"..
  review::Deck handMadeDeck( int count )
  {
    review::Deck deck;
    deck.title = QStringLiteral( "Conseil de test" );
    deck.language = QStringLiteral( "fr" );
    for ( int i = 0; i < count; ++i )
    {
      review::Slide slide;
      slide.id = QStringLiteral( "test.%1" ).arg( i + 1 );
      slide.domain = QStringLiteral( "test" );
      slide.title = QStringLiteral( "Slide %1" ).arg( i + 1 );
      slide.notes = i % 3 == 2 ? QString() : QStringLiteral( "Notes of slide %1" ).arg( i + 1 );
      deck.slides << slide;
    }
    return deck;
  }

  //! The colour the stand-in renderer paints slide \a slide with.
  QColor slideColor( int slide, DeckStyle::Theme theme )
  {
    return QColor( QColor::fromHsv( ( slide * 37 ) % 360, 200, theme == DeckStyle::Theme::Dark ? 60 : 235 )
                       .rgb() ); // 8 bits a channel, as in the images
  }

  //! Stand-in for DeckRenderer::renderPage: one flat colour per slide; counts its calls.
  SlideRenderer standInRenderer( DeckStyle::Theme theme, std::shared_ptr<int> calls = {} )
  {
    return [theme, calls]( int slide, const QSize &size, QString * )
    {
      if ( calls )
        ++*calls;
      QImage image( size, QImage::Format_ARGB32_Premultiplied );
      image.fill( slideColor( slide, theme ) );
      return image;
    };
  }

  QColor centre( const QImage &image )
  {
    return image.pixelColor( image.width() / 2, image.height() / 2 );
  }

  double meanLightness( const QImage &image )
  {
    const QImage small = image.scaled( 64, 36 );
    double sum = 0;
    for ( int y = 0; y < small.height(); ++y )
      for ( int x = 0; x < small.width(); ++x )
        sum += small.pixelColor( x, y ).lightnessF();
    return sum / ( small.width() * small.height() );
  }

  //! Waits until the idle renderings of \a window are done.
  void waitForPrefetch( PresentationWindow *window )
  {
    QElapsedTimer clock;
    clock.start();
    while ( window->cache()->isPrefetching() && clock.elapsed() < 20000 )
      QTest::qWait( 10 );
  }
} // namespace

class TestPresentation : public vigie::test::Test
{
  Q_OBJECT

private:
  std::unique_ptr<PluginManager> mPlugins;
  QString mDemoPath;

  std::unique_ptr<PresentationWindow> presentation( int count, DeckStyle::Theme theme = DeckStyle::Theme::Light,
                                                    std::shared_ptr<int> calls = {} )
  {
    auto window = std::make_unique<PresentationWindow>( handMadeDeck( count ), standInRenderer( theme, calls ), theme );
    window->showOnScreen( nullptr );
    if ( !QTest::qWaitForWindowExposed( window.get() ) )
      return nullptr;
    return window;
  }

private Q_SLOTS:
  void initTestCase()
  {
    QSettings::setPath( QSettings::NativeFormat, QSettings::UserScope, tempPath( QStringLiteral( "settings" ) ) );
    QSettings::setPath( QSettings::IniFormat, QSettings::UserScope, tempPath( QStringLiteral( "settings" ) ) );
    QSettings( QStringLiteral( "Vigie" ), QStringLiteral( "vigie" ) ).clear();
    mPlugins = std::make_unique<PluginManager>();
    mPlugins->loadFrom( { vigie::test::pluginDirectory() } );
    QVERIFY2( !mPlugins->plugins().isEmpty(), "domain plugins are built" );
    // a copy of the demo territory of our own, with accents and spaces in its path
    mDemoPath = tempPath( QStringLiteral( "réunion du conseil.gpkg" ) );
    QString error;
    QVERIFY2( DemoBuilder::build( QStringLiteral( "montpellier" ), mDemoPath, mPlugins->plugins(), vigie::test::demoSourcePath(), &error ),
              qPrintable( error ) );
  }

  // -------------------------------------------------------------------------------------
  // presentation window with a hand-made deck

  void navigation_data()
  {
    QTest::addColumn<QList<int>>( "keys" );
    QTest::addColumn<int>( "expected" );
    using K = QList<int>;
    QTest::newRow( "nothing" ) << K{} << 0;
    QTest::newRow( "PageDown" ) << K{ Qt::Key_PageDown } << 1;
    QTest::newRow( "PageDown x3, PageUp" ) << K{ Qt::Key_PageDown, Qt::Key_PageDown, Qt::Key_PageDown, Qt::Key_PageUp } << 2;
    QTest::newRow( "Right, Down, Space" ) << K{ Qt::Key_Right, Qt::Key_Down, Qt::Key_Space } << 3;
    QTest::newRow( "Right x2, Left, Up" ) << K{ Qt::Key_Right, Qt::Key_Right, Qt::Key_Left, Qt::Key_Up } << 0;
    QTest::newRow( "before the first" ) << K{ Qt::Key_PageUp, Qt::Key_Left } << 0;
    QTest::newRow( "End" ) << K{ Qt::Key_End } << 9;
    QTest::newRow( "past the end" ) << K{ Qt::Key_End, Qt::Key_PageDown, Qt::Key_Space } << 9;
    QTest::newRow( "End, Home" ) << K{ Qt::Key_End, Qt::Key_Home } << 0;
    QTest::newRow( "7 Enter" ) << K{ Qt::Key_7, Qt::Key_Return } << 6;
    QTest::newRow( "1 0 Enter" ) << K{ Qt::Key_1, Qt::Key_0, Qt::Key_Enter } << 9;
    QTest::newRow( "42 Enter: the last" ) << K{ Qt::Key_4, Qt::Key_2, Qt::Key_Return } << 9;
    QTest::newRow( "0 Enter: stays" ) << K{ Qt::Key_PageDown, Qt::Key_0, Qt::Key_Return } << 1;
    QTest::newRow( "5 Backspace 3 Enter" ) << K{ Qt::Key_5, Qt::Key_Backspace, Qt::Key_3, Qt::Key_Return } << 2;
    QTest::newRow( "5 Esc: no jump" ) << K{ Qt::Key_5, Qt::Key_Escape, Qt::Key_PageDown } << 1;
  }

  void navigation()
  {
    QFETCH( QList<int>, keys );
    QFETCH( int, expected );
    std::unique_ptr<PresentationWindow> window = presentation( 10 );
    QVERIFY( window );
    QSignalSpy changed( window.get(), &PresentationWindow::currentSlideChanged );
    for ( int key : std::as_const( keys ) )
      QTest::keyClick( window.get(), static_cast<Qt::Key>( key ) );
    QCOMPARE( window->currentSlide(), expected );
    QVERIFY( window->isVisible() ); // Esc with a typed number only clears the number
    QCOMPARE( window->counterText(), QStringLiteral( "%1 / 10" ).arg( expected + 1 ) );
    QVERIFY( window->typedNumber().isEmpty() );
    // what is on screen is the slide asked for
    const QImage shown = window->currentImage();
    QVERIFY( !shown.isNull() );
    QCOMPARE( centre( shown ), slideColor( expected, DeckStyle::Theme::Light ) );
    QCOMPARE( shown.size(), window->slideImageSize() );
    if ( expected != 0 )
      QVERIFY( !changed.isEmpty() );
  }

  void clickerAndMouse()
  {
    std::unique_ptr<PresentationWindow> window = presentation( 5 );
    QVERIFY( window );
    QTest::mouseClick( window.get(), Qt::LeftButton );
    QTest::mouseClick( window.get(), Qt::LeftButton );
    QCOMPARE( window->currentSlide(), 2 );
    QTest::mouseClick( window.get(), Qt::RightButton );
    QCOMPARE( window->currentSlide(), 1 );
    QTest::keyClick( window.get(), Qt::Key_N );
    QCOMPARE( window->currentSlide(), 2 );
    QTest::keyClick( window.get(), Qt::Key_P );
    QCOMPARE( window->currentSlide(), 1 );
  }

  void escapeCloses()
  {
    std::unique_ptr<PresentationWindow> window = presentation( 4 );
    QVERIFY( window );
    QSignalSpy closed( window.get(), &PresentationWindow::closed );
    QTest::keyClick( window.get(), Qt::Key_3 );
    QTest::keyClick( window.get(), Qt::Key_Escape );
    QVERIFY( window->isVisible() );
    QCOMPARE( closed.count(), 0 );
    QTest::keyClick( window.get(), Qt::Key_Escape );
    QVERIFY( !window->isVisible() );
    QCOMPARE( closed.count(), 1 );
  }

  void blackScreen()
  {
    std::unique_ptr<PresentationWindow> window = presentation( 4 );
    QVERIFY( window );
    QTest::keyClick( window.get(), Qt::Key_B );
    QVERIFY( window->isBlack() );
    QVERIFY( window->currentImage().isNull() );
    const QImage grabbed = window->grab().toImage();
    QCOMPARE( centre( grabbed ), QColor( Qt::black ) );
    QTest::keyClick( window.get(), Qt::Key_Period );
    QVERIFY( !window->isBlack() );
    QTest::keyClick( window.get(), Qt::Key_B );
    QTest::keyClick( window.get(), Qt::Key_PageDown ); // the next slide lights the screen again
    QVERIFY( !window->isBlack() );
    QCOMPARE( window->currentSlide(), 1 );
  }

  void counterOnScreen()
  {
    // the counter is drawn: the top-right corner differs from the slide colour
    std::unique_ptr<PresentationWindow> window = presentation( 12 );
    QVERIFY( window );
    QTest::keyClick( window.get(), Qt::Key_End );
    QCOMPARE( window->counterText(), QStringLiteral( "12 / 12" ) );
    const QImage grabbed = window->grab().toImage();
    const QRect slide( QPoint( 0, 0 ), grabbed.size() );
    int differing = 0;
    for ( int x = slide.width() * 9 / 10; x < slide.width() - 2; ++x )
      if ( grabbed.pixelColor( x, slide.height() / 30 ) != slideColor( 11, DeckStyle::Theme::Light ) )
        ++differing;
    QVERIFY2( differing > 5, "slide counter drawn in the top-right corner" );
  }

  void cacheRendersAhead()
  {
    auto calls = std::make_shared<int>( 0 );
    std::unique_ptr<PresentationWindow> window = presentation( 20, DeckStyle::Theme::Light, calls );
    QVERIFY( window );
    window->goToSlide( 10 );
    QVERIFY( window->cache()->contains( 10 ) );
    waitForPrefetch( window.get() );
    QVERIFY( window->cache()->contains( 11 ) );
    QVERIFY( window->cache()->contains( 12 ) );
    QVERIFY( window->cache()->contains( 9 ) );
    QVERIFY( !window->cache()->contains( 15 ) );
    // going forward uses the images rendered ahead: no new rendering for slide 11
    const int before = *calls;
    QTest::keyClick( window.get(), Qt::Key_PageDown );
    QCOMPARE( *calls, before );
    // memory stays bounded
    for ( int i = 0; i < 19; ++i )
      QTest::keyClick( window.get(), Qt::Key_PageDown );
    waitForPrefetch( window.get() );
    for ( int i = 0; i < 19; ++i )
      QTest::keyClick( window.get(), Qt::Key_PageUp );
    QVERIFY( window->cache()->renderCount() >= 20 );
    int kept = 0;
    for ( int i = 0; i < 20; ++i )
      kept += window->cache()->contains( i ) ? 1 : 0;
    QVERIFY( kept <= SlideImageCache::kMaximumImages );
  }

  void presenterView()
  {
    std::unique_ptr<PresentationWindow> window = presentation( 6 );
    QVERIFY( window );
    PresenterView presenter( window.get() );
    presenter.show();
    QVERIFY( QTest::qWaitForWindowExposed( &presenter ) );
    QCOMPARE( presenter.notesText(), QStringLiteral( "Notes of slide 1" ) );
    QCOMPARE( presenter.nextTitle(), QStringLiteral( "Slide 2" ) );
    QCOMPARE( presenter.counterText(), QStringLiteral( "1 / 6" ) );
    // the presenter's keys drive the slides
    QTest::keyClick( &presenter, Qt::Key_PageDown );
    QCOMPARE( window->currentSlide(), 1 );
    QCOMPARE( presenter.notesText(), QStringLiteral( "Notes of slide 2" ) );
    QCOMPARE( presenter.nextTitle(), QStringLiteral( "Slide 3" ) );
    waitForPrefetch( window.get() );
    QTRY_VERIFY( !presenter.nextImage().isNull() );
    QCOMPARE( centre( presenter.nextImage() ), slideColor( 2, DeckStyle::Theme::Light ) );
    QCOMPARE( centre( presenter.currentImage() ), slideColor( 1, DeckStyle::Theme::Light ) );
    // a slide without notes says so instead of keeping the previous ones
    window->goToSlide( 2 );
    QVERIFY( !presenter.notesText().contains( QStringLiteral( "Notes of slide" ) ) );
    QVERIFY( !presenter.notesText().isEmpty() );
    // the last slide has no next one
    QTest::keyClick( &presenter, Qt::Key_End );
    QCOMPARE( window->currentSlide(), 5 );
    QVERIFY( presenter.nextImage().isNull() );
    QVERIFY( presenter.nextTitle() != QStringLiteral( "Slide 6" ) );
    QVERIFY( !presenter.clockText().isEmpty() );
    QCOMPARE( presenter.elapsedText(), QStringLiteral( "00:00" ) );
    // Esc on the presenter's screen leaves the presentation
    QTest::keyClick( &presenter, Qt::Key_Escape );
    QVERIFY( !window->isVisible() );
  }

  void themeSwitch()
  {
    std::unique_ptr<PresentationWindow> window = presentation( 3, DeckStyle::Theme::Light );
    QVERIFY( window );
    QTest::keyClick( window.get(), Qt::Key_PageDown );
    const double light = meanLightness( window->currentImage() );
    QSignalSpy asked( window.get(), &PresentationWindow::themeToggleRequested );
    QTest::keyClick( window.get(), Qt::Key_T );
    QCOMPARE( asked.count(), 1 );
    window->setTheme( DeckStyle::Theme::Dark, standInRenderer( DeckStyle::Theme::Dark ) );
    QCOMPARE( window->theme(), DeckStyle::Theme::Dark );
    QCOMPARE( window->currentSlide(), 1 ); // same slide, other look
    QCOMPARE( centre( window->currentImage() ), slideColor( 1, DeckStyle::Theme::Dark ) );
    QVERIFY( meanLightness( window->currentImage() ) < light );
  }

  // -------------------------------------------------------------------------------------
  // with the demo territory: DeckBuilder, AgendaStore, DeckRenderer

  void agendaEditorSavesOrder()
  {
    ReviewOptions options;
    options.language = QStringLiteral( "fr" );
    QgsProject project;
    auto editor = std::make_unique<AgendaEditor>( mDemoPath, mPlugins.get(), &project, options );
    editor->setErrorDialogsEnabled( false );
    QVERIFY( editor->agendaNames().contains( QStringLiteral( "council" ) ) );
    QVERIFY2( editor->waitForSlides(), "the slides are listed" );
    QVERIFY2( editor->lastError().isEmpty(), qPrintable( editor->lastError() ) );
    QList<review::Slide> available;
    for ( const review::Slide &slide : editor->availableSlides() )
      if ( slide.kind != review::Slide::Kind::Missing && slide.kind != review::Slide::Kind::Title )
        available << slide; // the title slide shows the deck's title, whatever its own
    QVERIFY2( available.size() >= 3, "the demo territory gives at least three slides" );

    // a committee agenda of our own: three slides in reverse order, one moved, one renamed
    QVERIFY( editor->duplicateAgenda( QStringLiteral( "commission-test" ), QStringLiteral( "Commission de test" ) ) );
    QCOMPARE( editor->currentAgendaName(), QStringLiteral( "commission-test" ) );
    editor->clearItems();
    QVERIFY( editor->addSlide( available.at( 2 ).id ) );
    QVERIFY( editor->addSlide( available.at( 1 ).id ) );
    QVERIFY( editor->addSlide( available.at( 0 ).id ) );
    QVERIFY( !editor->addSlide( QStringLiteral( "no-such-slide" ) ) );
    QVERIFY( editor->lastError().contains( QStringLiteral( "no-such-slide" ) ) );
    QVERIFY( editor->moveItem( 2, -1 ) );  // 2, 0, 1
    QVERIFY( !editor->moveItem( 0, -1 ) ); // already first
    editor->setItemTitle( 1, QStringLiteral( "Éclairage : le bilan de l'année" ) );
    editor->setItemTitle( 2, available.at( 1 ).title ); // its own title: no title of the user's
    editor->setDeckTitle( QStringLiteral( "Commission du 3 décembre" ) );
    QVERIFY( editor->isModified() );
    QString error;
    QVERIFY2( editor->save( &error ), qPrintable( error ) );
    QVERIFY( !editor->isModified() );

    // read back from the file, without the editor
    review::Agenda saved;
    QVERIFY2( review::AgendaStore::agenda( mDemoPath, QStringLiteral( "commission-test" ), QStringLiteral( "fr" ), &saved, &error ),
              qPrintable( error ) );
    QCOMPARE( saved.title, QStringLiteral( "Commission du 3 décembre" ) );
    QCOMPARE( saved.items.size(), 3 );
    QCOMPARE( saved.items.at( 0 ).slideId, available.at( 2 ).id );
    QCOMPARE( saved.items.at( 1 ).slideId, available.at( 0 ).id );
    QCOMPARE( saved.items.at( 2 ).slideId, available.at( 1 ).id );
    QCOMPARE( saved.items.at( 0 ).title, QString() );
    QCOMPARE( saved.items.at( 1 ).title, QStringLiteral( "Éclairage : le bilan de l'année" ) );
    QCOMPARE( saved.items.at( 2 ).title, QString() );

    // a new editor shows the same agenda
    editor = std::make_unique<AgendaEditor>( mDemoPath, mPlugins.get(), &project, options );
    editor->setErrorDialogsEnabled( false );
    QVERIFY( editor->agendaNames().contains( QStringLiteral( "commission-test" ) ) );
    QVERIFY( editor->selectAgenda( QStringLiteral( "commission-test" ) ) );
    const review::Agenda shown = editor->agenda();
    QCOMPARE( shown.items.size(), 3 );
    for ( int i = 0; i < 3; ++i )
    {
      QCOMPARE( shown.items.at( i ).slideId, saved.items.at( i ).slideId );
      QCOMPARE( shown.items.at( i ).title, saved.items.at( i ).title );
    }

    // the deck built from it has the agenda's order and titles
    const review::DeckBuilder builder( mPlugins.get() );
    review::ReviewContext context{ mDemoPath, QDate::currentDate(), QStringLiteral( "fr" ) };
    const review::Deck deck = builder.build( context, saved, {}, &error );
    QVERIFY2( error.isEmpty(), qPrintable( error ) );
    QCOMPARE( deck.slides.size(), 3 );
    QCOMPARE( deck.slides.at( 1 ).title, QStringLiteral( "Éclairage : le bilan de l'année" ) );
    QCOMPARE( deck.slides.at( 0 ).title, available.at( 2 ).title );

    // duplicate, then delete the copy
    QVERIFY( !editor->duplicateAgenda( QStringLiteral( "commission-test" ) ) ); // the name is taken
    QVERIFY( editor->lastError().contains( QStringLiteral( "commission-test" ) ) );
    QVERIFY( editor->duplicateAgenda( QStringLiteral( "commission-test-2" ) ) );
    QVERIFY( editor->agendaNames().contains( QStringLiteral( "commission-test-2" ) ) );
    QCOMPARE( editor->agenda().items.size(), 3 );
    QVERIFY2( editor->removeAgenda( &error ), qPrintable( error ) );
    QVERIFY( !editor->agendaNames().contains( QStringLiteral( "commission-test-2" ) ) );
    QVERIFY( !review::AgendaStore::agenda( mDemoPath, QStringLiteral( "commission-test-2" ), QStringLiteral( "fr" ), &saved ) );
  }

  void agendaEditorErrors()
  {
    // a territory that is not there: the error names it, nothing crashes
    const QString missing = tempPath( QStringLiteral( "absent territory.gpkg" ) );
    QgsProject project;
    AgendaEditor editor( missing, mPlugins.get(), &project, ReviewOptions() );
    editor.setErrorDialogsEnabled( false );
    editor.waitForSlides();
    QSignalSpy errors( &editor, &AgendaEditor::errorOccurred );
    QString error;
    if ( editor.currentAgendaName().isEmpty() )
      QVERIFY( !editor.save( &error ) );
    else
    {
      editor.setDeckTitle( QStringLiteral( "x" ) );
      QVERIFY( !editor.save( &error ) );
    }
    QVERIFY2( error.contains( QStringLiteral( "absent territory" ) ) || error.contains( QStringLiteral( "name" ) ), qPrintable( error ) );
    QVERIFY( !errors.isEmpty() );
    QVERIFY( !QFile::exists( missing ) );
  }

  void exportFromEditor()
  {
    QgsProject project;
    ReviewOptions options;
    AgendaEditor editor( mDemoPath, mPlugins.get(), &project, options );
    editor.setErrorDialogsEnabled( false );
    QVERIFY( editor.selectAgenda( QStringLiteral( "council" ) ) );
    QVERIFY( editor.itemCount() > 0 );
    const QString pdf = tempPath( QStringLiteral( "conseil déc.pdf" ) );
    QSignalSpy finished( &editor, &AgendaEditor::exportFinished );
    QVERIFY( editor.exportDeck( DeckExport::Format::Pdf, pdf ) );
    QVERIFY( finished.wait( 120000 ) || finished.count() == 1 );
    QVERIFY2( finished.first().at( 0 ).toBool(), qPrintable( finished.first().at( 1 ).toString() ) );
    QFile file( pdf );
    QVERIFY( file.open( QIODevice::ReadOnly ) );
    QCOMPARE( file.read( 4 ), QByteArray( "%PDF" ) );
    file.close();

    // cancelled while the deck is built: nothing is written
    const QString cancelled = tempPath( QStringLiteral( "cancelled.pdf" ) );
    finished.clear();
    QVERIFY( editor.exportDeck( DeckExport::Format::Pdf, cancelled ) );
    editor.deckExport()->cancel();
    QTRY_COMPARE_WITH_TIMEOUT( finished.count(), 1, 60000 );
    QVERIFY( !finished.first().at( 0 ).toBool() );
    QVERIFY( !QFile::exists( cancelled ) );
  }

  void exportPageByPage_data()
  {
    QTest::addColumn<bool>( "png" );
    QTest::newRow( "pdf" ) << false;
    QTest::newRow( "png" ) << true;
  }

  void exportPageByPage()
  {
    // one page per event-loop turn: other events run between two pages; cancel after page 1 leaves nothing
    QFETCH( bool, png );
    QgsProject project;
    const review::Deck deck = handMadeDeck( 5 );
    const DeckExport::Format format = png ? DeckExport::Format::Png : DeckExport::Format::Pdf;
    const QString folder = tempPath( png ? QStringLiteral( "pages png" ) : QStringLiteral( "pages pdf" ) );
    QVERIFY( QDir().mkpath( folder ) );
    const QString target =
        png ? QDir( folder ).filePath( QStringLiteral( "slides" ) ) : QDir( folder ).filePath( QStringLiteral( "deck é.pdf" ) );
    const int pageCount = DeckRenderer( deck, &project ).pageCount();
    QVERIFY( pageCount >= 5 );

    DeckExport job( mDemoPath, mPlugins.get(), &project );
    QSignalSpy finished( &job, &DeckExport::finished );
    bool cancelAfterFirst = true;
    QList<int> ticksAtPage;
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval( 0 );
    connect( &ticker, &QTimer::timeout, [&ticks] { ++ticks; } );
    ticker.start();
    connect( &job, &DeckExport::progressChanged, this,
             [&]( double, const QString &stage )
             {
               if ( !stage.startsWith( QStringLiteral( "Writing page" ) ) )
                 return;
               ticksAtPage << ticks;
               if ( cancelAfterFirst && ticksAtPage.size() == 1 )
                 job.cancel();
             } );
    QVERIFY( job.start( deck, ReviewOptions(), format, target ) );
    QVERIFY( job.isRunning() ); // start() returns at once: the pages come later
    QTRY_COMPARE_WITH_TIMEOUT( finished.count(), 1, 60000 );
    QVERIFY( !finished.first().at( 0 ).toBool() );
    QCOMPARE( ticksAtPage.size(), 1 );
    QVERIFY( !QFileInfo::exists( target ) || QDir( target ).entryList( QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot ).isEmpty() );
    QCOMPARE( QDir( folder ).entryList( QDir::Files | QDir::Hidden ).size(), 0 ); // no temporary file left

    // complete: every page, the right count, and the event loop ran between pages
    cancelAfterFirst = false;
    ticksAtPage.clear();
    finished.clear();
    QVERIFY( job.start( deck, ReviewOptions(), format, target ) );
    QTRY_COMPARE_WITH_TIMEOUT( finished.count(), 1, 120000 );
    QVERIFY2( finished.first().at( 0 ).toBool(), qPrintable( finished.first().at( 1 ).toString() ) );
    QCOMPARE( ticksAtPage.size(), pageCount );
    for ( int i = 1; i < ticksAtPage.size(); ++i )
      QVERIFY2( ticksAtPage.at( i ) > ticksAtPage.at( i - 1 ), "no event processed between two pages" );
    if ( png )
    {
      QCOMPARE( job.files().size(), pageCount );
      QCOMPARE( QDir( target ).entryList( QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot ).size(), pageCount );
      QCOMPARE( QImage( job.files().constLast() ).size(), QSize( 1920, 1080 ) );
    }
    else
    {
      QCOMPARE( job.files(), QStringList{ target } );
      const QString pdfinfo = QStandardPaths::findExecutable( QStringLiteral( "pdfinfo" ) );
      if ( pdfinfo.isEmpty() )
        QSKIP( "pdfinfo (poppler-utils) is missing" );
      QProcess process;
      process.start( pdfinfo, { target } );
      QVERIFY( process.waitForFinished( 60000 ) );
      const QString info = QString::fromUtf8( process.readAllStandardOutput() );
      QVERIFY2( info.contains( QRegularExpression( QStringLiteral( "Pages:\\s+%1\\b" ).arg( pageCount ) ) ), qPrintable( info ) );
    }
  }

  void exportFromReviewMode()
  {
    // Review ▸ Export the deck as PDF: a progress dialog with Cancel, the window free meanwhile
    MainWindow window( *mPlugins );
    window.setErrorDialogsEnabled( false );
    window.setPersistSettings( false );
    window.resize( 1280, 720 );
    window.show();
    QVERIFY( QTest::qWaitForWindowExposed( &window ) );
    ReviewMode *mode = window.findChild<ReviewMode *>();
    QVERIFY( mode );
    QVERIFY( !mode->exportPdfAction()->isEnabled() );
    QString error;
    QVERIFY2( window.openTerritory( mDemoPath, &error ), qPrintable( error ) );
    QVERIFY( mode->exportPdfAction()->isEnabled() );
    // the deck on screen is what is exported
    PresentationWindow *shown = mode->presentDeck( handMadeDeck( 3 ), ReviewOptions() );
    QVERIFY( shown );
    const QString pdf = tempPath( QStringLiteral( "from review mode.pdf" ) );
    QSignalSpy finished( mode, &ReviewMode::exportFinished );
    QVERIFY2( mode->exportDeck( DeckExport::Format::Pdf, pdf, &error ), qPrintable( error ) );
    QVERIFY( mode->exportProgressDialog() );
    QVERIFY( !mode->exportPdfAction()->isEnabled() ); // one export at a time
    QTRY_COMPARE_WITH_TIMEOUT( finished.count(), 1, 60000 );
    QVERIFY2( finished.first().at( 0 ).toBool(), qPrintable( finished.first().at( 1 ).toString() ) );
    QVERIFY( QFileInfo::exists( pdf ) );
    QVERIFY( mode->exportPdfAction()->isEnabled() );

    // Cancel in the progress dialog: nothing written
    const QString cancelled = tempPath( QStringLiteral( "cancelled from review mode.pdf" ) );
    finished.clear();
    QVERIFY( mode->exportDeck( DeckExport::Format::Pdf, cancelled, &error ) );
    QVERIFY( mode->exportProgressDialog() );
    emit mode->exportProgressDialog()->canceled(); // what its Cancel button sends
    QTRY_COMPARE_WITH_TIMEOUT( finished.count(), 1, 60000 );
    QVERIFY( !finished.first().at( 0 ).toBool() );
    QVERIFY( !QFileInfo::exists( cancelled ) );
    mode->stopPresentation();
  }

  void presentFromMainWindow()
  {
    MainWindow window( *mPlugins );
    window.setErrorDialogsEnabled( false );
    window.setPersistSettings( false );
    window.resize( 1280, 720 );
    window.show();
    QVERIFY( QTest::qWaitForWindowExposed( &window ) );
    ReviewMode *mode = window.findChild<ReviewMode *>();
    QVERIFY( mode );
    QVERIFY( !mode->presentAction()->isEnabled() ); // no territory yet
    QString error;
    QVERIFY2( window.openTerritory( mDemoPath, &error ), qPrintable( error ) );
    QVERIFY( mode->presentAction()->isEnabled() );
    QCOMPARE( mode->presentAction()->shortcut(), QKeySequence( Qt::Key_F5 ) );

    ReviewOptions options;
    options.agendaName = QStringLiteral( "council" );
    options.language = QStringLiteral( "en" );
    mode->setOptions( options );
    QSignalSpy started( mode, &ReviewMode::presentationStarted );
    QSignalSpy built( mode, &ReviewMode::deckBuilt );
    QTest::keyClick( &window, Qt::Key_F5 );
    QVERIFY( mode->isBuilding() || built.count() == 1 );
    QVERIFY( started.wait( 120000 ) || started.count() == 1 );
    QVERIFY2( built.first().at( 0 ).toBool(), qPrintable( built.first().at( 1 ).toString() ) );
    PresentationWindow *presentation = mode->presentationWindow();
    QVERIFY( presentation );
    QVERIFY( presentation->isVisible() );
    QVERIFY( presentation->isFullScreen() );
    QCOMPARE( presentation->deck().language, QStringLiteral( "en" ) );
    QVERIFY( presentation->slideCount() > 1 );
    QCOMPARE( presentation->counterText(), QStringLiteral( "1 / %1" ).arg( presentation->slideCount() ) );
    const QImage first = presentation->currentImage();
    QVERIFY( !first.isNull() );
    QCOMPARE( first.size(), presentation->slideImageSize() );
    std::printf( "PERF: %d slides, first slide on screen %lld ms after the deck was built\n", presentation->slideCount(),
                 static_cast<long long>( mode->openMilliseconds() ) );

    // T: the other theme, rendered by DeckRenderer
    const double light = meanLightness( first );
    QTest::keyClick( presentation, Qt::Key_T );
    QCOMPARE( presentation->theme(), DeckStyle::Theme::Dark );
    QVERIFY2( meanLightness( presentation->currentImage() ) < light, "the dark theme is darker" );
    QTest::keyClick( presentation, Qt::Key_PageDown );
    QCOMPARE( presentation->currentSlide(), 1 );

    QSignalSpy ended( mode, &ReviewMode::presentationEnded );
    QTest::keyClick( presentation, Qt::Key_Escape );
    QTRY_COMPARE( ended.count(), 1 );
    QVERIFY( !mode->presentationWindow() );

    // cancel while building: no presentation
    started.clear();
    built.clear();
    QVERIFY( mode->present() );
    mode->cancel();
    QCOMPARE( built.count(), 1 );
    QVERIFY( !built.first().at( 0 ).toBool() );
    QTest::qWait( 200 );
    QCOMPARE( started.count(), 0 );
  }

  void openThirtySlides()
  {
    // a 30-slide deck of the demo territory (slides repeated when it has fewer)
    const review::DeckBuilder builder( mPlugins.get() );
    review::ReviewContext context{ mDemoPath, QDate::currentDate(), QStringLiteral( "fr" ) };
    QString error;
    const QList<review::Slide> all = builder.allSlides( context, {}, &error );
    QVERIFY2( !all.isEmpty(), qPrintable( error ) );
    review::Agenda agenda;
    agenda.name = QStringLiteral( "thirty" );
    agenda.title = QStringLiteral( "Trente diapositives" );
    for ( int i = 0; i < 30; ++i )
      agenda.items << review::AgendaItem{ all.at( i % all.size() ).id, QString() };
    QElapsedTimer buildClock;
    buildClock.start();
    const review::Deck deck = builder.build( context, agenda, {}, &error );
    const qint64 buildMs = buildClock.elapsed();
    QCOMPARE( deck.slides.size(), 30 );

    MainWindow window( *mPlugins );
    window.setErrorDialogsEnabled( false );
    window.setPersistSettings( false );
    QVERIFY2( window.openTerritory( mDemoPath, &error ), qPrintable( error ) );
    {
      // where the time goes: laying out the deck, then drawing one page
      QElapsedTimer step;
      step.start();
      DeckRenderer renderer( deck, window.project() );
      QVERIFY( renderer.layout() );
      const qint64 layoutMs = step.restart();
      QVERIFY( !renderer.renderPage( 0, QSize( 1280, 720 ) ).isNull() );
      const qint64 firstMs = step.restart();
      QVERIFY( !renderer.renderPage( renderer.pageOfSlide( 1 ), QSize( 1280, 720 ) ).isNull() );
      const qint64 secondMs = step.restart();
      std::printf( "PERF: DeckRenderer, 30 slides: layout %lld ms, page 1 at 1280x720 %lld ms, page 2 %lld ms\n",
                   static_cast<long long>( layoutMs ), static_cast<long long>( firstMs ), static_cast<long long>( secondMs ) );
    }
    ReviewMode *mode = window.findChild<ReviewMode *>();
    QVERIFY( mode );
    QElapsedTimer clock;
    clock.start();
    PresentationWindow *presentation = mode->presentDeck( deck, ReviewOptions() );
    QVERIFY( presentation );
    QVERIFY( !presentation->currentImage().isNull() );
    const qint64 openMs = clock.elapsed();
    QElapsedTimer nextClock;
    nextClock.start();
    QTest::keyClick( presentation, Qt::Key_PageDown );
    QVERIFY( !presentation->currentImage().isNull() );
    const qint64 nextMs = nextClock.elapsed();
    std::printf( "PERF: 30-slide deck built in %lld ms; presentation open with the first slide at %dx%d in %lld ms; next slide %lld ms\n",
                 static_cast<long long>( buildMs ), presentation->slideImageSize().width(), presentation->slideImageSize().height(),
                 static_cast<long long>( openMs ), static_cast<long long>( nextMs ) );
    // the target is 2 s on this machine (README figure); asserted generously for loaded CI machines
    QVERIFY2( openMs < 10000, qPrintable( QStringLiteral( "%1 ms" ).arg( openMs ) ) );
    mode->stopPresentation();
  }
};

VIGIE_QGIS_TEST_MAIN( TestPresentation )
#include "tst_presentation.moc"
