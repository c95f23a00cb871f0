// MessageInspector against a real mosquitto: paho's JSON with header and properties, every
// payload view for payloads published in that format, format switching, history diff naming
// the changed key, the sparkline, and the copy / save / re-publish actions.
#include "messageinspector.h"

#include "brokersession.h"
#include "historypanel.h"
#include "hexview.h"
#include "mosquittobroker.h"
#include "payloadview.h"
#include "sparkline.h"
#include "topichistorymodel.h"
#include "uitesthelpers.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QCborMap>
#include <QCborValue>
#include <QClipboard>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>

using Format = PayloadDecoder::Format;

class TestMessageInspector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void pahoJsonHeaderAndTree();
    void everyProperty();
    void viewsForPublishedFormats_data();
    void viewsForPublishedFormats();
    void switchFormat();
    void longValuesReadable();
    void historyDiffNamesChangedKey();
    void sparklineOfNumbers();
    void actions();

private:
    // Publishes through the broker and waits until the inspector shows it.
    void publishAndShow(const Mqtt::Message &message);
    QTreeWidgetItem *findItem(QTreeWidget *tree, const QString &key) const
    {
        const QList<QTreeWidgetItem *> found = tree->findItems(key, Qt::MatchExactly | Qt::MatchRecursive, 0);
        return found.isEmpty() ? nullptr : found.first();
    }

    MosquittoBroker m_broker;
    BrokerSession *m_session = nullptr;
    MessageInspector *m_inspector = nullptr;
};

void TestMessageInspector::initTestCase()
{
    QString error;
    QVERIFY2(m_broker.start(&error), qPrintable(error));
}

void TestMessageInspector::init()
{
    m_session = new BrokerSession;
    QVERIFY(UiTest::openSession(*m_session, m_broker));
    m_inspector = new MessageInspector(m_session);
    m_inspector->resize(900, 700);
    m_inspector->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_inspector));
}

void TestMessageInspector::cleanup()
{
    delete m_inspector;
    delete m_session;
}

void TestMessageInspector::publishAndShow(const Mqtt::Message &message)
{
    m_inspector->showTopic(message.topic());
    const int before = m_inspector->historyPanel()->model()->rowCount();
    m_session->publish(message);
    QTRY_COMPARE_WITH_TIMEOUT(m_inspector->historyPanel()->model()->rowCount(), before + 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_inspector->message().payload(), message.payload(), 10000);
    QTRY_VERIFY(!m_inspector->payloadView()->isBusy());
}

void TestMessageInspector::pahoJsonHeaderAndTree()
{
    const QString topic = QStringLiteral("insp/livingroom/sensor");
    m_inspector->showTopic(topic);
    QString sent;
    QVERIFY(UiTest::runPahoPublisher(m_broker, topic, 2, &sent));
    QTRY_COMPARE_WITH_TIMEOUT(m_inspector->historyPanel()->model()->rowCount(), 2, 10000);
    QTRY_COMPARE(m_inspector->message().payload(), sent.trimmed().split(QLatin1Char('\n')).last().toUtf8());
    PayloadView *view = m_inspector->payloadView();
    QCOMPARE(view->detectedFormat(), Format::Json);
    QCOMPARE(view->format(), Format::Json);
    QVERIFY(findItem(view->treeWidget(), QStringLiteral("temperature")));
    QVERIFY(findItem(view->treeWidget(), QStringLiteral("humidity")));
    QVERIFY(view->prettyEdit()->toPlainText().contains(QStringLiteral("\"temperature\"")));
    QCOMPARE(m_inspector->headerValue(QStringLiteral("Topic")), topic);
    QCOMPARE(m_inspector->headerValue(QStringLiteral("QoS")), QStringLiteral("1"));
    QCOMPARE(m_inspector->headerValue(QStringLiteral("Direction")), QStringLiteral("received"));
    QVERIFY(!m_inspector->headerValue(QStringLiteral("Time")).isEmpty());
    // Every tree node can hand out its path.
    QTreeWidgetItem *temperature = findItem(view->treeWidget(), QStringLiteral("temperature"));
    QCOMPARE(temperature->data(0, Qt::UserRole + 1).toString(), QStringLiteral("$.temperature"));
}

