// SPDX-License-Identifier: GPL-2.0-or-later
#include "newterritorydialog.h"

#include <qgsapplication.h>
#include <qgsprojectionselectionwidget.h>

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace vigie
{
  NewTerritoryDialog::NewTerritoryDialog( QWidget *parent )
    : QDialog( parent )
  {
    setWindowTitle( tr( "New territory" ) );
    setWindowIcon( QgsApplication::getThemeIcon( QStringLiteral( "/mActionFileNew.svg" ) ) );
    resize( 620, 360 );
    QVBoxLayout *layout = new QVBoxLayout( this );
    QFormLayout *form = new QFormLayout;
    mName = new QLineEdit( this );
    mName->setPlaceholderText( tr( "e.g. Montpellier Méditerranée Métropole" ) );
    form->addRow( tr( "Name" ), mName );
    mCommunes = new QLineEdit( this );
    mCommunes->setPlaceholderText( tr( "INSEE codes separated by commas, e.g. 34172, 34057" ) );
    form->addRow( tr( "Communes" ), mCommunes );
    mCrs = new QgsProjectionSelectionWidget( this );
    mCrs->setCrs( QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:2154" ) ) );
    form->addRow( tr( "Coordinate reference system" ), mCrs );
    QHBoxLayout *pathRow = new QHBoxLayout;
    mPath = new QLineEdit( this );
    QToolButton *browse = new QToolButton( this );
    browse->setText( tr( "Browse…" ) );
    pathRow->addWidget( mPath, 1 );
    pathRow->addWidget( browse );
    form->addRow( tr( "File" ), pathRow );
    mDescription = new QPlainTextEdit( this );
    mDescription->setMaximumHeight( 80 );
    form->addRow( tr( "Description" ), mDescription );
    layout->addLayout( form );
    mStatus = new QLabel( this );
    mStatus->setWordWrap( true );
    layout->addWidget( mStatus );
    layout->addStretch( 1 );
    mButtons = new QDialogButtonBox( QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this );
    mButtons->button( QDialogButtonBox::Ok )->setText( tr( "Create" ) );
    layout->addWidget( mButtons );

    connect( mButtons, &QDialogButtonBox::accepted, this, &QDialog::accept );
    connect( mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject );
    connect( browse, &QToolButton::clicked, this, &NewTerritoryDialog::browse );
    connect( mName, &QLineEdit::textChanged, this, [this]( const QString &name ) {
      // follow the name until the user chose a file
      if ( !mPath->isModified() )
      {
        QString base = name.trimmed().toLower();
        base.replace( QRegularExpression( QStringLiteral( "[^\\w]+" ) ), QStringLiteral( "-" ) );
        const QString dir = QStandardPaths::writableLocation( QStandardPaths::DocumentsLocation );
        mPath->setText( base.isEmpty() ? QString() : QDir::toNativeSeparators( QDir( dir ).filePath( base + QStringLiteral( ".gpkg" ) ) ) );
      }
      updateState();
    } );
    connect( mPath, &QLineEdit::textChanged, this, &NewTerritoryDialog::updateState );
    connect( mCrs, &QgsProjectionSelectionWidget::crsChanged, this, &NewTerritoryDialog::updateState );
    updateState();
  }

  void NewTerritoryDialog::browse()
  {
    QString path = QFileDialog::getSaveFileName( this, tr( "New territory file" ), mPath->text(), tr( "Territory (*.gpkg)" ) );
    if ( path.isEmpty() )
      return;
    if ( !path.endsWith( QLatin1String( ".gpkg" ), Qt::CaseInsensitive ) )
      path += QStringLiteral( ".gpkg" );
    mPath->setText( QDir::toNativeSeparators( path ) );
    mPath->setModified( true );
  }

  void NewTerritoryDialog::setPath( const QString &path )
  {
    mPath->setText( QDir::toNativeSeparators( path ) );
    mPath->setModified( true );
  }

  void NewTerritoryDialog::setName( const QString &name )
  {
    mName->setText( name );
  }

  QString NewTerritoryDialog::path() const
  {
    return QDir::fromNativeSeparators( mPath->text().trimmed() );
  }

  TerritoryInfo NewTerritoryDialog::info() const
  {
    TerritoryInfo info;
    info.name = mName->text().trimmed();
    const QStringList communes = mCommunes->text().split( QRegularExpression( QStringLiteral( "[,;\\s]+" ) ), Qt::SkipEmptyParts );
    info.communes = communes;
    const QgsCoordinateReferenceSystem crs = mCrs->crs();
    info.crs = crs.authid().isEmpty() ? crs.toWkt( QgsCoordinateReferenceSystem::WKT_PREFERRED ) : crs.authid();
    info.description = mDescription->toPlainText().trimmed();
    return info;
  }

  void NewTerritoryDialog::updateState()
  {
    QString problem;
    if ( mName->text().trimmed().isEmpty() )
      problem = tr( "Give the territory a name." );
    else if ( !mCrs->crs().isValid() )
      problem = tr( "Choose a coordinate reference system." );
    else if ( path().isEmpty() )
      problem = tr( "Choose the territory file." );
    else if ( QFileInfo::exists( path() ) )
      problem = tr( "%1 already exists: choose another file." ).arg( QDir::toNativeSeparators( path() ) );
    else if ( !QFileInfo( QFileInfo( path() ).absolutePath() ).isDir() )
      problem = tr( "The folder %1 does not exist." ).arg( QDir::toNativeSeparators( QFileInfo( path() ).absolutePath() ) );
    mStatus->setText( problem );
    mButtons->button( QDialogButtonBox::Ok )->setEnabled( problem.isEmpty() );
  }
} // namespace vigie
