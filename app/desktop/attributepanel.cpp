// SPDX-License-Identifier: GPL-2.0-or-later
#include "attributepanel.h"

#include "schema.h"

#include <qgsapplication.h>
#include <qgsfeature.h>
#include <qgsvectorlayer.h>

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace
{
  const QString kSimulatedField = QStringLiteral( "simulated" );

  QString displayValue( const QVariant &value )
  {
    if ( value.isNull() )
      return QString();
    // years and identifiers are numbers too: no thousands separator
    QLocale locale;
    locale.setNumberOptions( QLocale::OmitGroupSeparator );
    switch ( value.type() )
    {
      case QVariant::Double:
        return locale.toString( value.toDouble(), 'g', 10 );
      case QVariant::Int:
      case QVariant::LongLong:
        return locale.toString( value.toLongLong() );
      case QVariant::Bool:
        return value.toBool() ? QObject::tr( "yes" ) : QObject::tr( "no" );
      case QVariant::Date:
        return QLocale().toString( value.toDate(), QLocale::ShortFormat );
      case QVariant::DateTime:
        return QLocale().toString( value.toDateTime(), QLocale::ShortFormat );
      default:
        return value.toString();
    }
  }

  bool isTrue( const QVariant &value )
  {
    if ( value.isNull() )
      return false;
    if ( value.type() == QVariant::String )
    {
      const QString text = value.toString().trimmed().toLower();
      return text == QLatin1String( "1" ) || text == QLatin1String( "true" ) || text == QLatin1String( "yes" );
    }
    return value.toBool();
  }
} // namespace

namespace vigie
{
  IdentifiedFeature IdentifiedFeature::describe( const QgsVectorLayer *layer, const QgsFeature &feature, const LayerSchema *schema )
  {
    IdentifiedFeature result;
    result.layerTitle = schema && !schema->title.isEmpty() ? schema->title : layer->name();
    result.qualifiedLayer = schema ? schema->qualifiedName() : QString();
    result.id = feature.id();

    const QgsFields fields = feature.fields().isEmpty() ? layer->fields() : feature.fields();
    // which values are simulated: the "simulated" field lists the columns (or is simply true)
    QSet<QString> simulated;
    bool allSimulated = false;
    const int flagIndex = fields.indexOf( kSimulatedField );
    if ( flagIndex >= 0 )
    {
      const QVariant flag = feature.attribute( flagIndex );
      if ( flag.type() == QVariant::Bool || flag.type() == QVariant::Int || flag.type() == QVariant::LongLong || isTrue( flag ) )
        allSimulated = isTrue( flag );
      else
      {
        const QStringList names = flag.toString().split( QRegularExpression( QStringLiteral( "[,;\\s]+" ) ), Qt::SkipEmptyParts );
        for ( const QString &name : names )
          simulated.insert( name.trimmed().toLower() );
      }
    }

    QString nameValue;
    for ( int i = 0; i < fields.count(); ++i )
    {
      const QgsField field = fields.at( i );
      const QString name = field.name();
      if ( name == QLatin1String( "fid" ) || name == kSimulatedField )
        continue;
      const FieldSchema *fieldSchema = schema ? schema->field( name ) : nullptr;
      IdentifiedAttribute attribute;
      attribute.name = name;
      attribute.title = fieldSchema && !fieldSchema->title.isEmpty() ? fieldSchema->title : ( field.alias().isEmpty() ? name : field.alias() );
      attribute.value = displayValue( feature.attribute( i ) );
      attribute.simulated = allSimulated || simulated.contains( name.toLower() );
      if ( name == QLatin1String( "name" ) )
        nameValue = attribute.value;
      result.attributes << attribute;
    }
    if ( allSimulated || simulated.contains( QStringLiteral( "geometry" ) ) )
    {
      IdentifiedAttribute location;
      location.name = QStringLiteral( "geometry" );
      location.title = QObject::tr( "Location" );
      location.value = QObject::tr( "generated" );
      location.simulated = true;
      result.attributes << location;
    }
    // a name, else the layer's identifying field (the first required text field), else the feature id
    if ( nameValue.isEmpty() && schema )
    {
      for ( const FieldSchema &field : schema->fields )
      {
        if ( field.type == FieldType::String && field.notNull && fields.indexOf( field.name ) >= 0 )
        {
          nameValue = feature.attribute( field.name ).toString();
          break;
        }
      }
    }
    result.label = nameValue.isEmpty() ? QStringLiteral( "#%1" ).arg( feature.id() ) : nameValue;
    return result;
  }

