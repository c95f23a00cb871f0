// MessageLogModel and MessageLogFilterModel: columns and payloads, bounds with the dropped
// counter, filters by topic filter / substring / regular expression / direction, all under
// QAbstractItemModelTester while rows stream in and fall out.
#include "historystore.h"
#include "message.h"
#include "messagelogfiltermodel.h"
#include "messagelogmodel.h"
#include "topicregistry.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

class LogFixture
{
public:
    LogFixture()
        : log(std::make_unique<MessageLogModel>(&registry, &history))
        , tester(std::make_unique<QAbstractItemModelTester>(log.get(), QAbstractItemModelTester::FailureReportingMode::Fatal))
    {
        history.setEvictHook([this](const TopicHistory::Evicted &e) { log->historyEvicted(e); });
    }

    void add(const QString &topic, const QByteArray &payload, MessageDirection dir = MessageDirection::Received,
             quint8 qos = 0, bool retain = false, qint64 time = 1764000000123)
    {
        const Mqtt::Message m(topic, payload, qos, retain);
        const quint32 id = registry.intern(topic);
        quint32 hs = MessageLogStore::NoHistory;
        if (dir == MessageDirection::Received)
            hs = history.append(id, m, time, log->store().nextTag());
        log->append(id, m, time, dir, hs);
    }
    QString cell(int row, int column) const { return log->index(row, column).data().toString(); }

    TopicRegistry registry;
    HistoryStore history;
    std::unique_ptr<MessageLogModel> log;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

QStringList topicsOf(const QAbstractItemModel *model)
{
    QStringList topics;
    for (int r = 0; r < model->rowCount(); ++r)
        topics << model->index(r, MessageLogModel::TopicColumn).data().toString();
    return topics;
}

} // namespace

class TestMessageLogModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void columns();
    void fullPayloadThroughHistory();
    void oneInsertPerCommit();
    void commitUpToLimit();
    void overflowDropsOldest();
    void byteBudget();
    void previewsOutliveHistory();
    void previewLongerThanTheHistoryKeeps();
    void shrinkingBoundsDropsAtOnce();
    void clearResets();
    void filterByTopic_data();
    void filterByTopic();
    void filterByPayload();
    void filterByDirection();
    void invalidFilters();
    void filterFollowsStreamAndOverflow();
    void filterScansInSlices();
    void headers();
};

void TestMessageLogModel::columns()
{
    LogFixture f;
    f.add(QStringLiteral("sensors/b1/r2/dev3"), "{\"temperature\":23.4}", MessageDirection::Received, 1, true);
    f.add(QStringLiteral("cmd/light"), "on", MessageDirection::Sent, 2, false);
    f.log->commit();
    QCOMPARE(f.log->rowCount(), 2);
    QCOMPARE(f.cell(0, MessageLogModel::DirectionColumn), QStringLiteral("received"));
    QCOMPARE(f.cell(1, MessageLogModel::DirectionColumn), QStringLiteral("sent"));
    QCOMPARE(f.cell(0, MessageLogModel::TopicColumn), QStringLiteral("sensors/b1/r2/dev3"));
    QCOMPARE(f.cell(0, MessageLogModel::QosColumn), QStringLiteral("1"));
    QCOMPARE(f.cell(0, MessageLogModel::RetainColumn), QStringLiteral("retained"));
    QCOMPARE(f.cell(1, MessageLogModel::RetainColumn), QString());
    QCOMPARE(f.cell(0, MessageLogModel::SizeColumn), QStringLiteral("20"));
    QCOMPARE(f.cell(0, MessageLogModel::PayloadColumn), QStringLiteral("{\"temperature\":23.4}"));
    QVERIFY(!f.cell(0, MessageLogModel::TimeColumn).isEmpty());
    const QModelIndex i = f.log->index(0, 0);
    QCOMPARE(i.data(MessageLogModel::TimestampRole).toLongLong(), 1764000000123);
    QCOMPARE(i.data(MessageLogModel::SequenceRole).toULongLong(), 0ull);
    QCOMPARE(i.data(MessageLogModel::RetainRole).toBool(), true);
    QCOMPARE(f.log->index(1, 0).data(MessageLogModel::DirectionRole).toInt(), int(MessageDirection::Sent));
    QCOMPARE(f.log->index(1, 0).data(MessageLogModel::HistorySequenceRole).toUInt(), MessageLogStore::NoHistory);
}

