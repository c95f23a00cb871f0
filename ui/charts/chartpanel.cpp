#include "chartpanel.h"

#include "chartreadout.h"
#include "chartview.h"
#include "plotlines.h"
#include "seriescsv.h"
#include "seriesdialog.h"
#include "seriesmatcher.h"
#include "seriesstore.h"

#include <QChart>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFile>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QScatterSeries>
#include <QSplitter>
#include <QToolButton>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {
// A dashboard's charts fall due together (one store update schedules them all), and the timers
// due at one moment run in one pass of the event loop: the ingest tick, four charts' replots,
// and then their paints, made one long stall. A chart whose turn comes right after the ingest
// tick or another chart's work (in the same pass) waits a millisecond, so that painting and
// input run between.
QElapsedTimer &chartClock()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer c;
        c.start();
        return c;
    }();
    return clock;
}
qint64 lastChartWorkEndNs = std::numeric_limits<qint64>::min() / 2;
constexpr qint64 SamePassNs = 1000000;
constexpr int MaxWaits = 8;

// Whether the timer's work waits for a later pass (the timer is restarted).
bool waitForTurn(QTimer *timer, int *waits)
{
    if (*waits < MaxWaits && chartClock().nsecsElapsed() - lastChartWorkEndNs < SamePassNs) {
        ++*waits;
        timer->start(1);
        return true;
    }
    *waits = 0;
    return false;
}

void chartWorkDone()
{
    lastChartWorkEndNs = chartClock().nsecsElapsed();
}

const QColor Palette[] = {QColor(0x1f77b4), QColor(0xff7f0e), QColor(0x2ca02c), QColor(0xd62728), QColor(0x9467bd),
                          QColor(0x8c564b), QColor(0xe377c2), QColor(0x7f7f7f), QColor(0xbcbd22), QColor(0x17becf)};
} // namespace

ChartPanel::ChartPanel(SeriesStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_matcher(new SeriesMatcher(store, this))
    , m_xMatcher(new SeriesMatcher(store, this))
    , m_chart(new QChart)
    , m_view(new ChartView(m_chart, this))
    , m_lines(new PlotLines(m_chart))
    , m_readout(new ChartReadout(this))
    , m_hover(new QLabel(m_view))
    , m_title(new QLabel(this))
{
    setObjectName(QStringLiteral("chartPanel"));
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setBackgroundRoundness(0);
    m_view->setObjectName(QStringLiteral("chartView"));
    m_view->setMinimumSize(200, 140);
    m_view->setStatusTip(tr("Drag to zoom, Shift+drag or middle button to pan, wheel to zoom, double-click to reset"));

    m_hover->setObjectName(QStringLiteral("hoverLabel"));
    m_hover->setStyleSheet(QStringLiteral("QLabel { background: palette(tooltip-base); color: palette(tooltip-text);"
                                          " border: 1px solid palette(mid); padding: 2px 4px; }"));
    m_hover->hide();
    m_hover->setAttribute(Qt::WA_TransparentForMouseEvents);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    createToolBar();
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_readout);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(true);
    layout->addWidget(splitter, 1);

    m_timer.setObjectName(QStringLiteral("replotTimer"));
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (waitForTurn(&m_timer, &m_replotWaits))
            return;
        replotWithin(qint64(ReplotBudgetMs) * 1000000);
        chartWorkDone();
    });
    m_readoutTimer.setObjectName(QStringLiteral("readoutTimer"));
    m_readoutTimer.setSingleShot(true);
    connect(&m_readoutTimer, &QTimer::timeout, this, [this] {
        if (waitForTurn(&m_readoutTimer, &m_readoutWaits))
            return;
        updateReadout();
        chartWorkDone();
    });
    m_sinceReplot.start();
    m_sinceReadout.start();

    connect(m_matcher, &SeriesMatcher::reset, this, &ChartPanel::rebuildEntries);
    connect(m_matcher, &SeriesMatcher::entriesAdded, this, &ChartPanel::addEntries);
    connect(m_xMatcher, &SeriesMatcher::reset, this, &ChartPanel::viewChanged);
    connect(m_xMatcher, &SeriesMatcher::entriesAdded, this, &ChartPanel::viewChanged);
    if (m_store)
        connect(m_store, &SeriesStore::updated, this, &ChartPanel::onStoreUpdated);
    connect(m_view, &ChartView::zoomRequested, this, &ChartPanel::zoomToPixels);
    connect(m_view, &ChartView::panRequested, this, &ChartPanel::pan);
    connect(m_view, &ChartView::wheelZoomRequested, this, &ChartPanel::wheelZoom);
    connect(m_view, &ChartView::resetRequested, this, &ChartPanel::resetZoom);
    connect(m_view, &ChartView::hovered, this, &ChartPanel::showHover);
    connect(m_view, &ChartView::left, m_hover, &QLabel::hide);
    // Decimation depends on the plot area's width only.
    connect(m_chart, &QChart::plotAreaChanged, this, [this](const QRectF &area) {
        m_lines->plotAreaChanged();
        if (qMax(1, int(area.width())) != m_columns)
            viewChanged();
    });

    setupAxes();
    updateState();
}

