// IngestPipeline: batches from any thread reach the tree, log, history and series; many
// messages in one tick give one rowsInserted per parent; sent messages only reach the log;
// overload is counted, not fatal; clear() keeps ids consistent. Threaded and unthreaded.
#include "historystore.h"
#include "ingestpipeline.h"
#include "message.h"
#include "messagelogmodel.h"
#include "seriesstore.h"
#include "topictreemodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

#if defined(Q_OS_LINUX) && defined(__GLIBC__)
#include <sys/resource.h>
#include <cerrno>
#endif

namespace {

QList<Mqtt::Message> referenceBatch(int first, int count, qint64 timestamp = 0)
{
    QList<Mqtt::Message> batch;
    batch.reserve(count);
    for (int n = first; n < first + count; ++n) {
        const int i = n % 1000;
        Mqtt::Message m(QStringLiteral("sensors/b%1/r%2/dev%3").arg(i / 100).arg((i / 10) % 10).arg(i % 10),
                        QByteArrayLiteral("{\"temperature\":") + QByteArray::number(20 + n % 10)
                            + QByteArrayLiteral(",\"humidity\":61.2,\"timestamp\":1764000000.123}"));
        m.setTimestamp(timestamp);
        batch.append(m);
    }
    return batch;
}

struct Testers
{
    explicit Testers(IngestPipeline &p)
        : tree(p.topicTree(), QAbstractItemModelTester::FailureReportingMode::Fatal)
        , log(p.messageLog(), QAbstractItemModelTester::FailureReportingMode::Fatal)
    {
    }
    QAbstractItemModelTester tree;
    QAbstractItemModelTester log;
};

} // namespace

class TestIngest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void referenceStream_data();
    void referenceStream();
    void oneInsertPerParentPerTick();
    void appliesFromTheEventLoop();
    void catchesUpBetweenTicks();
#if defined(Q_OS_LINUX) && defined(__GLIBC__)
    void workerYieldsToGuiThread(); // thread niceness is Linux's
#endif
    void ingestFromOtherThreads();
    void sentMessagesOnlyInLog();
    void retainedClearThroughPipeline();
    void extractionCanBeTurnedOff();
    void timeFieldRules();
    void overloadIsCounted();
    void backPressureWaitsForTheStores();
    void clearKeepsIdsConsistent();
    void historyDepthAndTruncation();
    void receiveTimeWhenUnset();
    void seriesKeepArrivalOrder_data();
    void seriesKeepArrivalOrder();
};

void TestIngest::referenceStream_data()
{
    QTest::addColumn<bool>("threaded");
    QTest::newRow("threaded") << true;
    QTest::newRow("unthreaded") << false;
}

void TestIngest::referenceStream()
{
    QFETCH(bool, threaded);
    IngestOptions options;
    options.threaded = threaded;
    IngestPipeline pipeline(options);
    Testers testers(pipeline);
    for (int b = 0; b < 20; ++b)
        pipeline.ingest(referenceBatch(b * 500, 500, 1764000000000 + b));
    pipeline.flush();

    const IngestPipeline::Stats stats = pipeline.stats();
    QCOMPARE(stats.ingested, 10000ull);
    QCOMPARE(stats.applied, 10000ull);
    QCOMPARE(stats.dropped, 0ull);
    QCOMPARE(stats.pending, 0);

    TopicTreeModel *tree = pipeline.topicTree();
    QCOMPARE(tree->rowCount(), 1);
    const QModelIndex sensors = tree->indexForTopic(QStringLiteral("sensors"));
    QCOMPARE(sensors.data(TopicTreeModel::SubtreeMessageCountRole).toULongLong(), 10000ull);
    QCOMPARE(sensors.data(TopicTreeModel::SubtopicCountRole).toUInt(), 1000u);
    QCOMPARE(tree->rowCount(sensors), 10);
    const QModelIndex dev = tree->indexForTopic(QStringLiteral("sensors/b3/r4/dev5"));
    QCOMPARE(dev.data(TopicTreeModel::MessageCountRole).toULongLong(), 10ull);

    QCOMPARE(pipeline.messageLog()->rowCount(), 10000);
    QCOMPARE(pipeline.messageLog()->index(9999, MessageLogModel::TopicColumn).data().toString(),
             QStringLiteral("sensors/b9/r9/dev9"));

    const quint32 id = pipeline.topics().id(QStringLiteral("sensors/b3/r4/dev5"));
    QVERIFY(id != TopicRegistry::NoTopic);
    QCOMPARE(pipeline.history()->history(id)->count(), 10);

    // Three numeric leaves per topic (no time field configured).
    SeriesStore *series = pipeline.series();
    QCOMPARE(series->count(), 3000);
    Series *temp = series->find(QStringLiteral("sensors/b3/r4/dev5"), QStringLiteral("temperature"));
    QVERIFY(temp);
    QCOMPARE(temp->count(), qsizetype(10));
    QCOMPARE(temp->at(0).value, double(20 + 345 % 10));
    QVERIFY(series->find(QStringLiteral("sensors/b3/r4/dev5"), QStringLiteral("timestamp")));
}

