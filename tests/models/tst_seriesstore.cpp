// Numeric series: JSON leaf extraction (nested objects, arrays, plain numbers, bad input),
// time fields in s/ms/ISO-8601, bounded buffers with cached min/max, and min/max-per-column
// decimation checked against brute force.
#include "ingestbatch.h"
#include "jsonextractor.h"
#include "series.h"
#include "seriesextractor.h"
#include "seriesstore.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <map>

namespace {

using Leaves = std::map<std::string, double>;

class LeafCollector : public JsonExtractor::Visitor
{
public:
    void numericLeaf(std::string_view path, double value) override { leaves[std::string(path)] = value; }
    void stringLeaf(std::string_view path, std::string_view value) override { strings[std::string(path)] = std::string(value); }
    Leaves leaves;
    std::map<std::string, std::string> strings;
};

Leaves extract(const QByteArray &payload, bool *ok = nullptr)
{
    JsonExtractor extractor;
    LeafCollector c;
    const bool parsed = extractor.extract(payload, c);
    if (ok)
        *ok = parsed;
    return c.leaves;
}

// Points of one extracted message as (series path -> (time, value)).
struct Extracted
{
    std::map<QString, QPair<double, double>> points;
    QList<IngestBatch::NewSeries> newSeries;
};

Extracted run(SeriesExtractor &x, quint32 topicId, const QString &topic, const QByteArray &payload, qint64 received)
{
    IngestBatch batch;
    x.extract(topicId, topic, payload, received, batch);
    Extracted out;
    for (const auto &s : batch.newSeries)
        out.newSeries.append(s);
    // Map series ids back to paths through what this extractor announced so far.
    static std::map<std::pair<SeriesExtractor *, quint32>, QString> names;
    for (const auto &s : batch.newSeries)
        names[{&x, s.id}] = s.path;
    for (const auto &p : batch.points)
        out.points[names[{&x, p.seriesId}]] = qMakePair(p.time, p.value);
    return out;
}

} // namespace

class TestSeriesStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedPayload();
    void nestedAndArrays();
    void plainNumbers_data();
    void plainNumbers();
    void ignoredInput_data();
    void ignoredInput();
    void stringLeavesOnRequest();
    void extractorSeriesIds();
    void timeField_data();
    void timeField();
    void timeFieldMissingFallsBack();
    void timeRulesPerTopic();
    void seriesLimit();
    void boundedBuffer();
    void timesKeptExactly();
    void minMaxCache();
    void decimationMatchesBruteForce_data();
    void decimationMatchesBruteForce();
    void decimationEdges();
    void storeBudget();
};

void TestSeriesStore::seedPayload()
{
    bool ok = false;
    const Leaves l = extract("{\"temperature\": 23.4, \"humidity\": 61.2, \"timestamp\": 1764000000.123}", &ok);
    QVERIFY(ok);
    QCOMPARE(l.size(), size_t(3));
    QCOMPARE(l.at("temperature"), 23.4);
    QCOMPARE(l.at("humidity"), 61.2);
    QCOMPARE(l.at("timestamp"), 1764000000.123);
}

void TestSeriesStore::nestedAndArrays()
{
    const Leaves l = extract(R"({"device":"d1","data":{"sensors":[{"value":1},{"value":2.5,"ok":true},{"value":-1e3,"unit":"C"}],
        "battery":97,"matrix":[[1,2],[3,[4]]]},"nothing":null,"flag":false,"empty":{},"list":[],"ünï":{"ключ":7}})");
    // Booleans are 0 and 1.
    const Leaves expected{{"data.sensors[0].value", 1},  {"data.sensors[1].value", 2.5}, {"data.sensors[1].ok", 1},
                          {"data.sensors[2].value", -1000}, {"flag", 0},
                          {"data.battery", 97},          {"data.matrix[0][0]", 1},       {"data.matrix[0][1]", 2},
                          {"data.matrix[1][0]", 3},      {"data.matrix[1][1][0]", 4},    {"ünï.ключ", 7}};
    QCOMPARE(l, expected);
    // A top-level array is indexed from the start of the path.
    QCOMPARE(extract("[1, {\"x\": 2}]"), (Leaves{{"[0]", 1}, {"[1].x", 2}}));
    // Escaped keys are unescaped.
    QCOMPARE(extract(R"({"a\"b":1,"c\u00e9":2})"), (Leaves{{"a\"b", 1}, {"c\xc3\xa9", 2}}));
    // Big integers become doubles.
    QCOMPARE(extract("{\"big\":18446744073709551615}").at("big"), 18446744073709551615.0);
    QCOMPARE(extract("{\"ms\":1764000000123}").at("ms"), 1764000000123.0);
}

