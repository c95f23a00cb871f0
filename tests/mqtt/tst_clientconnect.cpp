// Client: connecting, refusals, credentials, keep alive, timeouts, and the broker closing the
// connection. A real mosquitto wherever it can show the behaviour; a fake peer for silence.
#include "client.h"
#include "clienttesthelpers.h"
#include "fakebroker.h"
#include "mosquittobroker.h"
#include "tcptransport.h"

#include <QSignalSpy>
#include <QTest>

using namespace ClientTest;
using Mqtt::Client;
using Mqtt::Message;
using Mqtt::ProtocolVersion;
using Mqtt::ReasonCode;

class tst_ClientConnect : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void connectAndDisconnect_data();
    void connectAndDisconnect();
    void credentials_data();
    void credentials();
    void connectionRefused_data();
    void connectionRefused();
    void connectTimeout_data();
    void connectTimeout();
    void keepAliveWithBroker_data();
    void keepAliveWithBroker();
    void deadConnectionDetected_data();
    void deadConnectionDetected();
    void serverKeepAliveOverrides();
    void assignedClientIdentifier();
    void refusalWithReasonString();
    void brokerDisconnect();
    void sessionTakenOver_data();
    void sessionTakenOver();
    void brokerVanishes_data();
    void brokerVanishes();
    void connectWhileConnected_data();
    void connectWhileConnected();
    void customTransport();

private:
    MosquittoBroker m_broker;
};

void tst_ClientConnect::initTestCase()
{
    START_BROKER(m_broker);
}

void tst_ClientConnect::cleanupTestCase()
{
    m_broker.stop();
}

void tst_ClientConnect::connectAndDisconnect_data()
{
    addVersionColumn();
    addVersionRows();
}

void tst_ClientConnect::connectAndDisconnect()
{
    QFETCH(ProtocolVersion, version);
    auto client = makeClient(options(m_broker, version));
    QSignalSpy states(client.get(), &Client::stateChanged);
    QSignalSpy disconnected(client.get(), &Client::disconnected);
    QSignalSpy errors(client.get(), &Client::errorOccurred);
    QCOMPARE(client->state(), Client::State::Disconnected);
    QCOMPARE(connectAndWait(*client), QString());
    QCOMPARE(client->state(), Client::State::Connected);
    QCOMPARE(client->protocolVersion(), version);
    QVERIFY(!client->sessionPresent());
    // 3.1.1: a generated id within the 23 characters of [0-9a-zA-Z] brokers must accept;
    // MQTT 5: the broker assigns one (Assigned Client Identifier).
    if (version == ProtocolVersion::V311) {
        QVERIFY(client->clientId().startsWith(QLatin1String("mqttscope")));
        QVERIFY(client->clientId().size() <= 23);
    } else {
        QCOMPARE(std::optional<QString>(client->clientId()), client->connackProperties().assignedClientIdentifier());
    }
    QVERIFY(client->transport());
    QCOMPARE(client->transport()->endpoint(), QStringLiteral("mqtt://127.0.0.1:%1").arg(m_broker.port()));
    if (version == ProtocolVersion::V5)
        QVERIFY(!client->connackProperties().isEmpty()); // mosquitto announces its limits

    client->disconnectFromHost();
    QVERIFY(disconnected.wait(5000));
    QCOMPARE(disconnected.first().first().toString(), QString()); // asked for: no reason
    QCOMPARE(errors.size(), 0);
    QCOMPARE(client->state(), Client::State::Disconnected);
    const QList<Client::State> expected = {Client::State::Connecting, Client::State::Connected,
                                           Client::State::Disconnecting, Client::State::Disconnected};
    QList<Client::State> seen;
    for (const auto &args : std::as_const(states))
        seen << args.first().value<Client::State>();
    QCOMPARE(seen, expected);

    // The same client connects again, with the same generated id.
    const QString id = client->clientId();
    QCOMPARE(connectAndWait(*client), QString());
    QCOMPARE(client->clientId(), id);
    QVERIFY(publishAndWait(*client, Message(uniqueTopic(QStringLiteral("again")), "x", 1)));
    QVERIFY(disconnectAndWait(*client));
}

