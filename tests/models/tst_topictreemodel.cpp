// TopicTreeModel: structure for odd topics, statistics, retained clears with node removal,
// and batching (one rowsInserted per parent per commit), always under QAbstractItemModelTester.
#include "historystore.h"
#include "message.h"
#include "topicregistry.h"
#include "topictreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

// Drives a TopicTreeModel the way IngestPipeline does, with a registry for topic ids.
class TreeFixture
{
public:
    TreeFixture()
        : model(std::make_unique<TopicTreeModel>())
        , tester(std::make_unique<QAbstractItemModelTester>(model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal))
    {
    }

    void add(const QString &topic, const QByteArray &payload, quint8 qos = 0, bool retain = false, qint64 time = 1000)
    {
        const Mqtt::Message m(topic, payload, qos, retain);
        model->record(registry.intern(topic), topic, m, time);
    }
    void commit() { model->commit(2000); }
    void publish(const QString &topic, const QByteArray &payload, quint8 qos = 0, bool retain = false)
    {
        add(topic, payload, qos, retain);
        commit();
    }
    QModelIndex at(const QString &topic) const { return model->indexForTopic(topic); }
    QVariant value(const QString &topic, int role) const { return at(topic).data(role); }
    QString display(const QString &topic, int column) const
    {
        const QModelIndex i = at(topic);
        return i.sibling(i.row(), column).data().toString();
    }

    TopicRegistry registry;
    std::unique_ptr<TopicTreeModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

QStringList childNames(const QAbstractItemModel *model, const QModelIndex &parent)
{
    QStringList names;
    for (int r = 0; r < model->rowCount(parent); ++r)
        names << model->index(r, 0, parent).data(TopicTreeModel::TopicRole).toString().section(QLatin1Char('/'), -1);
    return names;
}

} // namespace

class TestTopicTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oddTopics();
    void statistics();
    void previewIsOneTruncatedLine();
    void retainedClearRemovesNode();
    void retainedClearKeepsNodeWithChildren();
    void emptyPayloadOnRetainedTopicClears();
    void emptyNonRetainedPayloadIsAValue();
    void createAndClearInOneBatch();
    void oneInsertPerParentPerCommit();
    void dataChangedPerParent();
    void manySiblingsUseIndex();
    void clearResets();
    void veryDeepTopic();
    void headers();
    void valueIsTheRecordedMessageNotTheNewestStored();
};

void TestTopicTreeModel::oddTopics()
{
    TreeFixture f;
    f.publish(QStringLiteral("a//b"), "1");
    f.publish(QStringLiteral("/leading"), "2");
    f.publish(QStringLiteral("$SYS/broker/uptime"), "3");
    f.publish(QStringLiteral("温度/传感器/🌡"), "4");
    f.publish(QStringLiteral("trailing/"), "5");
    f.publish(QStringLiteral("a"), "6");

    QCOMPARE(childNames(f.model.get(), {}), (QStringList{"a", "", "$SYS", "温度", "trailing"}));
    // a//b: an empty level between a and b.
    const QModelIndex a = f.at(QStringLiteral("a"));
    QVERIFY(a.isValid());
    QCOMPARE(f.model->rowCount(a), 1);
    const QModelIndex empty = f.model->index(0, 0, a);
    QCOMPARE(empty.data(TopicTreeModel::TopicRole).toString(), QStringLiteral("a/"));
    QCOMPARE(empty.data().toString(), QStringLiteral("(empty)"));
    QCOMPARE(f.value(QStringLiteral("a//b"), TopicTreeModel::TopicRole).toString(), QStringLiteral("a//b"));
    QCOMPARE(f.display(QStringLiteral("a//b"), TopicTreeModel::ValueColumn), QStringLiteral("1"));
    // A leading '/' is an empty first level.
    QCOMPARE(f.value(QStringLiteral("/leading"), TopicTreeModel::TopicRole).toString(), QStringLiteral("/leading"));
    QCOMPARE(f.model->rowCount(f.model->index(1, 0)), 1);
    // A trailing '/' is an empty last level, which holds the value.
    QCOMPARE(f.display(QStringLiteral("trailing/"), TopicTreeModel::ValueColumn), QStringLiteral("5"));
    QVERIFY(!f.value(QStringLiteral("trailing"), TopicTreeModel::HasValueRole).toBool());
    QCOMPARE(f.display(QStringLiteral("$SYS/broker/uptime"), TopicTreeModel::ValueColumn), QStringLiteral("3"));
    QCOMPARE(f.display(QStringLiteral("温度/传感器/🌡"), TopicTreeModel::NameColumn), QStringLiteral("🌡"));
    // "a" got its own value after its subtopic existed.
    QCOMPARE(f.display(QStringLiteral("a"), TopicTreeModel::ValueColumn), QStringLiteral("6"));
    QCOMPARE(f.value(QStringLiteral("a"), TopicTreeModel::SubtreeMessageCountRole).toULongLong(), 2ull);
    QCOMPARE(f.value(QStringLiteral("a"), TopicTreeModel::SubtopicCountRole).toUInt(), 1u);
    QCOMPARE(f.model->nodeCount(), 13);
}

