// SPDX-License-Identifier: GPL-2.0-or-later
#include "presentationwindow.h"

#include "log.h"

#include <QCloseEvent>
#include <QDateTime>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScreen>
#include <QTextBrowser>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <QWindow>

#include <algorithm>
#include <cmath>

namespace vigie
{
  namespace
  {
    //! Width / height of a slide page (DeckStyle's page, 16:9 by default).
    double slideAspect()
    {
      const QSizeF page = DeckStyle().pageSizeMm;
      return page.height() > 0 ? page.width() / page.height() : 16.0 / 9.0;
    }

    QString clockString( qint64 seconds )
    {
      const qint64 h = seconds / 3600;
      const qint64 m = ( seconds / 60 ) % 60;
      const qint64 s = seconds % 60;
      const QString mm = QStringLiteral( "%1:%2" ).arg( m, 2, 10, QLatin1Char( '0' ) ).arg( s, 2, 10, QLatin1Char( '0' ) );
      return h > 0 ? QStringLiteral( "%1:%2" ).arg( h ).arg( mm ) : mm;
    }
  } // namespace

  // ---------------------------------------------------------------------------------------
  // SlideImageCache

  SlideImageCache::SlideImageCache( SlideRenderer renderer, int slideCount, QObject *parent )
      : QObject( parent ), mRenderer( std::move( renderer ) ), mSlideCount( slideCount )
  {
  }

  void SlideImageCache::setRenderer( SlideRenderer renderer )
  {
    mRenderer = std::move( renderer );
    mImages.clear();
    mQueue.clear();
    mRenderCount = 0;
  }

  void SlideImageCache::setSize( const QSize &size )
  {
    if ( size == mSize )
      return;
    mSize = size;
    mImages.clear();
    mQueue.clear();
    mRenderCount = 0;
  }

  QImage SlideImageCache::image( int slide, QString *errorMessage )
  {
    if ( slide < 0 || slide >= mSlideCount )
    {
      if ( errorMessage )
        *errorMessage = tr( "There is no slide %1 (the deck has %2)." ).arg( slide + 1 ).arg( mSlideCount );
      return QImage();
    }
    const auto found = mImages.constFind( slide );
    if ( found != mImages.constEnd() )
      return found.value();
    if ( !mRenderer || mSize.isEmpty() )
    {
      if ( errorMessage )
        *errorMessage = tr( "Nothing to draw the slides with." );
      return QImage();
    }
    QString error;
    const QImage rendered = mRenderer( slide, mSize, &error );
    ++mRenderCount;
    if ( rendered.isNull() )
    {
      const QString message = error.isEmpty() ? tr( "Slide %1 could not be drawn." ).arg( slide + 1 ) : error;
      logMessage( LogLevel::Warning, QStringLiteral( "review" ), message );
      if ( errorMessage )
        *errorMessage = message;
      emit renderFailed( slide, message );
      return QImage();
    }
    mImages.insert( slide, rendered );
    mQueue.removeAll( slide );
    evictAround( slide );
    emit imageReady( slide );
    return rendered;
  }

  void SlideImageCache::prefetch( int slide, int ahead )
  {
    mQueue.clear();
    for ( int i = 1; i <= ahead; ++i )
      mQueue << slide + i;
    mQueue << slide - 1;
    mQueue.erase(
        std::remove_if( mQueue.begin(), mQueue.end(), [this]( int s ) { return s < 0 || s >= mSlideCount || mImages.contains( s ); } ),
        mQueue.end() );
    if ( !mQueue.isEmpty() && !mTimerPending )
    {
      mTimerPending = true;
      QTimer::singleShot( 0, this, &SlideImageCache::renderQueued );
    }
  }

  void SlideImageCache::renderQueued()
  {
    mTimerPending = false;
    if ( mQueue.isEmpty() )
      return;
    const int slide = mQueue.takeFirst();
    if ( !mImages.contains( slide ) )
      image( slide );
    if ( !mQueue.isEmpty() )
    {
      mTimerPending = true;
      QTimer::singleShot( 0, this, &SlideImageCache::renderQueued );
    }
  }