void tst_ClientConnect::credentials_data()
{
    addVersionColumn();
    addVersionRows();
}

// A password listener refuses a wrong password with a reason that says so (CONNACK 0x86 /
// 3.1.1 return code 4 or 5), and accepts the right one.
void tst_ClientConnect::credentials()
{
    QFETCH(ProtocolVersion, version);
    MosquittoBroker broker;
    QString error;
    const QString passwords = broker.createPasswordFile({{QStringLiteral("alice"), QStringLiteral("secret")}}, &error);
    QVERIFY2(!passwords.isEmpty(), qPrintable(error));
    const quint16 port = broker.addListener(
        {QStringLiteral("password_file %1").arg(passwords), QStringLiteral("allow_anonymous false")});
    START_BROKER(broker);

    Mqtt::ClientOptions o = options(broker.host(), port, version);
    o.username = QStringLiteral("alice");
    o.password = QByteArray("wrong");
    auto client = makeClient(o);
    QSignalSpy errors(client.get(), &Client::errorOccurred);
    const QString reason = connectAndWait(*client);
    QVERIFY(!reason.isEmpty());
    QVERIFY2(reason.contains(QLatin1String("refused"), Qt::CaseInsensitive), qPrintable(reason));
    QVERIFY2(reason.contains(QLatin1String("user name or password"), Qt::CaseInsensitive)
                 || reason.contains(QLatin1String("not authorized"), Qt::CaseInsensitive),
             qPrintable(reason));
    QVERIFY2(reason.contains(QLatin1String("(0x86)")) || reason.contains(QLatin1String("(0x87)")), qPrintable(reason));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().first().toString(), reason);
    QCOMPARE(client->state(), Client::State::Disconnected);

    // Anonymous is refused too.
    auto anonymous = makeClient(options(broker.host(), port, version));
    QVERIFY(!connectAndWait(*anonymous).isEmpty());

    o.password = QByteArray("secret");
    auto good = makeClient(o);
    QCOMPARE(connectAndWait(*good), QString());
    QVERIFY(publishAndWait(*good, Message(QStringLiteral("auth/ok"), "x", 1)));
}

void tst_ClientConnect::connectionRefused_data()
{
    addVersionColumn();
    addVersionRows();
}

void tst_ClientConnect::connectionRefused()
{
    QFETCH(ProtocolVersion, version);
    const quint16 port = MosquittoBroker::freePort(); // nobody listens there
    auto client = makeClient(options(QStringLiteral("127.0.0.1"), port, version));
    QSignalSpy errors(client.get(), &Client::errorOccurred);
    const QString reason = connectAndWait(*client);
    QVERIFY2(reason.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(reason));
    QVERIFY2(reason.contains(QLatin1String("refused")), qPrintable(reason));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(client->state(), Client::State::Disconnected);
}

void tst_ClientConnect::connectTimeout_data()
{
    addVersionColumn();
    addVersionRows();
}

// A peer that accepts TCP but never answers CONNECT.
void tst_ClientConnect::connectTimeout()
{
    QFETCH(ProtocolVersion, version);
    FakeBroker fake(version);
    QVERIFY(fake.listen());
    Mqtt::ClientOptions o = options(QStringLiteral("127.0.0.1"), fake.port(), version);
    o.connectTimeoutMs = 500;
    auto client = makeClient(o);
    const QString reason = connectAndWait(*client);
    QVERIFY2(reason.contains(QLatin1String("did not answer CONNECT")), qPrintable(reason));
    QVERIFY(fake.lastConnect().has_value()); // it did send one
    QCOMPARE(fake.lastConnect()->version, version);
    QCOMPARE(client->state(), Client::State::Disconnected);
    QVERIFY(fake.waitForClientGone());
}