void TestTopicTreeModel::statistics()
{
    TreeFixture f;
    f.add(QStringLiteral("home/kitchen/temp"), "21.5", 1, false, 1000);
    f.add(QStringLiteral("home/kitchen/temp"), "21.6", 2, true, 1500);
    f.add(QStringLiteral("home/kitchen/hum"), "40", 0, false, 1200);
    f.add(QStringLiteral("home/garage/door"), "open", 0, false, 900);
    f.commit();

    QCOMPARE(f.value(QStringLiteral("home/kitchen/temp"), TopicTreeModel::MessageCountRole).toULongLong(), 2ull);
    QCOMPARE(f.value(QStringLiteral("home/kitchen/temp"), TopicTreeModel::QosRole).toInt(), 2);
    QCOMPARE(f.value(QStringLiteral("home/kitchen/temp"), TopicTreeModel::RetainedRole).toBool(), true);
    QCOMPARE(f.value(QStringLiteral("home/kitchen/temp"), TopicTreeModel::LastTimeRole).toLongLong(), 1500);
    QCOMPARE(f.value(QStringLiteral("home/kitchen/temp"), TopicTreeModel::PayloadRole).toByteArray(), QByteArray("21.6"));
    QCOMPARE(f.display(QStringLiteral("home/kitchen/temp"), TopicTreeModel::RetainedColumn), QStringLiteral("retained"));
    QCOMPARE(f.value(QStringLiteral("home/kitchen"), TopicTreeModel::MessageCountRole).toULongLong(), 0ull);
    QCOMPARE(f.value(QStringLiteral("home/kitchen"), TopicTreeModel::SubtreeMessageCountRole).toULongLong(), 3ull);
    QCOMPARE(f.value(QStringLiteral("home/kitchen"), TopicTreeModel::SubtopicCountRole).toUInt(), 2u);
    QCOMPARE(f.value(QStringLiteral("home"), TopicTreeModel::SubtreeMessageCountRole).toULongLong(), 4ull);
    QCOMPARE(f.value(QStringLiteral("home"), TopicTreeModel::SubtopicCountRole).toUInt(), 3u);
    QCOMPARE(f.value(QStringLiteral("home"), TopicTreeModel::ChildCountRole).toInt(), 2);
    QCOMPARE(f.value(QStringLiteral("home"), TopicTreeModel::LastTimeRole).toLongLong(), 1500);
    QVERIFY(!f.value(QStringLiteral("home"), TopicTreeModel::HasValueRole).toBool());
    QCOMPARE(f.display(QStringLiteral("home"), TopicTreeModel::ValueColumn), QString());
    // Four messages arrived before the commit: the subtree rate is positive.
    QVERIFY(f.value(QStringLiteral("home"), TopicTreeModel::RateRole).toDouble() >= 0.0);
    QVERIFY(f.model->index(0, 0).data(TopicTreeModel::RateRole).isValid());
    // Sorting uses numbers, also where the display is empty.
    const QModelIndex home = f.at(QStringLiteral("home"));
    QCOMPARE(home.sibling(home.row(), TopicTreeModel::MessagesColumn).data(TopicTreeModel::SortRole).toULongLong(), 0ull);
    QCOMPARE(home.sibling(home.row(), TopicTreeModel::SubtreeMessagesColumn).data(TopicTreeModel::SortRole).toULongLong(), 4ull);
    QCOMPARE(home.sibling(home.row(), TopicTreeModel::LastMessageColumn).data(TopicTreeModel::SortRole).toLongLong(), 1500);
}