ChartPanel::~ChartPanel() = default;

void ChartPanel::createToolBar()
{
    auto *bar = new QHBoxLayout;
    m_toolRow = bar;
    bar->setContentsMargins(4, 2, 4, 0);
    bar->setSpacing(4);
    m_title->setObjectName(QStringLiteral("chartTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    bar->addWidget(m_title, 1);

    m_windowBox = new QComboBox(this);
    m_windowBox->setObjectName(QStringLiteral("windowBox"));
    m_windowBox->addItem(tr("1 min"), 60);
    m_windowBox->addItem(tr("10 min"), 600);
    m_windowBox->addItem(tr("1 h"), 3600);
    m_windowBox->addItem(tr("All"), 0);
    m_windowBox->setCurrentIndex(qMax(0, m_windowBox->findData(m_config.windowSeconds)));
    m_windowBox->setToolTip(tr("How much of the recent past the live chart shows"));
    connect(m_windowBox, &QComboBox::activated, this,
            [this](int index) { setWindowSeconds(m_windowBox->itemData(index).toInt()); });
    bar->addWidget(m_windowBox);

    auto button = [this, bar](const QString &name, const QString &icon, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setObjectName(name);
        b->setIcon(QIcon(icon));
        b->setToolTip(tip);
        b->setStatusTip(tip);
        b->setAutoRaise(true);
        bar->addWidget(b);
        return b;
    };
    m_pauseButton = button(QStringLiteral("pauseButton"), QStringLiteral(":/icons/pause.svg"),
                           tr("Pause the live window (recording goes on)"));
    m_pauseButton->setCheckable(true);
    m_pauseButton->setShortcut(QKeySequence(Qt::Key_Space));
    connect(m_pauseButton, &QToolButton::clicked, this, [this](bool on) { setPaused(on); });
    m_resetButton = button(QStringLiteral("resetZoomButton"), QStringLiteral(":/icons/zoom-reset.svg"),
                           tr("Reset zoom and follow the newest values"));
    connect(m_resetButton, &QToolButton::clicked, this, &ChartPanel::resetZoom);
    QToolButton *add = button(QStringLiteral("addSeriesButton"), QStringLiteral(":/icons/add-series.svg"),
                              tr("Add a series: a topic or filter and a JSON field"));
    connect(add, &QToolButton::clicked, this, &ChartPanel::addSeriesInteractive);

    QToolButton *more = button(QStringLiteral("chartMenuButton"), QStringLiteral(":/icons/export.svg"),
                               tr("Edit series and export"));
    more->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(more);
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        menu->clear();
        const QList<SeriesDefinition> defs = m_config.series;
        for (int i = 0; i < defs.size(); ++i) {
            const QString name = defs.at(i).label.isEmpty() ? defs.at(i).topic + QLatin1Char(' ') + defs.at(i).path
                                                             : defs.at(i).label;
            menu->addAction(tr("Edit “%1”…").arg(name), this, [this, i] { editSeriesInteractive(i); });
        }
        for (int i = 0; i < defs.size(); ++i) {
            QAction *remove = menu->addAction(tr("Remove “%1”").arg(defs.at(i).label.isEmpty() ? defs.at(i).path : defs.at(i).label));
            connect(remove, &QAction::triggered, this, [this, i] {
                if (i >= m_config.series.size())
                    return;
                m_config.series.removeAt(i);
                m_matcher->setDefinitions(m_config.series);
                Q_EMIT configurationChanged();
            });
        }
        if (!defs.isEmpty())
            menu->addSeparator();
        QAction *visible = menu->addAction(QIcon(QStringLiteral(":/icons/export.svg")), tr("Export CSV of the Visible Window…"),
                                           this, [this] { exportCsvInteractive(true); });
        QAction *all = menu->addAction(tr("Export CSV of All Points…"), this, [this] { exportCsvInteractive(false); });
        for (QAction *csv : {visible, all}) {
            csv->setEnabled(!m_entries.isEmpty());
            if (m_entries.isEmpty())
                csv->setToolTip(tr("No series to export yet"));
        }
        menu->setToolTipsVisible(true);
        menu->addAction(tr("Export Image (PNG, SVG)…"), this, &ChartPanel::exportImageInteractive);
    });
    more->setMenu(menu);
    static_cast<QVBoxLayout *>(layout())->addLayout(bar);
}