  void SlideImageCache::evictAround( int slide )
  {
    while ( mImages.size() > kMaximumImages )
    {
      int farthest = -1;
      for ( auto it = mImages.constBegin(); it != mImages.constEnd(); ++it )
      {
        if ( farthest < 0 || std::abs( it.key() - slide ) > std::abs( farthest - slide ) )
          farthest = it.key();
      }
      mImages.remove( farthest );
    }
  }

  // ---------------------------------------------------------------------------------------
  // PresentationWindow

  PresentationWindow::PresentationWindow( const review::Deck &deck, SlideRenderer renderer, DeckStyle::Theme theme, QWidget *parent )
      : QWidget( parent, Qt::Window ), mDeck( deck ), mTheme( theme )
  {
    setObjectName( QStringLiteral( "presentationWindow" ) );
    setWindowTitle( deck.title.isEmpty() ? tr( "Presentation — Vigie" ) : tr( "%1 — Vigie" ).arg( deck.title ) );
    setAttribute( Qt::WA_OpaquePaintEvent );
    setFocusPolicy( Qt::StrongFocus );
    setCursor( Qt::BlankCursor );
    mCache = new SlideImageCache( std::move( renderer ), deck.slides.size(), this );
    connect( mCache, &SlideImageCache::imageReady, this,
             [this]( int slide )
             {
               if ( slide == mCurrent )
                 update();
             } );
    connect( mCache, &SlideImageCache::renderFailed, this,
             [this]( int slide, const QString &error )
             {
               if ( slide == mCurrent )
                 mLastError = error;
             } );
    resize( 1280, 720 );
  }

  PresentationWindow::~PresentationWindow() = default;

  QString PresentationWindow::counterText() const
  {
    if ( mDeck.slides.isEmpty() )
      return tr( "no slide" );
    return tr( "%1 / %2" ).arg( mCurrent + 1 ).arg( mDeck.slides.size() );
  }

  QImage PresentationWindow::currentImage() const
  {
    return mBlack ? QImage() : mCache->cachedImage( mCurrent );
  }

  QRect PresentationWindow::slideRect() const
  {
    const double aspect = slideAspect();
    const QRect area = rect();
    int w = area.width();
    int h = static_cast<int>( std::lround( w / aspect ) );
    if ( h > area.height() )
    {
      h = area.height();
      w = static_cast<int>( std::lround( h * aspect ) );
    }
    return QRect( area.x() + ( area.width() - w ) / 2, area.y() + ( area.height() - h ) / 2, w, h );
  }

  QSize PresentationWindow::slideImageSize() const
  {
    const double ratio = devicePixelRatioF();
    const QSize logical = slideRect().size();
    return QSize( static_cast<int>( std::lround( logical.width() * ratio ) ), static_cast<int>( std::lround( logical.height() * ratio ) ) );
  }

  QColor PresentationWindow::backgroundColor() const
  {
    return mTheme == DeckStyle::Theme::Dark ? QColor( 0, 0, 0 ) : QColor( 32, 32, 32 );
  }

  void PresentationWindow::showOnScreen( QScreen *screen )
  {
    if ( !screen )
      screen = QGuiApplication::primaryScreen();
    if ( screen )
    {
      setGeometry( screen->geometry() );
      if ( windowHandle() )
        windowHandle()->setScreen( screen );
    }
    showFullScreen();
    raise();
    activateWindow();
    setFocus();
    mCache->setSize( slideImageSize() );
    mCache->image( mCurrent, &mLastError ); // the first slide now, the others in the background
    mCache->prefetch( mCurrent );
    update();
  }

  void PresentationWindow::setTheme( DeckStyle::Theme theme, SlideRenderer renderer )
  {
    mTheme = theme;
    mCache->setRenderer( std::move( renderer ) );
    mLastError.clear();
    mCache->image( mCurrent, &mLastError );
    mCache->prefetch( mCurrent );
    update();
    emit currentSlideChanged( mCurrent ); // the presenter view shows the new images
  }