void TestMessageLogModel::fullPayloadThroughHistory()
{
    LogFixture f;
    const QByteArray big = "{\"data\":\"" + QByteArray(500, 'a') + "\",\"end\":1}";
    f.add(QStringLiteral("big"), big);
    f.log->commit();
    // The log keeps only a prefix; the row still shows the size and marks the cut.
    QCOMPARE(f.log->store().preview(0).size(), qsizetype(MessageLogStore::DefaultPreviewBytes));
    QVERIFY(f.cell(0, MessageLogModel::PayloadColumn).endsWith(QChar(0x2026)));
    QCOMPARE(f.log->index(0, 0).data(MessageLogModel::SizeRole).toULongLong(), qulonglong(big.size()));
    // The whole payload comes from the topic's history while it has it.
    QCOMPARE(f.log->index(0, 0).data(MessageLogModel::PayloadRole).toByteArray(), big);
    QCOMPARE(f.log->index(0, 0).data(MessageLogModel::PayloadCompleteRole).toBool(), true);
    // Once the history has moved on, the prefix is what is left.
    f.history.setDepth(1);
    f.add(QStringLiteral("big"), "small");
    f.log->commit();
    QCOMPARE(f.log->index(0, 0).data(MessageLogModel::PayloadRole).toByteArray(), big.left(MessageLogStore::DefaultPreviewBytes));
    QCOMPARE(f.log->index(0, 0).data(MessageLogModel::PayloadCompleteRole).toBool(), false);
    QCOMPARE(f.log->index(1, 0).data(MessageLogModel::PayloadRole).toByteArray(), QByteArray("small"));
}

void TestMessageLogModel::oneInsertPerCommit()
{
    LogFixture f;
    QSignalSpy inserted(f.log.get(), &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < 5000; ++i)
        f.add(QStringLiteral("t/%1").arg(i % 10), QByteArray::number(i));
    QCOMPARE(f.log->rowCount(), 0);
    f.log->commit();
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 4999);
    f.log->commit(); // nothing new: no signal
    QCOMPARE(inserted.count(), 1);
}

// The pipeline's worker appends ahead of the GUI thread; a row shows once the GUI thread has
// applied its message (commitUpTo), and the limit holds for later commits (a bound change).
void TestMessageLogModel::commitUpToLimit()
{
    LogFixture f;
    QSignalSpy inserted(f.log.get(), &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < 10; ++i)
        f.add(QStringLiteral("t"), QByteArray::number(i));
    f.log->commitUpTo(4);
    QCOMPARE(f.log->rowCount(), 4);
    QCOMPARE(f.cell(3, MessageLogModel::PayloadColumn), QStringLiteral("3"));
    f.log->setMaxMessages(8); // drops 0 and 1, still shows nothing past the limit
    QCOMPARE(f.log->rowCount(), 2);
    QCOMPARE(f.cell(0, MessageLogModel::PayloadColumn), QStringLiteral("2"));
    f.log->commitUpTo(100);
    QCOMPARE(f.log->rowCount(), 8);
    QCOMPARE(f.cell(7, MessageLogModel::PayloadColumn), QStringLiteral("9"));
    QCOMPARE(inserted.count(), 2);
}