void ChartPanel::addToolWidget(QWidget *widget)
{
    m_toolRow->addWidget(widget);
}

void ChartPanel::setConfiguration(const ChartConfig &config)
{
    m_config = config;
    m_zoomed = false;
    m_yFixed = false;
    m_title->setText(config.title);
    m_title->setVisible(!config.title.isEmpty());
    const int index = m_windowBox->findData(config.windowSeconds);
    m_windowBox->setCurrentIndex(index >= 0 ? index : 1);
    setupAxes();
    m_xMatcher->setDefinitions(xyMode() ? QList<SeriesDefinition>{config.xSeries} : QList<SeriesDefinition>{});
    m_matcher->setDefinitions(config.series);
}

void ChartPanel::addSeries(const SeriesDefinition &definition)
{
    m_config.series.append(definition);
    m_matcher->addDefinition(definition);
    Q_EMIT configurationChanged();
}

void ChartPanel::setWindowSeconds(int seconds)
{
    if (m_config.windowSeconds == seconds)
        return;
    m_config.windowSeconds = qMax(0, seconds);
    const int index = m_windowBox->findData(m_config.windowSeconds);
    if (index >= 0)
        m_windowBox->setCurrentIndex(index);
    m_zoomed = false;
    m_yFixed = false;
    updateState();
    viewChanged();
    Q_EMIT configurationChanged();
}

void ChartPanel::setupAxes()
{
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis), delete axis;
    if (xyMode()) {
        auto *x = new QValueAxis;
        x->setLabelFormat(QStringLiteral("%.4g"));
        x->setTitleText(m_config.xSeries.label.isEmpty() ? m_config.xSeries.path : m_config.xSeries.label);
        m_xAxis = x;
    } else {
        auto *x = new QDateTimeAxis;
        x->setFormat(QStringLiteral("HH:mm:ss"));
        x->setTickCount(5);
        // Qt Charts sizes an axis by its labels once and keeps that size until the format or the
        // tick count changes; a new QDateTimeAxis spans no time, has no labels, gets no height,
        // and a later range never brings it back. So it starts with a real range.
        const QDateTime now = QDateTime::currentDateTime();
        x->setRange(now.addSecs(-60), now);
        m_xAxis = x;
    }
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    // Qt Charts elides labels it thinks do not fit, and in small panels it thinks so too often.
    m_xAxis->setTruncateLabels(false);
    for (int a = 0; a < 2; ++a) {
        m_yAxis[a] = new QValueAxis;
        m_yAxis[a]->setLabelFormat(QStringLiteral("%.4g"));
        m_yAxis[a]->setTruncateLabels(false);
        m_chart->addAxis(m_yAxis[a], a == 0 ? Qt::AlignLeft : Qt::AlignRight);
        m_yAxis[a]->setVisible(a == 0);
    }
}

QColor ChartPanel::colorFor(int entry) const
{
    const auto &e = m_matcher->entries().at(entry);
    const SeriesDefinition &def = m_matcher->definitions().at(e.definition);
    if (def.color.isValid()) {
        const int k = int(m_matcher->entriesOf(e.definition).indexOf(entry));
        return k <= 0 ? def.color : def.color.darker(100 + 30 * k);
    }
    return Palette[entry % int(std::size(Palette))];
}

QXYSeries *ChartPanel::makeSeries(const SeriesDefinition &definition, int index) const
{
    QXYSeries *series;
    if (definition.style == SeriesDefinition::Style::Points) {
        auto *scatter = new QScatterSeries;
        scatter->setMarkerSize(6);
        scatter->setBorderColor(Qt::transparent);
        series = scatter;
    } else {
        series = new QLineSeries;
        QPen pen(colorFor(index));
        pen.setWidthF(1.5);
        series->setPen(pen);
    }
    series->setColor(colorFor(index));
    series->setName(m_matcher->entries().at(index).name);
    series->setUseOpenGL(false);
    return series;
}

QString ChartPanel::unitOfAxis(int axis) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).axis == axis)
            return m_matcher->definitions().at(m_matcher->entries().at(i).definition).unit;
    }
    return {};
}

void ChartPanel::rebuildEntries()
{
    for (Entry &e : m_entries) {
        m_chart->removeSeries(e.series);
        delete e.series;
    }
    m_entries.clear();
    m_lines->setCount(0);
    m_nextEntry = 0;
    addEntries();
}

void ChartPanel::addEntries()
{
    // The next replot adds them (a wildcard can match hundreds of series at once).
    scheduleReplot();
}