  void PresentationWindow::goToSlide( int index )
  {
    if ( mDeck.slides.isEmpty() )
      return;
    index = std::clamp( index, 0, static_cast<int>( mDeck.slides.size() ) - 1 );
    mTypedNumber.clear();
    if ( mBlack )
      setBlack( false );
    if ( index == mCurrent )
    {
      update();
      return;
    }
    mCurrent = index;
    mLastError.clear();
    if ( isVisible() )
    {
      mCache->setSize( slideImageSize() );
      mCache->image( mCurrent, &mLastError );
      mCache->prefetch( mCurrent );
    }
    update();
    emit currentSlideChanged( mCurrent );
  }

  void PresentationWindow::nextSlide()
  {
    goToSlide( mCurrent + 1 );
  }

  void PresentationWindow::previousSlide()
  {
    goToSlide( mCurrent - 1 );
  }

  void PresentationWindow::firstSlide()
  {
    goToSlide( 0 );
  }

  void PresentationWindow::lastSlide()
  {
    goToSlide( static_cast<int>( mDeck.slides.size() ) - 1 );
  }

  void PresentationWindow::setBlack( bool black )
  {
    if ( black == mBlack )
      return;
    mBlack = black;
    update();
    emit blackChanged( mBlack );
  }

  bool PresentationWindow::handleKey( int key, const QString &text )
  {
    if ( key >= Qt::Key_0 && key <= Qt::Key_9 )
    {
      if ( mTypedNumber.size() < 4 )
        mTypedNumber += QChar( '0' + ( key - Qt::Key_0 ) );
      update();
      return true;
    }
    switch ( key )
    {
    case Qt::Key_Return:
    case Qt::Key_Enter:
      if ( !mTypedNumber.isEmpty() )
      {
        const int number = mTypedNumber.toInt();
        mTypedNumber.clear();
        if ( number >= 1 )
          goToSlide( number - 1 );
        update();
      }
      else
      {
        nextSlide();
      }
      return true;
    case Qt::Key_PageDown:
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Space:
    case Qt::Key_N:
      nextSlide();
      return true;
    case Qt::Key_PageUp:
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_P:
      previousSlide();
      return true;
    case Qt::Key_Backspace:
      if ( !mTypedNumber.isEmpty() )
      {
        mTypedNumber.chop( 1 );
        update();
      }
      else
      {
        previousSlide();
      }
      return true;
    case Qt::Key_Home:
      firstSlide();
      return true;
    case Qt::Key_End:
      lastSlide();
      return true;
    case Qt::Key_B:
    case Qt::Key_Period:
      toggleBlack();
      return true;
    case Qt::Key_T:
      emit themeToggleRequested();
      return true;
    case Qt::Key_Escape:
      if ( !mTypedNumber.isEmpty() )
      {
        mTypedNumber.clear();
        update();
      }
      else
      {
        close();
      }
      return true;
    default:
      break;
    }
    Q_UNUSED( text )
    return false;
  }

  void PresentationWindow::keyPressEvent( QKeyEvent *event )
  {
    // Ctrl+S: the deck on screen as PDF, Ctrl+Shift+S: as PNG images (the owner asks where)
    if ( event->key() == Qt::Key_S && ( event->modifiers() & Qt::ControlModifier ) )
    {
      emit exportRequested( ( event->modifiers() & Qt::ShiftModifier ) ? DeckPageWriter::Format::Png : DeckPageWriter::Format::Pdf );
      event->accept();
      return;
    }
    if ( handleKey( event->key(), event->text() ) )
      event->accept();
    else
      QWidget::keyPressEvent( event );
  }

  void PresentationWindow::mousePressEvent( QMouseEvent *event )
  {
    if ( event->button() == Qt::LeftButton )
      nextSlide();
    else if ( event->button() == Qt::RightButton )
      previousSlide();
    event->accept();
  }

