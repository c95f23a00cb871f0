#include "dashboardconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class TestDashboardConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void demoDashboard();
    void emptyAndMissing();
    void newerVersion();
    void badItemsAreSkippedWithReasons();
    void thresholds();
};

void TestDashboardConfig::thresholds()
{
    TileConfig t;
    QCOMPARE(t.levelOf(1e9), TileConfig::Level::Normal);
    t.amber = 26;
    t.red = 30;
    QCOMPARE(t.levelOf(25.9), TileConfig::Level::Normal);
    QCOMPARE(t.levelOf(26), TileConfig::Level::Amber);
    QCOMPARE(t.levelOf(31), TileConfig::Level::Red);
    QCOMPARE(t.levelOf(qQNaN()), TileConfig::Level::Normal);
    t.amber = 30; // falling: a battery
    t.red = 15;
    QCOMPARE(t.levelOf(50), TileConfig::Level::Normal);
    QCOMPARE(t.levelOf(20), TileConfig::Level::Amber);
    QCOMPARE(t.levelOf(15), TileConfig::Level::Red);
    t.red = qQNaN();
    QCOMPARE(t.levelOf(31), TileConfig::Level::Amber);
    QVERIFY(TileConfig::isOn(QStringLiteral(" ON\n")));
    QVERIFY(TileConfig::isOn(QStringLiteral("true")));
    QVERIFY(!TileConfig::isOn(QStringLiteral("off")));
    QVERIFY(!TileConfig::isOn(QStringLiteral("0")));
}

static DashboardConfig sample()
{
    DashboardConfig config = DashboardConfig::demo();
    DashboardPage second;
    second.name = QStringLiteral("Garage 车库");
    second.columns = 3;
    DashboardItem xy;
    xy.type = DashboardItem::Type::Chart;
    xy.row = 2;
    xy.column = 1;
    xy.rowSpan = 2;
    xy.chart.mode = ChartConfig::Mode::XY;
    xy.chart.windowSeconds = 0;
    xy.chart.xSeries = SeriesDefinition::of(QStringLiteral("home/+/sensor"), QStringLiteral("temperature"));
    SeriesDefinition y = SeriesDefinition::of(QStringLiteral("home/+/sensor"), QStringLiteral("humidity"));
    y.style = SeriesDefinition::Style::Points;
    xy.chart.series.append(y);
    second.items.append(xy);
    DashboardItem battery;
    battery.type = DashboardItem::Type::Tile;
    battery.tile.kind = TileConfig::Kind::Number;
    battery.tile.source = SeriesDefinition::of(QStringLiteral("home/garage/status"), QStringLiteral("battery"));
    battery.tile.amber = 30;
    battery.tile.red = 15;
    battery.tile.decimals = 0;
    second.items.append(battery);
    config.pages.append(second);
    config.currentPage = 1;
    return config;
}

void TestDashboardConfig::roundTrip()
{
    const DashboardConfig config = sample();
    const QByteArray text = QJsonDocument(config.toJson()).toJson();
    QStringList problems;
    const DashboardConfig back = DashboardConfig::fromJson(QJsonDocument::fromJson(text).object(), &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(back.pages.size(), 2);
    QCOMPARE(back.pages.at(1).items.at(0).chart.mode, ChartConfig::Mode::XY);
    QVERIFY(std::isnan(back.pages.at(0).items.at(2).tile.amber));
    QCOMPARE(back.pages.at(1).items.at(1).tile.red, 15.0);
    QVERIFY(back == config);
}

void TestDashboardConfig::demoDashboard()
{
    const DashboardConfig demo = DashboardConfig::demo();
    QCOMPARE(demo.pages.size(), 1);
    int charts = 0;
    QStringList paths;
    for (const DashboardItem &item : demo.pages.at(0).items) {
        if (item.type != DashboardItem::Type::Chart)
            continue;
        ++charts;
        QCOMPARE(item.chart.series.size(), 1);
        QCOMPARE(item.chart.series.at(0).topic, QStringLiteral("home/+/sensor"));
        paths << item.chart.series.at(0).path;
    }
    QCOMPARE(charts, 2);
    QCOMPARE(paths, (QStringList{QStringLiteral("temperature"), QStringLiteral("humidity")}));
}

void TestDashboardConfig::emptyAndMissing()
{
    QStringList problems;
    QVERIFY(DashboardConfig::fromJson(QJsonValue(), &problems).isEmpty());
    QVERIFY(problems.isEmpty());
    QVERIFY(DashboardConfig::fromJson(QJsonValue(42), &problems).isEmpty());
    QCOMPARE(problems.size(), 1);
    problems.clear();
    QVERIFY(DashboardConfig::fromJson(QJsonObject{{QStringLiteral("dashboards"), QJsonArray()}}, &problems).isEmpty());
    QVERIFY(problems.at(0).contains(QStringLiteral("version")));
}

void TestDashboardConfig::newerVersion()
{
    QJsonObject json = sample().toJson();
    json.insert(QStringLiteral("version"), DashboardConfig::Version + 1);
    QStringList problems;
    QVERIFY(DashboardConfig::fromJson(json, &problems).isEmpty());
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.at(0).contains(QStringLiteral("newer")), qPrintable(problems.at(0)));
}

void TestDashboardConfig::badItemsAreSkippedWithReasons()
{
    const QByteArray text = R"({"version":1,"current":99,"dashboards":[
        "not a page",
        {"name":"Home","columns":99,"items":[
            {"type":"chart","title":"ok","series":[{"topic":"a","path":"x"},{"topic":"a/#/b"},{"path":"no topic"}],
             "row":-5,"column":1e9,"rowSpan":"wide"},
            {"type":"tile","kind":"dial","source":{"topic":"a"}},
            {"type":"tile","kind":"gauge","source":{"topic":"a"},"min":10,"max":5,"amber":"high"},
            {"type":"tile","kind":"number"},
            {"type":"chart","mode":"polar"},
            {"type":"chart","mode":"xy","series":[]},
            {"type":"sparkline"},
            7
        ]}]})";
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    QVERIFY2(!doc.isNull(), qPrintable(parseError.errorString()));
    QStringList problems;
    const DashboardConfig config = DashboardConfig::fromJson(doc.object(), &problems);
    QCOMPARE(config.pages.size(), 1);
    const DashboardPage &page = config.pages.at(0);
    QCOMPARE(page.columns, DashboardConfig::MaxColumns);
    QCOMPARE(page.items.size(), 2);
    const DashboardItem &chart = page.items.at(0);
    QCOMPARE(chart.chart.series.size(), 1);
    QCOMPARE(chart.row, 0);
    QCOMPARE(chart.column, DashboardConfig::MaxColumns - 1);
    QCOMPARE(chart.rowSpan, 1);
    const DashboardItem &gauge = page.items.at(1);
    QVERIFY(gauge.tile.maximum > gauge.tile.minimum);
    QVERIFY(std::isnan(gauge.tile.amber));
    QCOMPARE(config.currentPage, 0);
    const QString all = problems.join(QLatin1Char('\n'));
    QCOMPARE(problems.size(), 9);
    QVERIFY2(all.contains(QStringLiteral("dial")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("polar")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("sparkline")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Dashboard 1 is not")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("item 1, series 2")), qPrintable(all));
}

QTEST_GUILESS_MAIN(TestDashboardConfig)
#include "tst_dashboardconfig.moc"
