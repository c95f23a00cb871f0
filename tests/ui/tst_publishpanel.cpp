// The Publish dock with real widgets against a real mosquitto: every payload format and MQTT 5
// property received byte for byte by a paho subscriber; invalid input blocks publishing with
// its reason; results per message (QoS 0/1/2, 0x10 notice, refused by Maximum QoS and by an
// ACL as 0x87); Ctrl+Enter; history and saved messages; periodic publishing; request/response;
// clearing 10,000 retained topics while the GUI thread keeps beating.
#include "brokersession.h"
#include "mosquittobroker.h"
#include "payloadeditor.h"
#include "periodicpublisher.h"
#include "publishhistorymodel.h"
#include "publishpanel.h"
#include "publishpropertieseditor.h"
#include "requesttracker.h"
#include "retainedclearbar.h"
#include "savedmessagesmodel.h"
#include "topictreemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QFrame>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

#include <ctime>

class TestPublishPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void formatsAndPropertiesByteForByte();
    void invalidInputBlocksPublishing();
    void resultsPerMessage();
    void refusedPublishes();
    void historyAndSavedMessages();
    void periodicPublishing();
    void requestResponse();
    void clearTenThousandRetained();

private:
    bool connectSession(BrokerSession &session, quint16 port, const QList<Mqtt::Subscription> &subscriptions = {},
                        const QString &user = QString());
    std::unique_ptr<Mqtt::Client> connectClient(const QString &id);
    template<typename T>
    static T *child(QWidget *parent, const QString &name)
    {
        T *w = parent->findChild<T *>(name);
        if (!w)
            qWarning() << "no child" << name;
        return w;
    }

    MosquittoBroker m_broker;
    MosquittoBroker m_secured; // passwords, an ACL, and a listener with Maximum QoS 1
    quint16 m_maxQos1Port = 0;
};

static Mqtt::Subscription subscription(const QString &filter, quint8 qos = 1)
{
    Mqtt::Subscription s;
    s.filter = filter;
    s.options.maximumQos = qos;
    return s;
}

void TestPublishPanel::initTestCase()
{
    QString error;
    // 10,000 retained messages at once for one subscriber: no queue limit (mosquitto drops
    // QoS 1 messages beyond 1,000 queued by default).
    m_broker.addGlobalConfig({QStringLiteral("max_queued_messages 0")});
    QVERIFY2(m_broker.start(&error), qPrintable(error));

    const QString passwords = m_secured.createPasswordFile({{QStringLiteral("tester"), QStringLiteral("secret")}}, &error);
    QVERIFY2(!passwords.isEmpty(), qPrintable(error));
    const QString acl = m_secured.directory() + QStringLiteral("/acl");
    QFile aclFile(acl);
    QVERIFY(aclFile.open(QIODevice::WriteOnly));
    aclFile.write("user tester\ntopic readwrite allowed/#\ntopic read denied/#\n");
    aclFile.close();
    // The fixture sets per_listener_settings: security lines go with the listener.
    m_maxQos1Port = m_secured.addListener({QStringLiteral("allow_anonymous false"), QStringLiteral("password_file ") + passwords,
                                           QStringLiteral("acl_file ") + acl, QStringLiteral("max_qos 1")});
    QVERIFY2(m_secured.start(&error), qPrintable(error));
}

void TestPublishPanel::cleanupTestCase()
{
    m_broker.stop();
    m_secured.stop();
}

bool TestPublishPanel::connectSession(BrokerSession &session, quint16 port,
                                      const QList<Mqtt::Subscription> &subscriptions, const QString &user)
{
    Mqtt::ClientOptions options;
    options.host = m_broker.host();
    options.port = port;
    if (!user.isEmpty()) {
        options.username = user;
        options.password = QByteArray("secret");
    }
    QSignalSpy connected(&session, &BrokerSession::connected);
    QString error;
    if (!session.open(ConnectionSettings::plain(options), subscriptions, &error)) {
        qWarning() << error;
        return false;
    }
    if (!connected.wait(10000))
        return false;
    return QTest::qWaitFor([&] { return session.subscriptions().size() == subscriptions.size(); }, 10000);
}