  void PresentationWindow::wheelEvent( QWheelEvent *event )
  {
    const int delta = event->angleDelta().y();
    if ( delta < 0 )
      nextSlide();
    else if ( delta > 0 )
      previousSlide();
    event->accept();
  }

  void PresentationWindow::resizeEvent( QResizeEvent *event )
  {
    QWidget::resizeEvent( event );
    if ( isVisible() )
    {
      mCache->setSize( slideImageSize() );
      mCache->prefetch( mCurrent - 1, 3 ); // the current one first, then ahead
    }
  }

  void PresentationWindow::paintEvent( QPaintEvent * )
  {
    QPainter painter( this );
    if ( mBlack )
    {
      painter.fillRect( rect(), Qt::black );
      return;
    }
    painter.fillRect( rect(), backgroundColor() );
    const QRect target = slideRect();
    QImage image = mCache->cachedImage( mCurrent );
    if ( image.isNull() && mLastError.isEmpty() && !mDeck.slides.isEmpty() )
    {
      mCache->setSize( slideImageSize() );
      image = mCache->image( mCurrent, &mLastError );
    }
    const bool dark = mTheme == DeckStyle::Theme::Dark;
    const QColor ink = dark ? QColor( 235, 235, 235 ) : QColor( 30, 30, 30 );
    if ( !image.isNull() )
    {
      painter.setRenderHint( QPainter::SmoothPixmapTransform );
      painter.drawImage( target, image );
    }
    else
    {
      painter.fillRect( target, dark ? QColor( 20, 24, 30 ) : QColor( 250, 250, 250 ) );
      QFont font = painter.font();
      font.setPixelSize( std::max( 14, target.height() / 24 ) );
      painter.setFont( font );
      painter.setPen( ink );
      const QString title = mDeck.slides.value( mCurrent ).title;
      const QString text =
          mDeck.slides.isEmpty()
              ? tr( "This deck has no slide." )
              : ( mLastError.isEmpty() ? title : tr( "%1\n\nThis slide could not be drawn: %2" ).arg( title, mLastError ) );
      painter.drawText( target.adjusted( target.width() / 12, target.height() / 12, -target.width() / 12, -target.height() / 12 ),
                        Qt::AlignCenter | Qt::TextWordWrap, text );
    }

    // the slide counter, discreet but readable from the back of the room; top right, where slide
    // titles end short and away from the page footer of the deck layout
    QFont small = painter.font();
    small.setPixelSize( std::max( 12, height() / 45 ) );
    painter.setFont( small );
    const QString counter = counterText();
    const QFontMetrics metrics( small );
    const int margin = metrics.height() / 2;
    const QRect counterRect( width() - metrics.horizontalAdvance( counter ) - 3 * margin, margin,
                             metrics.horizontalAdvance( counter ) + 2 * margin, metrics.height() + margin );
    painter.setPen( Qt::NoPen );
    painter.setBrush( QColor( 0, 0, 0, 110 ) );
    painter.drawRoundedRect( counterRect, margin / 2, margin / 2 );
    painter.setPen( QColor( 255, 255, 255, 220 ) );
    painter.drawText( counterRect, Qt::AlignCenter, counter );

    if ( !mTypedNumber.isEmpty() )
    {
      QFont big = painter.font();
      big.setPixelSize( std::max( 24, height() / 10 ) );
      painter.setFont( big );
      const QString jump = tr( "Slide %1" ).arg( mTypedNumber );
      const QFontMetrics bigMetrics( big );
      QRect box( 0, 0, bigMetrics.horizontalAdvance( jump ) + bigMetrics.height(), bigMetrics.height() * 3 / 2 );
      box.moveCenter( rect().center() );
      painter.setPen( Qt::NoPen );
      painter.setBrush( QColor( 0, 0, 0, 170 ) );
      painter.drawRoundedRect( box, bigMetrics.height() / 4, bigMetrics.height() / 4 );
      painter.setPen( Qt::white );
      painter.drawText( box, Qt::AlignCenter, jump );
    }
  }