void TestSeriesStore::plainNumbers_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<double>("value");
    QTest::newRow("decimal") << QByteArray("21.5") << 21.5;
    QTest::newRow("integer") << QByteArray("42") << 42.0;
    QTest::newRow("negative") << QByteArray("-3") << -3.0;
    QTest::newRow("exponent") << QByteArray("1e3") << 1000.0;
    QTest::newRow("whitespace") << QByteArray(" 7.25\r\n") << 7.25;
    QTest::newRow("zero") << QByteArray("0") << 0.0;
    QTest::newRow("true") << QByteArray("true") << 1.0;
    QTest::newRow("false") << QByteArray(" false\n") << 0.0;
}

void TestSeriesStore::plainNumbers()
{
    QFETCH(QByteArray, payload);
    QFETCH(double, value);
    bool ok = false;
    const Leaves l = extract(payload, &ok);
    QVERIFY(ok);
    QCOMPARE(l, (Leaves{{"", value}}));
}

void TestSeriesStore::ignoredInput_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArray("hello world");
    QTest::newRow("on") << QByteArray("ON");
    QTest::newRow("truth") << QByteArray("truth");
    QTest::newRow("fals") << QByteArray("fals");
    QTest::newRow("string") << QByteArray("\"21.5\"");
    QTest::newRow("unit") << QByteArray("21.5 C");
    QTest::newRow("comma") << QByteArray("21,5");
    QTest::newRow("plus") << QByteArray("+5");
    QTest::newRow("nan") << QByteArray("NaN");
    QTest::newRow("hex") << QByteArray("0x10");
    QTest::newRow("binary") << QByteArray("\x00\xff\x01{", 4);
    QTest::newRow("unclosed object") << QByteArray("{\"temperature\": 23.4");
    QTest::newRow("unclosed array") << QByteArray("[1, 2");
    QTest::newRow("missing value") << QByteArray("{\"a\":}");
    QTest::newRow("trailing comma") << QByteArray("{\"a\":1,}");
    QTest::newRow("trailing garbage") << QByteArray("{\"a\":1} x");
    QTest::newRow("two documents") << QByteArray("{\"a\":1}{\"b\":2}");
    QTest::newRow("bad number") << QByteArray("{\"a\":1.2.3}");
    QTest::newRow("single quotes") << QByteArray("{'a':1}");
    QTest::newRow("invalid utf8") << QByteArray("{\"a\xff\":1}");
    QTest::newRow("lone minus") << QByteArray("-");
    QTest::newRow("huge exponent") << QByteArray("1e400");
    QTest::newRow("deep") << QByteArray(100000, '[');
}

void TestSeriesStore::ignoredInput()
{
    QFETCH(QByteArray, payload);
    bool ok = true;
    const Leaves l = extract(payload, &ok);
    QVERIFY(!ok);
    QVERIFY(l.empty());
}

