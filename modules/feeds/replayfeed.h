// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_FEEDS_REPLAYFEED_H
#define VIGIE_FEEDS_REPLAYFEED_H

#include "observationstore.h"
#include "vigie_feeds_export.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QVector>

#include <memory>

namespace vigie::feeds
{
  class Decoder;
  struct AlarmRule;

  //! What a replay run did.
  struct ReplayStats
  {
    qint64 payloads = 0;     //!< JSON messages produced (one per sensor group and time step)
    qint64 observations = 0; //!< observations decoded from them
    qint64 stored = 0;
    qint64 duplicates = 0;
    qint64 rejected = 0;
    int sensors = 0; //!< sensors of the replay
    int bound = 0;   //!< of which bound to an asset of the territory
  };

  /**
   * \brief The built-in demo feed: a week of simulated L-Town SCADA readings (pressure, flow,
   * tank level every 5 minutes; resources/feeds) and of its 82 customer meters (AMR, L/h, the
   * junctions of area C) looped by time of week, plus lamp controller
   * power (W, every 15 minutes, dimmable luminaires) and bin fill levels (%, hourly, containers
   * with a fill sensor) generated deterministically from the demo territory's assets.
   *
   * It produces JSON payloads in the default format of the generic JSON decoder
   * ([{"sensor", "time", "value", "unit"}, ...]) and sends them through a Decoder and
   * ObservationStore::store(), the path of any real feed. No QObject: ReplayDriver paces it.
   */
  class VIGIE_FEEDS_EXPORT ReplayFeed
  {
  public:
    ReplayFeed();
    ~ReplayFeed();
    ReplayFeed( const ReplayFeed & ) = delete;
    ReplayFeed &operator=( const ReplayFeed & ) = delete;

    //! Built-in SCADA week (Qt resource).
    static QString defaultScadaPath();

    //! Reads the SCADA week (header "time,KIND:ID,..."); false with the file, line and reason.
    bool loadScada( const QString &path, QString *errorMessage );

    //! Built-in customer meter week (Qt resource, gzip).
    static QString defaultCustomerMeterPath();

    /**
     * \brief Reads a week of customer meter readings in the BattLeDIM `Demands` layout: header
     * "Timestamp,JUNCTION,...", one row every 5 minutes from a Monday 00:00, values in L/h; gzip or
     * plain text. Each column becomes a flow sensor "ltown-amr-JUNCTION" bound to that junction (a
     * flow sensor at a junction is a customer meter for the water balance). False with the file,
     * line and reason.
     */
    bool loadCustomerMeters( const QString &path, QString *errorMessage );

    /**
     * \brief Registers the replay sensors in \a store with their kind and binds them to the assets
     * of the territory when present: L-Town junctions, pipes, pumps and tanks (water layers of the
     * demo; customer meters at their junctions), dimmable luminaires, containers with a fill sensor.
     * Loads the built-in SCADA and customer meter weeks first if needed.
     */
    bool prepare( ObservationStore &store, QString *errorMessage );

    /**
     * \brief The alarm rules the demo starts with: low / high pressure, low tank level, silent
     * pressure sensor, with thresholds taken from the SCADA week so that alarms show up in it.
     * prepare() adds them the first time the replay runs on a territory (none of its sensors known
     * yet) when the territory has no rule: stored like the user's rules, which the user may edit or
     * delete; they are never added again.
     */
    static QList<AlarmRule> defaultAlarmRules();

    //! Sensor ids of the replay (after prepare()).
    QStringList sensorIds() const;
    int boundSensors() const;

    //! Payloads for the readings due in [from, to) (simulated time, UTC), in time order.
    QList<QByteArray> payloads( const QDateTime &from, const QDateTime &to ) const;

    /**
     * \brief Decodes the payloads of [from, to) with \a decoder and stores them in batches of
     * about 5,000 observations. Adds to \a stats; false with a message when a batch cannot be stored.
     */
    bool run( ObservationStore &store, const Decoder &decoder, const QDateTime &from, const QDateTime &to, ReplayStats *stats,
              QString *errorMessage );

  private:
    struct Private;
    std::unique_ptr<Private> d;
  };

  /**
   * \brief Plays a ReplayFeed in real time times a speed factor, on a QTimer: every tick stores
   * what the simulated clock went through since the previous tick.
   */
  class VIGIE_FEEDS_EXPORT ReplayDriver : public QObject
  {
    Q_OBJECT

  public:
    //! \a store must outlive the driver; the simulated clock starts at \a start (default: now).
    ReplayDriver( ObservationStore *store, QObject *parent = nullptr );
    ~ReplayDriver() override;

    bool start( QString *errorMessage, const QDateTime &simulatedStart = QDateTime() );
    void stop();
    bool isRunning() const;

    //! Simulated seconds per real second (1 = real time).
    double speed() const;
    void setSpeed( double speed );
    QDateTime simulatedTime() const;
    ReplayStats stats() const;

  Q_SIGNALS:
    //! After each tick that stored something.
    void stored( qint64 observations, const QDateTime &simulatedTime );
    void failed( const QString &message );

  private:
    void tick();

    ObservationStore *mStore = nullptr;
    ReplayFeed mFeed;
    std::unique_ptr<Decoder> mDecoder;
    QTimer mTimer;
    double mSpeed = 1;
    QDateTime mSimulated;
    qint64 mLastTick = 0;
    ReplayStats mStats;
    bool mPrepared = false;
  };
} // namespace vigie::feeds

#endif