  void PresentationWindow::closeEvent( QCloseEvent *event )
  {
    QWidget::closeEvent( event );
    if ( !mClosedEmitted )
    {
      mClosedEmitted = true;
      emit closed();
    }
  }

  // ---------------------------------------------------------------------------------------
  // PresenterView

  PresenterView::PresenterView( PresentationWindow *presentation, QWidget *parent )
      : QWidget( parent, Qt::Window ), mPresentation( presentation )
  {
    setObjectName( QStringLiteral( "presenterView" ) );
    setWindowTitle( tr( "Presenter view — Vigie" ) );
    setFocusPolicy( Qt::StrongFocus );
    setAutoFillBackground( true );
    QPalette dark = palette();
    dark.setColor( QPalette::Window, QColor( 24, 26, 30 ) );
    dark.setColor( QPalette::WindowText, QColor( 230, 230, 230 ) );
    dark.setColor( QPalette::Base, QColor( 34, 37, 42 ) );
    dark.setColor( QPalette::Text, QColor( 240, 240, 240 ) );
    setPalette( dark );

    QFont big = font();
    big.setPointSizeF( big.pointSizeF() * 2.0 );
    QFont medium = font();
    medium.setPointSizeF( medium.pointSizeF() * 1.5 );

    mElapsed = new QLabel( this );
    mElapsed->setObjectName( QStringLiteral( "presenterElapsed" ) );
    mElapsed->setFont( big );
    mElapsed->setToolTip( tr( "Time since the start of the presentation (click to restart)" ) );
    mCounter = new QLabel( this );
    mCounter->setObjectName( QStringLiteral( "presenterCounter" ) );
    mCounter->setFont( big );
    mCounter->setAlignment( Qt::AlignCenter );
    mClock = new QLabel( this );
    mClock->setObjectName( QStringLiteral( "presenterClock" ) );
    mClock->setFont( big );
    mClock->setAlignment( Qt::AlignRight | Qt::AlignVCenter );
    QHBoxLayout *top = new QHBoxLayout;
    top->addWidget( mElapsed, 1 );
    top->addWidget( mCounter, 1 );
    top->addWidget( mClock, 1 );

    mCurrentLabel = new QLabel( this );
    mCurrentLabel->setObjectName( QStringLiteral( "presenterCurrent" ) );
    mCurrentLabel->setAlignment( Qt::AlignCenter );
    mCurrentLabel->setMinimumSize( 320, 180 );
    mCurrentLabel->setSizePolicy( QSizePolicy::Ignored, QSizePolicy::Ignored );

    QLabel *nextCaption = new QLabel( tr( "Next" ), this );
    nextCaption->setFont( medium );
    mNextTitle = new QLabel( this );
    mNextTitle->setObjectName( QStringLiteral( "presenterNextTitle" ) );
    mNextTitle->setFont( medium );
    mNextTitle->setWordWrap( true );
    mNextLabel = new QLabel( this );
    mNextLabel->setObjectName( QStringLiteral( "presenterNext" ) );
    mNextLabel->setAlignment( Qt::AlignCenter );
    mNextLabel->setMinimumSize( 192, 108 );
    mNextLabel->setSizePolicy( QSizePolicy::Ignored, QSizePolicy::Ignored );
    QLabel *notesCaption = new QLabel( tr( "Notes" ), this );
    notesCaption->setFont( medium );
    mNotes = new QTextBrowser( this );
    mNotes->setObjectName( QStringLiteral( "presenterNotes" ) );
    mNotes->setFont( medium );
    mNotes->setFocusPolicy( Qt::NoFocus );

    QVBoxLayout *side = new QVBoxLayout;
    side->addWidget( nextCaption );
    side->addWidget( mNextLabel, 2 );
    side->addWidget( mNextTitle );
    side->addSpacing( 8 );
    side->addWidget( notesCaption );
    side->addWidget( mNotes, 3 );

    QHBoxLayout *body = new QHBoxLayout;
    body->addWidget( mCurrentLabel, 3 );
    body->addLayout( side, 2 );

    QVBoxLayout *layout = new QVBoxLayout( this );
    layout->addLayout( top );
    layout->addLayout( body, 1 );

    mTimer = new QTimer( this );
    mTimer->setInterval( 1000 );
    connect( mTimer, &QTimer::timeout, this, &PresenterView::tick );
    mTimer->start();
    mSince.start();

    if ( mPresentation )
    {
      connect( mPresentation, &PresentationWindow::currentSlideChanged, this, &PresenterView::refresh );
      connect( mPresentation->cache(), &SlideImageCache::imageReady, this,
               [this]( int slide )
               {
                 if ( mPresentation && ( slide == mPresentation->currentSlide() || slide == mPresentation->currentSlide() + 1 ) )
                   updateImages();
               } );
      connect( mPresentation, &PresentationWindow::blackChanged, this,
               [this]( bool black ) { mCounter->setText( black ? tr( "%1 (black screen)" ).arg( counterText() ) : counterText() ); } );
    }
    resize( 1280, 720 );
    refresh();
    tick();
  }