void TestMessageInspector::everyProperty()
{
    Mqtt::Message m(QStringLiteral("insp/props"), R"({"on": true})", 1, false);
    Mqtt::Properties &p = m.properties();
    p.setValue(Mqtt::PropertyId::PayloadFormatIndicator, 1);
    p.setValue(Mqtt::PropertyId::MessageExpiryInterval, 3600);
    p.setValue(Mqtt::PropertyId::ContentType, QStringLiteral("application/json"));
    p.setValue(Mqtt::PropertyId::ResponseTopic, QStringLiteral("insp/reply"));
    p.setValue(Mqtt::PropertyId::CorrelationData, QByteArray("id\x01", 3));
    p.addUserProperty(QStringLiteral("k"), QStringLiteral("first"));
    p.addUserProperty(QStringLiteral("a"), QStringLiteral("x"));
    p.addUserProperty(QStringLiteral("k"), QStringLiteral("second"));
    publishAndShow(m);
    QVERIFY(m_inspector->headerValue(QStringLiteral("Payload format")).startsWith(QStringLiteral("1")));
    QVERIFY(!m_inspector->headerValue(QStringLiteral("Message expiry")).isEmpty());
    QCOMPARE(m_inspector->headerValue(QStringLiteral("Content type")), QStringLiteral("application/json"));
    QCOMPARE(m_inspector->headerValue(QStringLiteral("Response topic")), QStringLiteral("insp/reply"));
    QCOMPARE(m_inspector->headerValue(QStringLiteral("Correlation data")), QStringLiteral("id\\x01  (69 64 01)"));
    // In order, duplicates kept.
    QCOMPARE(m_inspector->headerValue(QStringLiteral("User property")), QStringLiteral("k = first\na = x\nk = second"));
}

void TestMessageInspector::viewsForPublishedFormats_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<Format>("format");
    QImage image(8, 6, QImage::Format_RGB32);
    image.fill(Qt::red);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(image.save(&buffer, "PNG"));
    QTest::newRow("json") << QByteArray(R"({"a": [1, 2]})") << Format::Json;
    QTest::newRow("text") << QByteArray("plain words") << Format::Text;
    QTest::newRow("hex") << QByteArray("\x00\x01\x02\x03\xff", 5) << Format::Hex;
    QTest::newRow("cbor") << QCborValue(QCborMap{{QStringLiteral("temp"), 21.5}}).toCbor() << Format::Cbor;
    QTest::newRow("msgpack") << QByteArray::fromHex("82a16101a162920102") << Format::MessagePack;
    QTest::newRow("png") << png << Format::Image;
}

void TestMessageInspector::viewsForPublishedFormats()
{
    QFETCH(QByteArray, payload);
    QFETCH(Format, format);
    publishAndShow(Mqtt::Message(QStringLiteral("insp/format/%1").arg(QString::fromLatin1(QTest::currentDataTag())), payload));
    PayloadView *view = m_inspector->payloadView();
    QCOMPARE(view->detectedFormat(), format);
    QCOMPARE(view->format(), format);
    switch (format) {
    case Format::Json:
    case Format::Cbor:
    case Format::MessagePack:
        QVERIFY(view->treeWidget()->isVisible());
        QVERIFY(view->treeWidget()->topLevelItemCount() == 1);
        QVERIFY(view->treeWidget()->topLevelItem(0)->childCount() > 0);
        break;
    case Format::Text:
        QVERIFY(view->textEdit()->isVisible());
        QCOMPARE(view->textEdit()->toPlainText(), QString::fromUtf8(payload));
        break;
    case Format::Hex:
        QVERIFY(view->hexView()->isVisible());
        QCOMPARE(view->hexView()->data(), payload);
        QVERIFY(view->hexView()->lines(0, 1).startsWith(QStringLiteral("00000000  00 01 02 03 ff")));
        break;
    case Format::Image:
        QVERIFY(view->imageLabel()->isVisible());
        QCOMPARE(view->imageLabel()->pixmap().size(), QSize(8, 6));
        QVERIFY(view->note().contains(QStringLiteral("PNG")));
        break;
    default:
        QFAIL("unexpected format");
    }
}

void TestMessageInspector::longValuesReadable()
{
    const QString note = QStringLiteral("a long note ").repeated(30).trimmed();
    const QString blob = QStringLiteral("x").repeated(5000);
    publishAndShow(Mqtt::Message(QStringLiteral("insp/long"),
                                 QStringLiteral(R"({"note": "%1", "blob": "%2", "n": 1})").arg(note, blob).toUtf8()));
    PayloadView *view = m_inspector->payloadView();
    QTreeWidget *tree = view->treeWidget();
    // The column grows for the long value, but not past two thirds of the view.
    QVERIFY(tree->header()->sectionSize(1) > 200);
    QVERIFY(tree->header()->sectionSize(1) <= std::max(200, tree->viewport()->width() * 2 / 3));
    // The tooltip has the value whole, in lines; a huge one up to a limit.
    QTreeWidgetItem *noteItem = findItem(tree, QStringLiteral("note"));
    QVERIFY(noteItem);
    QCOMPARE(noteItem->toolTip(1).remove(QLatin1Char('\n')), note);
    QTreeWidgetItem *blobItem = findItem(tree, QStringLiteral("blob"));
    QVERIFY(blobItem);
    QVERIFY(blobItem->toolTip(1).size() < 2100);
    QVERIFY(blobItem->toolTip(1).endsWith(QChar(0x2026)));
    QVERIFY(findItem(tree, QStringLiteral("n"))->toolTip(1).isEmpty()); // short values need none
}

