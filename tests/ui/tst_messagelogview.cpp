// MessageLogView against a real mosquitto: filters (MQTT filter, payload substring and regex,
// direction), automatic pause when scrolled up, clear, and JSON Lines / CSV exports that
// re-read equal what paho published.
#include "messagelogview.h"

#include "brokersession.h"
#include "messagejson.h"
#include "messagelogfiltermodel.h"
#include "messagelogmodel.h"
#include "mosquittobroker.h"
#include "uitesthelpers.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestMessageLogView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void filters();
    void pauseWhenScrolledUp();
    void exportJsonLinesEqualsPublished();
    void exportCsvAndSelection();
    void rowActivatesMessage();

private:
    void setFilter(MessageLogView &view, int mode, const QString &text, int direction = 0)
    {
        view.modeBox()->setCurrentIndex(mode);
        view.directionBox()->setCurrentIndex(direction);
        view.filterEdit()->setText(text);
        QTest::keyClick(view.filterEdit(), Qt::Key_Return);
        view.filterModel()->finishScan();
    }
    MosquittoBroker m_broker;
};

void TestMessageLogView::initTestCase()
{
    QString error;
    QVERIFY2(m_broker.start(&error), qPrintable(error));
}

void TestMessageLogView::filters()
{
    BrokerSession session;
    QVERIFY(UiTest::openSession(session, m_broker, QStringLiteral("flt/#")));
    MessageLogView view(&session);
    QAbstractItemModelTester tester(view.filterModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.show();
    session.publish(Mqtt::Message(QStringLiteral("flt/a/temp"), "21.5"));
    session.publish(Mqtt::Message(QStringLiteral("flt/b/temp"), "error: sensor offline"));
    session.publish(Mqtt::Message(QStringLiteral("flt/b/hum"), "40"));
    // Three out, three back in.
    QTRY_COMPARE_WITH_TIMEOUT(session.pipeline()->messageLog()->rowCount(), 6, 10000);

    setFilter(view, 0, QStringLiteral("flt/+/temp"));
    QCOMPARE(view.filterModel()->rowCount(), 4);
    setFilter(view, 0, QStringLiteral("flt/+/temp"), 1); // received only
    QCOMPARE(view.filterModel()->rowCount(), 2);
    setFilter(view, 1, QStringLiteral("OFFLINE"), 2); // payload substring, any case, sent only
    QCOMPARE(view.filterModel()->rowCount(), 1);
    setFilter(view, 2, QStringLiteral("^\\d+(\\.\\d+)?$"));
    QCOMPARE(view.filterModel()->rowCount(), 4);
    setFilter(view, 2, QStringLiteral("(unclosed"));
    QVERIFY(!view.filterModel()->filterError().isEmpty());
    QVERIFY(view.findChild<QWidget *>(QStringLiteral("logStatus"))->isVisible());
    setFilter(view, 0, QString());
    QCOMPARE(view.filterModel()->rowCount(), 6);

    view.clearAction()->trigger();
    QCOMPARE(view.filterModel()->rowCount(), 0);
}

void TestMessageLogView::pauseWhenScrolledUp()
{
    BrokerSession session;
    QVERIFY(UiTest::openSession(session, m_broker, QStringLiteral("scroll/#")));
    MessageLogView view(&session);
    view.resize(600, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    for (int i = 0; i < 100; ++i)
        session.publish(Mqtt::Message(QStringLiteral("scroll/%1").arg(i), "x"));
    QTRY_COMPARE_WITH_TIMEOUT(session.pipeline()->messageLog()->rowCount(), 200, 10000);
    QScrollBar *bar = view.table()->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0 && bar->value() == bar->maximum()); // follows the stream
    QVERIFY(!view.isAutoScrollPaused());
    bar->setValue(0); // the user scrolls up
    QVERIFY(view.isAutoScrollPaused());
    session.publish(Mqtt::Message(QStringLiteral("scroll/more"), "y"));
    QTRY_COMPARE_WITH_TIMEOUT(session.pipeline()->messageLog()->rowCount(), 202, 10000);
    QCOMPARE(bar->value(), 0);
    bar->setValue(bar->maximum()); // back at the bottom: following again
    QVERIFY(!view.isAutoScrollPaused());
    view.pauseAction()->trigger();
    QVERIFY(view.isAutoScrollPaused());
}

void TestMessageLogView::exportJsonLinesEqualsPublished()
{
    BrokerSession session;
    QVERIFY(UiTest::openSession(session, m_broker, QStringLiteral("export/#")));
    MessageLogView view(&session);
    QString sent;
    QVERIFY(UiTest::runPahoPublisher(m_broker, QStringLiteral("export/livingroom/sensor"), 5, &sent));
    QTRY_COMPARE_WITH_TIMEOUT(session.pipeline()->messageLog()->rowCount(), 5, 10000);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("log.jsonl"));
    int count = 0;
    QString error;
    QVERIFY2(view.exportTo(file, MessageLogView::Scope::All, MessageLogView::ExportFormat::JsonLines, &error, &count),
             qPrintable(error));
    QCOMPARE(count, 5);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> published = sent.toUtf8().trimmed().split('\n');
    QCOMPARE(published.size(), 5);
    for (int i = 0; i < 5; ++i) {
        const QByteArray line = f.readLine();
        Mqtt::Message m;
        QString why;
        QVERIFY2(MessageJson::fromLine(line, &m, &why), qPrintable(why));
        QCOMPARE(m.topic(), QStringLiteral("export/livingroom/sensor"));
        QCOMPARE(m.payload(), published[i]);
        QCOMPARE(m.qos(), quint8(1));
        QVERIFY(m.timestamp() > 0);
    }
    QVERIFY(f.atEnd());
}

