// SPDX-License-Identifier: GPL-2.0-or-later
#include "roadmapmergedialog.h"

#include "roadmapfile.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace vigie
{
  using namespace vigie::roadmap;

  RoadmapMergeDialog::RoadmapMergeDialog( QWidget *parent )
      : QDialog( parent )
  {
    setWindowTitle( tr( "Merge roadmap files" ) );
    QFormLayout *files = new QFormLayout;
    auto row = [&]( const QString &label, const QString &tip )
    {
      QLineEdit *edit = new QLineEdit;
      edit->setToolTip( tip );
      QToolButton *browseButton = new QToolButton;
      browseButton->setText( QStringLiteral( "…" ) );
      connect( browseButton, &QToolButton::clicked, this, [this, edit] { browse( edit ); } );
      QHBoxLayout *line = new QHBoxLayout;
      line->addWidget( edit );
      line->addWidget( browseButton );
      files->addRow( label, line );
      return edit;
    };
    mBase = row( tr( "Base (common ancestor)" ), tr( "The roadmap file both copies started from" ) );
    mOurs = row( tr( "Ours (my copy)" ), tr( "Your edited copy" ) );
    mTheirs = row( tr( "Theirs (their copy)" ), tr( "The colleague's edited copy" ) );
    QPushButton *mergeButton = new QPushButton( tr( "&Merge" ) );
    connect( mergeButton, &QPushButton::clicked, this, [this] {
      QString error;
      if ( !merge( &error ) )
        showError( error );
    } );

    mSummary = new QLabel( tr( "Choose the three files, then Merge." ) );
    mSummary->setWordWrap( true );
    mError = new QLabel;
    mError->setWordWrap( true );
    mError->setStyleSheet( QStringLiteral( "color: #b00020; font-weight: bold;" ) );
    mError->hide();
    mTable = new QTableWidget( 0, 6 );
    mTable->setHorizontalHeaderLabels( { tr( "Project" ), tr( "Field" ), tr( "Kind" ), tr( "Base" ), tr( "Ours" ), tr( "Theirs" ) } );
    mTable->setSelectionBehavior( QAbstractItemView::SelectRows );
    mTable->setSelectionMode( QAbstractItemView::SingleSelection );
    mTable->setEditTriggers( QAbstractItemView::NoEditTriggers );
    mTable->horizontalHeader()->setStretchLastSection( true );
    mTable->verticalHeader()->hide();

    mKeepMine = new QPushButton( tr( "Keep &mine" ) );
    mKeepTheirs = new QPushButton( tr( "Keep &theirs" ) );
    mEdit = new QPushButton( tr( "&Edit…" ) );
    mSave = new QPushButton( tr( "&Save merged as…" ) );
    connect( mKeepMine, &QPushButton::clicked, this, [this] { resolveSelected( Resolution::KeepMine ); } );
    connect( mKeepTheirs, &QPushButton::clicked, this, [this] { resolveSelected( Resolution::KeepTheirs ); } );
    connect( mEdit, &QPushButton::clicked, this, &RoadmapMergeDialog::editSelected );
    connect( mSave, &QPushButton::clicked, this, &RoadmapMergeDialog::saveDialog );
    QHBoxLayout *actions = new QHBoxLayout;
    actions->addWidget( mKeepMine );
    actions->addWidget( mKeepTheirs );
    actions->addWidget( mEdit );
    actions->addStretch();
    actions->addWidget( mSave );
    QDialogButtonBox *close = new QDialogButtonBox( QDialogButtonBox::Close );
    connect( close, &QDialogButtonBox::rejected, this, &QDialog::reject );

    QVBoxLayout *layout = new QVBoxLayout( this );
    layout->addLayout( files );
    layout->addWidget( mergeButton, 0, Qt::AlignRight );
    layout->addWidget( mSummary );
    layout->addWidget( mTable, 1 );
    layout->addLayout( actions );
    layout->addWidget( mError );
    layout->addWidget( close );
    resize( 900, 520 );
    refresh();
  }

  void RoadmapMergeDialog::setPaths( const QString &base, const QString &ours, const QString &theirs )
  {
    mBase->setText( base );
    mOurs->setText( ours );
    mTheirs->setText( theirs );
  }

  bool RoadmapMergeDialog::merge( QString *errorMessage )
  {
    Roadmap base;
    Roadmap ours;
    Roadmap theirs;
    QString error;
    if ( !readRoadmap( mBase->text(), &base, &error ) || !readRoadmap( mOurs->text(), &ours, &error ) || !readRoadmap( mTheirs->text(), &theirs, &error ) )
    {
      if ( errorMessage )
        *errorMessage = error;
      return false;
    }
    mResult = mergeRoadmaps( base, ours, theirs );
    mMerged = mResult.merged;
    mHasResult = true;
    mSavedPath.clear();
    mError->hide();
    refresh();
    return true;
  }

  bool RoadmapMergeDialog::resolve( int row, Resolution resolution, const QJsonValue &edited, QString *errorMessage )
  {
    if ( !mHasResult )
    {
      if ( errorMessage )
        *errorMessage = tr( "merge the files first" );
      return false;
    }
    if ( !resolveConflict( mMerged, row, resolution, edited, errorMessage ) )
      return false;
    refresh();
    return true;
  }

  bool RoadmapMergeDialog::save( const QString &path, QString *errorMessage )
  {
    if ( !mHasResult )
    {
      if ( errorMessage )
        *errorMessage = tr( "merge the files first" );
      return false;
    }
    const QString target = QFileInfo( path ).absoluteFilePath();
    for ( const QLineEdit *input : { mBase, mOurs, mTheirs } )
      if ( QFileInfo( input->text() ).absoluteFilePath() == target )
      {
        if ( errorMessage )
          *errorMessage = tr( "%1 is one of the inputs: a merge never overwrites its inputs; choose a new file" ).arg( QDir::toNativeSeparators( path ) );
        return false;
      }
    if ( !writeRoadmap( path, mMerged, errorMessage ) )
      return false;
    mSavedPath = path;
    refresh();
    return true;
  }

  QString RoadmapMergeDialog::summaryText() const
  {
    return mSummary->text();
  }

  void RoadmapMergeDialog::refresh()
  {
    mTable->setRowCount( 0 );
    if ( mHasResult )
    {
      mTable->setRowCount( mMerged.conflicts.size() );
      for ( int i = 0; i < mMerged.conflicts.size(); ++i )
      {
        const Conflict &c = mMerged.conflicts.at( i );
        const Project *p = mMerged.project( c.projectId );
        const QStringList cells = { c.projectId.isEmpty() ? tr( "(roadmap)" ) : p ? p->title : c.projectId,
                                    c.field.isEmpty() ? tr( "(whole project)" ) : c.field,
                                    Conflict::kindKey( c.kind ),
                                    valueText( c.base ),
                                    valueText( c.ours ),
                                    valueText( c.theirs ) };
        for ( int col = 0; col < cells.size(); ++col )
        {
          QTableWidgetItem *item = new QTableWidgetItem( cells.at( col ) );
          item->setToolTip( cells.at( col ) );
          mTable->setItem( i, col, item );
        }
      }
      mTable->resizeColumnsToContents();
      QString text = tr( "%1 projects merged: %2 change(s) from ours, %3 from theirs. %4 conflict(s) to resolve." )
                         .arg( mMerged.projects.size() )
                         .arg( mResult.fromOurs )
                         .arg( mResult.fromTheirs )
                         .arg( mMerged.conflicts.size() );
      if ( mMerged.conflicts.isEmpty() )
        text += QLatin1Char( ' ' ) + tr( "Nothing left to resolve: save the merged file." );
      if ( !mSavedPath.isEmpty() )
        text += QLatin1Char( ' ' ) + tr( "Saved to %1." ).arg( QDir::toNativeSeparators( mSavedPath ) );
      mSummary->setText( text );
    }
    const bool hasConflicts = mHasResult && !mMerged.conflicts.isEmpty();
    mKeepMine->setEnabled( hasConflicts );
    mKeepTheirs->setEnabled( hasConflicts );
    mEdit->setEnabled( hasConflicts );
    mSave->setEnabled( mHasResult );
    if ( hasConflicts && mTable->currentRow() < 0 )
      mTable->selectRow( 0 );
  }

  void RoadmapMergeDialog::browse( QLineEdit *edit )
  {
    const QString path = QFileDialog::getOpenFileName( this, tr( "Roadmap file" ), edit->text(), tr( "Roadmap (*.json *.roadmap);;All files (*)" ) );
    if ( !path.isEmpty() )
      edit->setText( path );
  }

  void RoadmapMergeDialog::resolveSelected( Resolution resolution )
  {
    QString error;
    if ( !resolve( mTable->currentRow(), resolution, QJsonValue(), &error ) )
      showError( error );
  }

  void RoadmapMergeDialog::editSelected()
  {
    const int row = mTable->currentRow();
    if ( row < 0 || row >= mMerged.conflicts.size() )
      return;
    const Conflict &c = mMerged.conflicts.at( row );
    const QJsonValue current = c.ours.isUndefined() ? c.theirs : c.ours;
    const QByteArray text = current.isObject()  ? QJsonDocument( current.toObject() ).toJson( QJsonDocument::Indented )
                            : current.isArray() ? QJsonDocument( current.toArray() ).toJson( QJsonDocument::Compact )
                                                : QJsonDocument( QJsonArray{ current } ).toJson( QJsonDocument::Compact ).mid( 1 ).chopped( 1 );
    bool ok = false;
    const QString edited = QInputDialog::getMultiLineText( this, tr( "Edit the value" ), tr( "Value of \"%1\" (JSON):" ).arg( c.field.isEmpty() ? tr( "the whole project" ) : c.field ),
                                                           QString::fromUtf8( text ), &ok );
    if ( !ok )
      return;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson( QByteArray( "[" ) + edited.toUtf8() + QByteArray( "]" ), &parseError );
    if ( parseError.error != QJsonParseError::NoError || doc.array().size() != 1 )
    {
      showError( tr( "The edited value is not valid JSON: %1" ).arg( parseError.errorString() ) );
      return;
    }
    QString error;
    if ( !resolve( row, Resolution::Edit, doc.array().at( 0 ), &error ) )
      showError( error );
  }

  void RoadmapMergeDialog::saveDialog()
  {
    const QString suggested = QFileInfo( mOurs->text() ).dir().filePath( tr( "merged.json" ) );
    const QString path = QFileDialog::getSaveFileName( this, tr( "Save the merged roadmap" ), suggested, tr( "Roadmap (*.json)" ) );
    if ( path.isEmpty() )
      return;
    QString error;
    if ( !save( path, &error ) )
      showError( error );
  }

  void RoadmapMergeDialog::showError( const QString &message )
  {
    mError->setText( message );
    mError->show();
  }
} // namespace vigie