void TestMessageInspector::switchFormat()
{
    publishAndShow(Mqtt::Message(QStringLiteral("insp/switch"), R"({"x": 1})"));
    PayloadView *view = m_inspector->payloadView();
    QSignalSpy shown(view, &PayloadView::shown);
    view->tabBar()->setCurrentIndex(2); // Hex
    QCOMPARE(view->format(), Format::Hex);
    QVERIFY(view->hexView()->isVisible());
    view->setFormat(Format::Base64);
    QCOMPARE(view->textEdit()->toPlainText(), QStringLiteral("eyJ4IjogMX0="));
    // The choice holds for the next message of the topic.
    publishAndShow(Mqtt::Message(QStringLiteral("insp/switch"), R"({"x": 2})"));
    QCOMPARE(view->format(), Format::Base64);
    QVERIFY(shown.count() >= 2);
    // A wrong choice says why and shows the bytes.
    view->setFormat(Format::Cbor);
    QVERIFY(view->note().contains(QStringLiteral("CBOR")));
    QVERIFY(view->hexView()->isVisible());
}

void TestMessageInspector::historyDiffNamesChangedKey()
{
    const QString topic = QStringLiteral("insp/diff");
    publishAndShow(Mqtt::Message(topic, R"({"temperature": 21.5, "humidity": 40})"));
    publishAndShow(Mqtt::Message(topic, R"({"temperature": 23.0, "humidity": 40})"));
    HistoryPanel *history = m_inspector->historyPanel();
    QAbstractItemModelTester tester(history->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTableView *table = history->table();
    table->selectionModel()->select(history->model()->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    // One picked message: the inspector shows it and stops following.
    QVERIFY(!m_inspector->isFollowing());
    QVERIFY(m_inspector->message().payload().contains("21.5"));
    table->selectionModel()->select(history->model()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTreeWidget *diff = history->diffView();
    QCOMPARE(diff->topLevelItemCount(), 1);
    QCOMPARE(diff->topLevelItem(0)->text(1), QStringLiteral("$.temperature"));
    QCOMPARE(diff->topLevelItem(0)->text(2), QStringLiteral("21.5"));
    QCOMPARE(diff->topLevelItem(0)->text(3), QStringLiteral("23"));
    QVERIFY(history->findChild<QLabel *>(QStringLiteral("diffTitle"))->text().contains(QStringLiteral("JSON")));
    // Following again shows the newest.
    m_inspector->followAction()->setChecked(true);
    QVERIFY(m_inspector->message().payload().contains("23.0"));
}

void TestMessageInspector::sparklineOfNumbers()
{
    const QString topic = QStringLiteral("insp/spark");
    for (int v : {3, 1, 4, 1, 5})
        publishAndShow(Mqtt::Message(topic, QByteArray::number(v)));
    m_inspector->historyPanel()->refreshSparkline();
    QCOMPARE(m_inspector->historyPanel()->sparkline()->values(), (QVector<double>{3, 1, 4, 1, 5}));
}

void TestMessageInspector::actions()
{
    QVERIFY(!m_inspector->republishAction()->isEnabled());
    QVERIFY(!m_inspector->republishAction()->toolTip().isEmpty());
    const QByteArray payload("hello {bytes}");
    publishAndShow(Mqtt::Message(QStringLiteral("insp/actions"), payload, 1, false));
    QVERIFY(m_inspector->republishAction()->isEnabled());
    m_inspector->copyPayload(QStringLiteral("hex"));
    QCOMPARE(QApplication::clipboard()->text(), QString::fromLatin1(payload.toHex()));
    m_inspector->copyPayload(QStringLiteral("base64"));
    QCOMPARE(QApplication::clipboard()->text(), QString::fromLatin1(payload.toBase64()));
    m_inspector->copyPayload(QStringLiteral("json"));
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("\"hello {bytes}\""));
    m_inspector->copyPayload(QStringLiteral("text"));
    QCOMPARE(QApplication::clipboard()->text(), QString::fromUtf8(payload));

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("payload.bin"));
    QVERIFY(m_inspector->savePayload(file));
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), payload);
    QString error;
    QVERIFY(!m_inspector->savePayload(dir.filePath(QStringLiteral("no/such/dir/x")), &error));
    QVERIFY(!error.isEmpty());

    QSignalSpy republish(m_inspector, &MessageInspector::publishRequested);
    m_inspector->republishAction()->trigger();
    QCOMPARE(republish.count(), 1);
    const auto message = republish.first().first().value<Mqtt::Message>();
    QCOMPARE(message.topic(), QStringLiteral("insp/actions"));
    QCOMPARE(message.payload(), payload);
    QCOMPARE(message.qos(), quint8(1));
}

QTEST_MAIN(TestMessageInspector)
#include "tst_messageinspector.moc"