void TestMessageLogModel::overflowDropsOldest()
{
    LogFixture f;
    f.log->setMaxMessages(100);
    QSignalSpy removed(f.log.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy dropped(f.log.get(), &MessageLogModel::droppedCountChanged);
    for (int batch = 0; batch < 3; ++batch) {
        for (int i = 0; i < 70; ++i)
            f.add(QStringLiteral("n"), QByteArray::number(batch * 70 + i));
        f.log->commit();
    }
    QCOMPARE(f.log->rowCount(), 100);
    QCOMPARE(f.log->droppedCount(), 110ull);
    QCOMPARE(f.cell(0, MessageLogModel::PayloadColumn), QStringLiteral("110"));
    QCOMPARE(f.cell(99, MessageLogModel::PayloadColumn), QStringLiteral("209"));
    QCOMPARE(f.log->index(0, 0).data(MessageLogModel::SequenceRole).toULongLong(), 110ull);
    // One removal per commit that dropped rows, always at the top.
    QCOMPARE(removed.count(), 2);
    for (const QList<QVariant> &args : removed)
        QCOMPARE(args.at(1).toInt(), 0);
    QCOMPARE(dropped.count(), 2);
    QCOMPARE(dropped.last().at(0).toULongLong(), 110ull);

    // More rows in one commit than the log holds: the ones never shown are not announced.
    for (int i = 0; i < 250; ++i)
        f.add(QStringLiteral("n"), QByteArray::number(1000 + i));
    f.log->commit();
    QCOMPARE(f.log->rowCount(), 100);
    QCOMPARE(f.cell(0, MessageLogModel::PayloadColumn), QStringLiteral("1150"));
    QCOMPARE(f.log->droppedCount(), 360ull);
}

void TestMessageLogModel::byteBudget()
{
    LogFixture f;
    // Sent messages have no history: 24-byte entries plus up to 64 preview bytes each.
    f.log->setMaxBytes(10 * (24 + 64));
    for (int i = 0; i < 50; ++i)
        f.add(QStringLiteral("b"), QByteArray(64, char('a' + i % 26)), MessageDirection::Sent);
    f.log->commit();
    QCOMPARE(f.log->rowCount(), 10);
    QCOMPARE(f.log->droppedCount(), 40ull);
    QVERIFY(f.log->store().usedBytes() <= 10 * (24 + 64));
    QCOMPARE(f.cell(9, MessageLogModel::PayloadColumn), QString(64, QLatin1Char('a' + 49 % 26)));
    // Small payloads cost less, so more of them fit.
    for (int i = 0; i < 50; ++i)
        f.add(QStringLiteral("b"), "x", MessageDirection::Sent);
    f.log->commit();
    QCOMPARE(f.log->rowCount(), 10 * (24 + 64) / (24 + 1));
}

void TestMessageLogModel::previewsOutliveHistory()
{
    LogFixture f;
    f.history.setDepth(3);
    // While the history keeps a message, the log stores no copy of its payload.
    for (int i = 0; i < 3; ++i)
        f.add(QStringLiteral("h"), QByteArray("value-") + QByteArray::number(i));
    f.log->commit();
    QCOMPARE(f.log->store().usedBytes(), qsizetype(3 * 24));
    // The history tags a message with the low 32 bits of its log sequence; an eviction whose
    // topic or history sequence does not match the entry with that tag is someone else's.
    const quint32 tag = quint32(f.log->store().firstSequence());
    const quint32 topic = f.registry.intern(QStringLiteral("h"));
    f.log->historyEvicted(TopicHistory::Evicted{tag, topic + 1, 0, "other"});
    f.log->historyEvicted(TopicHistory::Evicted{tag, topic, 1, "other"});
    f.log->historyEvicted(TopicHistory::Evicted{tag + 7, topic, 0, "other"});
    QCOMPARE(f.log->store().usedBytes(), qsizetype(3 * 24));
    QCOMPARE(f.cell(0, MessageLogModel::PayloadColumn), QStringLiteral("value-0"));
    // The history moves on: the log copies the previews of what it still shows.
    for (int i = 3; i < 10; ++i)
        f.add(QStringLiteral("h"), QByteArray("value-") + QByteArray::number(i));
    f.log->commit();
    QCOMPARE(f.log->store().usedBytes(), qsizetype(10 * 24 + 7 * 7));
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(f.cell(i, MessageLogModel::PayloadColumn), QStringLiteral("value-%1").arg(i));
        QCOMPARE(f.log->index(i, 0).data(MessageLogModel::PayloadCompleteRole).toBool(), true);
    }
    // Dropping log rows releases their copies.
    f.log->setMaxMessages(2);
    QCOMPARE(f.log->store().usedBytes(), qsizetype(2 * 24));
    QCOMPARE(f.cell(0, MessageLogModel::PayloadColumn), QStringLiteral("value-8"));
    // Messages evicted after the log dropped them are ignored.
    for (int i = 10; i < 20; ++i)
        f.add(QStringLiteral("h"), "v");
    f.log->commit();
    QCOMPARE(f.log->rowCount(), 2);
    QCOMPARE(f.cell(1, MessageLogModel::PayloadColumn), QStringLiteral("v"));
}

