// TopicTreeView against a real mosquitto: paho's messages appear with their preview, search
// (substring, MQTT filter, payload), keyboard, the context menu's actions and signals, and a
// selection that stays put while rows pour in. The models run under QAbstractItemModelTester.
#include "topictreeview.h"

#include "brokersession.h"
#include "mosquittobroker.h"
#include "topicfiltermodel.h"
#include "topictreemodel.h"
#include "uitesthelpers.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

class TestTopicTreeView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pahoMessagesShowWithPreview();
    void searchFiltersAndKeyboard();
    void contextMenuActions();
    void subscribeHere();
    void selectionStableWhileRowsArrive();

private:
    QModelIndex viewIndex(TopicTreeView &view, const QString &topic)
    {
        auto *tree = view.session()->pipeline()->topicTree();
        return view.filterModel()->mapFromSource(tree->indexForTopic(topic));
    }
    MosquittoBroker m_broker;
};

void TestTopicTreeView::initTestCase()
{
    QString error;
    QVERIFY2(m_broker.start(&error), qPrintable(error));
}

void TestTopicTreeView::pahoMessagesShowWithPreview()
{
    BrokerSession session;
    QVERIFY(UiTest::openSession(session, m_broker));
    TopicTreeView view(&session);
    QAbstractItemModelTester tester(view.filterModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QVERIFY(UiTest::runPahoPublisher(m_broker, QStringLiteral("home/livingroom/sensor"), 3));
    const QString topic = QStringLiteral("home/livingroom/sensor");
    QTRY_VERIFY_WITH_TIMEOUT(viewIndex(view, topic).isValid(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(viewIndex(view, topic).data(TopicTreeModel::MessageCountRole).toULongLong(), qulonglong(3), 10000);
    const QModelIndex index = viewIndex(view, topic);
    QVERIFY(index.siblingAtColumn(TopicTreeModel::ValueColumn).data().toString().contains(QStringLiteral("temperature")));
    // The first levels expanded by themselves: the topic is on screen.
    QTRY_VERIFY(view.treeView()->visualRect(index).isValid());
    QVERIFY(view.treeView()->isExpanded(index.parent()));

    QSignalSpy current(&view, &TopicTreeView::currentTopicChanged);
    QVERIFY(view.selectTopic(topic));
    QCOMPARE(current.count(), 1);
    QCOMPARE(current.first().first().toString(), topic);
    QCOMPARE(view.currentTopic(), topic);

    // Enter opens the inspector.
    QSignalSpy inspect(&view, &TopicTreeView::inspectRequested);
    view.treeView()->setFocus();
    QTest::keyClick(view.treeView(), Qt::Key_Return);
    QCOMPARE(inspect.count(), 1);
    QCOMPARE(inspect.first().first().toString(), topic);
}

void TestTopicTreeView::searchFiltersAndKeyboard()
{
    BrokerSession session;
    QVERIFY(UiTest::openSession(session, m_broker));
    TopicTreeView view(&session);
    QAbstractItemModelTester tester(view.filterModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    for (const char *t : {"plant/a/temp", "plant/b/temp", "plant/b/pressure", "office/lamp"})
        session.publish(Mqtt::Message(QString::fromLatin1(t), t == QByteArrayView("office/lamp") ? "lamp is ON" : "1"));
    QTRY_VERIFY_WITH_TIMEOUT(viewIndex(view, QStringLiteral("office/lamp")).isValid()
                                 && viewIndex(view, QStringLiteral("plant/b/pressure")).isValid(), 10000);

    // Ctrl+F from the tree goes to the search box.
    view.treeView()->setFocus();
    QTest::keyClick(view.treeView(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(view.searchEdit()->hasFocus());

    QTest::keyClicks(view.searchEdit(), QStringLiteral("plant/+/temp"));
    QTest::keyClick(view.searchEdit(), Qt::Key_Return);
    QCOMPARE(view.filterModel()->mode(), TopicFilterModel::Mode::TopicFilter);
    QVERIFY(viewIndex(view, QStringLiteral("plant/b/temp")).isValid());
    QVERIFY(!viewIndex(view, QStringLiteral("plant/b/pressure")).isValid());
    QVERIFY(!viewIndex(view, QStringLiteral("office")).isValid());
    // Matches are shown expanded.
    QVERIFY(view.treeView()->visualRect(viewIndex(view, QStringLiteral("plant/b/temp"))).isValid());

    view.searchEdit()->setText(QStringLiteral("plant/#/x"));
    QTest::keyClick(view.searchEdit(), Qt::Key_Return);
    auto *status = view.findChild<QLabel *>(QStringLiteral("topicTreeStatus"));
    QVERIFY(status->isVisible());
    QVERIFY(status->text().contains(QStringLiteral("filter")));

    view.searchEdit()->setText(QStringLiteral("is on"));
    view.findChild<QObject *>(QStringLiteral("payloadSearch"))->setProperty("checked", true);
    QTest::keyClick(view.searchEdit(), Qt::Key_Return);
    QVERIFY(viewIndex(view, QStringLiteral("office/lamp")).isValid());
    QVERIFY(!viewIndex(view, QStringLiteral("plant")).isValid());
    view.searchEdit()->clear();
    QTest::keyClick(view.searchEdit(), Qt::Key_Return);
    QVERIFY(viewIndex(view, QStringLiteral("plant")).isValid());
}

void TestTopicTreeView::contextMenuActions()
{
    QVERIFY(UiTest::publishRetained(m_broker, QStringLiteral("ctx/sensor"), R"({"temperature": 21.5, "nested": {"rh": 40}})"));
    BrokerSession session;
    QVERIFY(UiTest::openSession(session, m_broker, QStringLiteral("ctx/#")));
    TopicTreeView view(&session);
    view.show();
    session.publish(Mqtt::Message(QStringLiteral("ctx/plain"), "17.25"));
    QTRY_VERIFY_WITH_TIMEOUT(viewIndex(view, QStringLiteral("ctx/plain")).isValid(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(viewIndex(view, QStringLiteral("ctx/sensor")).isValid(), 10000);

    std::unique_ptr<QMenu> menu(view.createContextMenu(viewIndex(view, QStringLiteral("ctx/sensor"))));
    auto action = [&](const QString &name) { return menu->findChild<QAction *>(name); };
    action(QStringLiteral("copyTopicAction"))->trigger();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("ctx/sensor"));
    action(QStringLiteral("copyPayloadAction"))->trigger();
    QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("21.5")));

    QSignalSpy publish(&view, &TopicTreeView::publishRequested);
    action(QStringLiteral("publishToAction"))->trigger();
    QCOMPARE(publish.count(), 1);
    const auto message = publish.first().first().value<Mqtt::Message>();
    QCOMPARE(message.topic(), QStringLiteral("ctx/sensor"));
    QVERIFY(message.retain());

    QSignalSpy plot(&view, &TopicTreeView::plotRequested);
    QStringList paths;
    for (QAction *a : menu->findChildren<QAction *>(QStringLiteral("plotAction")))
        paths << a->text();
    QCOMPARE(paths, (QStringList{QStringLiteral("nested.rh"), QStringLiteral("temperature")}));
    menu->findChildren<QAction *>(QStringLiteral("plotAction")).at(0)->trigger();
    QCOMPARE(plot.count(), 1);
    QCOMPARE(plot.first().at(1).toString(), QStringLiteral("nested.rh"));

    QSignalSpy clear(&view, &TopicTreeView::clearRetainedRequested);
    QVERIFY(action(QStringLiteral("clearRetainedAction"))->isEnabled());
    action(QStringLiteral("clearRetainedAction"))->trigger();
    QCOMPARE(clear.count(), 1);

    // A plain number: one Plot action with an empty path; not retained: clearing is disabled
    // and the tooltip says why.
    std::unique_ptr<QMenu> plain(view.createContextMenu(viewIndex(view, QStringLiteral("ctx/plain"))));
    QAction *clearPlain = plain->findChild<QAction *>(QStringLiteral("clearRetainedAction"));
    QVERIFY(!clearPlain->isEnabled());
    QVERIFY(!clearPlain->toolTip().isEmpty());
    plain->findChild<QAction *>(QStringLiteral("plotAction"))->trigger();
    QCOMPARE(plot.count(), 2);
    QCOMPARE(plot.last().at(1).toString(), QString());

    // Forget the subtree: gone from the view until the next message.
    plain->findChild<QAction *>(QStringLiteral("forgetAction"))->trigger();
    QVERIFY(!viewIndex(view, QStringLiteral("ctx/plain")).isValid());
    QVERIFY(viewIndex(view, QStringLiteral("ctx/sensor")).isValid());
    QVERIFY(UiTest::publishRetained(m_broker, QStringLiteral("ctx/sensor"), QByteArray())); // clean up
}

void TestTopicTreeView::subscribeHere()
{
    BrokerSession session;
    QVERIFY(UiTest::openSession(session, m_broker, QStringLiteral("sub/first")));
    TopicTreeView view(&session);
    view.show();
    session.publish(Mqtt::Message(QStringLiteral("sub/first"), "1"));
    QTRY_VERIFY_WITH_TIMEOUT(viewIndex(view, QStringLiteral("sub/first")).isValid(), 10000);
    std::unique_ptr<QMenu> menu(view.createContextMenu(viewIndex(view, QStringLiteral("sub"))));
    // No subscription covers the level "sub" itself.
    QVERIFY(!menu->findChild<QMenu *>(QStringLiteral("unsubscribeMenu"))->menuAction()->isEnabled());
    menu->findChild<QAction *>(QStringLiteral("subscribeHereAction"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(session.subscriptions().size(), 2, 10000);
    QTRY_VERIFY(view.findChild<QLabel *>(QStringLiteral("topicTreeStatus"))->text().contains(QStringLiteral("Subscribed")));
    session.publish(Mqtt::Message(QStringLiteral("sub/second/deeper"), "2"));
    QTRY_VERIFY_WITH_TIMEOUT(viewIndex(view, QStringLiteral("sub/second/deeper")).isValid(), 10000);

    std::unique_ptr<QMenu> again(view.createContextMenu(viewIndex(view, QStringLiteral("sub/second/deeper"))));
    const QList<QAction *> unsub = again->findChildren<QAction *>(QStringLiteral("unsubscribeAction"));
    QCOMPARE(unsub.size(), 1);
    QCOMPARE(unsub.first()->text(), QStringLiteral("sub/#"));
    unsub.first()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(session.subscriptions().size(), 1, 10000);
}

void TestTopicTreeView::selectionStableWhileRowsArrive()
{
    BrokerSession session;
    QVERIFY(UiTest::openSession(session, m_broker, QStringLiteral("flood/#")));
    TopicTreeView view(&session);
    QAbstractItemModelTester tester(view.filterModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.resize(500, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    session.publish(Mqtt::Message(QStringLiteral("flood/m"), "x"));
    QTRY_VERIFY_WITH_TIMEOUT(viewIndex(view, QStringLiteral("flood/m")).isValid(), 10000);
    QVERIFY(view.selectTopic(QStringLiteral("flood/m")));
    // Rows sorted before and after the selection keep arriving, a batch at a time.
    for (int i = 0; i < 200; ++i)
        session.publish(Mqtt::Message(QStringLiteral("flood/%1%2").arg(i % 2 ? QStringLiteral("a") : QStringLiteral("z")).arg(i), "1"));
    QTRY_COMPARE_WITH_TIMEOUT(session.pipeline()->topicTree()->nodeCount(), 202, 10000);
    QCOMPARE(view.currentTopic(), QStringLiteral("flood/m"));
    QVERIFY(view.treeView()->selectionModel()->isSelected(view.treeView()->currentIndex()));
    // The view filled up, so automatic expansion stopped.
    QVERIFY(view.autoExpandFinished());
}

QTEST_MAIN(TestTopicTreeView)
#include "tst_topictreeview.moc"
