// SPDX-License-Identifier: GPL-2.0-or-later
#include "importdialog.h"

#include <qgsapplication.h>
#include <qgsprojectionselectionwidget.h>
#include <qgsproviderregistry.h>
#include <qgssettings.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace
{
  QString normalized( const QString &text )
  {
    QString result;
    for ( const QChar c : text.toCaseFolded() )
    {
      if ( c.isLetterOrNumber() )
        result += c;
    }
    return result;
  }
} // namespace

namespace vigie
{
  ImportDialog::ImportDialog( const QList<LayerSchema> &targetLayers, QWidget *parent )
    : QDialog( parent )
    , mTargets( targetLayers )
  {
    setWindowTitle( tr( "Import into the territory" ) );
    setWindowIcon( QgsApplication::getThemeIcon( QStringLiteral( "/mActionSharingImport.svg" ) ) );
    resize( 760, 620 );

    QVBoxLayout *layout = new QVBoxLayout( this );
    QFormLayout *form = new QFormLayout;
    QHBoxLayout *sourceRow = new QHBoxLayout;
    mSourceEdit = new QLineEdit( this );
    mSourceEdit->setPlaceholderText( tr( "GeoPackage, GeoJSON, Shapefile, CSV with coordinates, FlatGeobuf…" ) );
    QToolButton *browseButton = new QToolButton( this );
    browseButton->setText( tr( "Browse…" ) );
    browseButton->setIcon( QgsApplication::getThemeIcon( QStringLiteral( "/mActionFileOpen.svg" ) ) );
    browseButton->setToolButtonStyle( Qt::ToolButtonTextBesideIcon );
    sourceRow->addWidget( mSourceEdit, 1 );
    sourceRow->addWidget( browseButton );
    form->addRow( tr( "Source file" ), sourceRow );
    mSourceLayerCombo = new QComboBox( this );
    form->addRow( tr( "Source layer" ), mSourceLayerCombo );
    mTargetCombo = new QComboBox( this );
    for ( const LayerSchema &schema : std::as_const( mTargets ) )
      mTargetCombo->addItem( QStringLiteral( "%1  (%2)" ).arg( schema.title, schema.qualifiedName() ), schema.qualifiedName() );
    form->addRow( tr( "Target layer" ), mTargetCombo );
    layout->addLayout( form );

    QGroupBox *mappingBox = new QGroupBox( tr( "Field mapping" ), this );
    QVBoxLayout *mappingLayout = new QVBoxLayout( mappingBox );
    mTable = new QTableWidget( 0, 2, mappingBox );
    mTable->setHorizontalHeaderLabels( { tr( "Source field" ), tr( "Target field" ) } );
    mTable->horizontalHeader()->setSectionResizeMode( 0, QHeaderView::Stretch );
    mTable->horizontalHeader()->setSectionResizeMode( 1, QHeaderView::Stretch );
    mTable->verticalHeader()->hide();
    mTable->setSelectionMode( QAbstractItemView::NoSelection );
    mappingLayout->addWidget( mTable );
    QLabel *hint = new QLabel( tr( "Fields are matched by name or title; choose another target field or “not imported” for each source field." ), mappingBox );
    hint->setWordWrap( true );
    hint->setStyleSheet( QStringLiteral( "color: palette(mid);" ) );
    mappingLayout->addWidget( hint );
    layout->addWidget( mappingBox, 1 );

    QGroupBox *optionsBox = new QGroupBox( tr( "Options" ), this );
    QFormLayout *optionsLayout = new QFormLayout( optionsBox );
    mSkipInvalid = new QCheckBox( tr( "Skip invalid features and list them (otherwise one invalid feature cancels the whole import)" ), optionsBox );
    optionsLayout->addRow( mSkipInvalid );
    mOverrideCrs = new QCheckBox( tr( "Override the source CRS" ), optionsBox );
    mCrsWidget = new QgsProjectionSelectionWidget( optionsBox );
    mCrsWidget->setCrs( QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:4326" ) ) );
    mCrsWidget->setEnabled( false );
    optionsLayout->addRow( mOverrideCrs, mCrsWidget );
    layout->addWidget( optionsBox );

    mStatus = new QLabel( this );
    mStatus->setWordWrap( true );
    layout->addWidget( mStatus );

    mButtons = new QDialogButtonBox( QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this );
    mButtons->button( QDialogButtonBox::Ok )->setText( tr( "Import" ) );
    mButtons->button( QDialogButtonBox::Ok )->setIcon( QgsApplication::getThemeIcon( QStringLiteral( "/mActionSharingImport.svg" ) ) );
    layout->addWidget( mButtons );

    connect( mButtons, &QDialogButtonBox::accepted, this, &QDialog::accept );
    connect( mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject );
    connect( browseButton, &QToolButton::clicked, this, &ImportDialog::browse );
    connect( mSourceEdit, &QLineEdit::editingFinished, this, [this] {
      if ( mSourceEdit->text() != mSourcePath )
      {
        QString error;
        if ( !setSource( mSourceEdit->text(), &error ) )
          mStatus->setText( QStringLiteral( "<span style='color:#b00020'>%1</span>" ).arg( error.toHtmlEscaped() ) );
      }
    } );
    connect( mSourceLayerCombo, qOverload<int>( &QComboBox::currentIndexChanged ), this, &ImportDialog::sourceLayerChanged );
    connect( mTargetCombo, qOverload<int>( &QComboBox::currentIndexChanged ), this, &ImportDialog::rebuildMapping );
    connect( mOverrideCrs, &QCheckBox::toggled, mCrsWidget, &QWidget::setEnabled );
    updateState();
  }

  void ImportDialog::browse()
  {
    QgsSettings settings;
    const QString dir = settings.value( QStringLiteral( "vigie/importDirectory" ), QDir::homePath() ).toString();
    const QString filters = QgsProviderRegistry::instance()->fileVectorFilters();
    const QString path = QFileDialog::getOpenFileName( this, tr( "Choose the file to import" ), dir, filters );
    if ( path.isEmpty() )
      return;
    settings.setValue( QStringLiteral( "vigie/importDirectory" ), QFileInfo( path ).absolutePath() );
    QString error;
    if ( !setSource( path, &error ) )
      mStatus->setText( QStringLiteral( "<span style='color:#b00020'>%1</span>" ).arg( error.toHtmlEscaped() ) );
  }

  bool ImportDialog::setSource( const QString &path, QString *errorMessage )
  {
    QString error;
    const QMap<QString, QStringList> layers = Importer::inspect( path, &error );
    mSourceEdit->setText( QDir::toNativeSeparators( path ) );
    if ( layers.isEmpty() )
    {
      if ( error.isEmpty() )
        error = tr( "%1: no vector layer found" ).arg( QDir::toNativeSeparators( path ) );
      mSourcePath.clear();
      mSourceLayers.clear();
      mSourceLayerCombo->clear();
      rebuildMapping();
      if ( errorMessage )
        *errorMessage = error;
      return false;
    }
    mSourcePath = path;
    mSourceLayers = layers;
    {
      const QSignalBlocker blocker( mSourceLayerCombo );
      mSourceLayerCombo->clear();
      for ( auto it = layers.constBegin(); it != layers.constEnd(); ++it )
        mSourceLayerCombo->addItem( it.key(), it.key() );
      mSourceLayerCombo->setEnabled( layers.size() > 1 );
    }
    sourceLayerChanged();
    return true;
  }

  void ImportDialog::sourceLayerChanged()
  {
    // preselect the target layer sharing most fields with the source layer
    const QStringList fields = mSourceLayers.value( mSourceLayerCombo->currentData().toString() );
    int best = -1;
    int bestScore = 0;
    for ( int i = 0; i < mTargets.size(); ++i )
    {
      int score = 0;
      for ( const QString &field : fields )
      {
        if ( !autoMatch( field, mTargets.at( i ) ).isEmpty() )
          ++score;
      }
      if ( score > bestScore )
      {
        bestScore = score;
        best = i;
      }
    }
    if ( best >= 0 && best != mTargetCombo->currentIndex() )
      mTargetCombo->setCurrentIndex( best );  // rebuilds the mapping
    else
      rebuildMapping();
  }

  bool ImportDialog::setTargetLayer( const QString &qualifiedName )
  {
    const int index = mTargetCombo->findData( qualifiedName );
    if ( index < 0 )
      return false;
    if ( index == mTargetCombo->currentIndex() )
      rebuildMapping();
    else
      mTargetCombo->setCurrentIndex( index );
    return true;
  }

  QString ImportDialog::targetLayer() const
  {
    return mTargetCombo->currentData().toString();
  }

  const LayerSchema *ImportDialog::currentTarget() const
  {
    const int index = mTargetCombo->currentIndex();
    return index >= 0 && index < mTargets.size() ? &mTargets.at( index ) : nullptr;
  }

  QString ImportDialog::autoMatch( const QString &sourceField, const LayerSchema &target )
  {
    const QString key = normalized( sourceField );
    for ( const FieldSchema &field : target.fields )
    {
      if ( field.name.compare( sourceField, Qt::CaseInsensitive ) == 0 )
        return field.name;
    }
    for ( const FieldSchema &field : target.fields )
    {
      if ( normalized( field.name ) == key || ( !field.title.isEmpty() && normalized( field.title ) == key ) )
        return field.name;
    }
    return QString();
  }

  void ImportDialog::rebuildMapping()
  {
    mTable->setRowCount( 0 );
    const LayerSchema *target = currentTarget();
    const QStringList fields = mSourceLayers.value( mSourceLayerCombo->currentData().toString() );
    if ( target )
    {
      mTable->setRowCount( fields.size() );
      for ( int row = 0; row < fields.size(); ++row )
      {
        QTableWidgetItem *sourceItem = new QTableWidgetItem( fields.at( row ) );
        sourceItem->setFlags( Qt::ItemIsEnabled );
        mTable->setItem( row, 0, sourceItem );
        QComboBox *combo = new QComboBox( mTable );
        combo->addItem( tr( "— not imported —" ), QString() );
        for ( const FieldSchema &field : target->fields )
          combo->addItem( QStringLiteral( "%1  (%2, %3)" ).arg( field.title.isEmpty() ? field.name : field.title, field.name, fieldTypeName( field.type ) ),
                          field.name );
        const int match = combo->findData( autoMatch( fields.at( row ), *target ) );
        combo->setCurrentIndex( match > 0 ? match : 0 );
        connect( combo, qOverload<int>( &QComboBox::currentIndexChanged ), this, &ImportDialog::updateState );
        mTable->setCellWidget( row, 1, combo );
      }
    }
    updateState();
  }

  bool ImportDialog::setFieldTarget( const QString &sourceField, const QString &targetField )
  {
    for ( int row = 0; row < mTable->rowCount(); ++row )
    {
      if ( mTable->item( row, 0 )->text() != sourceField )
        continue;
      QComboBox *combo = qobject_cast<QComboBox *>( mTable->cellWidget( row, 1 ) );
      const int index = combo->findData( targetField );
      if ( index < 0 )
        return false;
      combo->setCurrentIndex( index );
      return true;
    }
    return false;
  }

  QMap<QString, QString> ImportDialog::fieldMap() const
  {
    QMap<QString, QString> map;
    for ( int row = 0; row < mTable->rowCount(); ++row )
    {
      const QComboBox *combo = qobject_cast<QComboBox *>( mTable->cellWidget( row, 1 ) );
      const QString target = combo ? combo->currentData().toString() : QString();
      if ( !target.isEmpty() )
        map.insert( mTable->item( row, 0 )->text(), target );
    }
    return map;
  }

  void ImportDialog::setSkipInvalid( bool skip )
  {
    mSkipInvalid->setChecked( skip );
  }

  ImportOptions ImportDialog::options() const
  {
    ImportOptions options;
    options.targetLayer = targetLayer();
    options.sourceLayer = mSourceLayerCombo->currentData().toString();
    options.fieldMap = fieldMap();
    options.skipInvalid = mSkipInvalid->isChecked();
    if ( mOverrideCrs->isChecked() && mCrsWidget->crs().isValid() )
      options.sourceCrs = mCrsWidget->crs().authid().isEmpty() ? mCrsWidget->crs().toWkt( QgsCoordinateReferenceSystem::WKT_PREFERRED ) : mCrsWidget->crs().authid();
    return options;
  }

  void ImportDialog::updateState()
  {
    const LayerSchema *target = currentTarget();
    const bool ready = !mSourcePath.isEmpty() && target;
    mButtons->button( QDialogButtonBox::Ok )->setEnabled( ready );
    if ( mSourcePath.isEmpty() )
    {
      mStatus->setText( tr( "Choose a file to import." ) );
      return;
    }
    if ( !target )
      return;
    // required target fields that nothing feeds
    const QMap<QString, QString> map = fieldMap();
    QStringList missing;
    for ( const FieldSchema &field : target->fields )
    {
      if ( field.notNull && !map.values().contains( field.name ) )
        missing << ( field.title.isEmpty() ? field.name : field.title );
    }
    if ( missing.isEmpty() )
      mStatus->setText( tr( "%n source field(s) mapped.", nullptr, map.size() ) );
    else
      mStatus->setText( QStringLiteral( "<span style='color:#8a5a00'>%1</span>" )
                          .arg( tr( "Required target fields without a source: %1. Features without them will be rejected." ).arg( missing.join( QStringLiteral( ", " ) ) ).toHtmlEscaped() ) );
  }
} // namespace vigie