  QString PresenterView::notesText() const
  {
    return mNotes->toPlainText();
  }

  QString PresenterView::nextTitle() const
  {
    return mNextTitle->text();
  }

  QString PresenterView::counterText() const
  {
    return mPresentation ? mPresentation->counterText() : QString();
  }

  QString PresenterView::clockText() const
  {
    return mClock->text();
  }

  QString PresenterView::elapsedText() const
  {
    return mElapsed->text();
  }

  void PresenterView::restartTimer()
  {
    mSince.restart();
    tick();
  }

  void PresenterView::tick()
  {
    mClock->setText( QLocale().toString( QTime::currentTime(), QLocale::ShortFormat ) );
    mElapsed->setText( clockString( mSince.elapsed() / 1000 ) );
  }

  void PresenterView::refresh()
  {
    if ( !mPresentation )
      return;
    const int current = mPresentation->currentSlide();
    const review::Deck &deck = mPresentation->deck();
    mCounter->setText( counterText() );
    const review::Slide slide = deck.slides.value( current );
    mNotes->setPlainText( slide.notes.isEmpty() ? tr( "(no notes for this slide)" ) : slide.notes );
    if ( current + 1 < deck.slides.size() )
      mNextTitle->setText( deck.slides.at( current + 1 ).title );
    else
      mNextTitle->setText( tr( "End of the presentation" ) );
    updateImages();
  }

  void PresenterView::updateImages()
  {
    if ( !mPresentation )
      return;
    const int current = mPresentation->currentSlide();
    SlideImageCache *cache = mPresentation->cache();
    // scaled down from the full-screen images: one rendering per slide serves both screens
    mCurrentImage = cache->cachedImage( current );
    mNextImage = current + 1 < cache->slideCount() ? cache->cachedImage( current + 1 ) : QImage();
    const auto show = []( QLabel *label, const QImage &image, const QString &placeholder )
    {
      if ( image.isNull() )
      {
        label->setPixmap( QPixmap() );
        label->setText( placeholder );
        return;
      }
      label->setPixmap(
          QPixmap::fromImage( image.scaled( label->size() * label->devicePixelRatioF(), Qt::KeepAspectRatio, Qt::SmoothTransformation ) ) );
    };
    show( mCurrentLabel, mCurrentImage, tr( "…" ) );
    const bool last = current + 1 >= cache->slideCount();
    show( mNextLabel, mNextImage, last ? tr( "End of the presentation" ) : tr( "…" ) );
  }

  void PresenterView::keyPressEvent( QKeyEvent *event )
  {
    if ( mPresentation && mPresentation->handleKey( event->key(), event->text() ) )
    {
      event->accept();
      return;
    }
    QWidget::keyPressEvent( event );
  }

  void PresenterView::resizeEvent( QResizeEvent *event )
  {
    QWidget::resizeEvent( event );
    updateImages();
  }
} // namespace vigie
