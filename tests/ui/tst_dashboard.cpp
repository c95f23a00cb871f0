#include "chartpanel.h"
#include "chartstestsupport.h"
#include "dashboard.h"
#include "dashboardpage.h"
#include "seriesstore.h"
#include "valuetile.h"

#include <QImageReader>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>

class TestDashboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void demoDashboardShowsRooms();
    void roundTripAcrossRestart();
    void addSeriesFromExplorer();
    void addRemoveResizeRearrange();
    void tilesShowValuesAndThresholds();
    void tileOfBadPayloadsShowsNothing();
    void exportDashboardImage();

private:
    ChartsTestRig m_rig;
    double m_base = 1764000000;
};

void TestDashboard::initTestCase()
{
    QString error;
    QVERIFY2(m_rig.start(&error), qPrintable(error));
}

void TestDashboard::demoDashboardShowsRooms()
{
    // The demo's dashboard, on the demo's topics (home/<room>/sensor).
    Dashboard dashboard(m_rig.session.pipeline());
    dashboard.resize(1200, 800);
    dashboard.show();
    dashboard.setConfiguration(DashboardConfig::demo());
    QCOMPARE(dashboard.pageCount(), 1);
    DashboardPageWidget *page = dashboard.page(0);
    QList<ChartPanel *> charts;
    for (DashboardCell *cell : page->cells()) {
        if (cell->chart())
            charts.append(cell->chart());
    }
    QCOMPARE(charts.size(), 2);
    for (const QString &room : {QStringLiteral("livingroom"), QStringLiteral("kitchen")}) {
        for (int i = 0; i < 3; ++i)
            m_rig.publish(QStringLiteral("home/%1/sensor").arg(room), ChartsTestRig::seedPayload(21 + i, 40 + i, m_base + i));
    }
    for (ChartPanel *chart : charts) {
        QTRY_COMPARE_WITH_TIMEOUT(chart->entryCount(), 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(chart->plottedPoints(1).size(), 3, 10000);
    }
    QCOMPARE(charts.at(0)->entryName(0), QStringLiteral("livingroom"));
    QCOMPARE(charts.at(0)->entryName(1), QStringLiteral("kitchen"));
    QCOMPARE(charts.at(1)->plottedPoints(0).last().y(), 42.0);
}

void TestDashboard::roundTripAcrossRestart()
{
    QByteArray saved;
    DashboardConfig before;
    {
        Dashboard dashboard(m_rig.session.pipeline());
        dashboard.show();
        QSignalSpy changed(&dashboard, &Dashboard::configurationChanged);
        dashboard.addPage(QStringLiteral("Plant 工厂"));
        ChartPanel *chart = dashboard.addSeries(QStringLiteral("db/rt/+/sensor"), QStringLiteral("temperature"));
        QVERIFY(chart);
        chart->setWindowSeconds(3600);
        dashboard.addSeries(QStringLiteral("db/rt/a/sensor"), QStringLiteral("humidity"));
        DashboardItem tile;
        tile.type = DashboardItem::Type::Tile;
        tile.tile.kind = TileConfig::Kind::Gauge;
        tile.tile.source = SeriesDefinition::of(QStringLiteral("db/rt/a/sensor"), QStringLiteral("humidity"));
        tile.tile.amber = 60;
        dashboard.currentPage()->addItem(tile);
        dashboard.addPage(QStringLiteral("Second"));
        dashboard.renamePage(1, QStringLiteral("Renamed"));
        QVERIFY(changed.count() >= 5);
        before = dashboard.configuration();
        saved = QJsonDocument(before.toJson()).toJson(); // what the profile store writes
    }
    // "Tomorrow": a new dashboard from the saved JSON.
    QStringList problems;
    const DashboardConfig loaded = DashboardConfig::fromJson(QJsonDocument::fromJson(saved).object(), &problems);
    QVERIFY(problems.isEmpty());
    Dashboard dashboard(m_rig.session.pipeline());
    dashboard.show();
    QSignalSpy changed(&dashboard, &Dashboard::configurationChanged);
    dashboard.setConfiguration(loaded);
    QCOMPARE(changed.count(), 0); // loading is not a change to save
    QVERIFY(dashboard.configuration() == before);
    QCOMPARE(dashboard.tabs()->tabText(0), QStringLiteral("Plant 工厂"));
    QCOMPARE(dashboard.tabs()->tabText(1), QStringLiteral("Renamed"));
    QCOMPARE(dashboard.tabs()->currentIndex(), 1);
    ChartPanel *chart = dashboard.page(0)->firstChart();
    QCOMPARE(chart->windowSeconds(), 3600);
    QCOMPARE(chart->configuration().series.size(), 2);
    // The restored chart plots what arrives.
    m_rig.publish(QStringLiteral("db/rt/a/sensor"), ChartsTestRig::seedPayload(20, 50, m_base));
    QTRY_COMPARE_WITH_TIMEOUT(chart->entryCount(), 2, 10000);
}

void TestDashboard::addSeriesFromExplorer()
{
    Dashboard dashboard(m_rig.session.pipeline());
    dashboard.show();
    QSignalSpy status(&dashboard, &Dashboard::statusMessage);
    // No dashboard yet: one is made with a chart.
    ChartPanel *chart = dashboard.addSeries(QStringLiteral("db/ex/sensor"), QStringLiteral("temperature"));
    QVERIFY(chart);
    QCOMPARE(dashboard.pageCount(), 1);
    QCOMPARE(dashboard.addSeries(QStringLiteral("db/ex/sensor"), QStringLiteral("humidity")), chart);
    QCOMPARE(chart->configuration().series.size(), 2);
    // The same field twice is said, not added.
    dashboard.addSeries(QStringLiteral("db/ex/sensor"), QStringLiteral("humidity"));
    QCOMPARE(chart->configuration().series.size(), 2);
    QVERIFY(status.last().at(0).toString().contains(QStringLiteral("already")));
    QVERIFY(!dashboard.addSeries(QStringLiteral("db/#/x"), QStringLiteral("v")));
    QVERIFY(status.last().at(0).toString().contains(QStringLiteral("Cannot plot")));
}

void TestDashboard::addRemoveResizeRearrange()
{
    Dashboard dashboard(m_rig.session.pipeline());
    dashboard.resize(1000, 700);
    dashboard.show();
    DashboardPage p;
    p.name = QStringLiteral("Grid");
    p.columns = 3;
    DashboardConfig config;
    config.pages.append(p);
    dashboard.setConfiguration(config);
    DashboardPageWidget *page = dashboard.currentPage();
    DashboardItem tile;
    tile.type = DashboardItem::Type::Tile;
    tile.tile.source = SeriesDefinition::of(QStringLiteral("db/grid"), QString());
    DashboardCell *a = page->addItem(tile);
    DashboardCell *b = page->addItem(tile);
    DashboardCell *c = page->addItem(tile);
    DashboardCell *d = page->addItem(tile);
    QCOMPARE(a->item().column, 0);
    QCOMPARE(c->item().column, 2);
    QCOMPARE(d->item().row, 1); // wrapped
    QSignalSpy status(page, &DashboardPageWidget::statusMessage);
    // b is in the way: nothing changes, and the reason is said.
    page->applyAction(a, DashboardCell::Action::Wider);
    QCOMPARE(a->item().columnSpan, 1);
    QCOMPARE(status.size(), 1);
    page->applyAction(d, DashboardCell::Action::Wider);
    QCOMPARE(d->item().columnSpan, 2);
    // Onto an item of another size: refused; to a free place: moved; onto one of the same size: swapped.
    page->applyAction(b, DashboardCell::Action::MoveDown);
    QCOMPARE(b->item().row, 0);
    page->applyAction(c, DashboardCell::Action::MoveDown);
    QCOMPARE(c->item().row, 1);
    page->applyAction(b, DashboardCell::Action::MoveRight);
    QCOMPARE(b->item().column, 2);
    page->applyAction(a, DashboardCell::Action::MoveRight);
    QCOMPARE(a->item().column, 1);
    page->applyAction(a, DashboardCell::Action::MoveRight);
    QCOMPARE(a->item().column, 2);
    QCOMPARE(b->item().column, 1);
    QCOMPARE(b->item().row, 0);
    page->applyAction(c, DashboardCell::Action::Taller);
    QCOMPARE(c->item().rowSpan, 2);
    page->applyAction(c, DashboardCell::Action::Shorter);
    QCOMPARE(c->item().rowSpan, 1);
    page->applyAction(d, DashboardCell::Action::Remove);
    QCOMPARE(page->cells().size(), 3);
    QCOMPARE(dashboard.configuration().pages.at(0).items.size(), 3);
    dashboard.addPage();
    QCOMPARE(dashboard.pageCount(), 2);
    dashboard.removePage(1);
    QCOMPARE(dashboard.pageCount(), 1);
}

void TestDashboard::tilesShowValuesAndThresholds()
{
    ValueTile tile(m_rig.session.pipeline());
    tile.resize(200, 120);
    tile.show();
    TileConfig config;
    config.source = SeriesDefinition::of(QStringLiteral("db/tile/sensor"), QStringLiteral("temperature"));
    config.source.unit = QStringLiteral("°C");
    config.amber = 26;
    config.red = 30;
    tile.setConfiguration(config);
    QVERIFY(!tile.hasValue());
    QCOMPARE(tile.displayText(), QStringLiteral("No value yet"));
    m_rig.publish(QStringLiteral("db/tile/sensor"), ChartsTestRig::seedPayload(22.25, 40, m_base));
    QTRY_VERIFY_WITH_TIMEOUT(tile.hasValue(), 10000);
    QCOMPARE(tile.value(), 22.25);
    QCOMPARE(tile.level(), TileConfig::Level::Normal);
    m_rig.publish(QStringLiteral("db/tile/sensor"), ChartsTestRig::seedPayload(27, 40, m_base + 10));
    QTRY_COMPARE_WITH_TIMEOUT(tile.value(), 27.0, 10000);
    QCOMPARE(tile.level(), TileConfig::Level::Amber);
    QCOMPARE(tile.trend(), 1);
    m_rig.publish(QStringLiteral("db/tile/sensor"), ChartsTestRig::seedPayload(31, 40, m_base + 20));
    QTRY_COMPARE_WITH_TIMEOUT(tile.level(), TileConfig::Level::Red, 10000);
    QCOMPARE(tile.displayText(), QLocale().toString(31.0, 'f', 1));

    // A lamp on a text payload, and a text tile.
    ValueTile lamp(m_rig.session.pipeline());
    TileConfig lampConfig;
    lampConfig.kind = TileConfig::Kind::Lamp;
    lampConfig.source = SeriesDefinition::of(QStringLiteral("db/tile/light"), QString());
    lamp.setConfiguration(lampConfig);
    ValueTile text(m_rig.session.pipeline());
    TileConfig textConfig;
    textConfig.kind = TileConfig::Kind::Text;
    textConfig.source = SeriesDefinition::of(QStringLiteral("db/tile/notes"), QString());
    text.setConfiguration(textConfig);
    m_rig.publish(QStringLiteral("db/tile/light"), "on");
    m_rig.publish(QStringLiteral("db/tile/notes"), "Window open 窗户开着");
    QTRY_VERIFY_WITH_TIMEOUT(lamp.isOn(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(text.displayText(), QStringLiteral("Window open 窗户开着"), 10000);
    m_rig.publish(QStringLiteral("db/tile/light"), "off");
    QTRY_VERIFY_WITH_TIMEOUT(!lamp.isOn(), 10000);
    QCOMPARE(lamp.displayText(), QStringLiteral("Off"));
}

void TestDashboard::tileOfBadPayloadsShowsNothing()
{
    ValueTile tile(m_rig.session.pipeline());
    TileConfig config;
    config.kind = TileConfig::Kind::Gauge;
    config.source = SeriesDefinition::of(QStringLiteral("db/badtile"), QStringLiteral("v"));
    tile.setConfiguration(config);
    for (const QByteArray &payload : {QByteArray("{\"v\": NaN}"), QByteArray("{\"v\": \"12\"}"), QByteArray("{\"v\": 1e999}"),
                                      QByteArray("garbage"), QByteArray("{\"v\": 5")})
        m_rig.publish(QStringLiteral("db/badtile"), payload);
    m_rig.publish(QStringLiteral("db/badtile/done"), "1");
    QTRY_VERIFY_WITH_TIMEOUT(m_rig.session.pipeline()->series()->find(QStringLiteral("db/badtile/done"), QString()), 10000);
    m_rig.session.pipeline()->flush();
    QVERIFY(!tile.hasValue());
    tile.resize(200, 150);
    QVERIFY(!tile.grab().isNull()); // paints without a value
}

void TestDashboard::exportDashboardImage()
{
    Dashboard dashboard(m_rig.session.pipeline());
    dashboard.resize(900, 600);
    dashboard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
    dashboard.setConfiguration(DashboardConfig::demo());
    QTemporaryDir dir;
    QString error;
    const QString png = dir.filePath(QStringLiteral("dashboard.png"));
    QVERIFY2(dashboard.exportImage(png, QSize(1600, 1000), &error), qPrintable(error));
    QImageReader reader(png);
    QCOMPARE(reader.format(), QByteArray("png"));
    QCOMPARE(reader.read().size(), QSize(1600, 1000));
    const QString svg = dir.filePath(QStringLiteral("dashboard.svg"));
    QVERIFY2(dashboard.exportImage(svg, QSize(1000, 700), &error), qPrintable(error));
    QVERIFY(QFileInfo(svg).size() > 100);
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
