// DecimatedLine: the points a chart line keeps between replots, extended with new points
// instead of decimating a whole window again.
#include "decimatedline.h"
#include "series.h"

#include <QTest>

#include <cmath>

class TestDecimatedLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void thinKeepsEachColumnsExtremesInTimeOrder();
    void newPointsExtendTheLastDecimation();
    void extendedEqualsTheExtremesOfEveryColumn();
    void startsOverWhenTheWindowMovesOrPointsGo();
    void pausedWindowIgnoresLaterPoints();
};

namespace {
double wave(qsizetype i)
{
    return std::sin(double(i) * 0.01) * 10 + double((i * 7919) % 13) * 0.1;
}

void fill(Series *s, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i)
        s->append(double(i) * 10, wave(i));
}

int columnOf(double x, double t0, double t1, int columns)
{
    return std::min(columns - 1, int((x - t0) * columns / (t1 - t0)));
}
} // namespace

void TestDecimatedLine::thinKeepsEachColumnsExtremesInTimeOrder()
{
    // Column 0: 5, 1, 9, 3 -> 1 then 9; column 1: a single point stays.
    const QList<QPointF> points{{0, 5}, {1, 1}, {2, 9}, {3, 3}, {15, 4}};
    const QList<QPointF> thin = DecimatedLine::thinToExtremes(points, 0, 20, 2);
    QCOMPARE(thin, (QList<QPointF>{{1, 1}, {2, 9}, {15, 4}}));
}

void TestDecimatedLine::newPointsExtendTheLastDecimation()
{
    Series s(0, QStringLiteral("t"), QString());
    fill(&s, 0, 100000);
    DecimatedLine line;
    const int columns = 500;
    double t1 = s.at(s.count() - 1).time;
    line.update(s, 0, t1, columns, true);
    QVERIFY(!line.wasIncremental());
    // One new point (10 ms, far less than half a column of 2 s).
    fill(&s, 100000, 100001);
    t1 = s.at(s.count() - 1).time;
    const QList<QPointF> points = line.update(s, 0, t1, columns, true);
    QVERIFY(line.wasIncremental());
    QCOMPARE(points.constLast(), QPointF(t1, wave(100000)));
    for (qsizetype i = 1; i < points.size(); ++i)
        QVERIFY(points.at(i).x() > points.at(i - 1).x());
}

void TestDecimatedLine::extendedEqualsTheExtremesOfEveryColumn()
{
    // After many small extensions, every column of the first decimation still shows its
    // minimum and maximum: the same as decimating afresh with those columns.
    Series s(0, QStringLiteral("t"), QString());
    fill(&s, 0, 50000);
    const int columns = 400;
    const double t0 = 0;
    const double t1 = s.at(s.count() - 1).time;
    DecimatedLine line;
    line.update(s, t0, t1, columns, true);
    qsizetype next = 50000;
    for (int step = 0; step < 8; ++step) { // 560 ms: less than half a column (625 ms)
        fill(&s, next, next + 7);
        next += 7;
        line.update(s, t0, s.at(s.count() - 1).time, columns, true);
        QVERIFY(line.wasIncremental());
    }
    const QList<QPointF> points = line.points();
    // The columns of the first decimation, extended past t1 with the same width.
    const double width = (t1 - t0) / columns;
    QHash<int, QPair<double, double>> expected; // column -> min, max
    for (qsizetype i = 0; i < s.count(); ++i) {
        const SeriesPoint p = s.at(i);
        const int c = p.time <= t1 ? columnOf(p.time, t0, t1, columns) : int(std::floor((p.time - t0) / width));
        auto it = expected.find(c);
        if (it == expected.end())
            expected.insert(c, {p.value, p.value});
        else
            *it = {std::min(it->first, p.value), std::max(it->second, p.value)};
    }
    QHash<int, QPair<double, double>> drawn;
    for (const QPointF &p : points) {
        const int c = p.x() <= t1 ? columnOf(p.x(), t0, t1, columns) : int(std::floor((p.x() - t0) / width));
        auto it = drawn.find(c);
        if (it == drawn.end())
            drawn.insert(c, {p.y(), p.y()});
        else
            *it = {std::min(it->first, p.y()), std::max(it->second, p.y())};
    }
    QCOMPARE(drawn.size(), expected.size());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(drawn.value(it.key()), it.value());
    // The line reaches the newest point's column.
    const double newest = s.at(s.count() - 1).time;
    QCOMPARE(int(std::floor((points.constLast().x() - t0) / width)), int(std::floor((newest - t0) / width)));
}

void TestDecimatedLine::startsOverWhenTheWindowMovesOrPointsGo()
{
    Series s(0, QStringLiteral("t"), QString(), 20000);
    fill(&s, 0, 10000);
    DecimatedLine line;
    const int columns = 100;
    line.update(s, 0, 99990, columns, true);
    // Half a column is 500 ms: a window 600 ms further decimates afresh.
    fill(&s, 10000, 10001);
    line.update(s, 600, 100590, columns, true);
    QVERIFY(!line.wasIncremental());
    // Another width.
    line.update(s, 600, 100590, columns + 1, true);
    QVERIFY(!line.wasIncremental());
    // The ring dropped its oldest points.
    fill(&s, 10001, 20010);
    QCOMPARE(s.count(), 20000);
    line.update(s, 600, 100590, columns + 1, true);
    QVERIFY(!line.wasIncremental());
    fill(&s, 20010, 20011);
    line.update(s, 600, 100590, columns + 1, true);
    QVERIFY(!line.wasIncremental());
    // A cleared series.
    s.clear();
    fill(&s, 0, 10);
    const QList<QPointF> points = line.update(s, 600, 100590, columns + 1, true);
    QVERIFY(!line.wasIncremental());
    QCOMPARE(points, s.decimated(600, 100590, columns + 1));
}

void TestDecimatedLine::pausedWindowIgnoresLaterPoints()
{
    Series s(0, QStringLiteral("t"), QString());
    fill(&s, 0, 10000);
    DecimatedLine line;
    // A paused window ending before the newest points: the line keeps its right neighbour.
    const QList<QPointF> before = line.update(s, 0, 50000, 100, true);
    QVERIFY(before.constLast().x() > 50000);
    fill(&s, 10000, 10100);
    const QList<QPointF> after = line.update(s, 0, 50000, 100, true);
    QVERIFY(line.wasIncremental());
    QCOMPARE(after, before);
}

QTEST_GUILESS_MAIN(TestDecimatedLine)
#include "tst_decimatedline.moc"
