#include "chartpanel.h"
#include "chartstestsupport.h"
#include "chartview.h"
#include "seriesdialog.h"
#include "seriesmatcher.h"
#include "seriesstore.h"

#include <QChart>
#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QRegularExpression>
#include <QImageReader>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QXYSeries>

#include <cmath>

class TestChartPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void publishedValuesArePlotted();
    void wildcardPicksUpLaterTopic();
    void pauseStopsScrollingNotRecording();
    void zoomAndReset();
    void legendHidesSeries();
    void secondAxisForSecondUnit();
    void hoverAndReadout();
    void csvEqualsPublishedValues();
    void pngOfRequestedSize();
    void badPayloadsPlotNothing();
    void xyMode();
    void axesAreLabelled();
    void seriesDialogValidates();
    void replotsOnlyWhenSomethingChanged();
    void manyWildcardMatchesAppearInBatches();
    void hiddenSeriesAreNotReplotted();
    void readoutKeepsNamesReadable();

private:
    // Publishes seed-shaped payloads on topic at times base + i s and waits for them all.
    void publishSeed(const QString &topic, int count, double base, QList<double> *temperatures = nullptr,
                     QList<double> *humidities = nullptr);
    ChartsTestRig m_rig;
    double m_base = 1764000000; // 2025-11-24T16:00:00Z
};

void TestChartPanel::initTestCase()
{
    QString error;
    QVERIFY2(m_rig.start(&error), qPrintable(error));
}

void TestChartPanel::publishSeed(const QString &topic, int count, double base, QList<double> *temperatures,
                                 QList<double> *humidities)
{
    SeriesStore *store = m_rig.session.pipeline()->series();
    const Series *before = store->find(topic, QStringLiteral("humidity"));
    const qsizetype already = before ? before->count() : 0;
    for (int i = 0; i < count; ++i) {
        const double t = 20 + std::sin(i * 0.7) * 3 + i * 0.01;
        const double h = 45.2 + i * 0.37;
        if (temperatures)
            temperatures->append(t);
        if (humidities)
            humidities->append(h);
        m_rig.publish(topic, ChartsTestRig::seedPayload(t, h, base + i));
    }
    QTRY_VERIFY_WITH_TIMEOUT(store->find(topic, QStringLiteral("humidity"))
                                 && store->find(topic, QStringLiteral("humidity"))->count() == already + count,
                             20000);
}

// The texts Qt Charts draws between the plot area and the legend: the X axis' labels.
static QStringList labelsBelowPlot(QChart *chart)
{
    QStringList labels;
    const qreal bottom = chart->mapToScene(chart->plotArea().bottomLeft()).y();
    const auto items = chart->scene()->items(Qt::AscendingOrder);
    for (QGraphicsItem *item : items) {
        auto *text = dynamic_cast<QGraphicsTextItem *>(item);
        if (text && text->isVisible() && text->sceneBoundingRect().top() >= bottom && !text->toPlainText().isEmpty()
            && text->sceneBoundingRect().width() > 4)
            labels.append(text->toPlainText());
    }
    return labels;
}

static ChartConfig chartOf(const QString &topic, const QStringList &paths, int window = 0)
{
    ChartConfig config;
    config.windowSeconds = window;
    for (const QString &p : paths)
        config.series.append(SeriesDefinition::of(topic, p));
    return config;
}

void TestChartPanel::publishedValuesArePlotted()
{
    ChartPanel panel(m_rig.session.pipeline()->series());
    panel.resize(900, 500);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const QString topic = QStringLiteral("cp/values/livingroom/sensor");
    panel.setConfiguration(chartOf(topic, {QStringLiteral("temperature"), QStringLiteral("humidity")}));
    QList<double> temperatures, humidities;
    publishSeed(topic, 20, m_base, &temperatures, &humidities);
    QTRY_COMPARE_WITH_TIMEOUT(panel.entryCount(), 2, 10000);
    QCOMPARE(panel.entryName(0), topic + QStringLiteral(":temperature"));
    QTRY_COMPARE_WITH_TIMEOUT(panel.plottedPoints(1).size(), 20, 10000);
    const QList<QPointF> t = panel.plottedPoints(0);
    const QList<QPointF> h = panel.plottedPoints(1);
    QCOMPARE(t.size(), 20);
    for (int i = 0; i < 20; ++i) {
        QCOMPARE(t.at(i).x(), (m_base + i) * 1000.0);
        QCOMPARE(t.at(i).y(), temperatures.at(i));
        QCOMPARE(h.at(i).y(), humidities.at(i));
    }
    // "All": the X axis spans the points.
    QCOMPARE(panel.xRange().first, m_base * 1000.0);
    QCOMPARE(panel.xRange().second, (m_base + 19) * 1000.0);
}