void TestTopicTreeModel::previewIsOneTruncatedLine()
{
    TreeFixture f;
    f.publish(QStringLiteral("t/multi"), "line one\nline two\r\n\tend");
    QCOMPARE(f.display(QStringLiteral("t/multi"), TopicTreeModel::ValueColumn), QStringLiteral("line one line two   end"));
    f.publish(QStringLiteral("t/long"), QByteArray(5000, 'x'));
    const QString longText = f.display(QStringLiteral("t/long"), TopicTreeModel::ValueColumn);
    QVERIFY(longText.size() < 200);
    QVERIFY(longText.endsWith(QChar(0x2026)));
    f.publish(QStringLiteral("t/binary"), QByteArray("\x00\x01\xff\x10", 4));
    QCOMPARE(f.display(QStringLiteral("t/binary"), TopicTreeModel::ValueColumn), QStringLiteral("00 01 ff 10"));
    f.publish(QStringLiteral("t/utf8"), "Grüße 温度");
    QCOMPARE(f.display(QStringLiteral("t/utf8"), TopicTreeModel::ValueColumn), QStringLiteral("Grüße 温度"));
}

void TestTopicTreeModel::retainedClearRemovesNode()
{
    TreeFixture f;
    f.publish(QStringLiteral("x/y/z"), "v", 1, true);
    f.publish(QStringLiteral("x/other"), "w", 0, true);
    QVERIFY(f.at(QStringLiteral("x/y/z")).isValid());
    QCOMPARE(f.value(QStringLiteral("x"), TopicTreeModel::SubtreeMessageCountRole).toULongLong(), 2ull);

    QSignalSpy removed(f.model.get(), &QAbstractItemModel::rowsRemoved);
    // An empty retained message clears z; y then holds nothing and goes too, in one removal.
    f.publish(QStringLiteral("x/y/z"), QByteArray(), 1, true);
    QVERIFY(!f.at(QStringLiteral("x/y/z")).isValid());
    QVERIFY(!f.at(QStringLiteral("x/y")).isValid());
    QVERIFY(f.at(QStringLiteral("x")).isValid());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).value<QModelIndex>(), f.at(QStringLiteral("x")));
    QCOMPARE(childNames(f.model.get(), f.at(QStringLiteral("x"))), QStringList{"other"});
    QCOMPARE(f.value(QStringLiteral("x"), TopicTreeModel::SubtreeMessageCountRole).toULongLong(), 1ull);
    QCOMPARE(f.value(QStringLiteral("x"), TopicTreeModel::SubtopicCountRole).toUInt(), 1u);

    // Clearing the last topic empties the tree.
    f.publish(QStringLiteral("x/other"), QByteArray(), 0, true);
    QCOMPARE(f.model->rowCount(), 0);
    QCOMPARE(f.model->nodeCount(), 0);

    // The topic can come back.
    f.publish(QStringLiteral("x/y/z"), "again", 0, true);
    QCOMPARE(f.value(QStringLiteral("x/y/z"), TopicTreeModel::MessageCountRole).toULongLong(), 1ull);
    QCOMPARE(f.value(QStringLiteral("x"), TopicTreeModel::SubtreeMessageCountRole).toULongLong(), 1ull);

    // A clear for a topic never shown changes nothing.
    QSignalSpy inserted(f.model.get(), &QAbstractItemModel::rowsInserted);
    f.publish(QStringLiteral("never/seen"), QByteArray(), 0, true);
    QCOMPARE(inserted.count(), 0);
    QVERIFY(!f.at(QStringLiteral("never")).isValid());
}