void TestIngest::oneInsertPerParentPerTick()
{
    IngestOptions options;
    options.threaded = false;
    IngestPipeline pipeline(options);
    Testers testers(pipeline);
    pipeline.ingest({Mqtt::Message(QStringLiteral("sensors/seed"), "1")});
    pipeline.flush();

    QSignalSpy treeInserted(pipeline.topicTree(), &QAbstractItemModel::rowsInserted);
    QSignalSpy logInserted(pipeline.messageLog(), &QAbstractItemModel::rowsInserted);
    QSignalSpy applied(&pipeline, &IngestPipeline::batchApplied);
    // Many network reads' worth of messages before one tick.
    for (int b = 0; b < 50; ++b)
        pipeline.ingest(referenceBatch(b * 100, 100));
    pipeline.flush();
    QCOMPARE(applied.count(), 1);
    QCOMPARE(applied.at(0).at(0).toInt(), 5000);
    QCOMPARE(logInserted.count(), 1);
    // New rows: under "sensors" (b0..b9), and under each new b and r level: 1 + 10 + 100.
    QCOMPARE(treeInserted.count(), 1);
    const QModelIndex parent = treeInserted.at(0).at(0).value<QModelIndex>();
    QCOMPARE(parent.data(TopicTreeModel::TopicRole).toString(), QStringLiteral("sensors"));
    QCOMPARE(treeInserted.at(0).at(1).toInt(), 1);
    QCOMPARE(treeInserted.at(0).at(2).toInt(), 10);

    // A second tick adding devices under existing parents: one insert per parent.
    treeInserted.clear();
    QList<Mqtt::Message> more;
    for (int r = 0; r < 3; ++r) {
        for (int k = 10; k < 40; ++k)
            more.append(Mqtt::Message(QStringLiteral("sensors/b0/r%1/dev%2").arg(r).arg(k), "2"));
    }
    pipeline.ingest(more);
    pipeline.flush();
    QCOMPARE(treeInserted.count(), 3);
    for (const QList<QVariant> &args : treeInserted) {
        QCOMPARE(args.at(1).toInt(), 10);
        QCOMPARE(args.at(2).toInt(), 39);
    }
}

void TestIngest::appliesFromTheEventLoop()
{
    IngestPipeline pipeline; // threaded, default tick
    Testers testers(pipeline);
    QSignalSpy applied(&pipeline, &IngestPipeline::batchApplied);
    pipeline.ingest(referenceBatch(0, 2000));
    QTRY_COMPARE_WITH_TIMEOUT(pipeline.stats().applied, 2000ull, 10000);
    QVERIFY(applied.count() >= 1);
    QCOMPARE(pipeline.messageLog()->rowCount(), 2000);
    QVERIFY(pipeline.stats().ticks >= 1);
}