  AttributePanel::AttributePanel( QWidget *parent )
    : QWidget( parent )
  {
    QVBoxLayout *layout = new QVBoxLayout( this );
    layout->setContentsMargins( 4, 4, 4, 4 );
    mHeader = new QLabel( this );
    mHeader->setWordWrap( true );
    layout->addWidget( mHeader );
    mTree = new QTreeWidget( this );
    mTree->setColumnCount( 2 );
    mTree->setHeaderLabels( { tr( "Field" ), tr( "Value" ) } );
    mTree->setAlternatingRowColors( true );
    mTree->setUniformRowHeights( true );
    mTree->header()->setSectionResizeMode( 0, QHeaderView::Interactive );
    mTree->header()->setStretchLastSection( true );
    mTree->setColumnWidth( 0, 170 );
    layout->addWidget( mTree, 1 );
    mLegend = new QLabel( this );
    mLegend->setWordWrap( true );
    mLegend->setText( tr( "<i>Italic values marked “simulated”</i> were generated for the demonstration: they are not measured data." ) );
    mLegend->setStyleSheet( QStringLiteral( "color: #8a5a00;" ) );
    layout->addWidget( mLegend );
    clear();
  }

  void AttributePanel::clear()
  {
    mFeatures.clear();
    mTree->clear();
    mHeader->setText( tr( "Choose the Identify tool and click a feature on the map." ) );
    mLegend->hide();
  }

  void AttributePanel::setFeatures( const QgsPointXY &mapPoint, const QString &coordinateText, const QList<IdentifiedFeature> &features )
  {
    Q_UNUSED( mapPoint )
    mFeatures = features;
    mTree->clear();
    if ( features.isEmpty() )
      mHeader->setText( tr( "No feature at %1." ).arg( coordinateText ) );
    else
      mHeader->setText( tr( "%n feature(s) at %1", nullptr, features.size() ).arg( coordinateText ) );

    const QIcon simulatedIcon = QgsApplication::getThemeIcon( QStringLiteral( "/mIconWarning.svg" ) );
    bool anySimulated = false;
    for ( const IdentifiedFeature &feature : features )
    {
      QTreeWidgetItem *top = new QTreeWidgetItem( mTree );
      top->setText( 0, feature.layerTitle );
      top->setText( 1, feature.label );
      top->setToolTip( 0, feature.qualifiedLayer );
      QFont bold = top->font( 0 );
      bold.setBold( true );
      top->setFont( 0, bold );
      top->setFont( 1, bold );
      top->setFirstColumnSpanned( false );
      for ( const IdentifiedAttribute &attribute : feature.attributes )
      {
        QTreeWidgetItem *item = new QTreeWidgetItem( top );
        item->setText( 0, attribute.title );
        item->setToolTip( 0, attribute.name );
        if ( attribute.simulated )
        {
          anySimulated = true;
          item->setText( 1, tr( "%1 (simulated)" ).arg( attribute.value ) );
          item->setIcon( 1, simulatedIcon );
          QFont italic = item->font( 1 );
          italic.setItalic( true );
          item->setFont( 1, italic );
          item->setForeground( 1, QColor( 0x8a, 0x5a, 0x00 ) );
          item->setToolTip( 1, tr( "Simulated value: generated for the demonstration, not measured" ) );
        }
        else if ( attribute.value.isEmpty() )
        {
          item->setText( 1, QStringLiteral( "—" ) );
          item->setForeground( 1, mTree->palette().color( QPalette::Disabled, QPalette::Text ) );
          item->setToolTip( 1, tr( "No value" ) );
        }
        else
        {
          item->setText( 1, attribute.value );
          item->setToolTip( 1, attribute.value );
        }
      }
    }
    if ( mTree->topLevelItemCount() > 0 )
      mTree->topLevelItem( 0 )->setExpanded( true );
    mLegend->setVisible( anySimulated );
  }
} // namespace vigie