void TestSeriesStore::stringLeavesOnRequest()
{
    JsonExtractor x;
    LeafCollector c;
    QVERIFY(x.extract("{\"ts\":\"2025-11-24T16:00:00Z\",\"v\":1}", c));
    QVERIFY(c.strings.empty());
    x.setReportStrings(true);
    LeafCollector c2;
    QVERIFY(x.extract("{\"ts\":\"2025-11-24T16:00:00Z\",\"v\":1}", c2));
    QCOMPARE(c2.strings.at("ts"), std::string("2025-11-24T16:00:00Z"));
    // Deeply nested but well formed: walked to a limit, still parses.
    const QByteArray deep = QByteArray(100, '[') + "1" + QByteArray(100, ']');
    LeafCollector c3;
    QVERIFY(x.extract(deep, c3));
    QVERIFY(c3.leaves.empty());
}

void TestSeriesStore::extractorSeriesIds()
{
    SeriesExtractor x;
    IngestBatch batch;
    QCOMPARE(x.extract(0, QStringLiteral("a"), "{\"t\":1,\"h\":2}", 1000, batch), 2);
    QCOMPARE(x.extract(1, QStringLiteral("b"), "{\"t\":3}", 1000, batch), 1);
    QCOMPARE(x.extract(0, QStringLiteral("a"), "{\"h\":4,\"t\":5}", 1000, batch), 2);
    QCOMPARE(x.extract(0, QStringLiteral("a"), "garbage", 1000, batch), 0);
    QCOMPARE(x.extract(2, QStringLiteral("c"), "12.5", 1000, batch), 1);
    QCOMPARE(batch.newSeries.size(), size_t(4));
    QCOMPARE(batch.newSeries[0].path, QStringLiteral("t"));
    QCOMPARE(batch.newSeries[1].path, QStringLiteral("h"));
    QCOMPARE(batch.newSeries[2].topicId, 1u);
    QCOMPARE(batch.newSeries[3].path, QString());
    QCOMPARE(batch.points.size(), size_t(6));
    // Same topic and path, same series, whatever the order of the keys.
    QCOMPARE(batch.points[3].seriesId, batch.points[1].seriesId);
    QCOMPARE(batch.points[4].seriesId, batch.points[0].seriesId);
    QCOMPARE(batch.points[4].value, 5.0);
    QCOMPARE(batch.points[5].time, 1000.0);
    QCOMPARE(x.seriesCount(), 4u);
}

void TestSeriesStore::timeField_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("unit");
    QTest::addColumn<double>("expected");
    const double t = 1764000000123.0;
    using U = TimeFieldRule::Unit;
    QTest::newRow("seconds") << QByteArray("{\"v\":1,\"timestamp\":1764000000.123}") << int(U::Seconds) << t;
    QTest::newRow("seconds auto") << QByteArray("{\"timestamp\":1764000000.123,\"v\":1}") << int(U::Auto) << t;
    QTest::newRow("ms") << QByteArray("{\"v\":1,\"timestamp\":1764000000123}") << int(U::Milliseconds) << t;
    QTest::newRow("ms auto") << QByteArray("{\"v\":1,\"timestamp\":1764000000123}") << int(U::Auto) << t;
    QTest::newRow("iso utc") << QByteArray("{\"v\":1,\"timestamp\":\"2025-11-24T16:00:00.123Z\"}") << int(U::Iso8601) << t;
    QTest::newRow("iso offset") << QByteArray("{\"v\":1,\"timestamp\":\"2025-11-24T17:00:00.123+01:00\"}") << int(U::Auto) << t;
    QTest::newRow("seconds as string") << QByteArray("{\"v\":1,\"timestamp\":\"1764000000.123\"}") << int(U::Seconds) << t;
}

void TestSeriesStore::timeField()
{
    QFETCH(QByteArray, payload);
    QFETCH(int, unit);
    QFETCH(double, expected);
    QCOMPARE(QDateTime::fromString(QStringLiteral("2025-11-24T16:00:00.123Z"), Qt::ISODateWithMs).toMSecsSinceEpoch(), 1764000000123);
    SeriesExtractor x;
    x.setTimeFieldRules({TimeFieldRule{QStringLiteral("#"), QStringLiteral("timestamp"), TimeFieldRule::Unit(unit)}});
    const Extracted e = run(x, 0, QStringLiteral("sensors/a"), payload, 5);
    // The time field is the x axis, not a series of its own.
    QCOMPARE(e.points.size(), size_t(1));
    QVERIFY(qAbs(e.points.at(QStringLiteral("v")).first - expected) < 0.01);
    QCOMPARE(e.points.at(QStringLiteral("v")).second, 1.0);
}