void TestTopicTreeModel::retainedClearKeepsNodeWithChildren()
{
    TreeFixture f;
    f.publish(QStringLiteral("dev"), "online", 0, true);
    f.publish(QStringLiteral("dev/temp"), "20", 0, true);
    QCOMPARE(f.value(QStringLiteral("dev"), TopicTreeModel::SubtopicCountRole).toUInt(), 1u);
    f.publish(QStringLiteral("dev"), QByteArray(), 0, true);
    const QModelIndex dev = f.at(QStringLiteral("dev"));
    QVERIFY(dev.isValid());
    QVERIFY(!dev.data(TopicTreeModel::HasValueRole).toBool());
    QVERIFY(!dev.data(TopicTreeModel::RetainedRole).toBool());
    QCOMPARE(f.display(QStringLiteral("dev"), TopicTreeModel::ValueColumn), QString());
    QCOMPARE(dev.data(TopicTreeModel::MessageCountRole).toULongLong(), 2ull);
    // Once the child goes, the valueless parent goes with it.
    f.publish(QStringLiteral("dev/temp"), QByteArray(), 0, true);
    QCOMPARE(f.model->rowCount(), 0);
}

void TestTopicTreeModel::emptyPayloadOnRetainedTopicClears()
{
    // Brokers forward the clearing PUBLISH to existing subscribers with RETAIN 0.
    TreeFixture f;
    f.publish(QStringLiteral("r/t"), "kept", 0, true);
    f.publish(QStringLiteral("r/t"), QByteArray(), 0, false);
    QVERIFY(!f.at(QStringLiteral("r")).isValid());
}

void TestTopicTreeModel::emptyNonRetainedPayloadIsAValue()
{
    TreeFixture f;
    f.publish(QStringLiteral("e/t"), "x", 0, false);
    f.publish(QStringLiteral("e/t"), QByteArray(), 0, false);
    QVERIFY(f.at(QStringLiteral("e/t")).isValid());
    QVERIFY(f.value(QStringLiteral("e/t"), TopicTreeModel::HasValueRole).toBool());
    QCOMPARE(f.value(QStringLiteral("e/t"), TopicTreeModel::MessageCountRole).toULongLong(), 2ull);
}