void TestIngest::catchesUpBetweenTicks()
{
    // A backlog that takes hundreds of ticks: at one tick per 5 s it would take an hour;
    // catching up (the next tick 1 ms after one that ran out of budget) takes a few seconds,
    // here and under the sanitizers. With no apply budget a tick applies one run of 32
    // messages: the GUI thread applies a message in tens of nanoseconds since the worker stores
    // the log and the histories, so with a 1 ms budget 20,000 messages sometimes fit one tick.
    IngestOptions options;
    options.tickIntervalMs = 5000;
    options.applyBudgetMs = 0;
    options.catchUpIntervalMs = 1;
    IngestPipeline pipeline(options); // no model testers: they would check every one of the many ticks
    constexpr int Total = 20000;
    QElapsedTimer clock;
    clock.start();
    for (int b = 0; b < Total / 2000; ++b)
        pipeline.ingest(referenceBatch(b * 2000, 2000));
    QTRY_COMPARE_WITH_TIMEOUT(pipeline.stats().applied, quint64(Total), 60000);
    // The interval timer alone gives one tick per tickIntervalMs: more ticks than that were
    // catch-up ticks (not a speed check: a slower machine needs more ticks, not fewer).
    const quint64 intervalTicks = quint64(clock.elapsed() / options.tickIntervalMs) + 1;
    QVERIFY2(pipeline.stats().ticks > intervalTicks,
             qPrintable(QStringLiteral("%1 ticks in %2 ms").arg(pipeline.stats().ticks).arg(clock.elapsed())));
    QCOMPARE(pipeline.stats().dropped, 0ull);
    QCOMPARE(pipeline.messageLog()->rowCount(), Total);
}

// The worker thread runs at the niceness asked for (Linux applies it per thread), so the GUI
// thread gets the CPU first on a busy machine.
#if defined(Q_OS_LINUX) && defined(__GLIBC__)
void TestIngest::workerYieldsToGuiThread()
{
    const auto workerNices = [] {
        QList<int> nices;
        const QDir tasks(QStringLiteral("/proc/self/task"));
        for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
            if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == "ingest-worker") {
                errno = 0;
                const int nice = getpriority(PRIO_PROCESS, id_t(tid.toInt()));
                if (errno == 0)
                    nices.append(nice);
            }
        }
        return nices;
    };
    const int own = getpriority(PRIO_PROCESS, 0);
    IngestOptions options;
    options.workerNice = 7;
    {
        IngestPipeline pipeline(options);
        QTRY_COMPARE(workerNices(), QList<int>{qMin(19, own + 7)});
    }
    options.workerNice = 0;
    IngestPipeline pipeline(options);
    QTRY_COMPARE(workerNices().size(), 1);
    QCOMPARE(workerNices(), QList<int>{own});
}
#endif

void TestIngest::ingestFromOtherThreads()
{
    IngestPipeline pipeline;
    Testers testers(pipeline);
    constexpr int Threads = 3;
    constexpr int Batches = 40;
    constexpr int PerBatch = 250;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back(QThread::create([&pipeline, t] {
            for (int b = 0; b < Batches; ++b)
                pipeline.ingest(referenceBatch((t * Batches + b) * PerBatch, PerBatch));
        }));
        threads.back()->start();
    }
    for (auto &t : threads)
        QVERIFY(t->wait(60000));
    QTRY_COMPARE_WITH_TIMEOUT(pipeline.stats().applied, quint64(Threads * Batches * PerBatch), 30000);
    pipeline.flush();
    QCOMPARE(pipeline.messageLog()->rowCount(), Threads * Batches * PerBatch);
    QCOMPARE(pipeline.topicTree()->indexForTopic(QStringLiteral("sensors")).data(TopicTreeModel::SubtreeMessageCountRole).toULongLong(),
             quint64(Threads * Batches * PerBatch));
    QCOMPARE(pipeline.series()->pointCount(), qsizetype(3 * Threads * Batches * PerBatch));
}

