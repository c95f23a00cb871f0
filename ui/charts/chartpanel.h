#pragma once

#include "dashboardconfig.h"
#include "decimatedline.h"
#include "seriesmath.h"

#include <QElapsedTimer>
#include <QList>
#include <QPen>
#include <QTimer>
#include <QWidget>

class ChartReadout;
class ChartView;
class PlotLines;
class QAbstractAxis;
class QChart;
class QComboBox;
class QDateTimeAxis;
class QLabel;
class QToolButton;
class QValueAxis;
class QXYSeries;
class SeriesMatcher;
class SeriesStore;

// One chart: several series of the SeriesStore (wildcards resolved by a SeriesMatcher), a
// time axis with a live window (or X-Y mode), a second Y axis for a second unit, a legend
// whose markers hide and show series, pause, zoom/pan/reset, a hover readout and a table of
// last/min/max/mean over the visible window.
//
// Drawing: the store's decimated points (min/max per pixel column), replotted by a single-shot
// timer at most ~30 times a second and only when a shown series or the view changed; never
// per message. Lines and steps are drawn by a PlotLines item (the QLineSeries stay empty for
// the legend and the axes). A timed replot does at most ReplotBudgetMs of work, oldest work
// first, and leaves the rest to the next tick; series a wildcard finds are added the same way,
// a batch per tick, so hundreds of live series cannot stall the GUI thread.
class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int MinReplotIntervalMs = 33;
    static constexpr int ReadoutIntervalMs = 250;
    // X-Y mode draws at most this many (newest) pairs per series.
    static constexpr qsizetype MaxXyPoints = 5000;
    // The work one timed replot does before leaving the rest to the next tick.
    static constexpr int ReplotBudgetMs = 8;

    explicit ChartPanel(SeriesStore *store, QWidget *parent = nullptr);
    ~ChartPanel() override;

    ChartConfig configuration() const { return m_config; }
    void setConfiguration(const ChartConfig &config);
    void addSeries(const SeriesDefinition &definition);
    // Appends a widget (a dashboard cell's menu button) to the chart's tool row.
    void addToolWidget(QWidget *widget);

    int windowSeconds() const { return m_config.windowSeconds; }
    void setWindowSeconds(int seconds);
    bool isPaused() const { return m_paused; }
    bool isZoomed() const { return m_zoomed; }
    // Following the newest points (neither paused nor zoomed).
    bool isLive() const { return !m_paused && !m_zoomed; }

    // The X range shown (ms since the epoch in time mode) and the left Y range.
    QPair<double, double> xRange() const { return {m_x0, m_x1}; }
    QPair<double, double> yRange() const { return {m_y0[0], m_y1[0]}; }
    // Shows exactly this X range (and these Y ranges when given) until resetZoom().
    void zoomTo(double x0, double x1);
    void zoomToPixels(const QRectF &pixels);

    // The resolved series: one per (definition, matching topic), added to the chart on the
    // replot after the match.
    int entryCount() const { return int(m_entries.size()); }
    QString entryName(int entry) const;
    bool isEntryVisible(int entry) const;
    void setEntryVisible(int entry, bool visible);
    // The points the chart holds for an entry (after scale and offset).
    QList<QPointF> plottedPoints(int entry) const;
    SeriesMath::Stats entryStats(int entry) const;
    SeriesMatcher *matcher() const { return m_matcher; }
    QChart *chart() const { return m_chart; }
    ChartView *view() const { return m_view; }
    quint64 replotCount() const { return m_replots; }
    // Whether a replot is scheduled or the view changed since the last one.
    bool isReplotPending() const { return m_viewDirty || m_timer.isActive(); }
    // The text hovering at this view position shows (empty: no point near).
    QString hoverTextAt(const QPointF &pixel) const;

    // CSV of the series (visible window, or all points).
    bool exportCsv(const QString &fileName, bool visibleWindowOnly, QString *error) const;
    // The chart drawn at this size; PNG or SVG by the file's suffix.
    QImage renderImage(const QSize &size);
    bool exportImage(const QString &fileName, const QSize &size, QString *error);

