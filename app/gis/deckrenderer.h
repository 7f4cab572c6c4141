// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_DECKRENDERER_H
#define VIGIE_DECKRENDERER_H

#include "reviewslide.h"
#include "vigie_gis_export.h"

#include <QImage>
#include <QSize>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QgsPrintLayout;
class QgsProject;

namespace vigie
{
  struct Bookmark;

  //! How the deck looks: theme and page size (16:9 by default, readable on a 1280x720 projector).
  struct VIGIE_GIS_EXPORT DeckStyle
  {
    enum class Theme
    {
      Light,
      Dark
    };
    Theme theme = Theme::Light;
    QSizeF pageSizeMm = QSizeF( 338.667, 190.5 ); //!< 13.33 x 7.5 in, the usual 16:9 slide
    bool appendix = true;                         //!< pages with the tables behind the charts
  };

  /**
   * \brief Lays out a review deck as a QGIS print layout, one page per slide (plus the appendix),
   * with map items on the territory's layers (vector in PDF), figures as large labels with their
   * data date and source, charts as vector pictures and tables. The same layout is drawn on screen
   * by the presentation mode (renderPage) and exported to PDF and PNG by QgsLayoutExporter, so the
   * projector, the handout and `vigie-cli report` show the same thing.
   */
  class VIGIE_GIS_EXPORT DeckRenderer
  {
  public:
    //! \a project holds the territory's layers (TerritoryLayers); it must outlive the renderer.
    DeckRenderer( const review::Deck &deck, QgsProject *project, const DeckStyle &style = DeckStyle() );
    ~DeckRenderer();
    DeckRenderer( const DeckRenderer & ) = delete;
    DeckRenderer &operator=( const DeckRenderer & ) = delete;

    /**
     * The territory's bookmarks, for MapView::bookmark (additive, review-render). Without this call the
     * renderer reads them from the territory file behind the project's layers.
     */
    void setBookmarks( const QList<Bookmark> &bookmarks );

    //! Slides plus appendix pages.
    int pageCount() const;
    //! The deck page of slide \a slideIndex.
    int pageOfSlide( int slideIndex ) const;
    //! The layout (built on first use).
    QgsPrintLayout *layout();

    //! Renders one page to an image of \a size (presentation mode); null image with the reason on failure.
    QImage renderPage( int page, const QSize &size, QString *errorMessage = nullptr );

    using ProgressCallback = std::function<bool( double fraction )>;
    //! Writes the whole deck as one PDF (atomically: nothing is left at \a path on failure or cancel).
    bool exportPdf( const QString &path, const ProgressCallback &progress = {}, QString *errorMessage = nullptr );
    //! Writes one PNG per page into \a directory (slide-01.png, ...); \a files receives their paths.
    bool exportPng( const QString &directory, QStringList *files, const QSize &size = QSize( 1920, 1080 ),
                    const ProgressCallback &progress = {}, QString *errorMessage = nullptr );

  private:
    friend class DeckPageWriter;
    struct Private;
    std::unique_ptr<Private> d;
  };

  /**
   * \brief Writes a deck one page per call (PDF or PNG), so that the GUI can return to its event loop
   * between pages (QGIS layouts are drawn on the thread that owns them: no worker thread). Nothing
   * appears at the target before finish(): the PDF goes to a temporary file renamed at the end, the
   * PNG images to a hidden folder inside the target folder, moved at the end. cancel(), a failure or
   * destroying the writer before finish() leaves no file behind (and an existing PDF untouched).
   */
  class VIGIE_GIS_EXPORT DeckPageWriter
  {
  public:
    enum class Format
    {
      Pdf,
      Png
    };

    //! \a renderer must outlive the writer; \a target is the PDF file or the folder of the PNG images.
    DeckPageWriter( DeckRenderer *renderer, Format format, const QString &target, const QSize &pngSize = QSize( 1920, 1080 ) );
    ~DeckPageWriter();
    DeckPageWriter( const DeckPageWriter & ) = delete;
    DeckPageWriter &operator=( const DeckPageWriter & ) = delete;

    //! Opens the temporary output; false with the reason (nothing written).
    bool begin( QString *errorMessage = nullptr );
    int pageCount() const;
    int pagesWritten() const;
    bool atEnd() const;
    //! Lays out (when not done yet) and writes the next page; false with the reason (then call cancel()).
    bool writeNextPage( QString *errorMessage = nullptr );
    //! After the last page: moves the output to the target; \a files receives the paths written.
    bool finish( QStringList *files = nullptr, QString *errorMessage = nullptr );
    //! Drops what was written so far.
    void cancel();

  private:
    struct Private;
    std::unique_ptr<Private> d;
  };
} // namespace vigie

#endif