void TestSeriesStore::timeFieldMissingFallsBack()
{
    SeriesExtractor x;
    x.setTimeFieldRules({TimeFieldRule{QStringLiteral("#"), QStringLiteral("ts"), TimeFieldRule::Unit::Iso8601}});
    Extracted e = run(x, 0, QStringLiteral("t"), "{\"v\":2}", 777);
    QCOMPARE(e.points.at(QStringLiteral("v")).first, 777.0);
    e = run(x, 0, QStringLiteral("t"), "{\"v\":3,\"ts\":\"not a date\"}", 778);
    QCOMPARE(e.points.at(QStringLiteral("v")).first, 778.0);
    QVERIFY(!SeriesExtractor::timeFromNumber(std::nan(""), TimeFieldRule::Unit::Auto));
    QVERIFY(!SeriesExtractor::timeFromString("12:00", TimeFieldRule::Unit::Milliseconds));
}

void TestSeriesStore::timeRulesPerTopic()
{
    SeriesExtractor x;
    x.setTimeFieldRules({TimeFieldRule{QStringLiteral("lab/+/ms"), QStringLiteral("meta.t"), TimeFieldRule::Unit::Milliseconds},
                         TimeFieldRule{QStringLiteral("lab/#"), QStringLiteral("t"), TimeFieldRule::Unit::Seconds}});
    Extracted e = run(x, 0, QStringLiteral("lab/1/ms"), "{\"meta\":{\"t\":5000},\"v\":1}", 1);
    QCOMPARE(e.points.at(QStringLiteral("v")).first, 5000.0);
    e = run(x, 1, QStringLiteral("lab/2/s"), "{\"t\":5,\"v\":1}", 1);
    QCOMPARE(e.points.at(QStringLiteral("v")).first, 5000.0);
    e = run(x, 2, QStringLiteral("other"), "{\"t\":5,\"v\":1}", 1);
    QCOMPARE(e.points.at(QStringLiteral("v")).first, 1.0);
    QCOMPARE(e.points.at(QStringLiteral("t")).second, 5.0);
    // Changing the rules applies to topics already seen.
    x.setTimeFieldRules({});
    e = run(x, 1, QStringLiteral("lab/2/s"), "{\"t\":5,\"v\":1}", 9);
    QCOMPARE(e.points.at(QStringLiteral("v")).first, 9.0);
    QCOMPARE(e.points.size(), size_t(2));
}

void TestSeriesStore::seriesLimit()
{
    SeriesExtractor x;
    x.setMaxSeries(3);
    IngestBatch batch;
    x.extract(0, QStringLiteral("a"), "{\"a\":1,\"b\":2,\"c\":3,\"d\":4,\"e\":5}", 0, batch);
    QCOMPARE(batch.newSeries.size(), size_t(3));
    QCOMPARE(batch.points.size(), size_t(3));
    QCOMPARE(x.ignoredLeaves(), 2ull);

    // A payload with a huge array yields a bounded number of points.
    SeriesExtractor y;
    QByteArray array = "[0";
    for (int i = 1; i < 5000; ++i)
        array += ',' + QByteArray::number(i);
    array += ']';
    IngestBatch big;
    QCOMPARE(y.extract(0, QStringLiteral("a"), array, 0, big), SeriesExtractor::MaxLeavesPerPayload);
    QCOMPARE(y.ignoredLeaves(), quint64(5000 - SeriesExtractor::MaxLeavesPerPayload));
}

