// Per-topic history (bounded, payload truncation visible, properties kept), its table model
// under QAbstractItemModelTester, and the small helpers it rests on (ByteQueue, PayloadText).
#include "bytequeue.h"
#include "historystore.h"
#include "message.h"
#include "payloadtext.h"
#include "topichistorymodel.h"
#include "topicregistry.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestTopicHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void byteQueueFifo();
    void byteQueueRelease();
    void payloadText();
    void historyBounded();
    void historyTruncation();
    void historyDepthChange();
    void historyRingGrowsAndWraps();
    void evictHook();
    void model();
    void modelFollowsTopicAppearing();
};

void TestTopicHistory::byteQueueFifo()
{
    ByteQueue q(256, 16);
    QList<ByteQueue::Ref> refs;
    QList<QByteArray> strings;
    for (int i = 0; i < 200; ++i) {
        strings.append(QByteArray(i % 40, char('a' + i % 26)) + QByteArray::number(i));
        refs.append(q.append(strings.last()));
    }
    for (int i = 0; i < 200; ++i)
        QCOMPARE(QByteArray(q.data(refs[i]), strings[i].size()), strings[i]);
    const qsizetype before = q.allocatedBytes();
    q.dropBefore(refs[150]);
    QVERIFY(q.allocatedBytes() < before);
    for (int i = 150; i < 200; ++i)
        QCOMPARE(QByteArray(q.data(refs[i]), strings[i].size()), strings[i]);
    // A string larger than a chunk gets its own.
    const QByteArray big(5000, 'z');
    const ByteQueue::Ref bigRef = q.append(big);
    QCOMPARE(QByteArray(q.data(bigRef), big.size()), big);
    q.clear();
    QCOMPARE(q.allocatedBytes(), qsizetype(0));
    const ByteQueue::Ref after = q.append("x");
    QCOMPARE(*q.data(after), 'x');
}

void TestTopicHistory::byteQueueRelease()
{
    ByteQueue q(64, 64);
    QList<ByteQueue::Ref> refs;
    for (int i = 0; i < 64; ++i)
        refs.append(q.append(QByteArray(16, char('A' + i % 26))));
    QCOMPARE(q.allocatedBytes(), qsizetype(16 * 64));
    // Out of order: chunks go once everything in them (and before them) is released.
    for (int i = 63; i >= 8; --i)
        q.release(refs[i]);
    QCOMPARE(q.allocatedBytes(), qsizetype(16 * 64));
    for (int i = 0; i < 8; ++i)
        q.release(refs[i]);
    // Only the chunk being filled stays.
    QCOMPARE(q.allocatedBytes(), qsizetype(64));
}

void TestTopicHistory::payloadText()
{
    QCOMPARE(PayloadText::preview("hello"), QStringLiteral("hello"));
    QCOMPARE(PayloadText::preview("a\nb\tc"), QStringLiteral("a b c"));
    QCOMPARE(PayloadText::preview("abcdef", 3), QStringLiteral("abc") + QChar(0x2026));
    // A stored prefix of a longer payload says so, even when it fits.
    QCOMPARE(PayloadText::preview("abc", 10, 100), QStringLiteral("abc") + QChar(0x2026));
    // A prefix cut inside a UTF-8 character is still text.
    const QByteArray utf8 = QStringLiteral("温度").toUtf8();
    QVERIFY(PayloadText::isText(utf8.left(4), true));
    QVERIFY(!PayloadText::isText(utf8.left(4), false));
    QCOMPARE(PayloadText::preview(utf8.left(4), 10, utf8.size()), QStringLiteral("温") + QChar(0x2026));
    QVERIFY(!PayloadText::isText(QByteArray("\xc0\xaf")));          // overlong
    QVERIFY(!PayloadText::isText(QByteArray("\xed\xa0\x80")));      // surrogate
    QVERIFY(!PayloadText::isText(QByteArray("a\x01z")));
    QCOMPARE(PayloadText::preview(QByteArray("\x01\x02\xfe", 3)), QStringLiteral("01 02 fe"));
    QCOMPARE(PayloadText::hex(QByteArray(10, '\0'), 2), QStringLiteral("00 00 ") + QChar(0x2026));
    // A surrogate pair is not split by the cut.
    QCOMPARE(PayloadText::preview(QStringLiteral("a😀b").toUtf8(), 2), QStringLiteral("a") + QChar(0x2026));
    QCOMPARE(PayloadText::preview(QByteArray()), QString());
}

