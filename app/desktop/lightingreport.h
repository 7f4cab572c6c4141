// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef VIGIE_LIGHTINGREPORT_H
#define VIGIE_LIGHTINGREPORT_H

#include <QList>
#include <QString>

#include <memory>

class QgsMapLayer;
class QgsPrintLayout;
class QgsProject;
class QgsRectangle;

namespace vigie
{
  struct LightingAnalysis;

  /**
   * \brief The street-lighting report as a QGIS print layout (A4 landscape, two pages):
   * page 1 the map of the analysis with its legend and the results table (kWh, €, t CO₂
   * before and after, investment, payback, compliance); page 2 the three charts as
   * pictures, the plan per year and the compliance by class. Exported with
   * QgsLayoutExporter. Shared by the lighting panel and `vigie-cli lighting report`.
   */
  class LightingReport
  {
  public:
    /**
     * Builds the layout on \a project. \a mapLayers (top first) are drawn by the map item;
     * \a legendLayers are listed in the legend; \a chartDirectory receives the chart images
     * the picture items point to (must outlive the layout).
     */
    static std::unique_ptr<QgsPrintLayout> createLayout( const LightingAnalysis &analysis, QgsProject *project,
                                                         const QList<QgsMapLayer *> &mapLayers, const QList<QgsMapLayer *> &legendLayers,
                                                         const QString &chartDirectory, QString *errorMessage = nullptr );
    //! Builds the layout and writes the PDF to \a path (atomically); \a pageCount receives the number of pages.
    static bool exportPdf( const LightingAnalysis &analysis, QgsProject *project, const QList<QgsMapLayer *> &mapLayers,
                           const QList<QgsMapLayer *> &legendLayers, const QString &path, int *pageCount = nullptr,
                           QString *errorMessage = nullptr );
  };
} // namespace vigie

#endif
