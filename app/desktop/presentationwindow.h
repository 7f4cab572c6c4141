// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_PRESENTATIONWINDOW_H
#define VIGIE_PRESENTATIONWINDOW_H

#include "deckrenderer.h"
#include "reviewslide.h"

#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QWidget>

#include <functional>

class QLabel;
class QScreen;
class QTextBrowser;
class QTimer;

namespace vigie
{
  /**
   * Renders slide \a slideIndex of a deck as an image of \a size: DeckRenderer::renderPage in the
   * app, a stand-in in tests. Null image with the reason on failure.
   */
  using SlideRenderer = std::function<QImage( int slideIndex, const QSize &size, QString *errorMessage )>;

  /**
   * \brief The slide images of a presentation, rendered at the screen's resolution and kept.
   * Rendering happens on the GUI thread (QGIS print layouts live there): the slide asked for at
   * once, the neighbours ahead one per event-loop turn, so that keys stay responsive and the next
   * slide is usually ready before it is asked for.
   */
  class SlideImageCache : public QObject
  {
    Q_OBJECT
  public:
    SlideImageCache( SlideRenderer renderer, int slideCount, QObject *parent = nullptr );

    //! The renderer (another theme): drops every image.
    void setRenderer( SlideRenderer renderer );
    //! Size of the images in device pixels; a new size drops every image.
    void setSize( const QSize &size );
    QSize size() const { return mSize; }
    int slideCount() const { return mSlideCount; }

    //! The image of \a slide, rendered now when it is not cached.
    QImage image( int slide, QString *errorMessage = nullptr );
    //! The cached image of \a slide, or a null image (never renders).
    QImage cachedImage( int slide ) const { return mImages.value( slide ); }
    bool contains( int slide ) const { return mImages.contains( slide ); }
    //! Queues the slides around \a slide (\a ahead after it, one before) for idle rendering.
    void prefetch( int slide, int ahead = 2 );
    //! True while queued slides wait for rendering.
    bool isPrefetching() const { return !mQueue.isEmpty(); }
    //! How many pages were rendered since the last size or renderer change (tests, benchmarks).
    int renderCount() const { return mRenderCount; }
    //! How many images are kept at most (memory: a 1920x1080 slide is 8 MB).
    static constexpr int kMaximumImages = 12;

  signals:
    //! A slide was rendered (now or in the background).
    void imageReady( int slide );
    void renderFailed( int slide, const QString &errorMessage );

  private:
    void renderQueued();
    void evictAround( int slide );

    SlideRenderer mRenderer;
    int mSlideCount = 0;
    QSize mSize;
    QHash<int, QImage> mImages;
    QList<int> mQueue;
    int mRenderCount = 0;
    bool mTimerPending = false;
  };

  /**
   * \brief The full-screen presentation of a review deck: one slide image fitted to the screen at its
   * resolution, keyboard and presentation-clicker navigation (PageDown/PageUp, arrows, Space, Home/End,
   * a slide number then Enter, B or . for a black screen, Esc to leave), a discreet slide counter.
   */
  class PresentationWindow : public QWidget
  {
    Q_OBJECT
  public:
    PresentationWindow( const review::Deck &deck, SlideRenderer renderer, DeckStyle::Theme theme = DeckStyle::Theme::Light,
                        QWidget *parent = nullptr );
    ~PresentationWindow() override;

    const review::Deck &deck() const { return mDeck; }
    int slideCount() const { return mDeck.slides.size(); }
    int currentSlide() const { return mCurrent; }
    //! "3 / 30": what the slide counter shows.
    QString counterText() const;
    bool isBlack() const { return mBlack; }
    DeckStyle::Theme theme() const { return mTheme; }
    //! The number typed so far for a jump (digits then Enter).
    QString typedNumber() const { return mTypedNumber; }
    SlideImageCache *cache() const { return mCache; }
    //! The image currently on screen (null while black or before the first paint).
    QImage currentImage() const;
    //! Size in device pixels at which slides are rendered for this window.
    QSize slideImageSize() const;

    //! Shows the window full screen on \a screen (the primary screen when null).
    void showOnScreen( QScreen *screen );
    //! Another look: the images are rendered again with \a renderer.
    void setTheme( DeckStyle::Theme theme, SlideRenderer renderer );

  public slots:
    void goToSlide( int index );
    void nextSlide();
    void previousSlide();
    void firstSlide();
    void lastSlide();
    void setBlack( bool black );
    void toggleBlack() { setBlack( !mBlack ); }

  signals:
    void currentSlideChanged( int index );
    void blackChanged( bool black );
    //! T pressed: the owner renders the deck in the other theme and calls setTheme().
    void themeToggleRequested();
    //! The window is closing (Esc or closed by the owner).
    void closed();
    //! Ctrl+S (PDF) or Ctrl+Shift+S (PNG): the owner exports the deck shown.
    void exportRequested( vigie::DeckPageWriter::Format format );

  protected:
    void keyPressEvent( QKeyEvent *event ) override;
    void mousePressEvent( QMouseEvent *event ) override;
    void wheelEvent( QWheelEvent *event ) override;
    void paintEvent( QPaintEvent *event ) override;
    void resizeEvent( QResizeEvent *event ) override;
    void closeEvent( QCloseEvent *event ) override;

  private:
    friend class PresenterView;
    //! Handles the presentation keys (also forwarded from the presenter view); false when not one.
    bool handleKey( int key, const QString &text );
    QRect slideRect() const;
    QColor backgroundColor() const;

    review::Deck mDeck;
    SlideImageCache *mCache = nullptr;
    DeckStyle::Theme mTheme = DeckStyle::Theme::Light;
    int mCurrent = 0;
    bool mBlack = false;
    bool mClosedEmitted = false;
    QString mTypedNumber;
    QString mLastError;
  };

  /**
   * \brief The presenter's screen: the current slide, the next one, the presenter notes, the time of
   * day and the time since the start, the slide counter. On the second screen when there is one, in a
   * window otherwise (rehearsal). Its keys drive the presentation.
   */
  class PresenterView : public QWidget
  {
    Q_OBJECT
  public:
    explicit PresenterView( PresentationWindow *presentation, QWidget *parent = nullptr );

    //! The notes shown (plain text of Slide::notes).
    QString notesText() const;
    //! The title of the next slide, or "End of the presentation".
    QString nextTitle() const;
    //! The image shown for the next slide (null when the last slide is current or while it renders).
    QImage nextImage() const { return mNextImage; }
    QImage currentImage() const { return mCurrentImage; }
    QString counterText() const;
    QString clockText() const;
    QString elapsedText() const;
    //! Back to 00:00.
    void restartTimer();

  protected:
    void keyPressEvent( QKeyEvent *event ) override;
    void resizeEvent( QResizeEvent *event ) override;

  private:
    void refresh();
    void updateImages();
    void tick();

    QPointer<PresentationWindow> mPresentation;
    QLabel *mCurrentLabel = nullptr;
    QLabel *mNextLabel = nullptr;
    QLabel *mNextTitle = nullptr;
    QLabel *mCounter = nullptr;
    QLabel *mClock = nullptr;
    QLabel *mElapsed = nullptr;
    QTextBrowser *mNotes = nullptr;
    QTimer *mTimer = nullptr;
    QElapsedTimer mSince;
    QImage mCurrentImage;
    QImage mNextImage;
  };
} // namespace vigie

#endif
