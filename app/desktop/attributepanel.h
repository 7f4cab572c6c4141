// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_ATTRIBUTEPANEL_H
#define VIGIE_ATTRIBUTEPANEL_H

#include <qgsfeatureid.h>
#include <qgspointxy.h>

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QgsFeature;
class QgsVectorLayer;

namespace vigie
{
  struct LayerSchema;

  //! One attribute as the panel shows it.
  struct IdentifiedAttribute
  {
    QString name;            //!< column name
    QString title;           //!< title from the layer schema (the name when the schema has none)
    QString value;           //!< display value
    bool simulated = false;  //!< generated for the demo, not measured
  };

  //! One identified feature.
  struct IdentifiedFeature
  {
    QString layerTitle;
    QString qualifiedLayer;  //!< "domain:name", empty for a layer that is not a territory layer
    QgsFeatureId id = FID_NULL;
    QString label;           //!< the feature's name or "#id"
    QList<IdentifiedAttribute> attributes;

    /**
     * Describes \a feature of \a layer with the titles of \a schema (may be nullptr).
     * Simulated values are recognised from the data: the "simulated" field lists the
     * generated columns ("geometry" for a generated location), or is true for all of them.
     */
    static IdentifiedFeature describe( const QgsVectorLayer *layer, const QgsFeature &feature, const LayerSchema *schema );
  };

  /**
   * \brief The "Identify results" panel: layer, feature, field titles and values of the
   * features under the last identify click; simulated values are shown apart (italic,
   * marked) so nobody takes them for measurements.
   */
  class AttributePanel : public QWidget
  {
      Q_OBJECT
    public:
      explicit AttributePanel( QWidget *parent = nullptr );

      void setFeatures( const QgsPointXY &mapPoint, const QString &coordinateText, const QList<IdentifiedFeature> &features );
      void clear();
      const QList<IdentifiedFeature> &features() const { return mFeatures; }
      //! The tree as shown (for tests and copy).
      QTreeWidget *tree() const { return mTree; }

    private:
      QLabel *mHeader = nullptr;
      QTreeWidget *mTree = nullptr;
      QLabel *mLegend = nullptr;
      QList<IdentifiedFeature> mFeatures;
  };
} // namespace vigie

#endif