void TestTopicTreeModel::createAndClearInOneBatch()
{
    TreeFixture f;
    f.publish(QStringLiteral("keep"), "1");
    QSignalSpy inserted(f.model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(f.model.get(), &QAbstractItemModel::rowsRemoved);
    f.add(QStringLiteral("temp/a/b"), "1", 0, true);
    f.add(QStringLiteral("keep/child"), "2", 0, true);
    f.add(QStringLiteral("temp/a/b"), QByteArray(), 0, true);
    f.add(QStringLiteral("keep/child"), QByteArray(), 0, true);
    f.add(QStringLiteral("keep/child2"), "3");
    f.commit();
    // Nothing the views saw was removed; only keep/child2 appears.
    QCOMPARE(removed.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(childNames(f.model.get(), {}), QStringList{"keep"});
    QCOMPARE(childNames(f.model.get(), f.at(QStringLiteral("keep"))), QStringList{"child2"});
    QCOMPARE(f.value(QStringLiteral("keep"), TopicTreeModel::SubtreeMessageCountRole).toULongLong(), 2ull);
}

void TestTopicTreeModel::oneInsertPerParentPerCommit()
{
    TreeFixture f;
    f.publish(QStringLiteral("sensors/b0/r0/dev0"), "{}");
    QSignalSpy inserted(f.model.get(), &QAbstractItemModel::rowsInserted);
    // 200 new devices under one existing parent, plus a new subtree with 50 devices, plus
    // repeated messages: one commit.
    for (int round = 0; round < 3; ++round) {
        for (int k = 1; k <= 200; ++k)
            f.add(QStringLiteral("sensors/b0/r0/dev%1").arg(k), "{\"temperature\":23.4}");
        for (int k = 0; k < 50; ++k)
            f.add(QStringLiteral("sensors/b1/r7/dev%1").arg(k), "1");
    }
    QCOMPARE(inserted.count(), 0); // nothing announced before the commit
    QCOMPARE(f.model->rowCount(f.at(QStringLiteral("sensors/b0/r0"))), 1);
    f.commit();
    // One insert under sensors/b0/r0 (200 rows), one under sensors (the b1 subtree).
    QCOMPARE(inserted.count(), 2);
    QMap<QString, QPair<int, int>> spans;
    for (const QList<QVariant> &args : inserted) {
        const QModelIndex parent = args.at(0).value<QModelIndex>();
        spans.insert(parent.data(TopicTreeModel::TopicRole).toString(), {args.at(1).toInt(), args.at(2).toInt()});
    }
    QCOMPARE(spans.value(QStringLiteral("sensors/b0/r0")), qMakePair(1, 200));
    QCOMPARE(spans.value(QStringLiteral("sensors")), qMakePair(1, 1));
    QCOMPARE(f.model->rowCount(f.at(QStringLiteral("sensors/b1/r7"))), 50);
    QCOMPARE(f.value(QStringLiteral("sensors"), TopicTreeModel::SubtreeMessageCountRole).toULongLong(), 1ull + 3 * 250);
    QCOMPARE(f.value(QStringLiteral("sensors"), TopicTreeModel::SubtopicCountRole).toUInt(), 251u);
    QCOMPARE(f.value(QStringLiteral("sensors/b0/r0/dev7"), TopicTreeModel::MessageCountRole).toULongLong(), 3ull);
}

void TestTopicTreeModel::dataChangedPerParent()
{
    TreeFixture f;
    for (int k = 0; k < 10; ++k)
        f.add(QStringLiteral("p/c%1").arg(k), "0");
    f.commit();
    QSignalSpy changed(f.model.get(), &QAbstractItemModel::dataChanged);
    for (int round = 0; round < 5; ++round) {
        f.add(QStringLiteral("p/c2"), "1");
        f.add(QStringLiteral("p/c7"), "1");
    }
    f.commit();
    // One for p's children (rows 2..7) and one for p itself at the top level.
    QCOMPARE(changed.count(), 2);
    for (const QList<QVariant> &args : changed) {
        const QModelIndex tl = args.at(0).value<QModelIndex>();
        const QModelIndex br = args.at(1).value<QModelIndex>();
        QCOMPARE(tl.parent(), br.parent());
        if (tl.parent().isValid()) {
            QCOMPARE(tl.row(), 2);
            QCOMPARE(br.row(), 7);
        }
    }
}

void TestTopicTreeModel::manySiblingsUseIndex()
{
    TreeFixture f;
    for (int k = 0; k < 500; ++k)
        f.add(QStringLiteral("wide/n%1").arg(k), "x");
    f.commit();
    for (int k = 0; k < 500; k += 7)
        f.add(QStringLiteral("wide/n%1").arg(k), "y");
    f.add(QStringLiteral("wide/n250/deeper"), "z");
    f.commit();
    QCOMPARE(f.model->rowCount(f.at(QStringLiteral("wide"))), 500);
    QCOMPARE(f.value(QStringLiteral("wide/n14"), TopicTreeModel::MessageCountRole).toULongLong(), 2ull);
    QCOMPARE(f.value(QStringLiteral("wide/n250/deeper"), TopicTreeModel::TopicRole).toString(), QStringLiteral("wide/n250/deeper"));
    // Removing one in the middle renumbers the rest.
    f.publish(QStringLiteral("wide/n100"), QByteArray(), 0, true);
    QCOMPARE(f.model->rowCount(f.at(QStringLiteral("wide"))), 499);
    QCOMPARE(f.at(QStringLiteral("wide/n101")).row(), 100);
    QVERIFY(!f.at(QStringLiteral("wide/n100")).isValid());
}

void TestTopicTreeModel::clearResets()
{
    TreeFixture f;
    f.publish(QStringLiteral("a/b"), "1");
    QSignalSpy reset(f.model.get(), &QAbstractItemModel::modelReset);
    f.model->clear();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(f.model->rowCount(), 0);
    f.publish(QStringLiteral("a/b"), "2");
    QCOMPARE(f.value(QStringLiteral("a/b"), TopicTreeModel::MessageCountRole).toULongLong(), 1ull);
}

void TestTopicTreeModel::veryDeepTopic()
{
    // The longest topic MQTT allows is 65535 bytes: this one has 30001 levels.
    TopicTreeModel model;
    TopicRegistry registry;
    const QString deep = QString(30000, QLatin1Char('/'));
    model.record(registry.intern(deep), deep, Mqtt::Message(deep, "v"), 1);
    model.commit(2);
    QCOMPARE(model.nodeCount(), 30001);
    QModelIndex i = model.index(0, 0);
    int depth = 0;
    while (model.rowCount(i) > 0) {
        i = model.index(0, 0, i);
        ++depth;
    }
    QCOMPARE(depth, 30000);
    QCOMPARE(i.data(TopicTreeModel::TopicRole).toString(), deep);
    // A retained clear prunes every empty level on the way up.
    model.record(registry.id(deep), deep, Mqtt::Message(deep, QByteArray(), 0, true), 3);
    model.commit(4);
    QCOMPARE(model.rowCount(), 0);
    model.record(registry.id(deep), deep, Mqtt::Message(deep, "again"), 5);
    model.commit(6);
    model.clear();
    QCOMPARE(model.nodeCount(), 0);
}

void TestTopicTreeModel::headers()
{
    TopicTreeModel model;
    for (int c = 0; c < TopicTreeModel::ColumnCount; ++c)
        QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
    QCOMPARE(model.headerData(TopicTreeModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Topic"));
}

// With a history, the pipeline's worker stores messages before the GUI thread records them in the
// tree: the Value and Size columns must show the message the tree recorded (rows change only at
// a commit, and a sort must not see values move under it), not the newest one stored.
void TestTopicTreeModel::valueIsTheRecordedMessageNotTheNewestStored()
{
    TopicRegistry registry;
    HistoryStore history;
    TopicTreeModel model;
    model.setHistory(&history);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QString topic = QStringLiteral("home/sensor");
    const quint32 id = registry.intern(topic);
    const Mqtt::Message first(topic, QByteArray("first"), 0, false);
    const Mqtt::Message second(topic, QByteArray("the second one"), 0, false);

    const quint32 s1 = history.append(id, first, 1000);
    model.recordStored(id, topic, first.qos(), first.retain(), first.payload().size(), s1, 1000);
    model.commit(2000);
    const QModelIndex node = model.indexForTopic(topic);
    const auto column = [&](int c) { return node.sibling(node.row(), c).data(); };
    QCOMPARE(column(TopicTreeModel::ValueColumn).toString(), QStringLiteral("first"));

    // Stored ahead of the tree, not recorded yet.
    const quint32 s2 = history.append(id, second, 1100);
    QCOMPARE(column(TopicTreeModel::ValueColumn).toString(), QStringLiteral("first"));
    QCOMPARE(column(TopicTreeModel::SizeColumn).toULongLong(), 5ull);

    model.recordStored(id, topic, second.qos(), second.retain(), second.payload().size(), s2, 1100);
    model.commit(3000);
    QCOMPARE(column(TopicTreeModel::ValueColumn).toString(), QStringLiteral("the second one"));
    QCOMPARE(column(TopicTreeModel::SizeColumn).toULongLong(), 14ull);
}

QTEST_GUILESS_MAIN(TestTopicTreeModel)
#include "tst_topictreemodel.moc"