void TestChartPanel::wildcardPicksUpLaterTopic()
{
    ChartPanel panel(m_rig.session.pipeline()->series());
    panel.resize(800, 400);
    panel.show();
    panel.setConfiguration(chartOf(QStringLiteral("cp/wild/+/sensor"), {QStringLiteral("temperature")}));
    publishSeed(QStringLiteral("cp/wild/livingroom/sensor"), 3, m_base);
    QTRY_COMPARE_WITH_TIMEOUT(panel.entryCount(), 1, 10000);
    QCOMPARE(panel.entryName(0), QStringLiteral("livingroom"));
    // A room that appears later.
    publishSeed(QStringLiteral("cp/wild/kitchen/sensor"), 4, m_base);
    QTRY_COMPARE_WITH_TIMEOUT(panel.entryCount(), 2, 10000);
    QCOMPARE(panel.entryName(1), QStringLiteral("kitchen"));
    QTRY_COMPARE_WITH_TIMEOUT(panel.plottedPoints(1).size(), 4, 10000);
    QCOMPARE(panel.chart()->series().size(), 2);
    // The legend names them by the differing level.
    QCOMPARE(panel.chart()->series().at(1)->name(), QStringLiteral("kitchen"));
}

void TestChartPanel::pauseStopsScrollingNotRecording()
{
    ChartPanel panel(m_rig.session.pipeline()->series());
    panel.resize(800, 400);
    panel.show();
    const QString topic = QStringLiteral("cp/pause/sensor");
    ChartConfig config = chartOf(topic, {QStringLiteral("temperature")}, 60);
    panel.setConfiguration(config);
    publishSeed(topic, 5, m_base);
    QTRY_COMPARE_WITH_TIMEOUT(panel.xRange().second, (m_base + 4) * 1000.0, 10000);
    QCOMPARE(panel.xRange().first, (m_base + 4 - 60) * 1000.0);
    QVERIFY(panel.isLive());

    auto *pause = panel.findChild<QToolButton *>(QStringLiteral("pauseButton"));
    QVERIFY(pause);
    pause->click();
    QVERIFY(panel.isPaused());
    const auto frozen = panel.xRange();
    publishSeed(topic, 5, m_base + 100);
    const Series *s = m_rig.session.pipeline()->series()->find(topic, QStringLiteral("temperature"));
    QCOMPARE(s->count(), 10); // recording went on
    panel.replot();
    QCOMPARE(panel.xRange(), frozen); // the window did not scroll

    pause->click(); // resume
    QVERIFY(panel.isLive());
    QTRY_COMPARE_WITH_TIMEOUT(panel.xRange().second, (m_base + 104) * 1000.0, 10000);
}