void tst_ClientConnect::keepAliveWithBroker_data()
{
    addVersionColumn();
    addVersionRows();
}

// With a 1 s keep alive mosquitto drops a silent client after 1.5 s (MQTT §3.1.2.10); the
// client's PINGREQs keep it connected across several intervals.
void tst_ClientConnect::keepAliveWithBroker()
{
    QFETCH(ProtocolVersion, version);
    Mqtt::ClientOptions o = options(m_broker, version);
    o.keepAlive = 1;
    auto client = makeClient(o);
    QSignalSpy disconnected(client.get(), &Client::disconnected);
    QCOMPARE(connectAndWait(*client), QString());
    // Three PINGREQ/PINGRESP round trips: the connection lived through several intervals
    // (waiting for the answers, not for the clock).
    QSignalSpy reads(client->transport(), &Mqtt::Transport::bytesReceived);
    const auto pingresps = [&reads] {
        int n = 0;
        for (const QList<QVariant> &read : std::as_const(reads))
            n += int(read.at(0).toByteArray().count(QByteArray::fromHex("d000")));
        return n;
    };
    QTRY_VERIFY_WITH_TIMEOUT(pingresps() >= 3 || !disconnected.isEmpty(), 20000);
    QCOMPARE(disconnected.size(), 0);
    QCOMPARE(client->state(), Client::State::Connected);
    QVERIFY(publishAndWait(*client, Message(uniqueTopic(QStringLiteral("keepalive")), "alive", 1)));
}

void tst_ClientConnect::deadConnectionDetected_data()
{
    addVersionColumn();
    addVersionRows();
}

// A peer that stops answering: the client sends PINGREQ, gets no PINGRESP, and gives up with
// a reason that says so.
void tst_ClientConnect::deadConnectionDetected()
{
    QFETCH(ProtocolVersion, version);
    FakeBroker fake(version);
    QVERIFY(fake.listen());
    Mqtt::ClientOptions o = options(QStringLiteral("127.0.0.1"), fake.port(), version);
    o.keepAlive = 1;
    auto client = makeClient(o);
    QSignalSpy connected(client.get(), &Client::connected);
    QSignalSpy disconnected(client.get(), &Client::disconnected);
    QSignalSpy errors(client.get(), &Client::errorOccurred);
    client->connectToHost();
    QVERIFY(fake.acceptConnect());
    QVERIFY(connected.wait(5000));

    // The first ping is answered, the connection lives on.
    QVERIFY(fake.waitForPacket(Mqtt::PacketType::Pingreq, 5000));
    fake.send(Mqtt::PingrespPacket());
    // The second is not.
    QVERIFY(fake.waitForPacket(Mqtt::PacketType::Pingreq, 5000));
    QVERIFY(disconnected.wait(10000));
    const QString reason = disconnected.first().first().toString();
    QVERIFY2(reason.contains(QLatin1String("PINGREQ")), qPrintable(reason));
    QVERIFY2(reason.contains(QLatin1String("dead")), qPrintable(reason));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(client->state(), Client::State::Disconnected);
    QVERIFY(fake.waitForClientGone());
}

// MQTT 5 §3.2.2.3.14: the broker's Server Keep Alive replaces the client's value.
void tst_ClientConnect::serverKeepAliveOverrides()
{
    FakeBroker fake(ProtocolVersion::V5);
    QVERIFY(fake.listen());
    Mqtt::ClientOptions o = options(QStringLiteral("127.0.0.1"), fake.port(), ProtocolVersion::V5);
    o.keepAlive = 600;
    auto client = makeClient(o);
    QSignalSpy connected(client.get(), &Client::connected);
    client->connectToHost();
    Mqtt::Properties props;
    props.setValue(Mqtt::PropertyId::ServerKeepAlive, quint32(1));
    QVERIFY(fake.acceptConnect(false, props));
    QVERIFY(connected.wait(5000));
    QCOMPARE(fake.lastConnect()->keepAlive, quint16(600));
    QVERIFY(fake.waitForPacket(Mqtt::PacketType::Pingreq, 5000));
}

