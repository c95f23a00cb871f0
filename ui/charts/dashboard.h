#pragma once

#include "dashboardconfig.h"

#include <QWidget>

class ChartPanel;
class DashboardPageWidget;
class IngestPipeline;
class QTabWidget;
class QToolBar;

// The dashboards of the connection, one tab each: grids of chart panels and value tiles.
// configuration() is what the profile saves; configurationChanged() says when to save it.
class Dashboard : public QWidget
{
    Q_OBJECT
public:
    explicit Dashboard(IngestPipeline *pipeline, QWidget *parent = nullptr);

    DashboardConfig configuration() const;
    // Replaces every tab (no configurationChanged()).
    void setConfiguration(const DashboardConfig &config);

    int pageCount() const;
    DashboardPageWidget *page(int index) const;
    DashboardPageWidget *currentPage() const;
    QTabWidget *tabs() const { return m_tabs; }
    QToolBar *toolBar() const { return m_toolBar; }

    // The current dashboard drawn at this size (PNG or SVG by suffix).
    bool exportImage(const QString &fileName, const QSize &size, QString *error);

public Q_SLOTS:
    // Plots a field: on the current dashboard's first chart, or a new chart (and dashboard)
    // when there is none. The explorer's "Plot" lands here.
    ChartPanel *addSeries(const QString &topicOrFilter, const QString &path);
    ChartPanel *addChart(const ChartConfig &chart = ChartConfig());
    void addTileInteractive();
    void addPage(const QString &name = QString());
    void removePage(int index);
    void renamePage(int index, const QString &name);
    void exportImageInteractive();

Q_SIGNALS:
    void configurationChanged();
    void statusMessage(const QString &text);

private:
    DashboardPageWidget *createPage(const DashboardPage &page);
    void createToolBar();
    void onChanged();
    void renameInteractive(int index);

    IngestPipeline *m_pipeline;
    QTabWidget *m_tabs;
    QToolBar *m_toolBar;
    bool m_loading = false;
};