std::unique_ptr<Mqtt::Client> TestPublishPanel::connectClient(const QString &id)
{
    auto client = std::make_unique<Mqtt::Client>();
    Mqtt::ClientOptions o;
    o.host = m_broker.host();
    o.port = m_broker.port();
    o.clientId = id;
    client->setOptions(o);
    QSignalSpy connected(client.get(), &Mqtt::Client::connected);
    client->connectToHost();
    if (!connected.wait(10000))
        return nullptr;
    return client;
}

static qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

static QString latestResult(PublishPanel &panel)
{
    return panel.results()->count() ? panel.results()->item(0)->text() : QString();
}

static PublishPanel::Severity latestSeverity(PublishPanel &panel)
{
    return panel.results()->count() ? PublishPanel::Severity(panel.results()->item(0)->data(PublishPanel::SeverityRole).toInt())
                                    : PublishPanel::Severity::Pending;
}

void TestPublishPanel::formatsAndPropertiesByteForByte()
{
    // paho (a subscriber we did not write) prints each message as JSON with its bytes in hex.
    QProcess paho;
    paho.start(QStringLiteral("/usr/bin/python3"),
               {QStringLiteral(MQTTSCOPE_TESTS_APP_DIR "/paho_subscriber.py"), m_broker.host(),
                QString::number(m_broker.port()), QStringLiteral("pp/formats/#"), QStringLiteral("5"),
                QStringLiteral("--v5"), QStringLiteral("--timeout"), QStringLiteral("60")});
    QVERIFY2(paho.waitForStarted(10000), qPrintable(paho.errorString()));
    QByteArray pahoOut; // QTRY evaluates the condition more than once: keep what was read
    QTRY_VERIFY_WITH_TIMEOUT((pahoOut += paho.readAllStandardOutput()).contains("SUBSCRIBED"), 30000);

    BrokerSession session;
    PublishPanel panel(&session);
    panel.resize(420, 900);
    panel.show();
    panel.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    QVERIFY(connectSession(session, m_broker.port()));

    auto *topic = child<QLineEdit>(&panel, QStringLiteral("publishTopic"));
    auto *format = child<QComboBox>(&panel, QStringLiteral("payloadFormat"));
    auto *edit = child<QPlainTextEdit>(&panel, QStringLiteral("payloadEdit"));
    auto *qos = child<QComboBox>(&panel, QStringLiteral("publishQos"));
    auto *button = child<QPushButton>(&panel, QStringLiteral("publishButton"));
    QVERIFY(topic && format && edit && qos && button);
    qos->setCurrentIndex(1);

    // 1. Text with every MQTT 5 property, published with Ctrl+Enter from the editor.
    topic->setText(QStringLiteral("pp/formats/text"));
    format->setCurrentIndex(format->findData(int(PayloadFormat::Text)));
    edit->setPlainText(QStringLiteral("héllo"));
    child<QToolButton>(&panel, QStringLiteral("propertiesToggle"))->click();
    child<QLineEdit>(&panel, QStringLiteral("contentType"))->setText(QStringLiteral("text/plain"));
    auto *pfi = child<QComboBox>(&panel, QStringLiteral("payloadFormatIndicator"));
    pfi->setCurrentIndex(pfi->findData(1));
    child<QCheckBox>(&panel, QStringLiteral("messageExpiryOn"))->setChecked(true);
    child<QSpinBox>(&panel, QStringLiteral("messageExpiry"))->setValue(300);
    child<QLineEdit>(&panel, QStringLiteral("responseTopic"))->setText(QStringLiteral("pp/reply"));
    child<QLineEdit>(&panel, QStringLiteral("correlationData"))->setText(QStringLiteral("c0 ff ee"));
    child<QCheckBox>(&panel, QStringLiteral("correlationHex"))->setChecked(true);
    panel.propertiesEditor()->addUserProperty(QStringLiteral("k"), QStringLiteral("1"));
    panel.propertiesEditor()->addUserProperty(QStringLiteral("k"), QStringLiteral("2")); // duplicates allowed
    panel.propertiesEditor()->addUserProperty(QStringLiteral("a"), QStringLiteral("3"));
    QVERIFY2(button->isEnabled(), qPrintable(button->toolTip()));
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(edit->toPlainText(), QStringLiteral("héllo")); // no newline typed: the shortcut took it
    QTRY_VERIFY_WITH_TIMEOUT(latestResult(panel).contains(QStringLiteral("acknowledged")), 10000);

    // 2-5. The other formats, with the properties cleared, published with the button.
    panel.propertiesEditor()->load(PublishDraft());
    const QList<QPair<PayloadFormat, QString>> texts{{PayloadFormat::Json, QStringLiteral("{\"t\": [1, 2.5]}")},
                                                     {PayloadFormat::Hex, QStringLiteral("00 01 fe\nFF")},
                                                     {PayloadFormat::Base64, QStringLiteral("AAEC/w==")}};
    for (const auto &[f, text] : texts) {
        topic->setText(QStringLiteral("pp/formats/") + PayloadEncoder::formatKey(f));
        format->setCurrentIndex(format->findData(int(f)));
        edit->setPlainText(text);
        QVERIFY2(button->isEnabled(), qPrintable(button->toolTip()));
        QTest::mouseClick(button, Qt::LeftButton);
    }
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("payload.bin")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray fileBytes;
    for (int i = 0; i < 3000; ++i)
        fileBytes.append(char(i % 256));
    file.write(fileBytes);
    file.close();
    topic->setText(QStringLiteral("pp/formats/file"));
    panel.payloadEditor()->loadFile(file.fileName());
    QVERIFY(!button->isEnabled()); // still reading
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 10000);
    QTest::mouseClick(button, Qt::LeftButton);

    QVERIFY(paho.waitForFinished(30000));
    QCOMPARE(paho.exitCode(), 0);
    QList<QJsonObject> got;
    pahoOut += paho.readAllStandardOutput();
    for (const QByteArray &line : pahoOut.split('\n')) {
        if (line.startsWith('{'))
            got.append(QJsonDocument::fromJson(line).object());
    }
    QCOMPARE(got.size(), 5);
    const QJsonObject text = got.at(0);
    QCOMPARE(text.value(QLatin1String("topic")).toString(), QStringLiteral("pp/formats/text"));
    QCOMPARE(text.value(QLatin1String("payload_hex")).toString(), QString::fromLatin1(QStringLiteral("héllo").toUtf8().toHex()));
    QCOMPARE(text.value(QLatin1String("qos")).toInt(), 1);
    QCOMPARE(text.value(QLatin1String("content_type")).toString(), QStringLiteral("text/plain"));
    QCOMPARE(text.value(QLatin1String("payload_format_indicator")).toInt(), 1);
    QVERIFY(text.value(QLatin1String("message_expiry")).toInt() > 290);
    QCOMPARE(text.value(QLatin1String("response_topic")).toString(), QStringLiteral("pp/reply"));
    QCOMPARE(text.value(QLatin1String("correlation_data_hex")).toString(), QStringLiteral("c0ffee"));
    const QJsonArray props = text.value(QLatin1String("user_properties")).toArray();
    QCOMPARE(props.size(), 3);
    QCOMPARE(props.at(0).toArray().at(0).toString(), QStringLiteral("k"));
    QCOMPARE(props.at(0).toArray().at(1).toString(), QStringLiteral("1"));
    QCOMPARE(props.at(1).toArray().at(1).toString(), QStringLiteral("2"));
    QCOMPARE(props.at(2).toArray().at(0).toString(), QStringLiteral("a"));

    QCOMPARE(got.at(1).value(QLatin1String("payload_hex")).toString(),
             QString::fromLatin1(QByteArray("{\"t\": [1, 2.5]}").toHex()));
    QVERIFY(!got.at(1).contains(QLatin1String("content_type")));
    QCOMPARE(got.at(2).value(QLatin1String("payload_hex")).toString(), QStringLiteral("0001feff"));
    QCOMPARE(got.at(3).value(QLatin1String("payload_hex")).toString(), QStringLiteral("000102ff"));
    QCOMPARE(got.at(4).value(QLatin1String("payload_hex")).toString(), QString::fromLatin1(fileBytes.toHex()));
}

