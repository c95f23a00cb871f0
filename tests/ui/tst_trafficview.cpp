// TrafficView / TrafficModel against a real mosquitto: a busy subtree is ranked first with
// its share, rates follow the window, and a click asks for the subtree's topic.
#include "trafficview.h"

#include "brokersession.h"
#include "mosquittobroker.h"
#include "topictreemodel.h"
#include "trafficmodel.h"
#include "uitesthelpers.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateTime>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

class TestTrafficView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void busySubtreeRankedFirst();

private:
    MosquittoBroker m_broker;
};

void TestTrafficView::initTestCase()
{
    QString error;
    QVERIFY2(m_broker.start(&error), qPrintable(error));
}

void TestTrafficView::busySubtreeRankedFirst()
{
    BrokerSession session;
    QVERIFY(UiTest::openSession(session, m_broker));
    TrafficView view(&session);
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.show();
    view.setAutoRefresh(false);
    TrafficModel *model = view.model();
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch() + 100000;
    model->sample(t0);
    for (int i = 0; i < 60; ++i)
        session.publish(Mqtt::Message(QStringLiteral("busy/line%1/speed").arg(i % 3), QByteArray(100, 'x')));
    for (int i = 0; i < 5; ++i)
        session.publish(Mqtt::Message(QStringLiteral("quiet/door"), "open"));
    TopicTreeModel *tree = session.pipeline()->topicTree();
    QTRY_VERIFY_WITH_TIMEOUT(tree->indexForTopic(QStringLiteral("busy")).isValid()
                                 && tree->indexForTopic(QStringLiteral("busy")).data(TopicTreeModel::SubtreeMessageCountRole).toULongLong() == 60
                                 && tree->indexForTopic(QStringLiteral("quiet")).isValid()
                                 && tree->indexForTopic(QStringLiteral("quiet")).data(TopicTreeModel::SubtreeMessageCountRole).toULongLong() == 5,
                             10000);
    model->sample(t0 + 2000);
    QVERIFY(model->rowCount() >= 5);
    QCOMPARE(model->index(0, 0).data(TrafficModel::TopicRole).toString(), QStringLiteral("busy"));
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("busy/#"));
    QCOMPARE(model->index(0, 0).data(TrafficModel::MessageRateRole).toDouble(), 30.0);
    QCOMPARE(model->index(0, 0).data(TrafficModel::ByteRateRole).toDouble(), 3000.0);
    QVERIFY(qAbs(model->index(0, 0).data(TrafficModel::ShareRole).toDouble() - 60.0 / 65.0) < 1e-9);
    QCOMPARE(model->totalMessageRate(), 32.5);
    // Deeper levels are ranked too, below their parent.
    QCOMPARE(model->index(1, 0).data(TrafficModel::TopicRole).toString().left(10), QStringLiteral("busy/line0"));

    // Only the top level.
    view.depthBox()->setCurrentIndex(0);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(1, 0).data(TrafficModel::TopicRole).toString(), QStringLiteral("quiet"));

    // Nothing new over the next minute: the 10 s window is quiet, the minute still counts.
    model->sample(t0 + 40000);
    QCOMPARE(model->rowCount(), 0);
    view.windowBox()->setCurrentIndex(1);
    QCOMPARE(model->rowCount(), 2);

    QSignalSpy activated(&view, &TrafficView::topicActivated);
    const QRect rect = view.table()->visualRect(model->index(0, 0));
    QTest::mouseClick(view.table()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toString(), QStringLiteral("busy"));
}

QTEST_MAIN(TestTrafficView)
#include "tst_trafficview.moc"
