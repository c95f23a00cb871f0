#include "seriesdefinition.h"
#include "seriesmatcher.h"
#include "seriesstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

class TestSeriesDefinition : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matching_data();
    void matching();
    void names();
    void jsonRoundTrip();
    void badJson_data();
    void badJson();
    void matcherResolvesExistingAndLaterSeries();
    void matcherRedefinition();
};

void TestSeriesDefinition::matching_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QString>("leaf");
    QTest::addColumn<bool>("matches");
    QTest::newRow("exact") << "home/livingroom/sensor" << "temperature" << "home/livingroom/sensor" << "temperature" << true;
    QTest::newRow("other path") << "home/livingroom/sensor" << "temperature" << "home/livingroom/sensor" << "humidity" << false;
    QTest::newRow("plus") << "home/+/sensor" << "temperature" << "home/kitchen/sensor" << "temperature" << true;
    QTest::newRow("plus other level") << "home/+/sensor" << "temperature" << "home/kitchen/status" << "temperature" << false;
    QTest::newRow("hash") << "home/#" << "x" << "home/a/b/c" << "x" << true;
    QTest::newRow("plain payload") << "power" << "" << "power" << "" << true;
    QTest::newRow("array index") << "dev/1" << "values[3]" << "dev/1" << "values[3]" << true;
}

void TestSeriesDefinition::matching()
{
    QFETCH(QString, filter);
    QFETCH(QString, path);
    QFETCH(QString, topic);
    QFETCH(QString, leaf);
    QFETCH(bool, matches);
    QCOMPARE(SeriesDefinition::of(filter, path).matches(topic, leaf), matches);
}

void TestSeriesDefinition::names()
{
    SeriesDefinition d = SeriesDefinition::of(QStringLiteral("home/+/sensor"), QStringLiteral("temperature"));
    QVERIFY(d.isWildcard());
    QCOMPARE(d.displayName(QStringLiteral("home/kitchen/sensor")), QStringLiteral("kitchen"));
    d.topic = QStringLiteral("site/+/+/#");
    QCOMPARE(d.displayName(QStringLiteral("site/a/b/c/d")), QStringLiteral("a/b/c/d"));
    d.topic = QStringLiteral("home/+/sensor");
    d.label = QStringLiteral("T");
    QCOMPARE(d.displayName(QStringLiteral("home/kitchen/sensor")), QStringLiteral("T (kitchen)"));
    SeriesDefinition plain = SeriesDefinition::of(QStringLiteral("home/kitchen/sensor"), QStringLiteral("humidity"));
    QVERIFY(!plain.isWildcard());
    QCOMPARE(plain.displayName(plain.topic), QStringLiteral("home/kitchen/sensor:humidity"));
    plain.label = QStringLiteral("Kitchen humidity");
    QCOMPARE(plain.displayName(plain.topic), QStringLiteral("Kitchen humidity"));
    plain.scale = 9.0 / 5.0;
    plain.offset = 32;
    QCOMPARE(plain.apply(100), 212.0);
}

void TestSeriesDefinition::jsonRoundTrip()
{
    SeriesDefinition d = SeriesDefinition::of(QStringLiteral("home/+/sensor"), QStringLiteral("values[3]"));
    QString error;
    QCOMPARE(SeriesDefinition::fromJson(d.toJson(), &error).value(), d);
    d.label = QStringLiteral("温度");
    d.unit = QStringLiteral("°F");
    d.scale = 1.8;
    d.offset = 32;
    d.color = QColor(QStringLiteral("#1f77b4"));
    d.style = SeriesDefinition::Style::Steps;
    const QByteArray text = QJsonDocument(d.toJson()).toJson();
    const auto back = SeriesDefinition::fromJson(QJsonDocument::fromJson(text).object(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, d);
}

void TestSeriesDefinition::badJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("why");
    QTest::newRow("array") << QByteArray("[1]") << "object";
    QTest::newRow("no topic") << QByteArray(R"({"path":"a"})") << "empty";
    QTest::newRow("bad filter") << QByteArray(R"({"topic":"a/#/b"})") << "filter";
    QTest::newRow("topic number") << QByteArray(R"({"topic":5})") << "text";
    QTest::newRow("scale text") << QByteArray(R"({"topic":"a","scale":"x"})") << "scale";
    QTest::newRow("scale zero") << QByteArray(R"({"topic":"a","scale":0})") << "scale";
    QTest::newRow("colour") << QByteArray(R"({"topic":"a","color":"notacolour"})") << "colour";
    QTest::newRow("style") << QByteArray(R"({"topic":"a","style":"bars"})") << "bars";
}

void TestSeriesDefinition::badJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, why);
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    const QJsonValue value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    QString error;
    QVERIFY(!SeriesDefinition::fromJson(value, &error));
    QVERIFY2(error.contains(why), qPrintable(error));
}

void TestSeriesDefinition::matcherResolvesExistingAndLaterSeries()
{
    SeriesStore store;
    store.addSeries(0, QStringLiteral("home/livingroom/sensor"), QStringLiteral("temperature"));
    store.addSeries(1, QStringLiteral("home/livingroom/sensor"), QStringLiteral("humidity"));
    SeriesMatcher matcher(&store);
    QSignalSpy added(&matcher, &SeriesMatcher::entriesAdded);
    matcher.setDefinitions({SeriesDefinition::of(QStringLiteral("home/+/sensor"), QStringLiteral("temperature"))});
    QCOMPARE(matcher.entries().size(), 1);
    QCOMPARE(matcher.entries().at(0).seriesId, 0u);
    QCOMPARE(matcher.entries().at(0).name, QStringLiteral("livingroom"));
    QVERIFY(store.isWatched(0));
    QVERIFY(!store.isWatched(1));

    // A topic that appears later joins the wildcard.
    store.addSeries(2, QStringLiteral("home/kitchen/sensor"), QStringLiteral("humidity"));
    store.addSeries(3, QStringLiteral("home/kitchen/sensor"), QStringLiteral("temperature"));
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.at(0).at(0).toInt(), 1);
    QCOMPARE(matcher.entries().size(), 2);
    QCOMPARE(matcher.entries().at(1).name, QStringLiteral("kitchen"));
    QCOMPARE(matcher.entries().at(1).seriesId, 3u);
}

void TestSeriesDefinition::matcherRedefinition()
{
    SeriesStore store;
    store.addSeries(0, QStringLiteral("a"), QString());
    store.addSeries(1, QStringLiteral("b"), QStringLiteral("x"));
    SeriesMatcher matcher(&store);
    QSignalSpy reset(&matcher, &SeriesMatcher::reset);
    matcher.addDefinition(SeriesDefinition::of(QStringLiteral("a"), QString()));
    matcher.addDefinition(SeriesDefinition::of(QStringLiteral("b"), QStringLiteral("x")));
    QCOMPARE(matcher.entries().size(), 2);
    QCOMPARE(matcher.entriesOf(1), QList<int>{1});
    matcher.removeDefinition(0);
    QCOMPARE(reset.size(), 3);
    QCOMPARE(matcher.entries().size(), 1);
    QCOMPARE(matcher.entries().at(0).definition, 0);
    QCOMPARE(matcher.entries().at(0).seriesId, 1u);
    matcher.replaceDefinition(0, SeriesDefinition::of(QStringLiteral("nothing"), QString()));
    QVERIFY(matcher.entries().isEmpty());
}

QTEST_GUILESS_MAIN(TestSeriesDefinition)
#include "tst_seriesdefinition.moc"