void TestPublishPanel::invalidInputBlocksPublishing()
{
    BrokerSession session;
    PublishPanel panel(&session);
    panel.show();
    panel.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    auto *topic = child<QLineEdit>(&panel, QStringLiteral("publishTopic"));
    auto *format = child<QComboBox>(&panel, QStringLiteral("payloadFormat"));
    auto *edit = child<QPlainTextEdit>(&panel, QStringLiteral("payloadEdit"));
    auto *button = child<QPushButton>(&panel, QStringLiteral("publishButton"));
    auto *topicProblem = child<QLabel>(&panel, QStringLiteral("topicProblem"));
    auto *payloadProblem = child<QLabel>(&panel, QStringLiteral("payloadProblem"));

    topic->setText(QStringLiteral("ok/topic"));
    QVERIFY(!button->isEnabled());
    QVERIFY2(button->toolTip().contains(QStringLiteral("Not connected")), qPrintable(button->toolTip()));
    QVERIFY(connectSession(session, m_broker.port()));
    QTRY_VERIFY(button->isEnabled());

    topic->setText(QStringLiteral("bad/#"));
    QVERIFY(!button->isEnabled());
    QVERIFY(topicProblem->isVisible());
    QVERIFY2(topicProblem->text().contains(QStringLiteral("Invalid topic")), qPrintable(topicProblem->text()));
    QCOMPARE(button->toolTip(), topicProblem->text());
    topic->setText(QStringLiteral("ok/topic"));
    QVERIFY(!topicProblem->isVisible());

    format->setCurrentIndex(format->findData(int(PayloadFormat::Hex)));
    edit->setPlainText(QStringLiteral("01 02 0"));
    QVERIFY(!button->isEnabled());
    QVERIFY(payloadProblem->isVisible());
    QVERIFY2(payloadProblem->text().contains(QStringLiteral("position 7")), qPrintable(payloadProblem->text()));
    QCOMPARE(button->toolTip(), payloadProblem->text());
    edit->setPlainText(QStringLiteral("01 zz"));
    QVERIFY(payloadProblem->text().contains(QStringLiteral("position 4")));

    format->setCurrentIndex(format->findData(int(PayloadFormat::Json)));
    edit->setPlainText(QStringLiteral("{\n  \"a\": 1,\n  \"b\": \n}"));
    QVERIFY(!button->isEnabled());
    QVERIFY2(payloadProblem->text().contains(QStringLiteral("line 4")), qPrintable(payloadProblem->text()));
    // Pretty on invalid JSON puts the cursor on the problem and changes nothing.
    child<QToolButton>(&panel, QStringLiteral("prettyJson"))->click();
    QCOMPARE(edit->textCursor().blockNumber(), 3);
    edit->setPlainText(QStringLiteral("{\"a\":1,\"b\":[1,2]}"));
    QVERIFY(button->isEnabled());
    child<QToolButton>(&panel, QStringLiteral("prettyJson"))->click();
    QVERIFY(edit->toPlainText().contains(u'\n'));
    child<QToolButton>(&panel, QStringLiteral("compactJson"))->click();
    QCOMPARE(edit->toPlainText(), QStringLiteral("{\"a\":1,\"b\":[1,2]}"));

    // Ctrl+Enter with something invalid publishes nothing and says why.
    edit->setPlainText(QStringLiteral("{"));
    edit->setFocus();
    QSignalSpy published(&session, &BrokerSession::published);
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(latestSeverity(panel), PublishPanel::Severity::Error);
    QVERIFY(latestResult(panel).contains(QStringLiteral("Invalid JSON")));
    QTest::qWait(100);
    QCOMPARE(published.count(), 0);
}