void TestIngest::sentMessagesOnlyInLog()
{
    IngestOptions options;
    options.threaded = false;
    IngestPipeline pipeline(options);
    Testers testers(pipeline);
    pipeline.ingestSentMessage(Mqtt::Message(QStringLiteral("cmd/x"), "42", 1, true));
    pipeline.ingest({Mqtt::Message(QStringLiteral("state/x"), "41")});
    pipeline.ingestSent({Mqtt::Message(QStringLiteral("cmd/x"), "43")});
    pipeline.flush();
    MessageLogModel *log = pipeline.messageLog();
    QCOMPARE(log->rowCount(), 3);
    QCOMPARE(log->index(0, MessageLogModel::DirectionColumn).data().toString(), QStringLiteral("sent"));
    QCOMPARE(log->index(1, MessageLogModel::DirectionColumn).data().toString(), QStringLiteral("received"));
    QCOMPARE(log->index(2, MessageLogModel::TopicColumn).data().toString(), QStringLiteral("cmd/x"));
    QCOMPARE(log->index(0, 0).data(MessageLogModel::PayloadRole).toByteArray(), QByteArray("42"));
    QVERIFY(!pipeline.topicTree()->indexForTopic(QStringLiteral("cmd")).isValid());
    QVERIFY(pipeline.topicTree()->indexForTopic(QStringLiteral("state/x")).isValid());
    QCOMPARE(pipeline.series()->count(), 1); // state/x only
    QVERIFY(!pipeline.history()->history(pipeline.topics().id(QStringLiteral("cmd/x"))));
}

void TestIngest::retainedClearThroughPipeline()
{
    IngestPipeline pipeline;
    Testers testers(pipeline);
    pipeline.ingest({Mqtt::Message(QStringLiteral("home/door"), "open", 1, true),
                     Mqtt::Message(QStringLiteral("home/light"), "on", 1, true)});
    pipeline.flush();
    QSignalSpy removed(pipeline.topicTree(), &QAbstractItemModel::rowsRemoved);
    pipeline.ingest({Mqtt::Message(QStringLiteral("home/door"), QByteArray(), 1, true)});
    pipeline.flush();
    QCOMPARE(removed.count(), 1);
    QVERIFY(!pipeline.topicTree()->indexForTopic(QStringLiteral("home/door")).isValid());
    // The log keeps every message, the clear included.
    QCOMPARE(pipeline.messageLog()->rowCount(), 3);
    pipeline.ingest({Mqtt::Message(QStringLiteral("home/light"), QByteArray(), 1, true)});
    pipeline.flush();
    QCOMPARE(pipeline.topicTree()->rowCount(), 0);
}

void TestIngest::extractionCanBeTurnedOff()
{
    IngestPipeline pipeline;
    pipeline.setExtractSeries(false);
    QVERIFY(!pipeline.extractSeries());
    pipeline.ingest(referenceBatch(0, 100));
    pipeline.flush();
    QCOMPARE(pipeline.series()->count(), 0);
    QCOMPARE(pipeline.messageLog()->rowCount(), 100);
    pipeline.setExtractSeries(true);
    pipeline.ingest(referenceBatch(0, 10));
    pipeline.flush();
    QCOMPARE(pipeline.series()->count(), 30);
}

void TestIngest::timeFieldRules()
{
    IngestPipeline pipeline;
    pipeline.setTimeFieldRules({TimeFieldRule{QStringLiteral("sensors/#"), QStringLiteral("timestamp"), TimeFieldRule::Unit::Seconds}});
    QCOMPARE(pipeline.timeFieldRules().size(), 1);
    pipeline.ingest(referenceBatch(0, 1000, 5));
    pipeline.flush();
    QCOMPARE(pipeline.series()->count(), 2000); // timestamp is the time axis now
    Series *s = pipeline.series()->find(QStringLiteral("sensors/b0/r0/dev1"), QStringLiteral("humidity"));
    QVERIFY(s);
    QVERIFY(qAbs(s->at(0).time - 1764000000123.0) < 0.01);
}