void TestTopicHistory::historyBounded()
{
    TopicHistory h(3, 1024);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(h.append(Mqtt::Message(QStringLiteral("t"), QByteArray::number(i), quint8(i % 3), i % 2), 100 + i), quint32(i));
    QCOMPARE(h.count(), 3);
    QCOMPARE(h.firstSequence(), 7u);
    QCOMPARE(h.endSequence(), 10u);
    QCOMPARE(h.at(0).payload, QByteArray("7"));
    QCOMPARE(h.at(0).timestamp, 107);
    QCOMPARE(h.at(0).qos, quint8(1));
    QCOMPARE(h.at(0).retain, true);
    QCOMPARE(h.lastPayload(), QByteArrayView("9"));
    QCOMPARE(h.payloadOfSequence(8), QByteArrayView("8"));
    QVERIFY(h.payloadOfSequence(6).isEmpty());
    QVERIFY(h.memoryUsage() > 0);
}

void TestTopicHistory::historyTruncation()
{
    HistoryStore store;
    store.setMaxPayloadSize(4);
    const quint32 seq = store.append(0, Mqtt::Message(QStringLiteral("t"), "0123456789"), 1);
    store.append(0, Mqtt::Message(QStringLiteral("t"), "ab"), 2);
    const TopicHistory *h = store.history(0);
    QVERIFY(h);
    const HistoryMessage cut = h->at(int(seq));
    QCOMPARE(cut.payload, QByteArray("0123"));
    QCOMPARE(cut.size, qsizetype(10));
    QVERIFY(cut.isTruncated());
    QVERIFY(!h->at(1).isTruncated());
    QCOMPARE(HistoryStore::DefaultDepth, 1000);
    QCOMPARE(HistoryStore::DefaultMaxPayload, qsizetype(1024 * 1024));
    QVERIFY(!store.history(5));
}

void TestTopicHistory::historyDepthChange()
{
    HistoryStore store;
    for (int i = 0; i < 50; ++i)
        store.append(1, Mqtt::Message(QStringLiteral("t"), QByteArray::number(i)), i);
    QCOMPARE(store.history(1)->count(), 50);
    store.setDepth(10);
    QCOMPARE(store.history(1)->count(), 10);
    QCOMPARE(store.history(1)->at(0).payload, QByteArray("40"));
    store.append(1, Mqtt::Message(QStringLiteral("t"), "x"), 0);
    QCOMPARE(store.history(1)->count(), 10);
    store.setDepth(20);
    for (int i = 0; i < 15; ++i)
        store.append(1, Mqtt::Message(QStringLiteral("t"), "y"), 0);
    QCOMPARE(store.history(1)->count(), 20);
}

// The ring fills its capacity, doubles, wraps at the depth, and grows again when the depth is
// raised while wrapped: every kept payload stays in order under its sequence number.
void TestTopicHistory::historyRingGrowsAndWraps()
{
    TopicHistory h(37, 1024);
    quint32 next = 0;
    const auto expectKept = [&h, &next] {
        QCOMPARE(h.endSequence(), next);
        for (int i = 0; i < h.count(); ++i) {
            const quint32 sequence = h.firstSequence() + quint32(i);
            QCOMPARE(h.payloadAt(i), QByteArrayView(QByteArray::number(sequence)));
            QCOMPARE(h.timestampAt(i), qint64(sequence) * 10);
        }
    };
    const auto append = [&h, &next](int n) {
        for (int i = 0; i < n; ++i, ++next)
            QCOMPARE(h.append(Mqtt::Message(QStringLiteral("t"), QByteArray::number(next)), qint64(next) * 10), next);
    };
    append(5); // capacity 4 -> 8
    expectKept();
    append(60); // up to the depth, then wrapping
    QCOMPARE(h.count(), 37);
    expectKept();
    h.setDepth(100); // raised while wrapped: the next append regrows the ring
    append(40);
    QCOMPARE(h.count(), 77);
    expectKept();
    append(100);
    QCOMPARE(h.count(), 100);
    expectKept();
    h.setDepth(7);
    QCOMPARE(h.count(), 7);
    expectKept();
    append(3);
    QCOMPARE(h.count(), 7);
    expectKept();
}