// MQTT 5 §3.2.2.3.7: the broker may assign the client identifier.
void tst_ClientConnect::assignedClientIdentifier()
{
    FakeBroker fake(ProtocolVersion::V5);
    QVERIFY(fake.listen());
    auto client = makeClient(options(QStringLiteral("127.0.0.1"), fake.port(), ProtocolVersion::V5));
    QSignalSpy connected(client.get(), &Client::connected);
    client->connectToHost();
    Mqtt::Properties props;
    props.setValue(Mqtt::PropertyId::AssignedClientIdentifier, QStringLiteral("assigned-by-broker"));
    QVERIFY(fake.acceptConnect(false, props));
    QVERIFY(connected.wait(5000));
    QCOMPARE(fake.lastConnect()->clientId, QString()); // MQTT 5 §3.1.3.1: the broker assigns one
    QCOMPARE(client->clientId(), QStringLiteral("assigned-by-broker"));
    QCOMPARE(client->connackProperties().assignedClientIdentifier(), std::optional<QString>(QStringLiteral("assigned-by-broker")));
}

void tst_ClientConnect::refusalWithReasonString()
{
    FakeBroker fake(ProtocolVersion::V5);
    QVERIFY(fake.listen());
    auto client = makeClient(options(QStringLiteral("127.0.0.1"), fake.port(), ProtocolVersion::V5));
    QSignalSpy disconnected(client.get(), &Client::disconnected);
    client->connectToHost();
    Mqtt::Properties props;
    props.setValue(Mqtt::PropertyId::ReasonString, QStringLiteral("maintenance until noon"));
    QVERIFY(fake.acceptConnect(false, props, ReasonCode::ServerBusy));
    QVERIFY(disconnected.wait(5000));
    const QString reason = disconnected.first().first().toString();
    QVERIFY2(reason.startsWith(QLatin1String("Connection refused by the broker: ")), qPrintable(reason));
    QVERIFY2(reason.contains(QLatin1String("(0x89)")), qPrintable(reason));
    QVERIFY2(reason.contains(QLatin1String("maintenance until noon")), qPrintable(reason));
    // A refused client sends no DISCONNECT (MQTT 5 §3.2.2.2).
    QVERIFY(fake.receivedOfType(Mqtt::PacketType::Disconnect).isEmpty());
}

// MQTT 5 §3.14: a broker's DISCONNECT carries a reason code the user should see.
void tst_ClientConnect::brokerDisconnect()
{
    FakeBroker fake(ProtocolVersion::V5);
    QVERIFY(fake.listen());
    auto client = makeClient(options(QStringLiteral("127.0.0.1"), fake.port(), ProtocolVersion::V5));
    QSignalSpy connected(client.get(), &Client::connected);
    QSignalSpy disconnected(client.get(), &Client::disconnected);
    QSignalSpy errors(client.get(), &Client::errorOccurred);
    client->connectToHost();
    QVERIFY(fake.acceptConnect());
    QVERIFY(connected.wait(5000));
    Mqtt::DisconnectPacket disconnect;
    disconnect.reasonCode = ReasonCode::ServerShuttingDown;
    disconnect.properties.setValue(Mqtt::PropertyId::ReasonString, QStringLiteral("bye"));
    fake.send(disconnect);
    QVERIFY(disconnected.wait(5000));
    const QString reason = disconnected.first().first().toString();
    QVERIFY2(reason.contains(QLatin1String("The broker closed the connection")), qPrintable(reason));
    QVERIFY2(reason.contains(QLatin1String("(0x8B)")), qPrintable(reason));
    QVERIFY2(reason.contains(QLatin1String("bye")), qPrintable(reason));
    QCOMPARE(errors.size(), 1);
    // The client answers a DISCONNECT with nothing (MQTT 5 §3.14.4).
    QVERIFY(fake.receivedOfType(Mqtt::PacketType::Disconnect).isEmpty());
}