void TestPublishPanel::resultsPerMessage()
{
    BrokerSession session;
    PublishPanel panel(&session);
    QVERIFY(connectSession(session, m_broker.port()));
    auto *topic = child<QLineEdit>(&panel, QStringLiteral("publishTopic"));
    auto *qos = child<QComboBox>(&panel, QStringLiteral("publishQos"));
    auto *edit = child<QPlainTextEdit>(&panel, QStringLiteral("payloadEdit"));
    edit->setPlainText(QStringLiteral("x"));

    topic->setText(QStringLiteral("pp/results/qos0"));
    qos->setCurrentIndex(0);
    panel.publish();
    QTRY_VERIFY_WITH_TIMEOUT(latestResult(panel).endsWith(QStringLiteral(": written")), 10000);
    QCOMPARE(latestSeverity(panel), PublishPanel::Severity::Ok);

    // Nobody listens: MQTT 5 brokers acknowledge with 0x10, shown as a notice.
    topic->setText(QStringLiteral("pp/results/nobody"));
    qos->setCurrentIndex(1);
    panel.publish();
    QTRY_COMPARE_WITH_TIMEOUT(latestSeverity(panel), PublishPanel::Severity::Notice, 10000);
    QVERIFY2(latestResult(panel).contains(QStringLiteral("0x10")), qPrintable(latestResult(panel)));

    auto listener = connectClient(QStringLiteral("pp-results"));
    QVERIFY(listener);
    QSignalSpy subscribed(listener.get(), &Mqtt::Client::subscribed);
    listener->subscribe({subscription(QStringLiteral("pp/results/heard"))});
    QVERIFY(subscribed.wait(10000));
    topic->setText(QStringLiteral("pp/results/heard"));
    qos->setCurrentIndex(2);
    panel.publish();
    QTRY_VERIFY_WITH_TIMEOUT(latestResult(panel).endsWith(QStringLiteral(": acknowledged")), 10000);
    QCOMPARE(latestSeverity(panel), PublishPanel::Severity::Ok);
    QVERIFY(latestResult(panel).contains(QStringLiteral("(QoS 2)")));
}

