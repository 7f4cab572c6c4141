// SPDX-License-Identifier: GPL-2.0-or-later
#include "roadmapprojectdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace vigie
{
  using namespace vigie::roadmap;

  namespace
  {
    constexpr int kIdRole = Qt::UserRole;

    QString number( double value )
    {
      return QLocale::c().toString( value, 'g', 15 );
    }

    bool parseNumber( const QString &text, double *value )
    {
      bool ok = false;
      QString t = text.trimmed();
      t.remove( QLatin1Char( ' ' ) );
      t.replace( QLatin1Char( ',' ), QLatin1Char( '.' ) );
      *value = QLocale::c().toDouble( t, &ok );
      return ok;
    }
  } // namespace

  RoadmapProjectDialog::RoadmapProjectDialog( const Project &project, const Roadmap &roadmap, Validator validator, QWidget *parent )
      : QDialog( parent ), mOriginal( project ), mResult( project ), mValidator( std::move( validator ) )
  {
    setWindowTitle( project.title.isEmpty() ? tr( "New project" ) : tr( "Project: %1" ).arg( project.title ) );
    QWidget *form = new QWidget;
    QFormLayout *layout = new QFormLayout( form );
    mTitle = new QLineEdit( project.title );
    mDomain = new QComboBox;
    for ( const QString &key : domainKeys() )
    {
      Domain d = Domain::Mobility;
      domainFromKey( key, &d );
      mDomain->addItem( domainDisplayName( d ), key );
    }
    mDomain->setCurrentIndex( mDomain->findData( domainKey( project.domain ) ) );
    mStatus = new QComboBox;
    for ( const QString &key : statusKeys() )
    {
      Status s = Status::Proposed;
      statusFromKey( key, &s );
      mStatus->addItem( statusDisplayName( s ), key );
    }
    mStatus->setCurrentIndex( mStatus->findData( statusKey( project.status ) ) );
    mDescription = new QPlainTextEdit( project.description );
    mDescription->setMaximumHeight( 70 );
    auto money = [&]( double value )
    {
      QDoubleSpinBox *box = new QDoubleSpinBox;
      box->setRange( -1e12, 1e12 ); // negative values reach the validation and its message
      box->setDecimals( 0 );
      box->setSingleStep( 10000 );
      box->setGroupSeparatorShown( true );
      box->setSuffix( QStringLiteral( " \u20ac" ) );
      box->setValue( value );
      return box;
    };
    mCapex = money( project.capex );
    mOpex = money( project.opexPerYear );
    mStart = new QDateEdit( project.start.isValid() ? QDate( project.start.year, project.start.month, 1 ) : QDate::currentDate() );
    mStart->setDisplayFormat( QStringLiteral( "yyyy-MM" ) );
    mDuration = new QSpinBox;
    mDuration->setRange( 1, 240 );
    mDuration->setSuffix( tr( " months" ) );
    mDuration->setValue( project.durationMonths );
    mOwner = new QLineEdit( project.owner );
    mImpact = new QDoubleSpinBox;
    mImpact->setRange( 0, 10 );
    mImpact->setDecimals( 1 );
    mImpact->setValue( project.impact );
    mFeasibility = new QDoubleSpinBox;
    mFeasibility->setRange( 0, 10 );
    mFeasibility->setDecimals( 1 );
    mFeasibility->setValue( project.feasibility );
    mVotes = new QSpinBox;
    mVotes->setRange( 0, 10000000 );
    mVotes->setValue( project.citizenVotes );
    mDependencies = new QListWidget;
    mDependencies->setMaximumHeight( 110 );
    for ( const Project &other : roadmap.projects )
    {
      if ( other.id == project.id )
        continue;
      QListWidgetItem *item = new QListWidgetItem( other.title, mDependencies );
      item->setData( kIdRole, other.id );
      item->setFlags( item->flags() | Qt::ItemIsUserCheckable );
      item->setCheckState( project.dependencies.contains( other.id ) ? Qt::Checked : Qt::Unchecked );
    }
    QStringList funding;
    for ( const FundingSource &f : project.funding )
      funding << QStringLiteral( "%1=%2" ).arg( f.source, number( f.amount ) );
    mFunding = new QLineEdit( funding.join( QStringLiteral( "; " ) ) );
    mFunding->setPlaceholderText( tr( "SOURCE=EUROS; ... e.g. DSIL=300000; FEDER=200000" ) );
    QStringList benefits;
    for ( const Benefit &b : project.benefits )
      benefits << QStringLiteral( "%1|%2|%3" ).arg( b.kpi, number( b.target ), b.unit );
    mBenefits = new QLineEdit( benefits.join( QStringLiteral( "; " ) ) );
    mBenefits->setPlaceholderText( tr( "KPI|TARGET|UNIT; ... e.g. Energy saved|450000|kWh/year" ) );
    mStakeholders = new QLineEdit( project.stakeholders.join( QStringLiteral( "; " ) ) );
    mAssets = new QLineEdit( project.assetIds.join( QStringLiteral( "; " ) ) );
    mAssets->setPlaceholderText( tr( "territory:districts/5; lighting:cabinets/12; ..." ) );

    layout->addRow( tr( "Title" ), mTitle );
    layout->addRow( tr( "Domain" ), mDomain );
    layout->addRow( tr( "Status" ), mStatus );
    layout->addRow( tr( "Description" ), mDescription );
    layout->addRow( tr( "Capex" ), mCapex );
    layout->addRow( tr( "Opex per year" ), mOpex );
    layout->addRow( tr( "Start" ), mStart );
    layout->addRow( tr( "Duration" ), mDuration );
    layout->addRow( tr( "Owner" ), mOwner );
    layout->addRow( tr( "Impact (0-10)" ), mImpact );
    layout->addRow( tr( "Feasibility (0-10)" ), mFeasibility );
    layout->addRow( tr( "Citizen votes" ), mVotes );
    layout->addRow( tr( "Depends on" ), mDependencies );
    layout->addRow( tr( "Funding" ), mFunding );
    layout->addRow( tr( "Benefits (KPIs)" ), mBenefits );
    layout->addRow( tr( "Stakeholders consulted" ), mStakeholders );
    layout->addRow( tr( "Linked map features" ), mAssets );

    QScrollArea *scroll = new QScrollArea;
    scroll->setWidget( form );
    scroll->setWidgetResizable( true );
    mError = new QLabel;
    mError->setObjectName( QStringLiteral( "errorLabel" ) );
    mError->setWordWrap( true );
    mError->setStyleSheet( QStringLiteral( "color: #b00020; font-weight: bold;" ) );
    mError->hide();
    QDialogButtonBox *buttons = new QDialogButtonBox( QDialogButtonBox::Ok | QDialogButtonBox::Cancel );
    connect( buttons, &QDialogButtonBox::accepted, this, &RoadmapProjectDialog::tryAccept );
    connect( buttons, &QDialogButtonBox::rejected, this, &QDialog::reject );
    QVBoxLayout *main = new QVBoxLayout( this );
    main->addWidget( scroll );
    main->addWidget( mError );
    main->addWidget( buttons );
    resize( 560, 640 );
  }

  bool RoadmapProjectDialog::readProject( Project *project, QString *errorMessage ) const
  {
    Project p = mOriginal;
    const QString name = mOriginal.title.isEmpty() ? tr( "(new project)" ) : QStringLiteral( "\u00ab%1\u00bb" ).arg( mOriginal.title );
    auto fail = [&]( const QString &field, const QString &reason )
    {
      *errorMessage = tr( "Project %1, field \"%2\": %3" ).arg( name, field, reason );
      return false;
    };
    p.title = mTitle->text().trimmed();
    if ( p.title.isEmpty() )
      return fail( tr( "title" ), tr( "a title is required" ) );
    domainFromKey( mDomain->currentData().toString(), &p.domain );
    statusFromKey( mStatus->currentData().toString(), &p.status );
    p.description = mDescription->toPlainText().trimmed();
    p.capex = mCapex->value();
    if ( p.capex < 0 )
      return fail( tr( "capex" ), tr( "%1 is negative" ).arg( number( p.capex ) ) );
    p.opexPerYear = mOpex->value();
    if ( p.opexPerYear < 0 )
      return fail( tr( "opex" ), tr( "%1 is negative" ).arg( number( p.opexPerYear ) ) );
    p.start = YearMonth{ mStart->date().year(), mStart->date().month() };
    p.durationMonths = mDuration->value();
    p.owner = mOwner->text().trimmed();
    p.impact = mImpact->value();
    p.feasibility = mFeasibility->value();
    p.citizenVotes = mVotes->value();
    p.dependencies.clear();
    for ( int i = 0; i < mDependencies->count(); ++i )
      if ( mDependencies->item( i )->checkState() == Qt::Checked )
        p.dependencies << mDependencies->item( i )->data( kIdRole ).toString();
    p.funding.clear();
    for ( const QString &item : mFunding->text().split( QLatin1Char( ';' ), Qt::SkipEmptyParts ) )
    {
      if ( item.trimmed().isEmpty() )
        continue;
      double amount = 0;
      const QString source = item.section( QLatin1Char( '=' ), 0, 0 ).trimmed();
      if ( !item.contains( QLatin1Char( '=' ) ) || source.isEmpty() || !parseNumber( item.section( QLatin1Char( '=' ), 1 ), &amount ) || amount < 0 )
        return fail( tr( "funding" ), tr( "\"%1\" is not SOURCE=EUROS with an amount >= 0" ).arg( item.trimmed() ) );
      p.funding << FundingSource{ source, amount };
    }
    p.benefits.clear();
    for ( const QString &item : mBenefits->text().split( QLatin1Char( ';' ), Qt::SkipEmptyParts ) )
    {
      if ( item.trimmed().isEmpty() )
        continue;
      const QStringList parts = item.split( QLatin1Char( '|' ) );
      double target = 0;
      if ( parts.size() != 3 || parts.at( 0 ).trimmed().isEmpty() || !parseNumber( parts.at( 1 ), &target ) )
        return fail( tr( "benefits" ), tr( "\"%1\" is not KPI|TARGET|UNIT with a numeric target" ).arg( item.trimmed() ) );
      p.benefits << Benefit{ parts.at( 0 ).trimmed(), target, parts.at( 2 ).trimmed() };
    }
    p.stakeholders.clear();
    for ( const QString &item : mStakeholders->text().split( QLatin1Char( ';' ), Qt::SkipEmptyParts ) )
      if ( !item.trimmed().isEmpty() )
        p.stakeholders << item.trimmed();
    p.assetIds.clear();
    for ( const QString &item : mAssets->text().split( QLatin1Char( ';' ), Qt::SkipEmptyParts ) )
      if ( !item.trimmed().isEmpty() )
        p.assetIds << item.trimmed();
    *project = p;
    return true;
  }

  bool RoadmapProjectDialog::tryAccept()
  {
    Project p;
    QString error;
    if ( !readProject( &p, &error ) || ( mValidator && !mValidator( p, &error ) ) )
    {
      mError->setText( error );
      mError->show();
      return false;
    }
    mResult = p;
    mError->clear();
    mError->hide();
    accept();
    return true;
  }

  QString RoadmapProjectDialog::errorText() const
  {
    return mError->text();
  }
} // namespace vigie