void TestSeriesStore::boundedBuffer()
{
    Series s(0, QStringLiteral("t"), QStringLiteral("v"), 100);
    QCOMPARE(s.name(), QStringLiteral("t:v"));
    QCOMPARE(Series(1, QStringLiteral("t"), QString()).name(), QStringLiteral("t"));
    for (int i = 0; i < 250; ++i)
        s.append(i, i * 2);
    QCOMPARE(s.count(), qsizetype(100));
    QCOMPARE(s.droppedCount(), 150ull);
    QCOMPARE(s.at(0).time, 150.0);
    QCOMPARE(s.at(99).value, 498.0);
    QVERIFY(s.takeChanged());
    QVERIFY(!s.takeChanged());
    s.setCapacity(10);
    QCOMPARE(s.count(), qsizetype(10));
    QCOMPARE(s.at(0).time, 240.0);
    // A lower limit for one append (the store's budget) trims as well.
    s.append(250, 0, 4);
    QCOMPARE(s.count(), qsizetype(4));
    QCOMPARE(s.at(0).time, 247.0);
    // Several at once, more than fit: the newest stay, the rest count as dropped.
    const quint64 dropped = s.droppedCount();
    std::vector<SeriesPoint> run;
    for (int i = 0; i < 8; ++i)
        run.push_back({300.0 + i, double(i)});
    s.append(run.data(), qsizetype(run.size()), 5);
    QCOMPARE(s.count(), qsizetype(5));
    QCOMPARE(s.at(0).time, 303.0);
    QCOMPARE(s.at(4).value, 7.0);
    QCOMPARE(s.droppedCount(), dropped + 4 + 3);
}

// Times are kept as 4-byte ms offsets while they can be: every time must come back exactly,
// including those that cannot (fractions of a ms, weeks apart, before the first), and the
// ones stored before the first such time.
void TestSeriesStore::timesKeptExactly()
{
    const double base = 1764000000123.0;
    const QList<double> times = {base, base + 1, base - 5000, base + 86400000.0 * 20, base + 2,
                                 base + 0.5, base + 86400000.0 * 400, 1e-3, -3.0, base + 1e-6};
    for (int widenAt = 1; widenAt <= times.size(); ++widenAt) {
        Series s(0, QStringLiteral("t"), QStringLiteral("v"), 64);
        QList<double> expected;
        // Whole ms near the base first (the compact form), then the rest in turn.
        for (int i = 0; i < 40; ++i) {
            s.append(base + i * 7, i);
            expected.append(base + i * 7);
        }
        for (int i = 0; i < widenAt; ++i) {
            s.append(times.at(i), 100 + i);
            expected.append(times.at(i));
        }
        QCOMPARE(s.count(), qsizetype(expected.size()));
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(s.at(i).time, expected.at(i));
            QCOMPARE(s.at(i).value, i < 40 ? double(i) : double(100 + i - 40));
        }
        // Growing the ring and dropping the oldest keep them too.
        for (int i = 0; i < 100; ++i)
            s.append(base + 0.25 * i, i);
        QCOMPARE(s.at(s.count() - 1).time, base + 0.25 * 99);
        QCOMPARE(s.at(0).time, base + 0.25 * 36);
    }
    // After a clear the compact form starts again from the new first time.
    Series s(0, QStringLiteral("t"), QStringLiteral("v"), 10);
    s.append(0.5, 1);
    s.clear();
    s.append(base, 1);
    s.append(base + 3, 2);
    QCOMPARE(s.at(1).time, base + 3);
    // Even the sign of a zero.
    Series z(0, QStringLiteral("t"), QStringLiteral("v"), 10);
    z.append(0.0, 1);
    z.append(-0.0, 2);
    QVERIFY(!std::signbit(z.at(0).time));
    QVERIFY(std::signbit(z.at(1).time));
}