void TestIngest::overloadIsCounted()
{
    IngestOptions options;
    options.threaded = false;
    options.maxPendingMessages = 1000;
    IngestPipeline pipeline(options);
    for (int b = 0; b < 5; ++b)
        pipeline.ingest(referenceBatch(b * 400, 400));
    // 400 + 400 fit, the next three batches would pass 1000.
    IngestPipeline::Stats stats = pipeline.stats();
    QCOMPARE(stats.ingested, 800ull);
    QCOMPARE(stats.dropped, 1200ull);
    QCOMPARE(stats.pending, 800);
    pipeline.flush();
    stats = pipeline.stats();
    QCOMPARE(stats.applied, 800ull);
    QCOMPARE(stats.pending, 0);
    pipeline.ingest(referenceBatch(0, 400));
    QCOMPARE(pipeline.stats().dropped, 1200ull);
}

// waitForRoom() also waits while too many messages are not in the stores yet (they hold their
// payloads), even with room in the pending bound; storing them lets it go.
void TestIngest::backPressureWaitsForTheStores()
{
    IngestOptions options;
    options.threaded = false; // nothing is stored until a tick or flush()
    options.maxPendingMessages = 1000;
    options.maxUnstoredMessages = 100;
    IngestPipeline pipeline(options);
    pipeline.ingest(referenceBatch(0, 60)); // over half of 100
    QCOMPARE(pipeline.stats().pending, 60);
    std::atomic<bool> done{false};
    std::thread producer([&] {
        pipeline.waitForRoom(10);
        done = true;
    });
    // No event loop meanwhile: a tick would store them.
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    const bool waitedForStores = !done;
    pipeline.flush(); // stores (and applies) the 60
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
    pipeline.cancelWaits(); // (never leaves the thread blocked, whatever happened above)
    producer.join();
    QVERIFY2(waitedForStores, "waitForRoom() returned with 60 of 100 unstored messages waiting");
    QCOMPARE(pipeline.stats().applied, 60ull);
}

void TestIngest::clearKeepsIdsConsistent()
{
    IngestPipeline pipeline;
    Testers testers(pipeline);
    pipeline.ingest(referenceBatch(0, 3000));
    pipeline.flush();
    // Some still in flight when clearing: discarded, but the ids they created stay known.
    pipeline.ingest(referenceBatch(0, 1500));
    pipeline.clear();
    QCOMPARE(pipeline.messageLog()->rowCount(), 0);
    QCOMPARE(pipeline.topicTree()->rowCount(), 0);
    QCOMPARE(pipeline.series()->pointCount(), qsizetype(0));
    QCOMPARE(pipeline.stats().pending, 0);
    pipeline.ingest(referenceBatch(0, 2000));
    pipeline.ingest({Mqtt::Message(QStringLiteral("new/topic"), "{\"x\":1}")});
    pipeline.flush();
    QCOMPARE(pipeline.messageLog()->rowCount(), 2001);
    QCOMPARE(pipeline.messageLog()->index(2000, MessageLogModel::TopicColumn).data().toString(), QStringLiteral("new/topic"));
    QCOMPARE(pipeline.topicTree()->indexForTopic(QStringLiteral("sensors")).data(TopicTreeModel::SubtreeMessageCountRole).toULongLong(), 2000ull);
    QCOMPARE(pipeline.series()->find(QStringLiteral("new/topic"), QStringLiteral("x"))->count(), qsizetype(1));
    QCOMPARE(pipeline.series()->find(QStringLiteral("sensors/b0/r0/dev0"), QStringLiteral("temperature"))->count(), qsizetype(2));
}

