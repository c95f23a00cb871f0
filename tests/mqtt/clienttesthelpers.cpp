#include "clienttesthelpers.h"

#include "mosquittobroker.h"

#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

namespace ClientTest {

void addVersionColumn()
{
    QTest::addColumn<Mqtt::ProtocolVersion>("version");
}

void addVersionRows(const char *prefix)
{
    QTest::newRow(qPrintable(QStringLiteral("%1MQTT 3.1.1").arg(QLatin1String(prefix)))) << Mqtt::ProtocolVersion::V311;
    QTest::newRow(qPrintable(QStringLiteral("%1MQTT 5.0").arg(QLatin1String(prefix)))) << Mqtt::ProtocolVersion::V5;
}

Mqtt::ClientOptions options(const QString &host, quint16 port, Mqtt::ProtocolVersion version, const QString &clientId)
{
    Mqtt::ClientOptions o;
    o.host = host;
    o.port = port;
    o.version = version;
    o.clientId = clientId;
    o.connectTimeoutMs = 10000;
    return o;
}

Mqtt::ClientOptions options(const MosquittoBroker &broker, Mqtt::ProtocolVersion version, const QString &clientId)
{
    return options(broker.host(), broker.port(), version, clientId);
}

std::unique_ptr<Mqtt::Client> makeClient(const Mqtt::ClientOptions &options)
{
    auto client = std::make_unique<Mqtt::Client>();
    client->setOptions(options);
    return client;
}

QString connectAndWait(Mqtt::Client &client, int timeoutMs)
{
    QSignalSpy connected(&client, &Mqtt::Client::connected);
    QSignalSpy disconnected(&client, &Mqtt::Client::disconnected);
    client.connectToHost();
    QDeadlineTimer deadline(timeoutMs);
    while (connected.isEmpty() && disconnected.isEmpty() && !deadline.hasExpired())
        QTest::qWait(5);
    if (!connected.isEmpty())
        return {};
    if (!disconnected.isEmpty()) {
        const QString reason = disconnected.first().first().toString();
        return reason.isEmpty() ? QStringLiteral("disconnected without a reason") : reason;
    }
    return QStringLiteral("timed out waiting for connected()");
}

bool disconnectAndWait(Mqtt::Client &client, int timeoutMs)
{
    if (client.state() == Mqtt::Client::State::Disconnected)
        return true;
    QSignalSpy disconnected(&client, &Mqtt::Client::disconnected);
    client.disconnectFromHost();
    return !disconnected.isEmpty() || disconnected.wait(timeoutMs);
}

QList<Mqtt::ReasonCode> subscribeAndWait(Mqtt::Client &client, const QList<Mqtt::Subscription> &subscriptions,
                                         const Mqtt::Properties &properties, int timeoutMs)
{
    QSignalSpy subscribed(&client, &Mqtt::Client::subscribed);
    const int token = client.subscribe(subscriptions, properties);
    if (token < 0)
        return {};
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        for (const QList<QVariant> &args : std::as_const(subscribed)) {
            if (args.at(0).toInt() == token)
                return args.at(1).value<QList<Mqtt::ReasonCode>>();
        }
        if (deadline.hasExpired())
            return {};
        QTest::qWait(5);
    }
}

QList<Mqtt::ReasonCode> subscribeAndWait(Mqtt::Client &client, const QString &filter, quint8 qos)
{
    return subscribeAndWait(client, {subscription(filter, qos)});
}

bool publishAndWait(Mqtt::Client &client, const Mqtt::Message &message, int timeoutMs)
{
    QSignalSpy published(&client, &Mqtt::Client::published);
    QSignalSpy failed(&client, &Mqtt::Client::publishFailed);
    const int token = client.publish(message);
    if (token < 0)
        return false;
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        for (const QList<QVariant> &args : std::as_const(published)) {
            if (args.at(0).toInt() == token)
                return true;
        }
        for (const QList<QVariant> &args : std::as_const(failed)) {
            if (args.at(0).toInt() == token) {
                qWarning("publish failed: %s", qPrintable(args.at(2).toString()));
                return false;
            }
        }
        if (deadline.hasExpired())
            return false;
        QTest::qWait(5);
    }
}

Mqtt::Subscription subscription(const QString &filter, quint8 qos)
{
    Mqtt::Subscription s;
    s.filter = filter;
    s.options.maximumQos = qos;
    return s;
}

QString uniqueTopic(const QString &name)
{
    return QStringLiteral("mqttscope-test/%1/%2").arg(name).arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

MessageCollector::MessageCollector(Mqtt::Client *client) : QObject(client)
{
    connect(client, &Mqtt::Client::messageReceived, this, [this](const Mqtt::Message &m) { messages.append(m); });
    connect(client, &Mqtt::Client::messagesReceived, this, [this](const QList<Mqtt::Message> &list) {
        batched += list;
        ++batches;
    });
}

bool MessageCollector::waitFor(int count, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (messages.size() < count && !deadline.hasExpired())
        QTest::qWait(5);
    return messages.size() >= count;
}

QStringList MessageCollector::payloads() const
{
    QStringList list;
    for (const Mqtt::Message &m : messages)
        list.append(QString::fromUtf8(m.payload()));
    return list;
}

} // namespace ClientTest