void TestChartPanel::zoomAndReset()
{
    ChartPanel panel(m_rig.session.pipeline()->series());
    panel.resize(800, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const QString topic = QStringLiteral("cp/zoom/sensor");
    panel.setConfiguration(chartOf(topic, {QStringLiteral("humidity")}));
    publishSeed(topic, 30, m_base);
    QTRY_COMPARE_WITH_TIMEOUT(panel.plottedPoints(0).size(), 30, 10000);
    const auto full = panel.xRange();
    auto *reset = panel.findChild<QToolButton *>(QStringLiteral("resetZoomButton"));
    QVERIFY(!reset->isEnabled());

    // A rubber band over the middle of the plot area.
    ChartView *view = panel.view();
    const QRectF plot = panel.chart()->plotArea();
    const QPoint from = plot.topLeft().toPoint() + QPoint(int(plot.width() * 0.25), 5);
    const QPoint to = plot.topLeft().toPoint() + QPoint(int(plot.width() * 0.75), int(plot.height()) - 5);
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(view->viewport(), to);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
    QVERIFY(panel.isZoomed());
    QVERIFY(reset->isEnabled());
    const auto zoomed = panel.xRange();
    QVERIFY(zoomed.first > full.first && zoomed.second < full.second);
    QTRY_VERIFY_WITH_TIMEOUT(panel.plottedPoints(0).size() < 30, 10000);

    // New data does not move a zoomed view.
    publishSeed(topic, 2, m_base + 30);
    panel.replot();
    QCOMPARE(panel.xRange(), zoomed);

    // Pan moves it, reset brings back the live range.
    const double before = panel.xRange().first;
    QTest::mousePress(view->viewport(), Qt::MiddleButton, {}, plot.center().toPoint());
    QTest::mouseMove(view->viewport(), plot.center().toPoint() + QPoint(50, 0));
    QTest::mouseRelease(view->viewport(), Qt::MiddleButton, {}, plot.center().toPoint() + QPoint(50, 0));
    QVERIFY(panel.xRange().first < before);
    reset->click();
    QVERIFY(!panel.isZoomed());
    QTRY_COMPARE_WITH_TIMEOUT(panel.xRange().second, (m_base + 31) * 1000.0, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(panel.plottedPoints(0).size(), 32, 10000);
}

void TestChartPanel::legendHidesSeries()
{
    ChartPanel panel(m_rig.session.pipeline()->series());
    panel.resize(800, 400);
    panel.show();
    const QString topic = QStringLiteral("cp/legend/sensor");
    panel.setConfiguration(chartOf(topic, {QStringLiteral("temperature"), QStringLiteral("humidity")}));
    publishSeed(topic, 3, m_base);
    QTRY_COMPARE_WITH_TIMEOUT(panel.entryCount(), 2, 10000);
    const auto markers = panel.chart()->legend()->markers(panel.chart()->series().at(0));
    QCOMPARE(markers.size(), 1);
    // QLegend hides its markers' parent item when a series is added until its layout has run
    // (a posted LayoutRequest), and QGraphicsItem::isVisible() includes the parents: wait for it.
    QTRY_VERIFY(markers.first()->isVisible());
    Q_EMIT markers.first()->clicked();
    QVERIFY(!panel.isEntryVisible(0));
    QVERIFY(!panel.chart()->series().at(0)->isVisible());
    QVERIFY(markers.first()->isVisible()); // still there to bring it back
    Q_EMIT markers.first()->clicked();
    QVERIFY(panel.isEntryVisible(0));
}

void TestChartPanel::secondAxisForSecondUnit()
{
    ChartPanel panel(m_rig.session.pipeline()->series());
    panel.resize(800, 400);
    panel.show();
    const QString topic = QStringLiteral("cp/axes/sensor");
    ChartConfig config = chartOf(topic, {QStringLiteral("temperature"), QStringLiteral("humidity")});
    config.series[0].unit = QStringLiteral("°C");
    config.series[1].unit = QStringLiteral("%");
    panel.setConfiguration(config);
    publishSeed(topic, 3, m_base);
    QTRY_COMPARE_WITH_TIMEOUT(panel.entryCount(), 2, 10000);
    const auto left = panel.chart()->axes(Qt::Vertical, panel.chart()->series().at(0));
    const auto right = panel.chart()->axes(Qt::Vertical, panel.chart()->series().at(1));
    QCOMPARE(left.size(), 1);
    QCOMPARE(right.size(), 1);
    QVERIFY(left.first() != right.first());
    QCOMPARE(left.first()->alignment(), Qt::AlignLeft);
    QCOMPARE(right.first()->alignment(), Qt::AlignRight);
    QCOMPARE(right.first()->titleText(), QStringLiteral("%"));
}

void TestChartPanel::hoverAndReadout()
{
    ChartPanel panel(m_rig.session.pipeline()->series());
    panel.resize(800, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const QString topic = QStringLiteral("cp/hover/sensor");
    ChartConfig config = chartOf(topic, {QStringLiteral("temperature")});
    config.series[0].unit = QStringLiteral("°C");
    panel.setConfiguration(config);
    QList<double> temperatures;
    publishSeed(topic, 10, m_base, &temperatures);
    QTRY_COMPARE_WITH_TIMEOUT(panel.plottedPoints(0).size(), 10, 10000);
    const SeriesMath::Stats st = panel.entryStats(0);
    QCOMPARE(st.count, 10);
    QCOMPARE(st.last, temperatures.last());
    QCOMPARE(st.min, *std::min_element(temperatures.begin(), temperatures.end()));
    QCOMPARE(st.max, *std::max_element(temperatures.begin(), temperatures.end()));
    // Hovering over the 5th point shows its time and value.
    const QPointF p = panel.chart()->mapToPosition(panel.plottedPoints(0).at(4), panel.chart()->series().at(0));
    const QString text = panel.hoverTextAt(p);
    QVERIFY2(text.contains(QLocale().toString(temperatures.at(4), 'g', 6)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("°C")), qPrintable(text));
    QVERIFY(panel.hoverTextAt(QPointF(-100, -100)).isEmpty());
    auto *readout = panel.findChild<QTreeWidget *>(QStringLiteral("chartReadout"));
    QVERIFY(readout);
    QTRY_COMPARE_WITH_TIMEOUT(readout->topLevelItemCount(), 1, 5000);
}

void TestChartPanel::csvEqualsPublishedValues()
{
    ChartPanel panel(m_rig.session.pipeline()->series());
    panel.resize(800, 400);
    panel.show();
    const QString topic = QStringLiteral("cp/csv/sensor");
    panel.setConfiguration(chartOf(topic, {QStringLiteral("temperature"), QStringLiteral("humidity")}));
    QList<double> temperatures, humidities;
    publishSeed(topic, 12, m_base, &temperatures, &humidities);
    QTRY_COMPARE_WITH_TIMEOUT(panel.plottedPoints(1).size(), 12, 10000);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("chart.csv"));
    QString error;
    QVERIFY2(panel.exportCsv(file, false, &error), qPrintable(error));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 13);
    QCOMPARE(lines.at(0), QByteArray("time,") + topic.toUtf8() + ":temperature," + topic.toUtf8() + ":humidity");
    for (int i = 0; i < 12; ++i) {
        const QList<QByteArray> cells = lines.at(i + 1).split(',');
        QCOMPARE(cells.size(), 3);
        QCOMPARE(QDateTime::fromString(QString::fromLatin1(cells.at(0)), Qt::ISODateWithMs).toMSecsSinceEpoch(),
                 qint64((m_base + i) * 1000));
        QCOMPARE(cells.at(1).toDouble(), temperatures.at(i));
        QCOMPARE(cells.at(2).toDouble(), humidities.at(i));
    }
    // The visible window only: zoomed on the middle.
    panel.zoomTo((m_base + 3) * 1000, (m_base + 5) * 1000);
    QVERIFY(panel.exportCsv(file, true, &error));
    QVERIFY(f.seek(0));
    f.close();
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll().trimmed().split('\n').size(), 4);
    QVERIFY(!panel.exportCsv(dir.filePath(QStringLiteral("missing/dir/x.csv")), false, &error));
    QVERIFY(error.contains(QStringLiteral("missing")));
}