void TestMessageLogView::exportCsvAndSelection()
{
    BrokerSession session;
    QVERIFY(UiTest::openSession(session, m_broker, QStringLiteral("csv/#")));
    MessageLogView view(&session);
    view.show();
    session.publish(Mqtt::Message(QStringLiteral("csv/a"), "one, two"));
    session.publish(Mqtt::Message(QStringLiteral("csv/b"), QByteArray("\xff\x00", 2)));
    QTRY_COMPARE_WITH_TIMEOUT(session.pipeline()->messageLog()->rowCount(), 4, 10000);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("log.csv"));
    int count = 0;
    QVERIFY(view.exportTo(file, MessageLogView::Scope::All, MessageLogView::ExportFormat::Csv, nullptr, &count));
    QCOMPARE(count, 4);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray csv = f.readAll();
    QVERIFY(csv.startsWith(MessageJson::csvHeader()));
    QVERIFY(csv.contains(",out,csv/a,0,false,8,\"one, two\",false"));
    QVERIFY(csv.contains(",in,csv/b,0,false,2,/wA=,true"));

    // Selected rows only; filtered rows only.
    view.table()->selectRow(1);
    QVERIFY(view.exportTo(file, MessageLogView::Scope::Selected, MessageLogView::ExportFormat::JsonLines, nullptr, &count));
    QCOMPARE(count, 1);
    setFilter(view, 0, QStringLiteral("csv/b"), 1);
    QVERIFY(view.exportTo(file, MessageLogView::Scope::Filtered, MessageLogView::ExportFormat::JsonLines, nullptr, &count));
    QCOMPARE(count, 1);
    QString error;
    QVERIFY(!view.exportTo(dir.filePath(QStringLiteral("missing/dir/x.csv")), MessageLogView::Scope::All,
                           MessageLogView::ExportFormat::Csv, &error));
    QVERIFY(!error.isEmpty());
}

void TestMessageLogView::rowActivatesMessage()
{
    BrokerSession session;
    QVERIFY(UiTest::openSession(session, m_broker, QStringLiteral("act/#")));
    MessageLogView view(&session);
    view.show();
    Mqtt::Message m(QStringLiteral("act/x"), "payload", 1, false);
    m.properties().setValue(Mqtt::PropertyId::ContentType, QStringLiteral("text/plain"));
    session.publish(m);
    QTRY_COMPARE_WITH_TIMEOUT(session.pipeline()->messageLog()->rowCount(), 2, 10000);
    QSignalSpy activated(&view, &MessageLogView::messageActivated);
    view.table()->selectRow(1); // the received copy
    QCOMPARE(activated.count(), 1);
    const auto message = activated.first().first().value<Mqtt::Message>();
    QCOMPARE(message.topic(), QStringLiteral("act/x"));
    QCOMPARE(message.payload(), QByteArray("payload"));
    QCOMPARE(message.properties().contentType().value_or(QString()), QStringLiteral("text/plain"));
}

QTEST_MAIN(TestMessageLogView)
#include "tst_messagelogview.moc"
