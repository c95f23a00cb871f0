// TopicFilterModel (search by substring, MQTT filter, payload) and TopicTreeModel's size and
// byte counters and forget(), all under QAbstractItemModelTester.
#include "message.h"
#include "topicfiltermodel.h"
#include "topicregistry.h"
#include "topictreemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

class TestTopicFilterModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void substringShowsParents();
    void mqttFilter();
    void invalidFilterMatchesNothing();
    void payloadSearch();
    void sizeAndBytes();
    void forgetSubtree();
    void forgetKeepsParentWithValue();

private:
    void add(const QString &topic, const QByteArray &payload, bool retain = false)
    {
        m_tree->record(m_registry.intern(topic), topic, Mqtt::Message(topic, payload, 0, retain), 1000);
    }
    QStringList shown(const QModelIndex &parent = {}) const
    {
        QStringList out;
        for (int r = 0; r < m_filter->rowCount(parent); ++r) {
            const QModelIndex i = m_filter->index(r, 0, parent);
            out << i.data(TopicTreeModel::TopicRole).toString();
            out << shown(i);
        }
        return out;
    }

    TopicRegistry m_registry;
    TopicTreeModel *m_tree = nullptr;
    TopicFilterModel *m_filter = nullptr;
    QAbstractItemModelTester *m_treeTester = nullptr;
    QAbstractItemModelTester *m_filterTester = nullptr;
};

void TestTopicFilterModel::init()
{
    m_tree = new TopicTreeModel(this);
    m_filter = new TopicFilterModel(this);
    m_filter->setSourceModel(m_tree);
    m_treeTester = new QAbstractItemModelTester(m_tree, QAbstractItemModelTester::FailureReportingMode::Fatal, this);
    m_filterTester = new QAbstractItemModelTester(m_filter, QAbstractItemModelTester::FailureReportingMode::Fatal, this);
    add(QStringLiteral("home/livingroom/sensor"), R"({"temperature": 22.5})");
    add(QStringLiteral("home/kitchen/sensor"), R"({"temperature": 19})");
    add(QStringLiteral("home/kitchen/light"), "on");
    add(QStringLiteral("garden/pump"), "off", true);
    m_tree->commit(1000);
}

void TestTopicFilterModel::cleanup()
{
    delete m_filterTester;
    delete m_treeTester;
    delete m_filter;
    delete m_tree;
}

void TestTopicFilterModel::substringShowsParents()
{
    QVERIFY(m_filter->setSearch(QStringLiteral("KITCHEN")));
    QCOMPARE(m_filter->mode(), TopicFilterModel::Mode::Substring);
    QCOMPARE(shown(), (QStringList{QStringLiteral("home"), QStringLiteral("home/kitchen"), QStringLiteral("home/kitchen/sensor"),
                                   QStringLiteral("home/kitchen/light")}));
    QVERIFY(m_filter->setSearch(QString()));
    QCOMPARE(shown().size(), 8);
}

void TestTopicFilterModel::mqttFilter()
{
    QVERIFY(m_filter->setSearch(QStringLiteral("home/+/sensor")));
    QCOMPARE(m_filter->mode(), TopicFilterModel::Mode::TopicFilter);
    const QStringList s = shown();
    QVERIFY(s.contains(QStringLiteral("home/livingroom/sensor")));
    QVERIFY(s.contains(QStringLiteral("home/kitchen/sensor")));
    QVERIFY(!s.contains(QStringLiteral("home/kitchen/light")));
    QVERIFY(!s.contains(QStringLiteral("garden")));
    QVERIFY(m_filter->setSearch(QStringLiteral("garden/#")));
    QCOMPARE(shown(), (QStringList{QStringLiteral("garden"), QStringLiteral("garden/pump")}));
    // New topics that match show up as they arrive.
    add(QStringLiteral("garden/tap"), "1");
    m_tree->commit(2000);
    QVERIFY(shown().contains(QStringLiteral("garden/tap")));
}

void TestTopicFilterModel::invalidFilterMatchesNothing()
{
    QVERIFY(!m_filter->setSearch(QStringLiteral("home/#/x")));
    QVERIFY(!m_filter->filterError().isEmpty());
    QCOMPARE(m_filter->rowCount(), 0);
}

void TestTopicFilterModel::payloadSearch()
{
    QVERIFY(m_filter->setSearch(QStringLiteral("temperature")));
    QCOMPARE(m_filter->rowCount(), 0);
    QVERIFY(m_filter->setSearch(QStringLiteral("temperature"), true));
    const QStringList s = shown();
    QVERIFY(s.contains(QStringLiteral("home/kitchen/sensor")));
    QVERIFY(!s.contains(QStringLiteral("home/kitchen/light")));
    QVERIFY(m_filter->setSearch(QStringLiteral("OFF"), true)); // any case
    QVERIFY(shown().contains(QStringLiteral("garden/pump")));
}

void TestTopicFilterModel::sizeAndBytes()
{
    const QModelIndex sensor = m_tree->indexForTopic(QStringLiteral("home/kitchen/sensor"));
    QCOMPARE(sensor.data(TopicTreeModel::SizeRole).toULongLong(), qulonglong(19));
    QCOMPARE(sensor.siblingAtColumn(TopicTreeModel::SizeColumn).data().toULongLong(), qulonglong(19));
    QCOMPARE(m_tree->indexForTopic(QStringLiteral("home")).data(TopicTreeModel::SubtreeBytesRole).toULongLong(),
             qulonglong(21 + 19 + 2));
}

void TestTopicFilterModel::forgetSubtree()
{
    const int before = m_tree->nodeCount();
    m_tree->forget(m_tree->indexForTopic(QStringLiteral("home/kitchen")));
    QCOMPARE(m_tree->nodeCount(), before - 3);
    QVERIFY(!m_tree->indexForTopic(QStringLiteral("home/kitchen/sensor")).isValid());
    const QModelIndex home = m_tree->indexForTopic(QStringLiteral("home"));
    QCOMPARE(home.data(TopicTreeModel::SubtreeMessageCountRole).toULongLong(), qulonglong(1));
    QCOMPARE(home.data(TopicTreeModel::SubtopicCountRole).toUInt(), 1u);
    QCOMPARE(home.data(TopicTreeModel::SubtreeBytesRole).toULongLong(), qulonglong(21));
    // Forgetting the last child takes the empty parent levels too.
    m_tree->forget(m_tree->indexForTopic(QStringLiteral("home/livingroom/sensor")));
    QVERIFY(!m_tree->indexForTopic(QStringLiteral("home")).isValid());
    // A later message brings the topic back.
    add(QStringLiteral("home/kitchen/sensor"), "5");
    m_tree->commit(3000);
    QCOMPARE(m_tree->indexForTopic(QStringLiteral("home/kitchen/sensor")).data(TopicTreeModel::MessageCountRole).toULongLong(),
             qulonglong(1));
}

void TestTopicFilterModel::forgetKeepsParentWithValue()
{
    add(QStringLiteral("garden"), "root value");
    m_tree->commit(2000);
    m_tree->forget(m_tree->indexForTopic(QStringLiteral("garden/pump")));
    QVERIFY(m_tree->indexForTopic(QStringLiteral("garden")).isValid());
    QCOMPARE(m_tree->indexForTopic(QStringLiteral("garden")).data(TopicTreeModel::ChildCountRole).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestTopicFilterModel)
#include "tst_topicfiltermodel.moc"