void TestChartPanel::pngOfRequestedSize()
{
    ChartPanel panel(m_rig.session.pipeline()->series());
    panel.resize(600, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const QString topic = QStringLiteral("cp/png/sensor");
    panel.setConfiguration(chartOf(topic, {QStringLiteral("temperature")}));
    publishSeed(topic, 5, m_base);
    QTRY_COMPARE_WITH_TIMEOUT(panel.plottedPoints(0).size(), 5, 10000);
    QTemporaryDir dir;
    QString error;
    const QString png = dir.filePath(QStringLiteral("chart.png"));
    QVERIFY2(panel.exportImage(png, QSize(1234, 567), &error), qPrintable(error));
    QImageReader reader(png);
    QCOMPARE(reader.format(), QByteArray("png"));
    const QImage image = reader.read();
    QCOMPARE(image.size(), QSize(1234, 567));
    // Not a blank picture.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY(colours.size() > 3);
    // The widget keeps its own size.
    QCOMPARE(panel.size(), QSize(600, 300));
    const QString svg = dir.filePath(QStringLiteral("chart.svg"));
    QVERIFY2(panel.exportImage(svg, QSize(800, 400), &error), qPrintable(error));
    QFile f(svg);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("<svg"));
    QVERIFY(!panel.exportImage(png, QSize(0, 10), &error));
    QVERIFY(!error.isEmpty());
}