void TestMessageLogModel::previewLongerThanTheHistoryKeeps()
{
    LogFixture f;
    f.history.setMaxPayloadSize(8); // less than the log's 64-byte preview
    const QByteArray payload(40, 'p');
    f.add(QStringLiteral("cut"), payload);
    f.log->commit();
    QCOMPARE(f.cell(0, MessageLogModel::PayloadColumn), QString::fromLatin1(payload));
    QCOMPARE(f.log->index(0, 0).data(MessageLogModel::PayloadCompleteRole).toBool(), true);
}

void TestMessageLogModel::shrinkingBoundsDropsAtOnce()
{
    LogFixture f;
    for (int i = 0; i < 30; ++i)
        f.add(QStringLiteral("s"), QByteArray::number(i));
    f.log->commit();
    QSignalSpy removed(f.log.get(), &QAbstractItemModel::rowsRemoved);
    f.log->setMaxMessages(5);
    QCOMPARE(f.log->rowCount(), 5);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(f.cell(0, MessageLogModel::PayloadColumn), QStringLiteral("25"));
}

void TestMessageLogModel::clearResets()
{
    LogFixture f;
    f.log->setMaxMessages(3);
    for (int i = 0; i < 10; ++i)
        f.add(QStringLiteral("c"), "1");
    f.log->commit();
    QSignalSpy reset(f.log.get(), &QAbstractItemModel::modelReset);
    f.log->clear();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(f.log->rowCount(), 0);
    QCOMPARE(f.log->droppedCount(), 0ull);
    f.add(QStringLiteral("c"), "2");
    f.log->commit();
    QCOMPARE(f.cell(0, MessageLogModel::PayloadColumn), QStringLiteral("2"));
}

void TestMessageLogModel::filterByTopic_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("everything") << QString() << QStringList{"a/b", "a/b/c", "a//b", "/x", "$SYS/load", "温度/1"};
    QTest::newRow("hash") << "#" << QStringList{"a/b", "a/b/c", "a//b", "/x", "温度/1"};
    QTest::newRow("sys") << "$SYS/#" << QStringList{"$SYS/load"};
    QTest::newRow("plus") << "a/+" << QStringList{"a/b"};
    QTest::newRow("empty level") << "a/+/b" << QStringList{"a//b"};
    QTest::newRow("subtree") << "a/b/#" << QStringList{"a/b", "a/b/c"};
    QTest::newRow("leading slash") << "/+" << QStringList{"/x"};
    QTest::newRow("unicode") << "温度/+" << QStringList{"温度/1"};
    QTest::newRow("exact") << "a/b/c" << QStringList{"a/b/c"};
}

void TestMessageLogModel::filterByTopic()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);
    LogFixture f;
    MessageLogFilterModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(f.log.get());
    for (const char *t : {"a/b", "a/b/c", "a//b", "/x", "$SYS/load", "温度/1"})
        f.add(QString::fromUtf8(t), "p");
    f.log->commit();
    proxy.setTopicFilter(filter);
    proxy.finishScan();
    QVERIFY(proxy.filterError().isEmpty());
    QCOMPARE(topicsOf(&proxy), expected);
}

