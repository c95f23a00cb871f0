#include "series.h"
#include "seriescsv.h"
#include "seriesmath.h"

#include <QBuffer>
#include <QTest>

#include <cmath>
#include <limits>

class TestSeriesMath : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void statsOverWindow();
    void statsUnsorted();
    void xyPairsFieldsOfOnePayload();
    void nearestPoint();
    void csvAlignsOnTime();
    void csvWindowAndEscaping();
};

static const double Inf = std::numeric_limits<double>::infinity();

void TestSeriesMath::statsOverWindow()
{
    Series s(0, QStringLiteral("t"), QStringLiteral("v"));
    for (int i = 0; i < 10; ++i)
        s.append(1000.0 * i, i);
    SeriesMath::Stats st = SeriesMath::stats(s, 2000, 5000);
    QCOMPARE(st.count, 4);
    QCOMPARE(st.min, 2.0);
    QCOMPARE(st.max, 5.0);
    QCOMPARE(st.mean, 3.5);
    QCOMPARE(st.last, 5.0);
    QCOMPARE(st.lastTime, 5000.0);
    st = SeriesMath::stats(s, -Inf, Inf, 2, 1);
    QCOMPARE(st.count, 10);
    QCOMPARE(st.min, 1.0);
    QCOMPARE(st.max, 19.0);
    QCOMPARE(SeriesMath::stats(s, 20000, 30000).count, 0);
}

void TestSeriesMath::statsUnsorted()
{
    Series s(0, QStringLiteral("t"), QStringLiteral("v"));
    s.append(3000, 3);
    s.append(1000, 1);
    s.append(2000, 2);
    QVERIFY(!s.isTimeSorted());
    const SeriesMath::Stats st = SeriesMath::stats(s, 1500, 3500);
    QCOMPARE(st.count, 2);
    QCOMPARE(st.last, 3.0);
    QCOMPARE(st.mean, 2.5);
}

void TestSeriesMath::xyPairsFieldsOfOnePayload()
{
    Series t(0, QStringLiteral("s"), QStringLiteral("temperature"));
    Series h(1, QStringLiteral("s"), QStringLiteral("humidity"));
    for (int i = 0; i < 100; ++i) {
        t.append(1000.0 * i, 20 + i * 0.1);
        h.append(1000.0 * i, 40 + i);
    }
    QList<QPointF> xy = SeriesMath::pairXY(t, h, -Inf, Inf, 1000);
    QCOMPARE(xy.size(), 100);
    QCOMPARE(xy.at(5), QPointF(20.5, 45));
    xy = SeriesMath::pairXY(t, h, -Inf, Inf, 10);
    QCOMPARE(xy.size(), 10);
    QCOMPARE(xy.last(), QPointF(20 + 99 * 0.1, 139));
    // y before the first x pairs with nothing.
    Series late(2, QStringLiteral("s"), QStringLiteral("x"));
    late.append(50000, 1);
    QCOMPARE(SeriesMath::pairXY(late, h, -Inf, Inf, 1000).size(), 50);
}

void TestSeriesMath::nearestPoint()
{
    Series s(0, QStringLiteral("t"), QString());
    s.append(1000, 1);
    s.append(2000, 2);
    s.append(4000, 4);
    SeriesPoint p{};
    QVERIFY(SeriesMath::nearest(s, 2900, -Inf, Inf, &p));
    QCOMPARE(p.value, 2.0);
    QVERIFY(SeriesMath::nearest(s, 3100, -Inf, Inf, &p));
    QCOMPARE(p.value, 4.0);
    QVERIFY(!SeriesMath::nearest(s, 3000, 2500, 3500, &p));
}

void TestSeriesMath::csvAlignsOnTime()
{
    Series a(0, QStringLiteral("home/livingroom/sensor"), QStringLiteral("temperature"));
    Series b(1, QStringLiteral("home/kitchen/sensor"), QStringLiteral("temperature"));
    const double t0 = 1764000000000.0; // 2025-11-24T16:00:00Z
    a.append(t0, 22.5);
    a.append(t0 + 2000, 22.6);
    b.append(t0 + 1000, 0.1 + 0.2);
    b.append(t0 + 2000, -1e-7);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    const qsizetype rows = SeriesCsv::write(&buffer, {{QStringLiteral("livingroom"), &a}, {QStringLiteral("kitchen"), &b, 1.8, 32}},
                                            -Inf, Inf, &error);
    QCOMPARE(rows, 3);
    const QList<QByteArray> lines = buffer.data().split('\n');
    QCOMPARE(lines.at(0), QByteArray("time,livingroom,kitchen"));
    QCOMPARE(lines.at(1), QByteArray("2025-11-24T16:00:00.000Z,22.5,"));
    const QList<QByteArray> second = lines.at(2).split(',');
    QCOMPARE(second.at(0), QByteArray("2025-11-24T16:00:01.000Z"));
    QCOMPARE(second.at(1), QByteArray());
    QCOMPARE(second.at(2).toDouble(), (0.1 + 0.2) * 1.8 + 32); // exact round trip
    QCOMPARE(lines.at(3).split(',').at(1), QByteArray("22.6"));
    QCOMPARE(lines.at(3).split(',').at(2).toDouble(), -1e-7 * 1.8 + 32);
}

void TestSeriesMath::csvWindowAndEscaping()
{
    Series a(0, QStringLiteral("t"), QString());
    for (int i = 0; i < 10; ++i)
        a.append(1000.0 * i, i);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QCOMPARE(SeriesCsv::write(&buffer, {{QStringLiteral("a, \"b\""), &a}}, 3000, 5000, nullptr), 3);
    QVERIFY(buffer.data().startsWith("time,\"a, \"\"b\"\"\"\n"));
    QBuffer closed;
    QString error;
    QCOMPARE(SeriesCsv::write(&closed, {{QStringLiteral("a"), &a}}, -Inf, Inf, &error), -1);
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestSeriesMath)
#include "tst_seriesmath.moc"
