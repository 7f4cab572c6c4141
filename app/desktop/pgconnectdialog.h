// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_PGCONNECTDIALOG_H
#define VIGIE_PGCONNECTDIALOG_H

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QgsAuthConfigSelect;

namespace vigie
{
  /**
   * \brief Territory ▸ Open PostGIS territory…: the connection of a shared territory (host, port,
   * database, or a pg_service.conf service; SSL mode) and its credentials as a QGIS
   * authentication configuration. The dialog has no password field on purpose: the password
   * lives in the encrypted QGIS authentication database (or ~/.pgpass), never in the path kept
   * in the recent territories.
   */
  class PgConnectDialog : public QDialog
  {
    Q_OBJECT
  public:
    explicit PgConnectDialog( QWidget *parent = nullptr );

    //! The territory path: "PG:host=... port=... dbname=... sslmode=... authcfg=...".
    QString path() const;
    //! Fills the fields from a path (the last PostGIS territory).
    void setPath( const QString &path );

    QLineEdit *hostEdit() const { return mHost; }
    QSpinBox *portSpin() const { return mPort; }
    QLineEdit *databaseEdit() const { return mDatabase; }
    QLineEdit *userEdit() const { return mUser; }
    QLineEdit *serviceEdit() const { return mService; }
    QComboBox *sslModeCombo() const { return mSslMode; }
    //! The authentication configuration id (empty: none, libpq finds the password itself).
    QString authConfigId() const;
    void setAuthConfigId( const QString &id );

  private:
    void updatePreview();

    QLineEdit *mHost = nullptr;
    QSpinBox *mPort = nullptr;
    QLineEdit *mDatabase = nullptr;
    QLineEdit *mUser = nullptr;
    QLineEdit *mService = nullptr;
    QComboBox *mSslMode = nullptr;
    QgsAuthConfigSelect *mAuth = nullptr;
    QLabel *mPreview = nullptr;
  };
} // namespace vigie

#endif