void TestSeriesStore::minMaxCache()
{
    Series s(0, QStringLiteral("t"), QStringLiteral("v"), 5);
    QVERIFY(std::isnan(s.minValue()));
    const double values[] = {5, -3, 9, 1, 2, 4, 0, 7};
    for (double v : values)
        s.append(0, v);
    // Kept: 1 2 4 0 7 (the -3 and 9 have been dropped, so the cache had to be refreshed).
    QCOMPARE(s.minValue(), 0.0);
    QCOMPARE(s.maxValue(), 7.0);
    s.append(0, 100);
    QCOMPARE(s.maxValue(), 100.0);
    QCOMPARE(s.minValue(), 0.0);
    s.clear();
    QCOMPARE(s.count(), qsizetype(0));
    QVERIFY(std::isnan(s.maxValue()));
}

void TestSeriesStore::decimationMatchesBruteForce_data()
{
    QTest::addColumn<int>("points");
    QTest::addColumn<int>("columns");
    QTest::addColumn<bool>("sorted");
    QTest::addColumn<double>("t0");
    QTest::addColumn<double>("t1");
    QTest::addColumn<int>("appended"); // more than `points`: the ring dropped the oldest
    QTest::newRow("dense") << 100000 << 800 << true << 0.0 << 100000.0 << 100000;
    QTest::newRow("window") << 100000 << 300 << true << 25000.5 << 61000.0 << 100000;
    QTest::newRow("sparse") << 500 << 1000 << true << 0.0 << 500.0 << 500;
    QTest::newRow("unsorted") << 20000 << 200 << false << 1000.0 << 15000.0 << 20000;
    QTest::newRow("one column") << 5000 << 1 << true << 0.0 << 5000.0 << 5000;
    // The block summaries across a wrapped ring, and a ring shorter than one block.
    QTest::newRow("wrapped") << 50000 << 700 << true << 80000.5 << 120000.0 << 123457;
    QTest::newRow("wrapped, all kept") << 50000 << 1100 << true << 0.0 << 200000.0 << 123457;
    QTest::newRow("short ring") << 40 << 30 << true << 965.0 << 995.0 << 1000;
}

void TestSeriesStore::decimationMatchesBruteForce()
{
    QFETCH(int, points);
    QFETCH(int, columns);
    QFETCH(bool, sorted);
    QFETCH(double, t0);
    QFETCH(double, t1);
    QFETCH(int, appended);
    QRandomGenerator rng(42);
    Series s(0, QStringLiteral("t"), QStringLiteral("v"), points);
    double walk = 0;
    for (int i = 0; i < appended; ++i) {
        walk += rng.bounded(2.0) - 1.0;
        const double spike = rng.bounded(1000) == 0 ? 500.0 : 0.0;
        const double t = sorted ? double(i) : rng.bounded(double(points));
        s.append(t, walk + spike);
    }
    QCOMPARE(s.isTimeSorted(), sorted);
    const QList<QPointF> out = s.decimated(t0, t1, columns);
    QVERIFY(out.size() <= columns * 4 + 2);

    // Brute force: per column, the minimum, maximum, first and last point in range.
    const double scale = columns / (t1 - t0);
    std::vector<double> minV(size_t(columns), qInf()), maxV(size_t(columns), -qInf());
    for (qsizetype i = 0; i < s.count(); ++i) {
        const SeriesPoint p = s.at(i);
        if (p.time < t0 || p.time > t1)
            continue;
        const int c = std::min(columns - 1, int((p.time - t0) * scale));
        minV[size_t(c)] = std::min(minV[size_t(c)], p.value);
        maxV[size_t(c)] = std::max(maxV[size_t(c)], p.value);
    }
    std::vector<double> gotMin(size_t(columns), qInf()), gotMax(size_t(columns), -qInf());
    int inRange = 0;
    for (const QPointF &p : out) {
        if (p.x() < t0 || p.x() > t1)
            continue; // the neighbours outside the window
        ++inRange;
        const int c = std::min(columns - 1, int((p.x() - t0) * scale));
        gotMin[size_t(c)] = std::min(gotMin[size_t(c)], p.y());
        gotMax[size_t(c)] = std::max(gotMax[size_t(c)], p.y());
    }
    for (int c = 0; c < columns; ++c) {
        QCOMPARE(gotMin[size_t(c)], minV[size_t(c)]);
        QCOMPARE(gotMax[size_t(c)], maxV[size_t(c)]);
    }
    if (sorted) {
        // Time order is kept, and the first/last points in range are present.
        for (int i = 1; i < out.size(); ++i)
            QVERIFY(out.at(i - 1).x() <= out.at(i).x());
        qsizetype firstIn = 0;
        while (s.at(firstIn).time < t0)
            ++firstIn;
        qsizetype lastIn = s.count() - 1;
        while (s.at(lastIn).time > t1)
            --lastIn;
        QVERIFY(out.contains(QPointF(s.at(firstIn).time, s.at(firstIn).value)));
        QVERIFY(out.contains(QPointF(s.at(lastIn).time, s.at(lastIn).value)));
    }
    QVERIFY(inRange > 0);
    // Cached until something changes.
    QCOMPARE(s.decimated(t0, t1, columns), out);
    const quint64 revision = s.revision();
    s.append(t1, 1e9);
    QVERIFY(s.revision() != revision);
    QVERIFY(s.decimated(t0, t1, columns).contains(QPointF(t1, 1e9)));
}