void TestMessageLogModel::filterByPayload()
{
    LogFixture f;
    MessageLogFilterModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(f.log.get());
    f.add(QStringLiteral("p/1"), "{\"temperature\":23.4,\"humidity\":61.2}");
    f.add(QStringLiteral("p/2"), "{\"Temperature\":19.0}");
    f.add(QStringLiteral("p/3"), "status: OK");
    // The match is past the log's stored prefix: found through the history.
    f.add(QStringLiteral("p/4"), QByteArray(200, ' ') + "needle");
    f.add(QStringLiteral("p/5"), "Grüße");
    f.log->commit();

    proxy.setPayloadFilter(QStringLiteral("temperature"));
    proxy.finishScan();
    QCOMPARE(topicsOf(&proxy), QStringList{"p/1"});
    proxy.setPayloadFilter(QStringLiteral("temperature"), MessageLogFilterModel::PayloadSyntax::Substring, Qt::CaseInsensitive);
    proxy.finishScan();
    QCOMPARE(topicsOf(&proxy), (QStringList{"p/1", "p/2"}));
    proxy.setPayloadFilter(QStringLiteral("needle"));
    proxy.finishScan();
    QCOMPARE(topicsOf(&proxy), QStringList{"p/4"});
    proxy.setPayloadFilter(QStringLiteral("üß"));
    proxy.finishScan();
    QCOMPARE(topicsOf(&proxy), QStringList{"p/5"});
    proxy.setPayloadFilter(QStringLiteral("\"humidity\":6\\d\\.\\d"), MessageLogFilterModel::PayloadSyntax::RegularExpression);
    proxy.finishScan();
    QCOMPARE(topicsOf(&proxy), QStringList{"p/1"});
    proxy.setPayloadFilter(QStringLiteral("^STATUS"), MessageLogFilterModel::PayloadSyntax::RegularExpression, Qt::CaseInsensitive);
    proxy.finishScan();
    QCOMPARE(topicsOf(&proxy), QStringList{"p/3"});

    // Topic and payload filters combine.
    proxy.setPayloadFilter(QStringLiteral("emperature"));
    proxy.setTopicFilter(QStringLiteral("p/2"));
    proxy.finishScan();
    QCOMPARE(topicsOf(&proxy), QStringList{"p/2"});
    // Data comes from the source row.
    QCOMPARE(proxy.index(0, MessageLogModel::PayloadColumn).data().toString(), QStringLiteral("{\"Temperature\":19.0}"));
    QCOMPARE(proxy.mapFromSource(f.log->index(1, 2)), proxy.index(0, 2));
    QVERIFY(!proxy.mapFromSource(f.log->index(0, 2)).isValid());
}

void TestMessageLogModel::filterByDirection()
{
    LogFixture f;
    MessageLogFilterModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(f.log.get());
    f.add(QStringLiteral("in"), "1");
    f.add(QStringLiteral("out"), "2", MessageDirection::Sent);
    f.log->commit();
    proxy.setDirectionFilter(MessageDirection::Sent);
    proxy.finishScan();
    QCOMPARE(topicsOf(&proxy), QStringList{"out"});
    proxy.setDirectionFilter(std::nullopt);
    proxy.finishScan();
    QCOMPARE(topicsOf(&proxy), (QStringList{"in", "out"}));
}