void TestPublishPanel::refusedPublishes()
{
    BrokerSession session;
    PublishPanel panel(&session);
    QVERIFY(connectSession(session, m_maxQos1Port, {}, QStringLiteral("tester")));
    auto *topic = child<QLineEdit>(&panel, QStringLiteral("publishTopic"));
    auto *qos = child<QComboBox>(&panel, QStringLiteral("publishQos"));

    // The broker's Maximum QoS is 1: the library refuses QoS 2 with its sentence.
    topic->setText(QStringLiteral("allowed/x"));
    qos->setCurrentIndex(2);
    panel.publish();
    QTRY_COMPARE_WITH_TIMEOUT(latestSeverity(panel), PublishPanel::Severity::Error, 10000);
    QVERIFY2(latestResult(panel).contains(QStringLiteral("Maximum QoS")), qPrintable(latestResult(panel)));

    // The ACL lets the user only read denied/#: mosquitto answers 0x87 Not authorized.
    topic->setText(QStringLiteral("denied/x"));
    qos->setCurrentIndex(1);
    panel.publish();
    QTRY_VERIFY2_WITH_TIMEOUT(latestResult(panel).contains(QStringLiteral("0x87")), qPrintable(latestResult(panel)), 10000);
    QCOMPARE(latestSeverity(panel), PublishPanel::Severity::Error);
    QVERIFY2(latestResult(panel).contains(QStringLiteral("failed")), qPrintable(latestResult(panel)));
}

