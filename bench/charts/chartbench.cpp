#include "chartbench.h"

#include "brokersession.h"
#include "chartpanel.h"
#include "chartview.h"
#include "dashboard.h"
#include "dashboardpage.h"
#include "seriesstore.h"
#include "stallmonitor.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineSeries>
#include <QPixmap>
#include <QTimer>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace ChartBench {

namespace {
double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double value(int s, qsizetype i)
{
    return std::sin(double(i) * 0.001 * (s + 1)) * 10 + s * 3 + double((i * 7919) % 13) * 0.1;
}
} // namespace

int redraw(int seriesCount, qsizetype points, int frames, bool undecimated)
{
    SeriesStore store;
    store.setCapacity(points + frames + 10);
    const double t0 = 1764000000000.0;
    for (int s = 0; s < seriesCount; ++s) {
        store.addSeries(quint32(s), QStringLiteral("bench/s%1").arg(s), QStringLiteral("v"));
        store.setWatched(quint32(s), true);
        std::vector<SeriesPoint> pts(static_cast<size_t>(points));
        for (qsizetype i = 0; i < points; ++i)
            pts[size_t(i)] = SeriesPoint{t0 + double(i) * 10, value(s, i)};
        store.appendPoints(quint32(s), pts.data(), qsizetype(pts.size()));
    }
    std::printf("redraw: %d series x %lld points, chart 1200x600, %d frames\n", seriesCount, static_cast<long long>(points), frames);

    ChartPanel panel(&store);
    ChartConfig config;
    config.windowSeconds = 0;
    for (int s = 0; s < seriesCount; ++s)
        config.series.append(SeriesDefinition::of(QStringLiteral("bench/s%1").arg(s), QStringLiteral("v")));
    panel.resize(1200, 700);
    panel.show();
    panel.setConfiguration(config);
    QCoreApplication::processEvents();
    std::vector<double> ms, replotMs, paintMs;
    qsizetype next = points;
    for (int f = 0; f < frames + 1; ++f) {
        for (int s = 0; s < seriesCount; ++s)
            store.appendPoint(quint32(s), t0 + double(next) * 10, value(s, next));
        ++next;
        QElapsedTimer timer;
        timer.start();
        panel.replot();
        const qint64 replotted = timer.nsecsElapsed();
        const QPixmap frame = panel.view()->grab(); // the paint a screen update costs
        if (f > 0) { // the first frame fills caches
            ms.push_back(double(timer.nsecsElapsed()) / 1e6);
            replotMs.push_back(double(replotted) / 1e6);
            paintMs.push_back(double(timer.nsecsElapsed() - replotted) / 1e6);
        }
    }
    qsizetype drawn = 0;
    for (int s = 0; s < panel.entryCount(); ++s)
        drawn += panel.plottedPoints(s).size();
    // Panning by 1% of the window per frame: every frame decimates every point afresh.
    std::vector<double> panMs;
    const QPair<double, double> all = panel.xRange();
    const double step = (all.second - all.first) / 100;
    for (int f = 0; f < frames + 1; ++f) {
        QElapsedTimer timer;
        timer.start();
        panel.zoomTo(all.first - step * f, all.second - step * f);
        panel.replot();
        const QPixmap frame = panel.view()->grab();
        if (f > 0)
            panMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("  decimated (ChartPanel):   %8.1f ms per frame (median), %lld points drawn"
                " (replot %.1f ms, paint %.1f ms)\n",
                median(ms), static_cast<long long>(drawn), median(replotMs), median(paintMs));
    std::printf("  decimated, panning:       %8.1f ms per frame (median; all points decimated again)\n", median(panMs));

    if (undecimated) {
        // Every point to Qt Charts, as a chart without decimation does.
        QChart *chart = new QChart;
        chart->setAnimationOptions(QChart::NoAnimation);
        QChartView view(chart);
        view.resize(1200, 600);
        view.show();
        auto *x = new QValueAxis;
        auto *y = new QValueAxis;
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        std::vector<QLineSeries *> lines;
        for (int s = 0; s < seriesCount; ++s) {
            auto *line = new QLineSeries;
            chart->addSeries(line);
            line->attachAxis(x);
            line->attachAxis(y);
            lines.push_back(line);
        }
        std::vector<double> raw;
        const int rawFrames = std::min(frames, 3);
        for (int f = 0; f < rawFrames + 1; ++f) {
            QElapsedTimer timer;
            timer.start();
            double lo = 1e300, hi = -1e300;
            for (int s = 0; s < seriesCount; ++s) {
                const Series *series = store.series(quint32(s));
                QList<QPointF> all;
                all.reserve(series->count());
                for (qsizetype i = 0; i < series->count(); ++i) {
                    const SeriesPoint p = series->at(i);
                    all.append(QPointF(p.time, p.value));
                    lo = std::min(lo, p.value);
                    hi = std::max(hi, p.value);
                }
                lines[size_t(s)]->replace(all);
            }
            x->setRange(t0, t0 + double(next) * 10);
            y->setRange(lo, hi);
            const QPixmap frame = view.grab();
            if (f > 0)
                raw.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        std::printf("  undecimated (all points): %8.1f ms per frame (median of %d)\n", median(raw), rawFrames);
    }
    return 0;
}

int live(const QString &host, quint16 port, qint64 count, int workerNice)
{
    IngestOptions options;
    options.workerNice = workerNice;
    BrokerSession session(options);
    Dashboard dashboard(session.pipeline());
    dashboard.resize(1600, 1000);
    dashboard.show();
    // 4 charts x 10 wildcard series on the stream's topics sensors/b<b>/r<r>/dev<d>: chart c
    // plots building c, one series per device over the rooms (each matches 10 topics).
    DashboardConfig config;
    DashboardPage page;
    page.name = QStringLiteral("bench");
    page.columns = 2;
    for (int c = 0; c < 4; ++c) {
        DashboardItem item;
        item.type = DashboardItem::Type::Chart;
        item.row = c / 2;
        item.column = c % 2;
        item.chart.windowSeconds = 60;
        for (int d = 0; d < 10; ++d)
            item.chart.series.append(SeriesDefinition::of(QStringLiteral("sensors/b%1/+/dev%2").arg(c).arg(d),
                                                          c % 2 ? QStringLiteral("humidity") : QStringLiteral("temperature")));
        page.items.append(item);
    }
    config.pages.append(page);
    dashboard.setConfiguration(config);
    // The dashboard is on screen before anyone connects: its first paint (30-50 ms: glyph
    // caches, the layout of every chart) happens here, not in the stream, where the stall
    // monitor would count it (as mqttscope-guibench does).
    {
        QEventLoop settle;
        QTimer::singleShot(500, &settle, &QEventLoop::quit);
        settle.exec();
    }

    Mqtt::ClientOptions client;
    client.host = host;
    client.port = port;
    Mqtt::Subscription all;
    all.filter = QStringLiteral("#");
    StallMonitor stalls(10);
    QString error;
    QElapsedTimer clock;
    qint64 firstNs = -1, endNs = -1;
    session.setReceiveObserver(nullptr);
    if (!session.open(ConnectionSettings::plain(client), {all}, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    clock.start();
    stalls.start();
    QTimer check;
    check.setInterval(20);
    QObject::connect(&check, &QTimer::timeout, [&] {
        const quint64 applied = session.pipeline()->stats().applied;
        if (firstNs < 0 && applied > 0)
            firstNs = clock.nsecsElapsed();
        if (qint64(applied) >= count) {
            endNs = clock.nsecsElapsed();
            QCoreApplication::quit();
        }
    });
    check.start();
    QTimer::singleShot(600000, [] { QCoreApplication::quit(); });
    QApplication::exec();
    stalls.stop();
    quint64 replots = 0;
    int entries = 0;
    for (DashboardCell *cell : dashboard.currentPage()->cells()) {
        replots += cell->chart()->replotCount();
        entries += cell->chart()->entryCount();
    }
    const IngestPipeline::Stats stats = session.pipeline()->stats();
    const double seconds = endNs > firstNs && firstNs >= 0 ? double(endNs - firstNs) / 1e9 : 0;
    std::printf("live dashboard: 4 charts, %d series drawn, %llu replots, ingest worker at nice %d\n", entries,
                static_cast<unsigned long long>(replots), workerNice);
    std::printf("  %llu messages applied in %.2f s: %.0f msg/s (from the first applied message), dropped %llu\n",
                static_cast<unsigned long long>(stats.applied), seconds, seconds > 0 ? double(stats.applied) / seconds : 0.0,
                static_cast<unsigned long long>(stats.dropped));
    std::printf("  longest GUI stall: %.1f ms\n", double(stalls.longestStallNs()) / 1e6);
    std::printf("  longest ingest tick (the pipeline applying batches on the GUI thread): %.1f ms, longest CPU time of a tick %.1f ms\n",
                double(stats.longestApplyNs) / 1e6, double(stats.longestApplyCpuNs) / 1e6);
    session.close();
    return endNs >= 0 ? 0 : 1;
}

} // namespace ChartBench
