#pragma once

#include "client.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class MosquittoBroker;

// Starts a broker or fails the test (never skips: the tests need a real mosquitto).
#define START_BROKER(broker)                                                                                 \
    do {                                                                                                     \
        QString startError_;                                                                                 \
        if (!(broker).start(&startError_))                                                                   \
            QFAIL(qPrintable(QStringLiteral("mosquitto could not start: ") + startError_));                  \
    } while (false)

namespace ClientTest {

// Adds the "version" column and one row per protocol version, named by `prefix`.
void addVersionColumn();
void addVersionRows(const char *prefix = "");

Mqtt::ClientOptions options(const QString &host, quint16 port, Mqtt::ProtocolVersion version,
                            const QString &clientId = {});
Mqtt::ClientOptions options(const MosquittoBroker &broker, Mqtt::ProtocolVersion version,
                            const QString &clientId = {});
std::unique_ptr<Mqtt::Client> makeClient(const Mqtt::ClientOptions &options);

// Connects and waits for connected() or disconnected(). Returns an empty string on success,
// else the reason the client gave.
QString connectAndWait(Mqtt::Client &client, int timeoutMs = 10000);
// Disconnects politely and waits for disconnected().
bool disconnectAndWait(Mqtt::Client &client, int timeoutMs = 10000);
// Subscribes and waits for subscribed(); returns the reason codes (empty on timeout/refusal).
QList<Mqtt::ReasonCode> subscribeAndWait(Mqtt::Client &client, const QList<Mqtt::Subscription> &subscriptions,
                                         const Mqtt::Properties &properties = {}, int timeoutMs = 10000);
QList<Mqtt::ReasonCode> subscribeAndWait(Mqtt::Client &client, const QString &filter, quint8 qos);
// Publishes and waits until published() (true) or publishFailed() (false).
bool publishAndWait(Mqtt::Client &client, const Mqtt::Message &message, int timeoutMs = 10000);

Mqtt::Subscription subscription(const QString &filter, quint8 qos = 0);
// A topic no other test uses: "mqttscope-test/<name>/<random>".
QString uniqueTopic(const QString &name);

// Collects the messages a client receives.
class MessageCollector : public QObject
{
    Q_OBJECT
public:
    explicit MessageCollector(Mqtt::Client *client);
    QList<Mqtt::Message> messages;
    QList<Mqtt::Message> batched; // the same, through messagesReceived()
    int batches = 0;
    // Waits until at least `count` messages arrived.
    bool waitFor(int count, int timeoutMs = 10000);
    QStringList payloads() const;
};

} // namespace ClientTest
