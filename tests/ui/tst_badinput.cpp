// Issue 8 §6, one test per case, through the real widgets: topics of 30,000 levels and a
// 64 kB topic name, a 100 MB payload, invalid UTF-8, fake JSON, 10,000-level JSON, CBOR and
// MessagePack bombs. Each shows what can be shown with a note; none crashes or hangs.
//
// Messages enter the session's pipeline directly (as the network thread hands them over):
// mosquitto itself refuses topics deeper than 200 levels, so the deep topic cannot come from
// a broker we run, but a broker we do not control may send it.
#include "brokersession.h"
#include "messageinspector.h"
#include "payloadview.h"
#include "topicfiltermodel.h"
#include "topictreemodel.h"
#include "topictreeview.h"
#include "trafficmodel.h"
#include "trafficview.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QTreeView>

#include "hexview.h"

using Format = PayloadDecoder::Format;

class TestBadInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void topicOf30000Levels();
    void topicName64k();
    void payload100MB();
    void invalidUtf8();
    void fakeJson();
    void deepJson();
    void cborBomb();
    void messagePackBomb();

private:
    void ingest(const Mqtt::Message &message)
    {
        m_session->pipeline()->ingest({message});
        m_session->pipeline()->flush();
    }
    // Shows the payload and waits for the view (large ones are formatted off the GUI thread).
    void show(const QByteArray &payload, qsizetype fullSize = -1)
    {
        m_inspector->showMessage(Mqtt::Message(QStringLiteral("bad/input"), payload), MessageDirection::Received, fullSize);
        QTRY_VERIFY_WITH_TIMEOUT(!m_inspector->payloadView()->isBusy(), 60000);
    }
    void choose(Format format)
    {
        m_inspector->payloadView()->setFormat(format);
        QTRY_VERIFY_WITH_TIMEOUT(!m_inspector->payloadView()->isBusy(), 60000);
    }

    BrokerSession *m_session = nullptr;
    TopicTreeView *m_tree = nullptr;
    MessageInspector *m_inspector = nullptr;
    TrafficView *m_traffic = nullptr;
};

void TestBadInput::init()
{
    m_session = new BrokerSession;
    m_tree = new TopicTreeView(m_session);
    m_inspector = new MessageInspector(m_session);
    m_traffic = new TrafficView(m_session);
    m_tree->show();
    m_inspector->show();
    m_traffic->show();
}

void TestBadInput::cleanup()
{
    delete m_traffic;
    delete m_inspector;
    delete m_tree;
    delete m_session;
}

void TestBadInput::topicOf30000Levels()
{
    QStringList levels;
    for (int i = 0; i < 30000; ++i)
        levels << QStringLiteral("l%1").arg(i % 10);
    const QString topic = levels.join(QLatin1Char('/'));
    ingest(Mqtt::Message(topic, "deep"));
    TopicTreeModel *model = m_session->pipeline()->topicTree();
    QCOMPARE(model->nodeCount(), 30000);
    QCOMPARE(model->indexForTopic(topic).data(TopicTreeModel::PayloadRole).toByteArray(), QByteArray("deep"));
    QTest::qWait(200); // let the view expand and paint what it will
    m_traffic->refresh();
    // The walk stops at four levels: the chain shows as its first levels, and nothing hangs.
    QVERIFY(m_traffic->model()->rowCount() <= TrafficModel::MaxRows);
    QCOMPARE(m_traffic->model()->index(0, 0).data(TrafficModel::TopicRole).toString(), QStringLiteral("l0"));
    m_inspector->showTopic(topic);
    QCOMPARE(m_inspector->headerValue(QStringLiteral("Topic")), topic);
    QCOMPARE(m_inspector->payloadView()->textEdit()->toPlainText(), QStringLiteral("deep"));
    m_tree->searchEdit()->setText(QStringLiteral("l9/l0/l1"));
    m_tree->filterModel()->setSearch(QStringLiteral("l9/l0/l1"));
    QVERIFY(m_tree->filterModel()->rowCount() == 1);
    model->forget(model->index(0, 0));
    QCOMPARE(model->nodeCount(), 0);
}

void TestBadInput::topicName64k()
{
    const QString topic = QString(65000, QLatin1Char('t'));
    ingest(Mqtt::Message(topic, "long"));
    QVERIFY(m_session->pipeline()->topicTree()->indexForTopic(topic).isValid());
    QVERIFY(m_tree->selectTopic(topic));
    QCOMPARE(m_tree->currentTopic(), topic);
    m_inspector->showTopic(topic);
    QCOMPARE(m_inspector->headerValue(QStringLiteral("Topic")), topic);
}