void TestChartPanel::badPayloadsPlotNothing()
{
    ChartPanel panel(m_rig.session.pipeline()->series());
    panel.resize(800, 400);
    panel.show();
    const QString topic = QStringLiteral("cp/bad/sensor");
    panel.setConfiguration(chartOf(topic, {QStringLiteral("temperature"), QStringLiteral("values[2]"), QStringLiteral("on")}));
    const QList<QByteArray> bad = {
        "not json", "{\"temperature\": NaN}", "{\"temperature\": Infinity}", "{\"temperature\": -Infinity}",
        "{\"temperature\": 1e999}", "{\"temperature\": \"hot\"}", "{\"temperature\": null}", "{\"temperature\": [}",
        "{\"temperature\": 21.5", QByteArray(4096, '\xff'), "{\"temperature\": {\"nested\": 1}}", "",
    };
    for (const QByteArray &payload : bad)
        m_rig.publish(topic, payload);
    // A huge array: the extractor keeps at most MaxLeavesPerPayload leaves of it.
    QByteArray huge = "{\"temperature\": 19.5, \"on\": true, \"values\": [";
    for (int i = 0; i < 200000; ++i)
        huge += QByteArray::number(i) + ',';
    huge += "0], \"timestamp\": " + QByteArray::number(m_base, 'f', 0) + "}";
    m_rig.publish(topic, huge);
    m_rig.publish(topic, "{\"temperature\": 20.5, \"values\": [1, 2, 3.5], \"on\": false, \"timestamp\": "
                             + QByteArray::number(m_base + 1, 'f', 0) + "}");
    SeriesStore *store = m_rig.session.pipeline()->series();
    QTRY_VERIFY_WITH_TIMEOUT(store->find(topic, QStringLiteral("on")) && store->find(topic, QStringLiteral("on"))->count() == 2,
                             20000);
    QTRY_COMPARE_WITH_TIMEOUT(panel.entryCount(), 3, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(panel.plottedPoints(2).size(), 2, 10000);
    // Only the two good payloads' values; booleans as 1 and 0; the array element by index.
    // (Entries come in the order the series were discovered.)
    auto points = [&](const QString &path) {
        for (int i = 0; i < panel.entryCount(); ++i) {
            if (panel.entryName(i) == topic + QLatin1Char(':') + path)
                return panel.plottedPoints(i);
        }
        return QList<QPointF>();
    };
    QCOMPARE(points(QStringLiteral("temperature")), (QList<QPointF>{{m_base * 1000, 19.5}, {(m_base + 1) * 1000, 20.5}}));
    QCOMPARE(points(QStringLiteral("values[2]")), (QList<QPointF>{{m_base * 1000, 2}, {(m_base + 1) * 1000, 3.5}}));
    QCOMPARE(points(QStringLiteral("on")), (QList<QPointF>{{m_base * 1000, 1}, {(m_base + 1) * 1000, 0}}));
    for (int i = 0; i < 3; ++i) {
        for (const QPointF &p : panel.plottedPoints(i))
            QVERIFY(std::isfinite(p.x()) && std::isfinite(p.y()));
    }
}

void TestChartPanel::xyMode()
{
    ChartPanel panel(m_rig.session.pipeline()->series());
    panel.resize(800, 400);
    panel.show();
    const QString topic = QStringLiteral("cp/xy/sensor");
    ChartConfig config = chartOf(topic, {QStringLiteral("humidity")});
    config.mode = ChartConfig::Mode::XY;
    config.xSeries = SeriesDefinition::of(topic, QStringLiteral("temperature"));
    panel.setConfiguration(config);
    QList<double> temperatures, humidities;
    publishSeed(topic, 8, m_base, &temperatures, &humidities);
    QTRY_COMPARE_WITH_TIMEOUT(panel.plottedPoints(0).size(), 8, 10000);
    for (int i = 0; i < 8; ++i)
        QCOMPARE(panel.plottedPoints(0).at(i), QPointF(temperatures.at(i), humidities.at(i)));
}

void TestChartPanel::axesAreLabelled()
{
    // Qt Charts keeps an axis without labels (and without height) for good once it was laid out
    // with an empty range; the panel must never let that happen.
    const QRegularExpression time(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d$"));
    ChartPanel panel(m_rig.session.pipeline()->series());
    panel.resize(800, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const QString topic = QStringLiteral("cp/labels/sensor");
    panel.setConfiguration(chartOf(topic, {QStringLiteral("temperature")}));
    publishSeed(topic, 10, m_base);
    QTRY_COMPARE_WITH_TIMEOUT(panel.plottedPoints(0).size(), 10, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(labelsBelowPlot(panel.chart()).filter(time).size() >= 3, 5000);
    // Ticks span the plot's width: the last label reaches past the right end of the plot area,
    // which the layout makes room for.
    QVERIFY(panel.chart()->plotArea().right() < panel.chart()->size().width() - 8);

    // A zoom keeps them.
    panel.zoomTo((m_base + 2) * 1000.0, (m_base + 5) * 1000.0);
    QTRY_VERIFY_WITH_TIMEOUT(labelsBelowPlot(panel.chart()).filter(time).size() >= 3, 5000);

    // X-Y mode: the value axis of the other field (the zoom into time is gone with the mode).
    ChartConfig xy = chartOf(topic, {QStringLiteral("humidity")});
    xy.mode = ChartConfig::Mode::XY;
    xy.xSeries = SeriesDefinition::of(topic, QStringLiteral("temperature"));
    panel.setConfiguration(xy);
    QTRY_COMPARE_WITH_TIMEOUT(panel.plottedPoints(0).size(), 10, 10000);
    const QRegularExpression number(QStringLiteral("^-?\\d+(\\.\\d+)?$"));
    QTRY_VERIFY_WITH_TIMEOUT(labelsBelowPlot(panel.chart()).filter(number).size() >= 3, 5000);
}

void TestChartPanel::seriesDialogValidates()
{
    SeriesDialog dialog(m_rig.session.pipeline()->series());
    auto *topic = dialog.findChild<QLineEdit *>(QStringLiteral("topicEdit"));
    auto *path = dialog.findChild<QComboBox *>(QStringLiteral("pathEdit"));
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("problemLabel"));
    QVERIFY(topic && path && buttons && problem);
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    topic->setText(QStringLiteral("cp/#/bad"));
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(!problem->text().isEmpty());
    topic->setText(QStringLiteral("cp/values/+/sensor"));
    QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    // The fields seen on matching topics are offered.
    QVERIFY(path->findText(QStringLiteral("temperature")) >= 0);
    path->setCurrentText(QStringLiteral("temperature"));
    const SeriesDefinition d = dialog.definition();
    QCOMPARE(d.topic, QStringLiteral("cp/values/+/sensor"));
    QCOMPARE(d.path, QStringLiteral("temperature"));
}

void TestChartPanel::replotsOnlyWhenSomethingChanged()
{
    ChartPanel panel(m_rig.session.pipeline()->series());
    panel.resize(800, 400);
    panel.show();
    const QString topic = QStringLiteral("cp/idle/sensor");
    panel.setConfiguration(chartOf(topic, {QStringLiteral("temperature")}));
    publishSeed(topic, 3, m_base);
    QTRY_COMPARE_WITH_TIMEOUT(panel.plottedPoints(0).size(), 3, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isReplotPending(), 10000);
    const quint64 frames = panel.replotCount();
    // Traffic on other topics (other series) does not redraw this chart.
    publishSeed(QStringLiteral("cp/idle/other"), 5, m_base);
    panel.replot();
    QCOMPARE(panel.replotCount(), frames);
    publishSeed(topic, 1, m_base + 3);
    QTRY_COMPARE_WITH_TIMEOUT(panel.plottedPoints(0).size(), 4, 10000);
    QVERIFY(panel.replotCount() > frames);
}

void TestChartPanel::manyWildcardMatchesAppearInBatches()
{
    ChartPanel panel(m_rig.session.pipeline()->series());
    panel.resize(800, 400);
    panel.show();
    panel.setConfiguration(chartOf(QStringLiteral("cp/many/+/sensor"), {QStringLiteral("temperature")}));
    // 40 rooms at once: the chart adds them over its next replots, each with its own values.
    const int rooms = 40;
    auto topicOf = [](int r) { return QStringLiteral("cp/many/r%1/sensor").arg(r, 2, 10, QLatin1Char('0')); };
    for (int i = 0; i < 2; ++i) {
        for (int r = 0; r < rooms; ++r)
            m_rig.publish(topicOf(r), ChartsTestRig::seedPayload(10 + r + i * 0.5, 50, m_base + i));
    }
    SeriesStore *store = m_rig.session.pipeline()->series();
    for (int r = 0; r < rooms; ++r) {
        QTRY_VERIFY_WITH_TIMEOUT(store->find(topicOf(r), QStringLiteral("temperature"))
                                     && store->find(topicOf(r), QStringLiteral("temperature"))->count() == 2,
                                 20000);
    }
    QTRY_COMPARE_WITH_TIMEOUT(int(panel.matcher()->entries().size()), rooms, 10000);
    // replot() adds whatever is still pending at once.
    panel.replot();
    QCOMPARE(panel.entryCount(), rooms);
    QCOMPARE(panel.chart()->series().size(), rooms);
    QCOMPARE(panel.chart()->legend()->markers().size(), rooms);
    for (int i = 0; i < rooms; ++i) {
        const int r = panel.entryName(i).mid(1).toInt();
        QCOMPARE(panel.entryName(i), QStringLiteral("r%1").arg(r, 2, 10, QLatin1Char('0')));
        QCOMPARE(panel.chart()->series().at(i)->name(), panel.entryName(i));
        QCOMPARE(panel.plottedPoints(i),
                 (QList<QPointF>{{m_base * 1000, 10.0 + r}, {(m_base + 1) * 1000, 10.0 + r + 0.5}}));
    }
}

void TestChartPanel::hiddenSeriesAreNotReplotted()
{
    ChartPanel panel(m_rig.session.pipeline()->series());
    panel.resize(800, 400);
    panel.show();
    const QString topic = QStringLiteral("cp/hidden/sensor");
    panel.setConfiguration(chartOf(topic, {QStringLiteral("temperature"), QStringLiteral("humidity")}));
    publishSeed(topic, 3, m_base);
    QTRY_COMPARE_WITH_TIMEOUT(panel.plottedPoints(0).size(), 3, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(panel.plottedPoints(1).size(), 3, 10000);
    panel.setEntryVisible(0, false);
    publishSeed(topic, 2, m_base + 3);
    QTRY_COMPARE_WITH_TIMEOUT(panel.plottedPoints(1).size(), 5, 10000);
    panel.replot();
    QCOMPARE(panel.plottedPoints(0).size(), 3); // hidden: left as it was
    // Shown again, it is brought up to date.
    panel.setEntryVisible(0, true);
    QTRY_COMPARE_WITH_TIMEOUT(panel.plottedPoints(0).size(), 5, 10000);
}

void TestChartPanel::readoutKeepsNamesReadable()
{
    ChartPanel panel(m_rig.session.pipeline()->series());
    panel.resize(240, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const QString room = QStringLiteral("a-room-with-a-long-name");
    panel.setConfiguration(chartOf(QStringLiteral("cp/narrow/+/sensor"), {QStringLiteral("temperature")}));
    publishSeed(QStringLiteral("cp/narrow/%1/sensor").arg(room), 3, m_base);
    auto *readout = panel.findChild<QTreeWidget *>(QStringLiteral("chartReadout"));
    QVERIFY(readout);
    QTRY_COMPARE_WITH_TIMEOUT(readout->topLevelItemCount(), 1, 10000);
    QCOMPARE(readout->topLevelItem(0)->text(0), room);
    QCOMPARE(readout->topLevelItem(0)->toolTip(0), room);
    // Narrow: the name keeps room for about 16 characters (the table scrolls sideways).
    const int sixteen = readout->fontMetrics().averageCharWidth() * 16;
    QTRY_VERIFY_WITH_TIMEOUT(readout->header()->sectionSize(0) >= sixteen, 5000);
    // Wide: the name column takes what the numbers leave.
    panel.resize(1400, 400);
    QTRY_VERIFY_WITH_TIMEOUT(readout->header()->sectionSize(0) > readout->fontMetrics().horizontalAdvance(room), 5000);
}

QTEST_MAIN(TestChartPanel)
#include "tst_chartpanel.moc"
