// SPDX-License-Identifier: GPL-2.0-or-later
#include "pgconnectdialog.h"

#include "territoryconnection.h"

#include <qgsauthconfigselect.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace vigie
{
  PgConnectDialog::PgConnectDialog( QWidget *parent ) : QDialog( parent )
  {
    setWindowTitle( tr( "Open a PostGIS territory" ) );
    mHost = new QLineEdit( this );
    mHost->setPlaceholderText( tr( "db.example.org (empty: local socket)" ) );
    mPort = new QSpinBox( this );
    mPort->setRange( 1, 65535 );
    mPort->setValue( 5432 );
    mDatabase = new QLineEdit( this );
    mUser = new QLineEdit( this );
    mUser->setPlaceholderText( tr( "from the authentication configuration" ) );
    mService = new QLineEdit( this );
    mService->setPlaceholderText( tr( "a pg_service.conf entry (instead of host and database)" ) );
    mSslMode = new QComboBox( this );
    // libpq's sslmode values; require encrypts, verify-full also checks the server certificate
    const QList<QPair<QString, QString>> modes{ { QStringLiteral( "prefer" ), tr( "prefer (libpq default)" ) },
                                                { QStringLiteral( "disable" ), tr( "disable" ) },
                                                { QStringLiteral( "require" ), tr( "require (encrypted)" ) },
                                                { QStringLiteral( "verify-ca" ), tr( "verify-ca" ) },
                                                { QStringLiteral( "verify-full" ), tr( "verify-full (encrypted, server checked)" ) } };
    for ( const auto &mode : modes )
      mSslMode->addItem( mode.second, mode.first );
    mAuth = new QgsAuthConfigSelect( this, QStringLiteral( "postgres" ) );
    mPreview = new QLabel( this );
    mPreview->setWordWrap( true );
    mPreview->setTextInteractionFlags( Qt::TextSelectableByMouse );

    auto *form = new QFormLayout;
    form->addRow( tr( "&Host:" ), mHost );
    form->addRow( tr( "&Port:" ), mPort );
    form->addRow( tr( "&Database:" ), mDatabase );
    form->addRow( tr( "&User:" ), mUser );
    form->addRow( tr( "&Service:" ), mService );
    form->addRow( tr( "SS&L mode:" ), mSslMode );
    form->addRow( tr( "Credentials:" ), mAuth );
    auto *note = new QLabel( tr( "The password is kept in the encrypted QGIS authentication database (or in ~/.pgpass), never "
                                 "with the territory." ),
                             this );
    note->setWordWrap( true );
    auto *buttons = new QDialogButtonBox( QDialogButtonBox::Open | QDialogButtonBox::Cancel, this );
    connect( buttons, &QDialogButtonBox::accepted, this, &QDialog::accept );
    connect( buttons, &QDialogButtonBox::rejected, this, &QDialog::reject );
    auto *layout = new QVBoxLayout( this );
    layout->addLayout( form );
    layout->addWidget( note );
    layout->addWidget( mPreview );
    layout->addWidget( buttons );

    for ( QLineEdit *edit : { mHost, mDatabase, mUser, mService } )
      connect( edit, &QLineEdit::textChanged, this, &PgConnectDialog::updatePreview );
    connect( mPort, qOverload<int>( &QSpinBox::valueChanged ), this, &PgConnectDialog::updatePreview );
    connect( mSslMode, qOverload<int>( &QComboBox::currentIndexChanged ), this, &PgConnectDialog::updatePreview );
    connect( mAuth, &QgsAuthConfigSelect::selectedConfigIdChanged, this, &PgConnectDialog::updatePreview );
    auto updateOpen = [this, buttons]
    {
      buttons->button( QDialogButtonBox::Open )
          ->setEnabled( !mDatabase->text().trimmed().isEmpty() || !mService->text().trimmed().isEmpty() );
    };
    connect( mDatabase, &QLineEdit::textChanged, this, updateOpen );
    connect( mService, &QLineEdit::textChanged, this, updateOpen );
    updateOpen();
    updatePreview();
  }

  QString PgConnectDialog::authConfigId() const
  {
    return mAuth->configId();
  }

  void PgConnectDialog::setAuthConfigId( const QString &id )
  {
    mAuth->setConfigId( id );
    updatePreview();
  }

  QString PgConnectDialog::path() const
  {
    TerritoryConnection::Keywords keywords;
    auto add = [&keywords]( const QString &key, const QString &value )
    {
      if ( !value.trimmed().isEmpty() )
        keywords << qMakePair( key, value.trimmed() );
    };
    add( QStringLiteral( "service" ), mService->text() );
    add( QStringLiteral( "host" ), mHost->text() );
    if ( !mHost->text().trimmed().isEmpty() || mPort->value() != 5432 )
      add( QStringLiteral( "port" ), QString::number( mPort->value() ) );
    add( QStringLiteral( "dbname" ), mDatabase->text() );
    add( QStringLiteral( "user" ), mUser->text() );
    const QString sslmode = mSslMode->currentData().toString();
    if ( sslmode != QLatin1String( "prefer" ) )
      add( QStringLiteral( "sslmode" ), sslmode );
    add( QStringLiteral( "authcfg" ), mAuth->configId() );
    return QStringLiteral( "PG:" ) + TerritoryConnection::format( keywords );
  }

  void PgConnectDialog::setPath( const QString &path )
  {
    const QString conninfo = path.startsWith( QLatin1String( "PG:" ), Qt::CaseInsensitive ) ? path.mid( 3 ) : path;
    const TerritoryConnection::Keywords keywords = TerritoryConnection::parse( conninfo );
    mHost->setText( TerritoryConnection::value( keywords, QStringLiteral( "host" ) ) );
    const int port = TerritoryConnection::value( keywords, QStringLiteral( "port" ) ).toInt();
    mPort->setValue( port > 0 ? port : 5432 );
    mDatabase->setText( TerritoryConnection::value( keywords, QStringLiteral( "dbname" ) ) );
    mUser->setText( TerritoryConnection::value( keywords, QStringLiteral( "user" ) ) );
    mService->setText( TerritoryConnection::value( keywords, QStringLiteral( "service" ) ) );
    const int mode = mSslMode->findData( TerritoryConnection::value( keywords, QStringLiteral( "sslmode" ) ) );
    mSslMode->setCurrentIndex( mode >= 0 ? mode : 0 );
    mAuth->setConfigId( TerritoryConnection::value( keywords, QStringLiteral( "authcfg" ) ) );
    updatePreview();
  }

  void PgConnectDialog::updatePreview()
  {
    mPreview->setText( tr( "Territory: %1" ).arg( path() ) );
  }
} // namespace vigie
