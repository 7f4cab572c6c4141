// SPDX-License-Identifier: GPL-2.0-or-later
#include "roadmapreport.h"

#include "prioritisation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QGuiApplication>
#include <QHash>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace vigie::roadmap
{
  namespace
  {

    QString euros( double value )
    {
      QLocale locale = QLocale::c();
      locale.setNumberOptions( QLocale::DefaultNumberOptions ); // with group separators
      return locale.toString( value, 'f', 0 ) + QStringLiteral( " \u20ac" );
    }

    YearMonth effectiveStart( const Project &p )
    {
      return p.actualStart.isValid() ? p.actualStart : p.start;
    }

    //! Draws on the pages of a PDF: a header per page, text in millimetres.
    class Pages
    {
    public:
      Pages( QPdfWriter &writer ) : mWriter( writer ), mPainter( &writer ) { mScale = writer.resolution() / 25.4; }
      bool isActive() const { return mPainter.isActive(); }
      QPainter &painter() { return mPainter; }
      double mm( double v ) const { return v * mScale; }
      double widthMm() const { return mWriter.width() / mScale; }
      double heightMm() const { return mWriter.height() / mScale; }

      void newPage( const QString &title )
      {
        if ( mPages++ > 0 )
          mWriter.newPage();
        mPainter.setPen( QColor( 0x1f, 0x3a, 0x5f ) );
        setFont( 16, true );
        mPainter.drawText( QRectF( 0, 0, mm( widthMm() ), mm( 10 ) ), Qt::AlignLeft | Qt::AlignVCenter, title );
        mPainter.drawLine( QPointF( 0, mm( 11 ) ), QPointF( mm( widthMm() ), mm( 11 ) ) );
        mPainter.setPen( Qt::black );
        setFont( 9, false );
      }

      void setFont( double points, bool bold )
      {
        QFont font( QStringLiteral( "DejaVu Sans" ) );
        // points → device pixels at the writer's resolution
        font.setPixelSize( std::max( 1, int( std::lround( points / 72.0 * mWriter.resolution() ) ) ) );
        font.setBold( bold );
        mPainter.setFont( font );
      }

      void text( double x, double y, double w, double h, const QString &value, int flags = Qt::AlignLeft | Qt::AlignVCenter )
      {
        mPainter.drawText( QRectF( mm( x ), mm( y ), mm( w ), mm( h ) ), flags | Qt::TextSingleLine,
                           mPainter.fontMetrics().elidedText( value, Qt::ElideRight, int( mm( w ) ) ) );
      }

      int pageCount() const { return mPages; }

    private:
      QPdfWriter &mWriter;
      QPainter mPainter;
      double mScale = 1;
      int mPages = 0;
    };

    //! A simple table: header row then rows, columns in millimetres.
    void drawTable( Pages &pages, double top, const QList<double> &widths, const QStringList &header, const QList<QStringList> &rows,
                    double rowHeight, const QList<int> &rightAligned, const QSet<int> &highlightedRows = {} )
    {
      QPainter &p = pages.painter();
      double y = top;
      double total = 0;
      for ( double w : widths )
        total += w;
      p.fillRect( QRectF( 0, pages.mm( y ), pages.mm( total ), pages.mm( rowHeight ) ), QColor( 0xdd, 0xe6, 0xf0 ) );
      pages.setFont( 8, true );
      double x = 0;
      for ( int c = 0; c < header.size(); ++c )
      {
        pages.text( x + 1, y, widths.value( c ) - 2, rowHeight, header.at( c ),
                    ( rightAligned.contains( c ) ? Qt::AlignRight : Qt::AlignLeft ) | Qt::AlignVCenter );
        x += widths.value( c );
      }
      pages.setFont( 8, false );
      for ( int r = 0; r < rows.size(); ++r )
      {
        y += rowHeight;
        if ( highlightedRows.contains( r ) )
          p.fillRect( QRectF( 0, pages.mm( y ), pages.mm( total ), pages.mm( rowHeight ) ), QColor( 0xfd, 0xe2, 0xe2 ) );
        else if ( r % 2 )
          p.fillRect( QRectF( 0, pages.mm( y ), pages.mm( total ), pages.mm( rowHeight ) ), QColor( 0xf5, 0xf5, 0xf5 ) );
        x = 0;
        for ( int c = 0; c < rows.at( r ).size(); ++c )
        {
          pages.text( x + 1, y, widths.value( c ) - 2, rowHeight, rows.at( r ).at( c ),
                      ( rightAligned.contains( c ) ? Qt::AlignRight : Qt::AlignLeft ) | Qt::AlignVCenter );
          x += widths.value( c );
        }
      }
    }

    void drawGantt( Pages &pages, const Roadmap &roadmap, const CriticalPath &cp )
    {
      QPainter &p = pages.painter();
      QList<const Project *> projects;
      for ( const Project &project : roadmap.projects )
        if ( project.status != Status::Cancelled && project.start.isValid() )
          projects.append( &project );
      std::sort( projects.begin(), projects.end(),
                 []( const Project *a, const Project *b )
                 {
                   return effectiveStart( *a ).monthIndex() != effectiveStart( *b ).monthIndex()
                              ? effectiveStart( *a ).monthIndex() < effectiveStart( *b ).monthIndex()
                              : a->id < b->id;
                 } );
      if ( projects.isEmpty() )
        return;
      int first = effectiveStart( *projects.first() ).monthIndex();
      int last = first + 1;
      for ( const Project *project : std::as_const( projects ) )
      {
        first = std::min( first, effectiveStart( *project ).monthIndex() );
        last = std::max( last, effectiveStart( *project ).monthIndex() + project->durationMonths );
      }
      first -= first % 12;
      last += ( 12 - last % 12 ) % 12;
      const double labelWidth = 85;
      const double top = 16;
      const double chartWidth = pages.widthMm() - labelWidth;
      const double rowHeight = std::min( 6.0, ( pages.heightMm() - top - 14 ) / projects.size() );
      const double monthWidth = chartWidth / ( last - first );
      QSet<QString> critical( cp.path.begin(), cp.path.end() );
      // years
      pages.setFont( 8, true );
      for ( int m = first; m < last; m += 12 )
      {
        const double x = labelWidth + ( m - first ) * monthWidth;
        p.setPen( QColor( 0xbb, 0xbb, 0xbb ) );
        p.drawLine( QPointF( pages.mm( x ), pages.mm( top ) ),
                    QPointF( pages.mm( x ), pages.mm( top + 6 + rowHeight * projects.size() ) ) );
        p.setPen( Qt::black );
        pages.text( x, top, 12 * monthWidth, 5, QString::number( m / 12 ), Qt::AlignCenter );
      }
      pages.setFont( std::min( 8.0, rowHeight * 1.6 ), false );
      QHash<QString, QRectF> bars;
      for ( int i = 0; i < projects.size(); ++i )
      {
        const Project &project = *projects.at( i );
        const double y = top + 6 + i * rowHeight;
        p.setPen( Qt::black );
        pages.text( 0, y, labelWidth - 2, rowHeight, project.title );
        const double x = labelWidth + ( effectiveStart( project ).monthIndex() - first ) * monthWidth;
        const QRectF bar( pages.mm( x ), pages.mm( y + rowHeight * 0.15 ), pages.mm( project.durationMonths * monthWidth ),
                          pages.mm( rowHeight * 0.7 ) );
        bars.insert( project.id, bar );
        p.setPen( critical.contains( project.id ) ? QPen( QColor( 0xd0, 0x10, 0x10 ), pages.mm( 0.6 ) )
                                                  : QPen( QColor( 0x44, 0x44, 0x44 ), pages.mm( 0.15 ) ) );
        p.setBrush( domainColor( project.domain ) );
        p.drawRect( bar );
      }
      p.setBrush( Qt::NoBrush );
      p.setPen( QPen( QColor( 0x55, 0x55, 0x55 ), pages.mm( 0.2 ) ) );
      for ( const Project *project : std::as_const( projects ) )
        for ( const QString &dependency : project->dependencies )
        {
          if ( !bars.contains( dependency ) )
            continue;
          const QRectF from = bars.value( dependency );
          const QRectF to = bars.value( project->id );
          QPainterPath path( QPointF( from.right(), from.center().y() ) );
          path.lineTo( QPointF( std::max( from.right(), to.left() ) - pages.mm( 1 ), from.center().y() ) );
          path.lineTo( QPointF( std::max( from.right(), to.left() ) - pages.mm( 1 ), to.center().y() ) );
          path.lineTo( QPointF( to.left(), to.center().y() ) );
          p.drawPath( path );
        }
      pages.setFont( 8, false );
      p.setPen( Qt::black );
      pages.text( 0, pages.heightMm() - 6, pages.widthMm(), 5,
                  QCoreApplication::translate( "vigie::roadmap", "Bars: projects from their (actual) start, coloured by domain; red "
                                                                 "outline: critical path; lines: dependencies (finish to start)." ) );
    }
  } // namespace

  QList<YearBudget> planBudgets( const Roadmap &roadmap, const QMap<int, double> &caps )
  {
    QMap<int, YearBudget> years;
    for ( auto it = caps.constBegin(); it != caps.constEnd(); ++it )
    {
      YearBudget &b = years[it.key()];
      b.year = it.key();
      b.capped = true;
      b.cap = it.value();
    }
    for ( const Project &p : roadmap.projects )
    {
      if ( p.status == Status::Cancelled || !p.start.isValid() )
        continue;
      const QMap<int, double> spend = yearlyCapex( p, p.isCommitted() ? effectiveStart( p ) : p.start );
      for ( auto it = spend.constBegin(); it != spend.constEnd(); ++it )
      {
        YearBudget &b = years[it.key()];
        b.year = it.key();
        ( p.isCommitted() ? b.committed : b.planned ) += it.value();
      }
    }
    return years.values();
  }

  QColor domainColor( Domain domain )
  {
    switch ( domain )
    {
    case Domain::Mobility:
      return QColor( 0x4e, 0x79, 0xa7 );
    case Domain::Energy:
      return QColor( 0xf2, 0x8e, 0x2b );
    case Domain::Water:
      return QColor( 0x76, 0xb7, 0xb2 );
    case Domain::Lighting:
      return QColor( 0xed, 0xc9, 0x48 );
    case Domain::Waste:
      return QColor( 0x59, 0xa1, 0x4f );
    case Domain::Data:
      return QColor( 0xb0, 0x7a, 0xa1 );
    case Domain::CitizenParticipation:
      return QColor( 0xff, 0x9d, 0xa7 );
    case Domain::Security:
      return QColor( 0x9c, 0x75, 0x5f );
    }
    return Qt::gray;
  }

  QStringList reportSectionTitles()
  {
    return { QCoreApplication::translate( "vigie::roadmap", "Roadmap report" ),
             QCoreApplication::translate( "vigie::roadmap", "Gantt timeline" ),
             QCoreApplication::translate( "vigie::roadmap", "Budget per year against the caps" ),
             QCoreApplication::translate( "vigie::roadmap", "Ranked projects" ),
             QCoreApplication::translate( "vigie::roadmap", "Critical path" ) };
  }

  bool writeRoadmapReport( const Roadmap &roadmap, const RoadmapSettings &settings, const QString &pdfPath, QString *errorMessage,
                           const std::function<void( int )> &progress )
  {
    auto fail = [&]( const QString &message )
    {
      if ( errorMessage )
        *errorMessage = message;
      return false;
    };
    auto report = [&]( int percent )
    {
      if ( progress )
        progress( percent );
    };
    if ( !qobject_cast<QGuiApplication *>( QCoreApplication::instance() ) )
      return fail( QCoreApplication::translate( "vigie::roadmap", "%1: the PDF report needs a graphical application (fonts)" )
                       .arg( QDir::toNativeSeparators( pdfPath ) ) );
    QString error;
    CriticalPath cp;
    if ( !computeCriticalPath( roadmap, &cp, &error ) )
      return fail( error );
    QList<RankedProject> ranking;
    if ( !rankProjects( roadmap, settings.weights, &ranking, &error ) )
      return fail( error );
    report( 10 );

    QSaveFile file( pdfPath );
    if ( !file.open( QIODevice::WriteOnly ) )
      return fail( QCoreApplication::translate( "vigie::roadmap", "%1: cannot write the report: %2" )
                       .arg( QDir::toNativeSeparators( pdfPath ), file.errorString() ) );
    const QStringList sections = reportSectionTitles();
    {
      QPdfWriter writer( &file );
      writer.setResolution( 150 );
      writer.setTitle( roadmap.name.isEmpty() ? sections.at( 0 ) : roadmap.name );
      writer.setCreator( QStringLiteral( "Vigie" ) );
      writer.setPageLayout(
          QPageLayout( QPageSize( QPageSize::A4 ), QPageLayout::Landscape, QMarginsF( 12, 12, 12, 12 ), QPageLayout::Millimeter ) );
      Pages pages( writer );
      if ( !pages.isActive() )
        return fail(
            QCoreApplication::translate( "vigie::roadmap", "%1: cannot start the PDF" ).arg( QDir::toNativeSeparators( pdfPath ) ) );

      // 1. title page
      pages.newPage( sections.at( 0 ) );
      pages.setFont( 20, true );
      pages.text( 0, 30, pages.widthMm(), 12, roadmap.name.isEmpty() ? sections.at( 0 ) : roadmap.name );
      pages.setFont( 11, false );
      double capex = 0;
      int active = 0;
      QMap<Domain, int> byDomain;
      for ( const Project &p : roadmap.projects )
        if ( p.status != Status::Cancelled )
        {
          capex += p.capex;
          ++active;
          ++byDomain[p.domain];
        }
      QStringList lines = {
          QCoreApplication::translate( "vigie::roadmap", "Territory: %1" ).arg( roadmap.territory ),
          QCoreApplication::translate( "vigie::roadmap", "Projects: %1 (%2 not cancelled)" ).arg( roadmap.projects.size() ).arg( active ),
          QCoreApplication::translate( "vigie::roadmap", "Total capex: %1" ).arg( euros( capex ) ),
          QCoreApplication::translate( "vigie::roadmap", "Roadmap ends: %1 (critical path of %2 projects)" )
              .arg( cp.finish.toString() )
              .arg( cp.path.size() ),
          QCoreApplication::translate( "vigie::roadmap", "Ranking weights: %1" ).arg( settings.weights.toString() ),
          QCoreApplication::translate( "vigie::roadmap", "Unresolved merge conflicts: %1" ).arg( roadmap.conflicts.size() ),
          QCoreApplication::translate( "vigie::roadmap", "Generated by Vigie on %1" )
              .arg( QDateTime::currentDateTimeUtc().toString( QStringLiteral( "yyyy-MM-dd HH:mm" ) ) + QStringLiteral( " UTC" ) ),
      };
      double y = 50;
      for ( const QString &line : std::as_const( lines ) )
      {
        pages.text( 0, y, pages.widthMm(), 7, line );
        y += 8;
      }
      y += 4;
      pages.setFont( 11, true );
      pages.text( 0, y, pages.widthMm(), 7, QCoreApplication::translate( "vigie::roadmap", "Projects per domain" ) );
      pages.setFont( 10, false );
      for ( auto it = byDomain.constBegin(); it != byDomain.constEnd(); ++it )
      {
        y += 7;
        pages.painter().fillRect( QRectF( pages.mm( 0 ), pages.mm( y + 1.5 ), pages.mm( 4 ), pages.mm( 4 ) ), domainColor( it.key() ) );
        pages.text( 6, y, 120, 7, QStringLiteral( "%1: %2" ).arg( domainDisplayName( it.key() ) ).arg( it.value() ) );
      }
      report( 25 );

      // 2. Gantt
      pages.newPage( sections.at( 1 ) );
      drawGantt( pages, roadmap, cp );
      report( 45 );

      // 3. budget per year
      pages.newPage( sections.at( 2 ) );
      QList<QStringList> rows;
      QSet<int> over;
      const QList<YearBudget> years = planBudgets( roadmap, settings.caps );
      for ( const YearBudget &b : years )
      {
        const double total = b.committed + b.planned;
        if ( b.capped && total > b.cap + 0.5 )
          over.insert( rows.size() );
        rows.append( { QString::number( b.year ), euros( b.committed ), euros( b.planned ), euros( total ),
                       b.capped ? euros( b.cap ) : QCoreApplication::translate( "vigie::roadmap", "no cap" ),
                       b.capped ? euros( b.cap - total ) : QString() } );
      }
      drawTable( pages, 16, { 25, 45, 45, 45, 45, 45 },
                 { QCoreApplication::translate( "vigie::roadmap", "Year" ), QCoreApplication::translate( "vigie::roadmap", "Committed" ),
                   QCoreApplication::translate( "vigie::roadmap", "Planned" ),
                   QCoreApplication::translate( "vigie::roadmap", "Total capex" ), QCoreApplication::translate( "vigie::roadmap", "Cap" ),
                   QCoreApplication::translate( "vigie::roadmap", "Margin" ) },
                 rows, 7, { 1, 2, 3, 4, 5 }, over );
      pages.setFont( 9, false );
      pages.text( 0, 16 + 7 * ( rows.size() + 2 ), pages.widthMm(), 6,
                  over.isEmpty()
                      ? QCoreApplication::translate( "vigie::roadmap", "Every year is within its cap." )
                      : QCoreApplication::translate(
                            "vigie::roadmap", "%1 year(s) above the cap (highlighted): run the scheduling to fit the plan under the caps." )
                            .arg( over.size() ) );
      report( 60 );

      // 4. ranking
      const int perPage = 40;
      for ( int start = 0; start == 0 || start < ranking.size(); start += perPage )
      {
        pages.newPage( start == 0 ? sections.at( 3 )
                                  : QCoreApplication::translate( "vigie::roadmap", "%1 (continued)" ).arg( sections.at( 3 ) ) );
        QList<QStringList> rankRows;
        for ( int i = start; i < std::min<int>( ranking.size(), start + perPage ); ++i )
        {
          const RankedProject &r = ranking.at( i );
          const Project *p = roadmap.project( r.id );
          rankRows.append( { QString::number( r.rank ), r.title, p ? domainDisplayName( p->domain ) : QString(),
                             QLocale::c().toString( r.score, 'f', 1 ), QLocale::c().toString( r.impact.contribution, 'f', 1 ),
                             QLocale::c().toString( r.cost.contribution, 'f', 1 ),
                             QLocale::c().toString( r.feasibility.contribution, 'f', 1 ),
                             QLocale::c().toString( r.demand.contribution, 'f', 1 ), matrixClassDisplayName( r.matrixClass ) } );
        }
        drawTable( pages, 16, { 10, 105, 32, 16, 16, 16, 18, 16, 30 },
                   { QCoreApplication::translate( "vigie::roadmap", "Rank" ), QCoreApplication::translate( "vigie::roadmap", "Project" ),
                     QCoreApplication::translate( "vigie::roadmap", "Domain" ), QCoreApplication::translate( "vigie::roadmap", "Score" ),
                     QCoreApplication::translate( "vigie::roadmap", "Impact" ), QCoreApplication::translate( "vigie::roadmap", "Cost" ),
                     QCoreApplication::translate( "vigie::roadmap", "Feasibility" ),
                     QCoreApplication::translate( "vigie::roadmap", "Demand" ), QCoreApplication::translate( "vigie::roadmap", "Matrix" ) },
                   rankRows, 4.3, { 0, 3, 4, 5, 6, 7 } );
        if ( ranking.isEmpty() )
          break;
      }
      report( 80 );

      // 5. critical path
      pages.newPage( sections.at( 4 ) );
      pages.setFont( 10, false );
      pages.text( 0, 15, pages.widthMm(), 7,
                  QCoreApplication::translate(
                      "vigie::roadmap",
                      "The chain of projects that sets the end of the roadmap (%1): a month of delay on any of them delays the end." )
                      .arg( cp.finish.toString() ) );
      QList<QStringList> pathRows;
      QHash<QString, CriticalPathEntry> entries;
      for ( const CriticalPathEntry &e : cp.entries )
        entries.insert( e.id, e );
      int step = 0;
      for ( const QString &id : std::as_const( cp.path ) )
      {
        const Project *p = roadmap.project( id );
        const CriticalPathEntry e = entries.value( id );
        pathRows.append( { QString::number( ++step ), p ? p->title : id, e.earliestStart.toString(), e.earliestFinish.toString(),
                           p ? QString::number( p->durationMonths ) : QString(), p ? euros( p->capex ) : QString() } );
      }
      drawTable( pages, 24, { 10, 140, 25, 25, 25, 40 },
                 { QCoreApplication::translate( "vigie::roadmap", "#" ), QCoreApplication::translate( "vigie::roadmap", "Project" ),
                   QCoreApplication::translate( "vigie::roadmap", "Start" ), QCoreApplication::translate( "vigie::roadmap", "End (excl.)" ),
                   QCoreApplication::translate( "vigie::roadmap", "Months" ), QCoreApplication::translate( "vigie::roadmap", "Capex" ) },
                 pathRows, 6, { 0, 4, 5 } );
      if ( !pages.painter().end() )
        return fail(
            QCoreApplication::translate( "vigie::roadmap", "%1: cannot finish the PDF" ).arg( QDir::toNativeSeparators( pdfPath ) ) );
    }
    if ( !file.commit() )
      return fail( QCoreApplication::translate( "vigie::roadmap", "%1: cannot write the report: %2" )
                       .arg( QDir::toNativeSeparators( pdfPath ), file.errorString() ) );
    report( 100 );
    return true;
  }
} // namespace vigie::roadmap