void tst_ClientConnect::sessionTakenOver_data()
{
    addVersionColumn();
    addVersionRows();
}

// Two clients with one id: mosquitto keeps the newer and drops the older (MQTT §3.1.4).
void tst_ClientConnect::sessionTakenOver()
{
    QFETCH(ProtocolVersion, version);
    const QString id = QStringLiteral("takeover-%1").arg(version == ProtocolVersion::V5 ? 5 : 4);
    auto first = makeClient(options(m_broker, version, id));
    QCOMPARE(connectAndWait(*first), QString());
    QSignalSpy firstGone(first.get(), &Client::disconnected);
    auto second = makeClient(options(m_broker, version, id));
    QCOMPARE(connectAndWait(*second), QString());
    QTRY_COMPARE_WITH_TIMEOUT(firstGone.size(), 1, 5000);
    const QString reason = firstGone.first().first().toString();
    // mosquitto 2.0.11 closes without the MQTT 5 DISCONNECT 0x8E newer brokers send; either
    // way the reason says the broker closed it (brokerDisconnect() covers the reason code).
    QVERIFY2(reason.contains(QLatin1String("closed the connection")), qPrintable(reason));
    QCOMPARE(second->state(), Client::State::Connected);
}

void tst_ClientConnect::brokerVanishes_data()
{
    addVersionColumn();
    addVersionRows();
}

void tst_ClientConnect::brokerVanishes()
{
    QFETCH(ProtocolVersion, version);
    MosquittoBroker broker;
    START_BROKER(broker);
    auto client = makeClient(options(broker, version));
    QCOMPARE(connectAndWait(*client), QString());
    QSignalSpy disconnected(client.get(), &Client::disconnected);
    broker.stop();
    QVERIFY(disconnected.wait(10000));
    QVERIFY(!disconnected.first().first().toString().isEmpty());
    QCOMPARE(client->state(), Client::State::Disconnected);
    // And the client can try again later (refused now: nothing listens).
    QVERIFY(connectAndWait(*client).contains(QLatin1String("refused")));
}

void tst_ClientConnect::connectWhileConnected_data()
{
    addVersionColumn();
    addVersionRows();
}

void tst_ClientConnect::connectWhileConnected()
{
    QFETCH(ProtocolVersion, version);
    auto client = makeClient(options(m_broker, version));
    QCOMPARE(connectAndWait(*client), QString());
    QSignalSpy errors(client.get(), &Client::errorOccurred);
    client->connectToHost();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(client->state(), Client::State::Connected);
    // 3.1.1 has no password without user name.
    if (version == ProtocolVersion::V311) {
        Mqtt::ClientOptions o = options(m_broker, version);
        o.password = QByteArray("pw");
        auto bad = makeClient(o);
        const QString reason = connectAndWait(*bad);
        QVERIFY2(reason.contains(QLatin1String("password")), qPrintable(reason));
    }
}

// setTransport() replaces the default TCP transport; the state machine does not care which.
void tst_ClientConnect::customTransport()
{
    auto client = makeClient(options(QStringLiteral("127.0.0.1"), 1, ProtocolVersion::V5));
    auto *transport = new Mqtt::TcpTransport(m_broker.host(), m_broker.port());
    client->setTransport(transport);
    QCOMPARE(client->transport(), transport);
    QCOMPARE(transport->parent(), client.get());
    QCOMPARE(connectAndWait(*client), QString());
    QVERIFY(publishAndWait(*client, Message(uniqueTopic(QStringLiteral("custom")), "x", 2)));
    QVERIFY(disconnectAndWait(*client));
}

QTEST_GUILESS_MAIN(tst_ClientConnect)
#include "tst_clientconnect.moc"