void TestIngest::historyDepthAndTruncation()
{
    IngestPipeline pipeline;
    pipeline.history()->setDepth(5);
    pipeline.history()->setMaxPayloadSize(8);
    pipeline.messageLog()->setPreviewBytes(4);
    QList<Mqtt::Message> batch;
    for (int i = 0; i < 12; ++i)
        batch.append(Mqtt::Message(QStringLiteral("h"), QByteArray("payload-") + QByteArray::number(i)));
    Mqtt::Message withProps(QStringLiteral("h"), "short", 2, true);
    withProps.properties().setValue(Mqtt::PropertyId::ContentType, QStringLiteral("text/plain"));
    batch.append(withProps);
    pipeline.ingest(batch);
    pipeline.flush();
    const TopicHistory *h = pipeline.history()->history(pipeline.topics().id(QStringLiteral("h")));
    QVERIFY(h);
    QCOMPARE(h->count(), 5);
    QCOMPARE(h->firstSequence(), 8u);
    QCOMPARE(h->endSequence(), 13u);
    HistoryMessage m = h->at(0);
    QCOMPARE(m.payload, QByteArray("payload-"));
    QCOMPARE(m.size, qsizetype(9));
    QVERIFY(m.isTruncated());
    QCOMPARE(m.sequence, 8u);
    m = h->at(4);
    QCOMPARE(m.payload, QByteArray("short"));
    QVERIFY(!m.isTruncated());
    QCOMPARE(m.qos, quint8(2));
    QVERIFY(m.retain);
    QCOMPARE(m.properties.contentType().value_or(QString()), QStringLiteral("text/plain"));
    QCOMPARE(h->indexOfSequence(7), -1);
    QCOMPARE(h->indexOfSequence(12), 4);
    // The log's full-payload lookup sees the truncation too.
    bool complete = true;
    QCOMPARE(pipeline.messageLog()->payloadOf(pipeline.messageLog()->sequenceAt(9), &complete), QByteArray("payload-"));
    QVERIFY(!complete);
}

void TestIngest::receiveTimeWhenUnset()
{
    IngestPipeline pipeline;
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    pipeline.ingest({Mqtt::Message(QStringLiteral("t"), "1")});
    pipeline.flush();
    const qint64 ts = pipeline.messageLog()->index(0, 0).data(MessageLogModel::TimestampRole).toLongLong();
    QVERIFY(ts >= before);
    QCOMPARE(pipeline.series()->find(QStringLiteral("t"), QString())->at(0).time, double(ts));
}

void TestIngest::seriesKeepArrivalOrder_data()
{
    QTest::addColumn<bool>("threaded");
    QTest::newRow("threaded") << true;
    QTest::newRow("unthreaded") << false;
}

void TestIngest::seriesKeepArrivalOrder()
{
    // Points are regrouped by series on the worker; within a series the order must hold.
    QFETCH(bool, threaded);
    IngestOptions options;
    options.threaded = threaded;
    IngestPipeline pipeline(options);
    for (int b = 0; b < 5; ++b) {
        QList<Mqtt::Message> batch;
        for (int i = 0; i < 300; ++i) {
            const int n = b * 300 + i;
            batch.append(Mqtt::Message(QStringLiteral("t/%1").arg(n % 3),
                                       "{\"a\":" + QByteArray::number(n) + ",\"b\":[" + QByteArray::number(-n) + "]}"));
        }
        pipeline.ingest(batch);
    }
    pipeline.ingest({Mqtt::Message(QStringLiteral("t/0"), "not json"), Mqtt::Message(QStringLiteral("t/1"), "7")});
    pipeline.flush();
    for (int t = 0; t < 3; ++t) {
        Series *a = pipeline.series()->find(QStringLiteral("t/%1").arg(t), QStringLiteral("a"));
        Series *b = pipeline.series()->find(QStringLiteral("t/%1").arg(t), QStringLiteral("b[0]"));
        QVERIFY(a && b);
        QCOMPARE(a->count(), qsizetype(500));
        for (qsizetype k = 0; k < a->count(); ++k) {
            QCOMPARE(a->at(k).value, double(3 * k + t));
            QCOMPARE(b->at(k).value, -double(3 * k + t));
        }
    }
    QCOMPARE(pipeline.series()->find(QStringLiteral("t/1"), QString())->at(0).value, 7.0);
    QCOMPARE(pipeline.series()->count(), 7);
}

QTEST_GUILESS_MAIN(TestIngest)
#include "tst_ingest.moc"