void TestTopicHistory::evictHook()
{
    HistoryStore store;
    store.setDepth(2);
    QList<TopicHistory::Evicted> evicted;
    QList<QByteArray> payloads;
    store.setEvictHook([&](const TopicHistory::Evicted &e) {
        evicted.append(e);
        payloads.append(e.payload.toByteArray());
    });
    for (int i = 0; i < 5; ++i)
        store.append(7, Mqtt::Message(QStringLiteral("t"), QByteArray::number(i)), 0, 100 + i);
    QCOMPARE(evicted.size(), 3);
    QCOMPARE(evicted.at(0).tag, 100u);
    QCOMPARE(evicted.at(0).topicId, 7u);
    QCOMPARE(evicted.at(0).sequence, 0u);
    QCOMPARE(payloads.at(0), QByteArray("0"));
    QCOMPARE(evicted.at(2).tag, 102u);
    QCOMPARE(evicted.at(2).sequence, 2u);
    QCOMPARE(payloads.at(2), QByteArray("2"));
}

void TestTopicHistory::model()
{
    HistoryStore store;
    TopicRegistry registry;
    store.setDepth(5);
    TopicHistoryModel model(&store, &registry);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const quint32 id = registry.intern(QStringLiteral("a/b"));
    registry.intern(QStringLiteral("other"));
    model.setTopic(QStringLiteral("a/b"));
    QCOMPARE(model.rowCount(), 0);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    Mqtt::Message withProps(QStringLiteral("a/b"), "{\"v\":1}", 1, true);
    withProps.properties().addUserProperty(QStringLiteral("k"), QStringLiteral("v"));
    store.append(id, withProps, 1764000000123);
    store.append(id, Mqtt::Message(QStringLiteral("a/b"), "2"), 1764000000124);
    store.append(1, Mqtt::Message(QStringLiteral("other"), "x"), 1);
    Q_EMIT store.updated();
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, TopicHistoryModel::PayloadColumn).data().toString(), QStringLiteral("{\"v\":1}"));
    QCOMPARE(model.index(0, TopicHistoryModel::RetainColumn).data().toString(), QStringLiteral("retained"));
    QCOMPARE(model.index(0, 0).data(TopicHistoryModel::QosRole).toInt(), 1);
    QCOMPARE(model.index(1, 0).data(TopicHistoryModel::TimestampRole).toLongLong(), 1764000000124);
    QCOMPARE(model.message(0).properties.userProperties().size(), 1);
    QCOMPARE(model.headerData(TopicHistoryModel::PayloadColumn, Qt::Horizontal).toString(), QStringLiteral("Payload"));

    // Overflow: 7 more, depth 5: one removal at the top and one insertion.
    for (int i = 0; i < 7; ++i)
        store.append(id, Mqtt::Message(QStringLiteral("a/b"), QByteArray::number(10 + i)), 0);
    Q_EMIT store.updated();
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(model.index(0, TopicHistoryModel::PayloadColumn).data().toString(), QStringLiteral("12"));
    QCOMPARE(model.index(0, 0).data(TopicHistoryModel::SequenceRole).toUInt(), 4u);

    store.clear();
    QCOMPARE(model.rowCount(), 0);
    model.setTopic(QString());
    QCOMPARE(model.rowCount(), 0);
}

void TestTopicHistory::modelFollowsTopicAppearing()
{
    HistoryStore store;
    TopicRegistry registry;
    TopicHistoryModel model(&store, &registry);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTopic(QStringLiteral("later"));
    Q_EMIT store.updated();
    QCOMPARE(model.rowCount(), 0);
    const quint32 id = registry.intern(QStringLiteral("later"));
    store.append(id, Mqtt::Message(QStringLiteral("later"), "here"), 5);
    Q_EMIT store.updated();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, TopicHistoryModel::PayloadColumn).data().toString(), QStringLiteral("here"));
}

QTEST_GUILESS_MAIN(TestTopicHistory)
#include "tst_topichistory.moc"