void TestPublishPanel::historyAndSavedMessages()
{
    QJsonValue savedJson;
    QJsonValue historyJson;
    auto listener = connectClient(QStringLiteral("pp-saved"));
    QVERIFY(listener);
    QList<Mqtt::Message> got;
    connect(listener.get(), &Mqtt::Client::messageReceived, this, [&](const Mqtt::Message &m) { got.append(m); });
    QSignalSpy subscribed(listener.get(), &Mqtt::Client::subscribed);
    listener->subscribe({subscription(QStringLiteral("lamp/#"))});
    QVERIFY(subscribed.wait(10000));
    {
        BrokerSession session;
        PublishPanel panel(&session);
        panel.show();
        QVERIFY(connectSession(session, m_broker.port()));
        auto *topic = child<QLineEdit>(&panel, QStringLiteral("publishTopic"));
        auto *edit = child<QPlainTextEdit>(&panel, QStringLiteral("payloadEdit"));
        QSignalSpy historyChanged(panel.history(), &PublishHistoryModel::changed);
        topic->setText(QStringLiteral("lamp/cmd"));
        edit->setPlainText(QStringLiteral("ON"));
        panel.publish();
        edit->setPlainText(QStringLiteral("OFF"));
        panel.publish();
        QCOMPARE(panel.history()->rowCount(), 2);
        QVERIFY(historyChanged.count() >= 2);
        QTRY_COMPARE_WITH_TIMEOUT(got.size(), 2, 10000);

        // Clicking an entry loads it; "Publish Again" sends it as it was.
        auto *historyList = child<QListView>(&panel, QStringLiteral("historyList"));
        const QModelIndex on = panel.history()->index(1);
        historyList->setCurrentIndex(on);
        Q_EMIT historyList->clicked(on);
        QCOMPARE(edit->toPlainText(), QStringLiteral("ON"));
        child<QToolButton>(&panel, QStringLiteral("historyResend"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(got.size(), 3, 10000);
        QCOMPARE(got.last().payload(), QByteArray("ON"));

        // Save two messages in a folder and run the folder.
        child<QComboBox>(&panel, QStringLiteral("savedFolder"))->setCurrentText(QStringLiteral("Lamp"));
        child<QLineEdit>(&panel, QStringLiteral("savedName"))->setText(QStringLiteral("On"));
        child<QToolButton>(&panel, QStringLiteral("savedSave"))->click();
        edit->setPlainText(QStringLiteral("BLINK"));
        child<QLineEdit>(&panel, QStringLiteral("savedName"))->setText(QStringLiteral("Blink"));
        child<QToolButton>(&panel, QStringLiteral("savedSave"))->click();
        QCOMPARE(panel.savedMessages()->messageCount(), 2);
        auto *tree = child<QTreeView>(&panel, QStringLiteral("savedTree"));
        tree->setCurrentIndex(panel.savedMessages()->folderIndex(QStringLiteral("Lamp")));
        child<QToolButton>(&panel, QStringLiteral("savedRun"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(got.size(), 5, 10000);
        QCOMPARE(got.at(3).payload(), QByteArray("ON"));
        QCOMPARE(got.at(4).payload(), QByteArray("BLINK"));
        savedJson = panel.savedMessages()->toJson();
        historyJson = panel.history()->toJson();
    }
    // "Restart": a new panel loads what the profile kept, and one click re-sends a saved command.
    BrokerSession session;
    PublishPanel panel(&session);
    QVERIFY(connectSession(session, m_broker.port()));
    QVERIFY(panel.savedMessages()->load(QJsonDocument::fromJson(QJsonDocument(savedJson.toObject()).toJson()).object()));
    QVERIFY(panel.history()->load(historyJson));
    QCOMPARE(panel.savedMessages()->messageCount(), 2);
    QCOMPARE(panel.history()->rowCount(), 3); // running saved messages is publishing too
    auto *tree = child<QTreeView>(&panel, QStringLiteral("savedTree"));
    const QModelIndex blink = panel.savedMessages()->messageIndex(QStringLiteral("Lamp"), QStringLiteral("Blink"));
    QVERIFY(blink.isValid());
    Q_EMIT tree->doubleClicked(blink);
    QTRY_COMPARE_WITH_TIMEOUT(got.size(), 6, 10000);
    QCOMPARE(got.last().payload(), QByteArray("BLINK"));
}

void TestPublishPanel::periodicPublishing()
{
    auto listener = connectClient(QStringLiteral("pp-periodic"));
    QVERIFY(listener);
    QList<Mqtt::Message> got;
    connect(listener.get(), &Mqtt::Client::messageReceived, this, [&](const Mqtt::Message &m) { got.append(m); });
    QSignalSpy subscribed(listener.get(), &Mqtt::Client::subscribed);
    listener->subscribe({subscription(QStringLiteral("seed/sensor"))});
    QVERIFY(subscribed.wait(10000));

    BrokerSession session;
    PublishPanel panel(&session);
    QVERIFY(connectSession(session, m_broker.port()));
    child<QLineEdit>(&panel, QStringLiteral("publishTopic"))->setText(QStringLiteral("seed/sensor"));
    auto *format = child<QComboBox>(&panel, QStringLiteral("payloadFormat"));
    format->setCurrentIndex(format->findData(int(PayloadFormat::Json)));
    child<QPlainTextEdit>(&panel, QStringLiteral("payloadEdit"))
        ->setPlainText(QStringLiteral("{\"n\": {{counter}}, \"temperature\": {{random:20:30}}, \"humidity\": {{random:40:60}}}"));
    auto *button = child<QPushButton>(&panel, QStringLiteral("publishButton"));
    QVERIFY(!button->isEnabled()); // placeholders are not JSON yet
    child<QCheckBox>(&panel, QStringLiteral("placeholders"))->setChecked(true);
    child<QCheckBox>(&panel, QStringLiteral("repeatOn"))->setChecked(true);
    child<QSpinBox>(&panel, QStringLiteral("repeatInterval"))->setValue(20);
    child<QSpinBox>(&panel, QStringLiteral("repeatCount"))->setValue(6);
    QVERIFY2(button->isEnabled(), qPrintable(button->toolTip()));
    QCOMPARE(button->text(), QStringLiteral("Start"));
    QSignalSpy stopped(panel.periodic(), &PeriodicPublisher::stopped);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, 20000);
    QCOMPARE(button->text(), QStringLiteral("Start"));
    QVERIFY(child<QLabel>(&panel, QStringLiteral("repeatStatus"))->text().startsWith(QStringLiteral("Sent 6")));
    QTRY_COMPARE_WITH_TIMEOUT(got.size(), 6, 10000);
    for (int i = 0; i < got.size(); ++i) {
        const QJsonObject o = QJsonDocument::fromJson(got.at(i).payload()).object();
        QCOMPARE(o.value(QLatin1String("n")).toInt(), i + 1);
        QVERIFY(o.value(QLatin1String("temperature")).toDouble() >= 20);
        QVERIFY(o.value(QLatin1String("temperature")).toDouble() <= 30);
        QVERIFY(o.value(QLatin1String("humidity")).toDouble() >= 40);
        QVERIFY(o.value(QLatin1String("humidity")).toDouble() <= 60);
    }

    // Until stopped: the button stops it.
    child<QSpinBox>(&panel, QStringLiteral("repeatCount"))->setValue(0);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(button->text(), QStringLiteral("Stop"));
    QTRY_VERIFY_WITH_TIMEOUT(panel.periodic()->sent() >= 3, 10000);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!panel.periodic()->isRunning());
    QCOMPARE(button->text(), QStringLiteral("Start"));
}

void TestPublishPanel::requestResponse()
{
    auto responder = connectClient(QStringLiteral("pp-responder"));
    QVERIFY(responder);
    connect(responder.get(), &Mqtt::Client::messageReceived, responder.get(), [&](const Mqtt::Message &request) {
        Mqtt::Message reply(request.properties().responseTopic().value_or(QString()), "{\"ok\": true}", 1);
        reply.properties().setValue(Mqtt::PropertyId::CorrelationData,
                                    request.properties().correlationData().value_or(QByteArray()));
        responder->publish(reply);
    });
    QSignalSpy subscribed(responder.get(), &Mqtt::Client::subscribed);
    responder->subscribe({subscription(QStringLiteral("device/42/get"))});
    QVERIFY(subscribed.wait(10000));

    BrokerSession session;
    PublishPanel panel(&session);
    QVERIFY(connectSession(session, m_broker.port()));
    child<QLineEdit>(&panel, QStringLiteral("publishTopic"))->setText(QStringLiteral("device/42/get"));
    child<QCheckBox>(&panel, QStringLiteral("requestOn"))->setChecked(true);
    auto *button = child<QPushButton>(&panel, QStringLiteral("publishButton"));
    QCOMPARE(button->text(), QStringLiteral("Send Request"));
    QSignalSpy answered(panel.requests(), &RequestTracker::answered);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(answered.count(), 1, 10000);
    const QAbstractItemModel *requests = panel.requests();
    QCOMPARE(requests->index(0, RequestTracker::ResponseColumn).data().toString(), QStringLiteral("{\"ok\": true}"));
    QVERIFY(requests->index(0, RequestTracker::StatusColumn).data().toString().startsWith(QStringLiteral("Answered in")));

    // Nobody answers on another topic: "no response within 1 s".
    child<QLineEdit>(&panel, QStringLiteral("publishTopic"))->setText(QStringLiteral("device/43/get"));
    child<QSpinBox>(&panel, QStringLiteral("requestTimeout"))->setValue(1);
    QSignalSpy timedOut(panel.requests(), &RequestTracker::timedOut);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(timedOut.count(), 1, 10000);
    QCOMPARE(requests->index(1, RequestTracker::StatusColumn).data().toString(), QStringLiteral("No response within 1 s"));
    QCOMPARE(latestResult(panel), QStringLiteral("No response within 1 s"));
}

void TestPublishPanel::clearTenThousandRetained()
{
    constexpr int Count = 10000;
    auto seeder = connectClient(QStringLiteral("pp-seeder"));
    QVERIFY(seeder);
    QSignalSpy seeded(seeder.get(), &Mqtt::Client::published);
    for (int i = 0; i < Count; ++i)
        seeder->publish(QStringLiteral("bulk/%1/%2").arg(i / 100).arg(i % 100), "stale", 1, true);
    QTRY_COMPARE_WITH_TIMEOUT(seeded.count(), Count, 120000);

    BrokerSession session;
    PublishPanel panel(&session);
    panel.show();
    QVERIFY(connectSession(session, m_broker.port(), {subscription(QStringLiteral("bulk/#"))}));
    QTRY_COMPARE_WITH_TIMEOUT(session.traffic().messagesIn, quint64(Count), 60000);
    QTRY_COMPARE_WITH_TIMEOUT(session.pipeline()->stats().pending, qint64(0), 60000);

    // Nothing known there: said in words. Cancelling the question clears nothing.
    panel.clearRetained(QStringLiteral("nothing/here"));
    QVERIFY(panel.retainedClear()->summary().startsWith(QStringLiteral("No retained messages known at \"nothing/here\"")));
    panel.clearRetained(QStringLiteral("bulk/7"));
    QVERIFY(panel.retainedClear()->confirmation()->isVisible());
    QVERIFY(panel.retainedClear()->question().contains(QStringLiteral("Topics with a retained message: 100")));
    QTest::mouseClick(panel.retainedClear()->confirmation()->findChild<QPushButton *>(QStringLiteral("dismissClear")),
                      Qt::LeftButton);
    QVERIFY(!panel.retainedClear()->confirmation()->isVisible());
    QVERIFY(!panel.retainedClear()->clearer()->isRunning());

    // A heartbeat on the GUI thread: the longest gap between beats is the longest stall.
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longest = 0;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    connect(&heartbeat, &QTimer::timeout, this, [&] {
        const qint64 now = clock.nsecsElapsed();
        longest = qMax(longest, now - last);
        last = now;
    });
    clock.start();
    heartbeat.start(5);

    QSignalSpy finished(panel.retainedClear(), &RetainedClearBar::finished);
    QElapsedTimer asking;
    asking.start();
    const qint64 askingCpu0 = threadCpuNs();
    panel.clearRetained(QStringLiteral("bulk"));
    const qint64 askingNs = asking.nsecsElapsed();
    const qint64 askingCpuNs = threadCpuNs() - askingCpu0;
    QFrame *confirmation = panel.retainedClear()->confirmation();
    QVERIFY(confirmation->isVisible());
    const QString question = panel.retainedClear()->question();
    QVERIFY2(question.contains(QStringLiteral("at \"bulk\" and below")), qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("Topics with a retained message: %1").arg(QLocale().toString(Count))),
             qPrintable(question));
    QVERIFY(question.contains(QStringLiteral("bulk/0/0")));
    QVERIFY(question.contains(QStringLiteral("… and %1 more").arg(QLocale().toString(Count - 10))));
    QTest::qWait(50);
    const qint64 longestBeforeConfirm = longest;
    longest = 0;
    QElapsedTimer clearing;
    clearing.start();
    QTest::mouseClick(confirmation->findChild<QPushButton *>(QStringLiteral("confirmClear")), Qt::LeftButton);
    QVERIFY(!confirmation->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    const qint64 clearingNs = clearing.nsecsElapsed();
    heartbeat.stop();
    QCOMPARE(finished.first().at(0).toInt(), Count);
    QCOMPARE(finished.first().at(1).toInt(), 0);
    QCOMPARE(panel.retainedClear()->summary(),
             QStringLiteral("Retained messages cleared: %1.").arg(QLocale().toString(Count)));
    // A figure for the README, not an assertion (timing depends on the machine's load).
    qInfo("clearing %d retained topics: finding them and asking %.1f ms (%.1f ms CPU; longest gap %.1f ms), then "
          "clearing in %.0f ms with the longest GUI-thread gap %.1f ms (heartbeat every 5 ms)",
          Count, double(askingNs) / 1e6, double(askingCpuNs) / 1e6, double(longestBeforeConfirm) / 1e6,
          double(clearingNs) / 1e6, double(longest) / 1e6);

    // A fresh subscriber gets none of them: the marker, published after subscribing, comes
    // after any retained message the broker still held.
    auto fresh = connectClient(QStringLiteral("pp-fresh"));
    QVERIFY(fresh);
    QStringList received;
    connect(fresh.get(), &Mqtt::Client::messageReceived, this,
            [&](const Mqtt::Message &m) { received.append(m.topic()); });
    QSignalSpy freshSubscribed(fresh.get(), &Mqtt::Client::subscribed);
    fresh->subscribe({subscription(QStringLiteral("bulk/#"))});
    QVERIFY(freshSubscribed.wait(10000));
    fresh->publish(QStringLiteral("bulk/marker"), "end", 1);
    QTRY_VERIFY_WITH_TIMEOUT(received.contains(QStringLiteral("bulk/marker")), 10000);
    QCOMPARE(received, QStringList{QStringLiteral("bulk/marker")});
}

QTEST_MAIN(TestPublishPanel)
#include "tst_publishpanel.moc"