void TestMessageLogModel::invalidFilters()
{
    LogFixture f;
    MessageLogFilterModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(f.log.get());
    f.add(QStringLiteral("a"), "x");
    f.log->commit();
    QSignalSpy errors(&proxy, &MessageLogFilterModel::filterErrorChanged);
    proxy.setTopicFilter(QStringLiteral("a/#/b"));
    QVERIFY(!proxy.filterError().isEmpty());
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setTopicFilter(QString());
    QVERIFY(proxy.filterError().isEmpty());
    proxy.setPayloadFilter(QStringLiteral("(unclosed"), MessageLogFilterModel::PayloadSyntax::RegularExpression);
    QVERIFY(proxy.filterError().contains(QStringLiteral("regular expression")));
    proxy.finishScan();
    QCOMPARE(proxy.rowCount(), 0);
    // As a substring the same text is fine.
    proxy.setPayloadFilter(QStringLiteral("(unclosed"));
    QVERIFY(proxy.filterError().isEmpty());
    QCOMPARE(errors.count(), 4);
}

void TestMessageLogModel::filterFollowsStreamAndOverflow()
{
    LogFixture f;
    f.log->setMaxMessages(500);
    MessageLogFilterModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(f.log.get());
    proxy.setTopicFilter(QStringLiteral("sensors/+/temp"));
    QSignalSpy proxyInserted(&proxy, &QAbstractItemModel::rowsInserted);
    QSignalSpy proxyRemoved(&proxy, &QAbstractItemModel::rowsRemoved);
    int expectedTemp = 0;
    for (int batch = 0; batch < 20; ++batch) {
        for (int i = 0; i < 100; ++i) {
            const int n = batch * 100 + i;
            const bool temp = n % 3 == 0;
            f.add(temp ? QStringLiteral("sensors/%1/temp").arg(n % 7) : QStringLiteral("sensors/%1/hum").arg(n % 7),
                  QByteArray::number(n));
        }
        f.log->commit();
        proxy.finishScan();
    }
    // Of the last 500 messages (1500..1999), the ones with n % 3 == 0.
    for (int n = 1500; n < 2000; ++n)
        expectedTemp += n % 3 == 0;
    QCOMPARE(proxy.rowCount(), expectedTemp);
    QCOMPARE(proxy.index(0, MessageLogModel::PayloadColumn).data().toString(), QStringLiteral("1500"));
    QCOMPARE(proxy.index(proxy.rowCount() - 1, MessageLogModel::PayloadColumn).data().toString(), QStringLiteral("1998"));
    for (int r = 0; r < proxy.rowCount(); ++r)
        QVERIFY(proxy.index(r, MessageLogModel::TopicColumn).data().toString().endsWith(QLatin1String("/temp")));
    QCOMPARE(proxyInserted.count(), 20);
    QVERIFY(proxyRemoved.count() > 0);
}

void TestMessageLogModel::filterScansInSlices()
{
    // A filter over many rows may need several slices; the result is the same.
    LogFixture f;
    for (int i = 0; i < 200000; ++i)
        f.add(QStringLiteral("x/%1").arg(i % 100), QByteArray("value ") + QByteArray::number(i));
    f.log->commit();
    MessageLogFilterModel proxy;
    proxy.setSourceModel(f.log.get());
    proxy.setPayloadFilter(QStringLiteral("value \\d*7$"), MessageLogFilterModel::PayloadSyntax::RegularExpression);
    QTRY_VERIFY_WITH_TIMEOUT(!proxy.isScanning(), 60000);
    QCOMPARE(proxy.rowCount(), 20000);
    QCOMPARE(proxy.index(0, MessageLogModel::PayloadColumn).data().toString(), QStringLiteral("value 7"));
}

void TestMessageLogModel::headers()
{
    LogFixture f;
    for (int c = 0; c < MessageLogModel::ColumnCount; ++c)
        QVERIFY(!f.log->headerData(c, Qt::Horizontal).toString().isEmpty());
    MessageLogFilterModel proxy;
    proxy.setSourceModel(f.log.get());
    // Headers show even when the filter has no rows.
    QCOMPARE(proxy.headerData(MessageLogModel::TopicColumn, Qt::Horizontal).toString(), QStringLiteral("Topic"));
}

QTEST_GUILESS_MAIN(TestMessageLogModel)
#include "tst_messagelogmodel.moc"