void TestBadInput::payload100MB()
{
    QByteArray huge(100 * 1024 * 1024, 'a');
    // Straight to the inspector (as from the log): text is cut with a note, hex shows all.
    show(huge);
    PayloadView *view = m_inspector->payloadView();
    QCOMPARE(view->detectedFormat(), Format::Text);
    QVERIFY2(view->note().contains(QStringLiteral("first 1.0 MiB of 100.0 MiB")), qPrintable(view->note()));
    // One megabyte line is broken up for display, and the note says so.
    QVERIFY(view->textEdit()->toPlainText().size() >= 1024 * 1024);
    QVERIFY(view->note().contains(QStringLiteral("broken")));
    choose(Format::Hex);
    QCOMPARE(view->hexView()->lineCount(), qsizetype(100 * 1024 * 1024 / 16));
    choose(Format::Json);
    QVERIFY(view->note().contains(QStringLiteral("JSON")));

    // Through the pipeline: the history keeps the first 1 MiB and the views say so.
    ingest(Mqtt::Message(QStringLiteral("bad/huge"), huge));
    huge.clear();
    m_inspector->showTopic(QStringLiteral("bad/huge"));
    QTRY_VERIFY_WITH_TIMEOUT(!view->isBusy(), 60000);
    QVERIFY2(view->note().contains(QStringLiteral("first 1.0 MiB of 100.0 MiB")), qPrintable(view->note()));
    QVERIFY(m_inspector->headerValue(QStringLiteral("Size")).contains(QStringLiteral("100.0 MiB")));
    QCOMPARE(m_session->pipeline()->topicTree()->indexForTopic(QStringLiteral("bad/huge")).data(TopicTreeModel::SizeRole).toULongLong(),
             qulonglong(100 * 1024 * 1024));
}

void TestBadInput::invalidUtf8()
{
    show(QByteArray("caf\xc3\xa9 \xc3\x28 \xff end", 14));
    PayloadView *view = m_inspector->payloadView();
    QCOMPARE(view->detectedFormat(), Format::Hex); // not text: shown as bytes
    choose(Format::Text);
    QCOMPARE(view->textEdit()->toPlainText(), QStringLiteral("caf\u00e9 \\xC3( \\xFF end"));
    // "2 byte(s) are ..." untranslated; the English plural file makes it "2 bytes are ...".
    QVERIFY2(view->note().contains(QStringLiteral("2 byte")) && view->note().contains(QStringLiteral("not valid UTF-8")),
             qPrintable(view->note()));
}

void TestBadInput::fakeJson()
{
    show(QByteArray(R"({"temperature": 22.5, "unit": "C",})"));
    PayloadView *view = m_inspector->payloadView();
    QCOMPARE(view->detectedFormat(), Format::Text);
    QVERIFY(view->textEdit()->toPlainText().contains(QStringLiteral("temperature")));
    choose(Format::Json);
    QVERIFY2(view->note().contains(QStringLiteral("Not valid JSON")), qPrintable(view->note()));
    QVERIFY(view->hexView()->isVisible());
}

void TestBadInput::deepJson()
{
    const QByteArray deep = QByteArray(10000, '[') + QByteArray(10000, ']');
    show(deep);
    PayloadView *view = m_inspector->payloadView();
    QCOMPARE(view->detectedFormat(), Format::Text);
    choose(Format::Json);
    QVERIFY2(view->note().contains(QStringLiteral("Not valid JSON")), qPrintable(view->note()));
    // 1,000 levels parse; the tree stops at 256 and says so.
    show(QByteArray(1000, '[') + QByteArray(1000, ']'));
    QCOMPARE(view->format(), Format::Json);
    QVERIFY2(view->note().contains(QStringLiteral("256")), qPrintable(view->note()));
}

void TestBadInput::cborBomb()
{
    // An array declaring 2^32-1 elements, a byte string declaring 2^62 bytes.
    for (const QByteArray &bomb : {QByteArray::fromHex("9affffffff01"), QByteArray::fromHex("5b400000000000000061")}) {
        show(bomb);
        PayloadView *view = m_inspector->payloadView();
        QCOMPARE(view->detectedFormat(), Format::Hex);
        choose(Format::Cbor);
        QVERIFY2(view->note().contains(QStringLiteral("Not valid CBOR")), qPrintable(view->note()));
        QCOMPARE(view->hexView()->data(), bomb);
    }
}

void TestBadInput::messagePackBomb()
{
    // array32 and map32 declaring 4 billion entries; str32 declaring 4 GB; 10,000 nested arrays.
    for (const QByteArray &bomb : {QByteArray::fromHex("ddffffffff01"), QByteArray::fromHex("dfffffffff01"),
                                   QByteArray::fromHex("dbffffffff61"), QByteArray(10000, char(0x91)) + '\x01'}) {
        show(bomb);
        PayloadView *view = m_inspector->payloadView();
        QCOMPARE(view->detectedFormat(), Format::Hex);
        choose(Format::MessagePack);
        QVERIFY2(view->note().contains(QStringLiteral("MessagePack")), qPrintable(view->note()));
    }
}

QTEST_MAIN(TestBadInput)
#include "tst_badinput.moc"