void TestSeriesStore::decimationEdges()
{
    Series s(0, QStringLiteral("t"), QStringLiteral("v"));
    QVERIFY(s.decimated(0, 10, 100).isEmpty());
    for (int i = 0; i < 10; ++i)
        s.append(i * 10, i);
    // Neighbours outside the window are included so lines reach the edges.
    const QList<QPointF> out = s.decimated(25, 55, 1000);
    QCOMPARE(out, (QList<QPointF>{{20, 2}, {30, 3}, {40, 4}, {50, 5}, {60, 6}}));
    QVERIFY(s.decimated(0, 100, 0).isEmpty());
    QVERIFY(s.decimated(50, 40, 10).isEmpty());
    // A zero-width window is one column.
    QCOMPARE(s.decimated(30, 30, 10), (QList<QPointF>{{20, 2}, {30, 3}, {40, 4}}));
}

void TestSeriesStore::storeBudget()
{
    SeriesStore store;
    QSignalSpy added(&store, &SeriesStore::seriesAdded);
    QSignalSpy updated(&store, &SeriesStore::updated);
    store.setUnwatchedBudget(10000);
    for (quint32 id = 0; id < 4; ++id)
        store.addSeries(id, QStringLiteral("t/%1").arg(id), QStringLiteral("v"));
    QCOMPARE(added.count(), 4);
    QCOMPARE(store.unwatchedLimit(), qsizetype(2500));
    store.setWatched(2, true);
    QCOMPARE(store.unwatchedLimit(), qsizetype(3333));
    for (int i = 0; i < 5000; ++i) {
        for (quint32 id = 0; id < 4; ++id)
            store.appendPoint(id, i, i);
    }
    store.notifyUpdated();
    QCOMPARE(updated.count(), 1);
    store.notifyUpdated();
    QCOMPARE(updated.count(), 1);
    QCOMPARE(store.series(0)->count(), qsizetype(3333));
    QCOMPARE(store.series(2)->count(), qsizetype(5000));
    QCOMPARE(store.find(QStringLiteral("t/3"), QStringLiteral("v"))->id(), 3u);
    QVERIFY(!store.find(QStringLiteral("t/3"), QStringLiteral("w")));
    QCOMPARE(store.seriesOfTopic(QStringLiteral("t/1")), QList<quint32>{1});
    // Never fewer than the minimum share, however many series.
    store.setUnwatchedBudget(1);
    QCOMPARE(store.unwatchedLimit(), SeriesStore::MinimumShare);
    store.clearPoints();
    QCOMPARE(store.pointCount(), qsizetype(0));
    QCOMPARE(store.count(), 4);
}

QTEST_GUILESS_MAIN(TestSeriesStore)
#include "tst_seriesstore.moc"