void ChartPanel::createPendingEntries(const QElapsedTimer &clock, qint64 budgetNs)
{
    const int first = int(m_entries.size());
    const int total = int(m_matcher->entries().size());
    if (first >= total)
        return;
    const QList<SeriesDefinition> defs = m_matcher->definitions();
    QString units[2] = {unitOfAxis(0), unitOfAxis(1)};
    bool right = units[1].size() > 0
        || std::any_of(m_entries.cbegin(), m_entries.cend(), [](const Entry &e) { return e.axis == 1; });
    for (int i = first; i < total; ++i) {
        if (budgetNs >= 0 && i > first && clock.nsecsElapsed() > budgetNs)
            break;
        const SeriesDefinition &def = defs.at(m_matcher->entries().at(i).definition);
        Entry e;
        e.series = makeSeries(def, i);
        e.pen = e.series->pen();
        e.line = def.style != SeriesDefinition::Style::Points;
        // The first unit goes left; another unit goes right (a third shares the right axis).
        e.axis = (m_entries.isEmpty() || def.unit == units[0] || xyMode()) ? 0 : 1;
        if (m_entries.isEmpty())
            units[0] = def.unit;
        else if (e.axis == 1 && units[1].isEmpty())
            units[1] = def.unit;
        right = right || e.axis == 1;
        m_chart->addSeries(e.series);
        e.series->attachAxis(m_xAxis);
        e.series->attachAxis(m_yAxis[e.axis]);
        m_entries.append(e);
        attachMarkers(e.series);
    }
    m_lines->setCount(int(m_entries.size()));
    for (int a = 0; a < 2; ++a)
        m_yAxis[a]->setTitleText(units[a]);
    m_yAxis[1]->setVisible(right);
}

void ChartPanel::attachMarkers(QXYSeries *series)
{
    const auto markers = m_chart->legend()->markers(series);
    for (QLegendMarker *marker : markers) {
        connect(marker, &QLegendMarker::clicked, this, [this, series] {
            for (int i = 0; i < m_entries.size(); ++i) {
                if (m_entries.at(i).series == series)
                    setEntryVisible(i, m_entries.at(i).hidden);
            }
        });
    }
}

QString ChartPanel::entryName(int entry) const
{
    return entry >= 0 && entry < m_entries.size() ? m_matcher->entries().at(entry).name : QString();
}

bool ChartPanel::isEntryVisible(int entry) const
{
    return entry >= 0 && entry < m_entries.size() && !m_entries.at(entry).hidden;
}

void ChartPanel::setEntryVisible(int entry, bool visible)
{
    if (entry < 0 || entry >= m_entries.size())
        return;
    Entry &e = m_entries[entry];
    e.hidden = !visible;
    e.series->setVisible(visible);
    m_lines->setLineVisible(entry, visible);
    // Hiding a series hides its marker too: keep it, dimmed, so a click brings the series back.
    const auto markers = m_chart->legend()->markers(e.series);
    for (QLegendMarker *marker : markers) {
        marker->setVisible(true);
        QColor label = palette().color(QPalette::Text);
        label.setAlphaF(visible ? 1.0 : 0.4);
        marker->setLabelBrush(label);
        QBrush brush = marker->brush();
        QColor c = brush.color();
        c.setAlphaF(visible ? 1.0 : 0.25);
        brush.setColor(c);
        marker->setBrush(brush);
    }
    viewChanged();
}

QList<QPointF> ChartPanel::plottedPoints(int entry) const
{
    if (entry < 0 || entry >= m_entries.size())
        return {};
    return m_entries.at(entry).line ? m_lines->points(entry) : m_entries.at(entry).series->points();
}

int ChartPanel::xEntryFor(int entry) const
{
    const auto &xs = m_xMatcher->entries();
    if (xs.isEmpty())
        return -1;
    const QString topic = m_matcher->entries().at(entry).topic;
    for (int i = 0; i < xs.size(); ++i) {
        if (xs.at(i).topic == topic)
            return i;
    }
    return 0;
}

void ChartPanel::onStoreUpdated()
{
    // The ingest tick that applied the points is work in this pass too.
    chartWorkDone();
    if (m_timer.isActive())
        return;
    bool changed = m_viewDirty;
    for (int i = 0; i < m_entries.size() && !changed; ++i) {
        if (m_entries.at(i).hidden)
            continue;
        const Series *s = m_store->series(m_matcher->entries().at(i).seriesId);
        changed = s && s->revision() != m_entries.at(i).drawnRevision;
    }
    if (changed)
        scheduleReplot();
}

void ChartPanel::viewChanged()
{
    m_viewDirty = true;
    scheduleReplot();
}

void ChartPanel::scheduleReplot()
{
    if (m_timer.isActive())
        return;
    const qint64 since = m_sinceReplot.elapsed();
    m_timer.start(int(qBound<qint64>(qint64(0), MinReplotIntervalMs - since, qint64(MinReplotIntervalMs))));
}

void ChartPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    viewChanged();
}