public Q_SLOTS:
    void setPaused(bool paused);
    void resetZoom();
    // Adds every pending series and replots now what changed and is shown (the timer does the
    // same within a time budget).
    void replot();
    void addSeriesInteractive();
    void editSeriesInteractive(int definition);
    void exportCsvInteractive(bool visibleWindowOnly = true);
    void exportImageInteractive();

Q_SIGNALS:
    void configurationChanged();
    void statusMessage(const QString &text);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Entry
    {
        QXYSeries *series = nullptr;
        QPen pen;
        DecimatedLine decimation;
        // What the drawn points were made of: the series' revisions, the window and width.
        quint64 drawnRevision = ~quint64(0);
        quint64 drawnXRevision = ~quint64(0);
        double drawnT0 = 0, drawnT1 = 0;
        int drawnColumns = -1;
        // The drawn points within the window (for the axes' ranges).
        double lo = 0, hi = 0, xlo = 0, xhi = 0;
        qsizetype drawnCount = 0;
        int axis = 0; // 0 left, 1 right
        bool hidden = false;
        bool line = false; // drawn by m_lines, not by the series
    };
    struct Window
    {
        double t0, t1;
        int columns;
    };

    void createToolBar();
    void rebuildEntries();
    void addEntries();
    // Adds pending matches to the chart until the budget (ns, < 0: none) is spent.
    void createPendingEntries(const QElapsedTimer &clock, qint64 budgetNs);
    // budgetNs < 0: everything now.
    void replotWithin(qint64 budgetNs);
    Window currentWindow() const;
    bool isStale(int entry, const Window &window) const;
    void plotEntry(int entry, const Window &window);
    void updateRanges(const Window &window);
    QXYSeries *makeSeries(const SeriesDefinition &definition, int index) const;
    void attachMarkers(QXYSeries *series);
    void setupAxes();
    void scheduleReplot();
    void onStoreUpdated();
    void viewChanged();
    void liveRange(double *x0, double *x1) const;
    void updateAxes();
    int xTickCount(const QString &widestLabel) const;
    void updateReadout();
    void updateState();
    void showHover(const QPointF &pixel);
    void pan(const QPointF &delta);
    void wheelZoom(double factor, const QPointF &pixel);
    bool xyMode() const { return m_config.mode == ChartConfig::Mode::XY; }
    // The x series entry (X-Y mode) paired with y entry i, or -1.
    int xEntryFor(int entry) const;
    QColor colorFor(int entry) const;
    QString unitOfAxis(int axis) const;

    SeriesStore *m_store;
    ChartConfig m_config;
    SeriesMatcher *m_matcher;
    SeriesMatcher *m_xMatcher;
    QList<Entry> m_entries;
    QChart *m_chart;
    ChartView *m_view;
    PlotLines *m_lines;
    QAbstractAxis *m_xAxis = nullptr;
    QValueAxis *m_yAxis[2] = {nullptr, nullptr};
    ChartReadout *m_readout;
    QLabel *m_hover;
    QLabel *m_title;
    QComboBox *m_windowBox = nullptr;
    QToolButton *m_pauseButton = nullptr;
    QToolButton *m_resetButton = nullptr;
    class QHBoxLayout *m_toolRow = nullptr;
    QTimer m_timer;
    QTimer m_readoutTimer;
    QElapsedTimer m_sinceReplot;
    QElapsedTimer m_sinceReadout;
    bool m_viewDirty = true;
    bool m_paused = false;
    bool m_zoomed = false;
    bool m_yFixed = false;
    double m_x0 = 0, m_x1 = 1;
    double m_x0Time = 0, m_x1Time = 1; // X-Y mode: the time window of the pairs
    double m_y0[2] = {0, 0};
    double m_y1[2] = {1, 1};
    quint64 m_replots = 0;
    int m_columns = 0; // plot area width the points were decimated for
    int m_nextEntry = 0; // where the next timed replot starts (round robin)
    int m_replotWaits = 0;
    int m_readoutWaits = 0;
};
