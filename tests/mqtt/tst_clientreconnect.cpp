// Client: automatic reconnect against a real mosquitto that is stopped and started again.
// The backoff rules are pure functions and are checked without waiting; everything else runs
// with short delays (100 ms doubling) so the tests stay quick.
#include "certificates.h"
#include "client.h"
#include "clienttesthelpers.h"
#include "mosquittobroker.h"
#include "reconnectpolicy.h"
#include "transport.h"
#include "transportfactory.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace ClientTest;
using Mqtt::Client;
using Mqtt::Message;
using Mqtt::ProtocolVersion;
using Mqtt::ReasonCode;
namespace ReconnectPolicy = Mqtt::ReconnectPolicy;

class tst_ClientReconnect : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void backoffDelays();
    void backoffJitterBounds();
    void backoffNonsenseSettings();
    void retryableReasons();

    void brokerRestartWhilePublishing_data();
    void brokerRestartWhilePublishing();
    void resubscribeAfterSessionLoss_data();
    void resubscribeAfterSessionLoss();
    void reconnectOverTransports_data();
    void reconnectOverTransports();
    void stopReconnecting_data();
    void stopReconnecting();
    void noReconnectAfterUserDisconnect_data();
    void noReconnectAfterUserDisconnect();
    void offlineQueueBound_data();
    void offlineQueueBound();
    void badCredentialsDoNotLoop_data();
    void badCredentialsDoNotLoop();
    void firstConnectRetryIsOptional_data();
    void firstConnectRetryIsOptional();
    void duplicateClientIdBacksOff_data();
    void duplicateClientIdBacksOff();

private:
    static Mqtt::ClientOptions reconnectOptions(const QString &host, quint16 port, ProtocolVersion version,
                                                const QString &clientId = {});
};

Mqtt::ClientOptions tst_ClientReconnect::reconnectOptions(const QString &host, quint16 port, ProtocolVersion version,
                                                          const QString &clientId)
{
    Mqtt::ClientOptions o = options(host, port, version, clientId);
    o.autoReconnect = true;
    o.reconnectInitialDelayMs = 100;
    o.reconnectMaxDelayMs = 400;
    o.connectTimeoutMs = 5000;
    return o;
}

// ---------------------------------------------------------------------------------------------
// Backoff and retry rules (no broker, no waiting)

void tst_ClientReconnect::backoffDelays()
{
    const QList<int> expected{1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000};
    for (int attempt = 1; attempt <= expected.size(); ++attempt)
        QCOMPARE(ReconnectPolicy::baseDelayMs(attempt, 1000, 60000), expected.at(attempt - 1));
    QCOMPARE(ReconnectPolicy::baseDelayMs(1000000, 1000, 60000), 60000);
    QCOMPARE(ReconnectPolicy::baseDelayMs(3, 100, 400), 400);
    // No jitter taken off: the base delay itself.
    QCOMPARE(ReconnectPolicy::delayMs(1, 1000, 60000, 0.0), 1000);
    QCOMPARE(ReconnectPolicy::delayMs(4, 1000, 60000, 0.0), 8000);
}

// The jitter only shortens, by at most a quarter: the cap holds, and with any two random draws
// a later attempt waits longer than an earlier one until the cap is reached.
void tst_ClientReconnect::backoffJitterBounds()
{
    const QList<double> draws{0.0, 0.01, 0.25, 0.5, 0.75, 0.999999};
    for (int attempt = 1; attempt <= 12; ++attempt) {
        const int base = ReconnectPolicy::baseDelayMs(attempt, 1000, 60000);
        for (double r : draws) {
            const int delay = ReconnectPolicy::delayMs(attempt, 1000, 60000, r);
            QVERIFY2(delay <= base && delay >= base * 3 / 4,
                     qPrintable(QStringLiteral("attempt %1 draw %2: %3 ms, base %4 ms").arg(attempt).arg(r).arg(delay).arg(base)));
            if (base < 60000) {
                for (double next : draws)
                    QVERIFY(ReconnectPolicy::delayMs(attempt + 1, 1000, 60000, next) > delay);
            }
        }
    }
}

void tst_ClientReconnect::backoffNonsenseSettings()
{
    QCOMPARE(ReconnectPolicy::stableConnectionMs(1000, 60000), 120000);
    QCOMPARE(ReconnectPolicy::stableConnectionMs(5000, 100), 10000);
    QCOMPARE(ReconnectPolicy::stableConnectionMs(0, 0), 2);
    QCOMPARE(ReconnectPolicy::stableConnectionMs(1, std::numeric_limits<int>::max()), std::numeric_limits<int>::max());
    // Zero or negative settings never produce a zero delay (a tight reconnect loop).
    QVERIFY(ReconnectPolicy::delayMs(1, 0, 0, 0.5) >= 1);
    QVERIFY(ReconnectPolicy::delayMs(5, -10, -10, 0.9) >= 1);
    QCOMPARE(ReconnectPolicy::baseDelayMs(0, 500, 60000), 500);
    QCOMPARE(ReconnectPolicy::baseDelayMs(-3, 500, 60000), 500);
    // A cap below the initial delay: the initial delay wins.
    QCOMPARE(ReconnectPolicy::baseDelayMs(4, 5000, 1000), 5000);
    // Huge values do not overflow.
    QCOMPARE(ReconnectPolicy::baseDelayMs(100, 1 << 30, std::numeric_limits<int>::max()), std::numeric_limits<int>::max());
    // Out-of-range random draws are clamped.
    QCOMPARE(ReconnectPolicy::delayMs(1, 1000, 60000, -1.0), 1000);
    QCOMPARE(ReconnectPolicy::delayMs(1, 1000, 60000, 7.0), 750);
}

void tst_ClientReconnect::retryableReasons()
{
    for (ReasonCode code : {ReasonCode::BadUserNameOrPassword, ReasonCode::NotAuthorized, ReasonCode::Banned,
                            ReasonCode::UnsupportedProtocolVersion, ReasonCode::ClientIdentifierNotValid,
                            ReasonCode::BadAuthenticationMethod, ReasonCode::ServerMoved})
        QVERIFY2(!ReconnectPolicy::isRetryableRefusal(code), qPrintable(Mqtt::reasonCodeText(code)));
    for (ReasonCode code : {ReasonCode::ServerUnavailable, ReasonCode::ServerBusy, ReasonCode::UnspecifiedError,
                            ReasonCode::QuotaExceeded, ReasonCode::ConnectionRateExceeded, ReasonCode::UseAnotherServer})
        QVERIFY2(ReconnectPolicy::isRetryableRefusal(code), qPrintable(Mqtt::reasonCodeText(code)));
    QVERIFY(!ReconnectPolicy::isRetryableDisconnect(ReasonCode::SessionTakenOver));
    QVERIFY(!ReconnectPolicy::isRetryableDisconnect(ReasonCode::NotAuthorized));
    for (ReasonCode code : {ReasonCode::ServerShuttingDown, ReasonCode::KeepAliveTimeout, ReasonCode::ServerBusy,
                            ReasonCode::AdministrativeAction, ReasonCode::MaximumConnectTime})
        QVERIFY2(ReconnectPolicy::isRetryableDisconnect(code), qPrintable(Mqtt::reasonCodeText(code)));
}

// ---------------------------------------------------------------------------------------------
// Broker restarts

void tst_ClientReconnect::brokerRestartWhilePublishing_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<int>("qos");
    for (int qos : {1, 2}) {
        QTest::addRow("MQTT 3.1.1 QoS %d", qos) << ProtocolVersion::V311 << qos;
        QTest::addRow("MQTT 5.0 QoS %d", qos) << ProtocolVersion::V5 << qos;
    }
}

// The broker (with persistence) goes away while a publisher sends 10,000 numbered messages as
// fast as flow control allows, stays away while both clients fail to reconnect, and comes back
// on the same port. Both clients reconnect on their own; the receiver (persistent session)
// gets every message: QoS 1 at least once, QoS 2 exactly once. The QoS 1 publisher has a clean
// session, so its in-flight messages go out again as new messages; the QoS 2 publisher resumes
// its persistent session and resends with DUP / PUBREL.
void tst_ClientReconnect::brokerRestartWhilePublishing()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(int, qos);
    constexpr int Total = 10000;
    constexpr int Window = 500;       // in flight while connected, at most
    constexpr int OfflineWindow = 1000; // waiting in the queue, at most
    const char *versionName = version == ProtocolVersion::V5 ? "5.0" : "3.1.1";

    MosquittoBroker broker;
    broker.setPersistence(true);
    // mosquitto's defaults would drop messages: 20 in flight per client (2.0.11 drops 3.1.1 QoS 2
    // publishes above that without a word) and 1,000 queued for a client that is away.
    broker.addGlobalConfig({QStringLiteral("max_inflight_messages 0"), QStringLiteral("max_queued_messages 0"),
                            QStringLiteral("max_queued_bytes 0")});
    START_BROKER(broker);
    QElapsedTimer elapsed;
    elapsed.start();
    const QString topic = uniqueTopic(QStringLiteral("restart"));

    Mqtt::ClientOptions ro = reconnectOptions(broker.host(), broker.port(), version, QStringLiteral("rx-%1").arg(qos));
    ro.cleanStart = false;
    ro.sessionExpiry = 3600;
    auto receiver = makeClient(ro);
    QList<int> seen(Total, 0);
    int distinct = 0;
    int duplicates = 0;
    bool endSeen = false;
    QStringList unexpected;
    connect(receiver.get(), &Client::messagesReceived, this, [&](const QList<Message> &batch) {
        for (const Message &m : batch) {
            if (m.payload() == "end") {
                endSeen = true;
                continue;
            }
            bool ok = false;
            const int n = m.payload().toInt(&ok);
            if (!ok || n < 0 || n >= Total || m.qos() != qos) {
                unexpected.append(QString::fromUtf8(m.payload().left(40)));
                continue;
            }
            if (seen[n]++ == 0)
                ++distinct;
            else
                ++duplicates;
        }
    });
    QCOMPARE(connectAndWait(*receiver), QString());
    QCOMPARE(subscribeAndWait(*receiver, topic, quint8(qos)), QList<ReasonCode>{ReasonCode(qos)});

    Mqtt::ClientOptions po = reconnectOptions(broker.host(), broker.port(), version, QStringLiteral("tx-%1").arg(qos));
    po.cleanStart = qos == 1;
    po.sessionExpiry = qos == 1 ? 0 : 3600;
    auto publisher = makeClient(po);
    int next = 0;
    int completed = 0;
    int refused = 0;
    int publishedOffline = 0;
    QStringList failures;
    connect(publisher.get(), &Client::published, this, [&] { ++completed; });
    connect(publisher.get(), &Client::publishFailed, this,
            [&](int, ReasonCode, const QString &text) { failures.append(text); });
    QCOMPARE(connectAndWait(*publisher), QString());

    QTimer pump;
    pump.setInterval(1);
    connect(&pump, &QTimer::timeout, this, [&] {
        for (;;) {
            const bool online = publisher->state() == Client::State::Connected;
            if (next >= Total || publisher->queuedCount() >= OfflineWindow
                || (online && publisher->inflightCount() + publisher->queuedCount() >= Window))
                return;
            if (publisher->publish(topic, QByteArray::number(next), quint8(qos)) < 0) {
                ++refused;
                return;
            }
            if (!online)
                ++publishedOffline;
            ++next;
        }
    });
    pump.start();

    // Every wait has its own deadline, all together well under QtTest's 300 s watchdog (a
    // QTRY_* that fails waits up to three times its timeout in Qt 6.4), and a failure says
    // how far it got.
    const auto waitUntil = [](const std::function<bool()> &done, int timeoutMs) {
        QDeadlineTimer deadline(timeoutMs);
        while (!done() && !deadline.hasExpired())
            QTest::qWait(10);
        return done();
    };
    const auto progress = [&] {
        return QStringLiteral("%1 of %2 publishes completed, %3 published, %4 queued, %5 in flight, %6 distinct "
                              "received (%7 missing), %8 failures, %9 refused")
            .arg(completed)
            .arg(Total)
            .arg(next)
            .arg(publisher->queuedCount())
            .arg(publisher->inflightCount())
            .arg(distinct)
            .arg(Total - distinct)
            .arg(failures.size())
            .arg(refused);
    };
    QVERIFY2(waitUntil([&] { return completed >= Total / 3; }, 40000), qPrintable(progress()));
    QSignalSpy rxScheduled(receiver.get(), &Client::reconnectScheduled);
    QSignalSpy txScheduled(publisher.get(), &Client::reconnectScheduled);
    QSignalSpy rxStates(receiver.get(), &Client::stateChanged);
    broker.stop();
    QElapsedTimer downtime;
    downtime.start();
    const int publishedBeforeStop = next;
    // Both notice, and fail at least one attempt while the broker is away; the publisher keeps
    // publishing into its offline queue meanwhile.
    QVERIFY2(waitUntil([&] { return rxScheduled.size() >= 2 && txScheduled.size() >= 2; }, 20000), qPrintable(progress()));
    QCOMPARE(publisher->state() == Client::State::Reconnecting || publisher->state() == Client::State::Connecting, true);
    QVERIFY2(publisher->statusText().contains(QLatin1String("attempt")), qPrintable(publisher->statusText()));
    QVERIFY(publishedOffline > 0);
    QString startError;
    QVERIFY2(broker.start(&startError), qPrintable(startError));
    const qint64 downMs = downtime.elapsed();

    QVERIFY2(waitUntil([&] { return completed == Total || !failures.isEmpty() || refused > 0; }, 90000),
             qPrintable(progress()));
    QCOMPARE(failures, QStringList());
    QCOMPARE(refused, 0);
    QVERIFY(publishAndWait(*publisher, Message(topic, "end", quint8(qos))));
    QVERIFY2(waitUntil([&] { return endSeen; }, 20000), qPrintable(progress()));
    if (!waitUntil([&] { return distinct == Total; }, 20000)) {
        QStringList missing;
        for (int i = 0; i < Total && missing.size() < 20; ++i) {
            if (seen[i] == 0)
                missing << QString::number(i);
        }
        QFAIL(qPrintable(progress() + QStringLiteral("; first missing: ") + missing.join(QLatin1Char(' '))));
    }
    QCOMPARE(unexpected, QStringList());
    QCOMPARE(publisher->state(), Client::State::Connected);
    QCOMPARE(receiver->state(), Client::State::Connected);
    QVERIFY(rxStates.contains(QVariantList{QVariant::fromValue(Client::State::Reconnecting)}));

    qInfo("MQTT %s QoS %d: %d messages received, %d duplicates; broker stopped after %d publishes, away %lld ms, "
          "%d published meanwhile; %lld reconnect schedules (publisher), %lld (receiver); %lld ms in all",
          versionName, qos, distinct, duplicates, publishedBeforeStop, downMs, publishedOffline, qlonglong(txScheduled.size()),
          qlonglong(rxScheduled.size()), elapsed.elapsed());
    if (qos == 2)
        QCOMPARE(duplicates, 0);
    QVERIFY(disconnectAndWait(*publisher));
    QVERIFY(disconnectAndWait(*receiver));
}

void tst_ClientReconnect::resubscribeAfterSessionLoss_data()
{
    addVersionColumn();
    addVersionRows();
}

// Without persistence a restarted broker has forgotten every session and subscription. The
// client subscribes again by itself, as the user asked (requested QoS, MQTT 5 subscription
// identifier), and messages published after the reconnect arrive.
void tst_ClientReconnect::resubscribeAfterSessionLoss()
{
    QFETCH(ProtocolVersion, version);
    const bool v5 = version == ProtocolVersion::V5;
    MosquittoBroker broker;
    START_BROKER(broker);
    const QString topicA = uniqueTopic(QStringLiteral("resubA"));
    const QString topicB = uniqueTopic(QStringLiteral("resubB"));

    auto receiver = makeClient(reconnectOptions(broker.host(), broker.port(), version));
    MessageCollector collector(receiver.get());
    QCOMPARE(connectAndWait(*receiver), QString());
    Mqtt::Properties properties;
    if (v5)
        properties.addSubscriptionIdentifier(7);
    const QList<Mqtt::Subscription> subscriptions{subscription(topicA, 1), subscription(topicB + QStringLiteral("/#"), 2)};
    QCOMPARE(subscribeAndWait(*receiver, subscriptions, properties),
             (QList<ReasonCode>{ReasonCode::GrantedQoS1, ReasonCode::GrantedQoS2}));
    const QString gone = uniqueTopic(QStringLiteral("resubGone"));
    QCOMPARE(subscribeAndWait(*receiver, gone, 0).size(), 1);
    QCOMPARE(receiver->unsubscribe({gone}) > 0, true);
    QTRY_COMPARE_WITH_TIMEOUT(receiver->subscriptions().size(), 2, 5000);

    QSignalSpy resubscribed(receiver.get(), &Client::resubscribed);
    QSignalSpy connected(receiver.get(), &Client::connected);
    QSignalSpy disconnected(receiver.get(), &Client::disconnected);
    QString error;
    QVERIFY2(broker.restart(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(resubscribed.size(), 1, 20000);
    QVERIFY(!disconnected.isEmpty());
    QVERIFY(!disconnected.first().first().toString().isEmpty());
    QCOMPARE(connected.size(), 1);
    QCOMPARE(connected.first().first().toBool(), false);
    QCOMPARE(resubscribed.first().at(0).value<QList<Mqtt::Subscription>>(), subscriptions);
    QCOMPARE(resubscribed.first().at(1).value<QList<ReasonCode>>(),
             (QList<ReasonCode>{ReasonCode::GrantedQoS1, ReasonCode::GrantedQoS2}));
    QCOMPARE(receiver->subscriptions().size(), 2);
    QCOMPARE(receiver->reconnectAttempt(), 0);
    QVERIFY2(receiver->statusText().startsWith(QLatin1String("Connected to")), qPrintable(receiver->statusText()));

    auto publisher = makeClient(options(broker, version));
    QCOMPARE(connectAndWait(*publisher), QString());
    QVERIFY(publishAndWait(*publisher, Message(topicA, "a", 1)));
    QVERIFY(publishAndWait(*publisher, Message(topicB + QStringLiteral("/x"), "b", 2)));
    QVERIFY(publishAndWait(*publisher, Message(gone, "not subscribed", 0)));
    QVERIFY(publishAndWait(*publisher, Message(topicA, "c", 1)));
    QVERIFY(collector.waitFor(3));
    QCOMPARE(collector.payloads(), (QStringList{"a", "b", "c"}));
    QCOMPARE(collector.messages.at(1).qos(), quint8(2));
    if (v5)
        QCOMPARE(collector.messages.at(0).properties().subscriptionIdentifiers(), QList<quint32>{7});
}

void tst_ClientReconnect::reconnectOverTransports_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::newRow("mqtts") << QStringLiteral("mqtts");
    QTest::newRow("ws") << QStringLiteral("ws");
    QTest::newRow("wss") << QStringLiteral("wss");
}

// TLS and WebSocket transports are opened again for the reconnect: the same transport object,
// a new handshake.
void tst_ClientReconnect::reconnectOverTransports()
{
    QFETCH(QString, scheme);
    Certificates certificates;
    QString error;
    QVERIFY2(certificates.generate(&error), qPrintable(error));
    MosquittoBroker broker;
    QStringList lines;
    if (scheme != QLatin1String("mqtts"))
        lines << QStringLiteral("protocol websockets");
    if (scheme != QLatin1String("ws"))
        lines += certificates.listenerLines(certificates.serverCertificate(), certificates.serverKey());
    const quint16 port = broker.addListener(lines);
    START_BROKER(broker);

    auto client = makeClient(reconnectOptions(broker.host(), port, ProtocolVersion::V5));
    Mqtt::TlsOptions tls;
    if (scheme != QLatin1String("ws"))
        tls.caFile = certificates.caCertificate();
    QVERIFY2(Mqtt::configureClient(client.get(), QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(port), tls, &error),
             qPrintable(error));
    MessageCollector collector(client.get());
    QCOMPARE(connectAndWait(*client), QString());
    const QString topic = uniqueTopic(QStringLiteral("transport"));
    QCOMPARE(subscribeAndWait(*client, topic, 1).size(), 1);
    const Mqtt::Transport *transport = client->transport();
    QVERIFY(transport);

    QSignalSpy resubscribed(client.get(), &Client::resubscribed);
    QVERIFY2(broker.restart(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(resubscribed.size(), 1, 20000);
    QCOMPARE(client->transport(), transport);
    QVERIFY2(client->statusText().contains(QStringLiteral("%1://").arg(scheme)), qPrintable(client->statusText()));
    QVERIFY(publishAndWait(*client, Message(topic, "after the restart", 1)));
    QVERIFY(collector.waitFor(1));
    QCOMPARE(collector.payloads(), QStringList{"after the restart"});
}

void tst_ClientReconnect::stopReconnecting_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("cancelReconnect") << QStringLiteral("cancel");
    QTest::newRow("disconnectFromHost") << QStringLiteral("disconnect");
    QTest::newRow("abortConnection") << QStringLiteral("abort");
}

// While the broker is away the client retries with growing delays; cancelling (or a
// disconnect) ends that for good: it stays Disconnected even when the broker returns.
void tst_ClientReconnect::stopReconnecting()
{
    QFETCH(QString, how);
    MosquittoBroker broker;
    START_BROKER(broker);
    auto client = makeClient(reconnectOptions(broker.host(), broker.port(), ProtocolVersion::V5));
    QCOMPARE(connectAndWait(*client), QString());
    QSignalSpy scheduled(client.get(), &Client::reconnectScheduled);
    QSignalSpy disconnected(client.get(), &Client::disconnected);
    broker.stop();
    QTRY_VERIFY_WITH_TIMEOUT(scheduled.size() >= 4, 20000);
    // Attempts 1, 2, 3, 4: 100 ms doubling to the 400 ms cap, less at most a quarter.
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(scheduled.at(i).at(0).toInt(), i + 1);
        const int base = std::min(100 << i, 400);
        const int delay = scheduled.at(i).at(1).toInt();
        QVERIFY2(delay <= base && delay >= base * 3 / 4, qPrintable(QString::number(delay)));
        QVERIFY(!scheduled.at(i).at(2).toString().isEmpty());
    }
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), Client::State::Reconnecting, 5000);
    QVERIFY2(client->statusText().startsWith(QLatin1String("Reconnecting in ")), qPrintable(client->statusText()));
    QVERIFY2(client->statusText().contains(QLatin1String("(attempt ")), qPrintable(client->statusText()));
    QVERIFY(client->publish(QStringLiteral("offline/x"), "x", 1) > 0);
    QSignalSpy failed(client.get(), &Client::publishFailed);
    disconnected.clear();

    if (how == QLatin1String("cancel"))
        client->cancelReconnect();
    else if (how == QLatin1String("disconnect"))
        client->disconnectFromHost();
    else
        client->abortConnection();
    QCOMPARE(client->state(), Client::State::Disconnected);
    QCOMPARE(client->statusText(), QStringLiteral("Disconnected"));
    QCOMPARE(disconnected.size(), 1);
    QCOMPARE(disconnected.first().first().toString(), QString());
    // A clean session ends here: the waiting publish fails instead of waiting forever.
    QCOMPARE(failed.size(), 1);
    QCOMPARE(client->queuedCount(), 0);

    const qsizetype attempts = scheduled.size();
    QString error;
    QVERIFY2(broker.start(&error), qPrintable(error));
    QTest::qWait(1000); // more than two capped delays: time enough for an attempt that should not come
    QCOMPARE(scheduled.size(), attempts);
    QCOMPARE(client->state(), Client::State::Disconnected);
    // Connecting by hand still works.
    QCOMPARE(connectAndWait(*client), QString());
    QVERIFY(disconnectAndWait(*client));
}

void tst_ClientReconnect::noReconnectAfterUserDisconnect_data()
{
    QTest::addColumn<bool>("abort");
    QTest::newRow("disconnectFromHost") << false;
    QTest::newRow("abortConnection") << true;
}

void tst_ClientReconnect::noReconnectAfterUserDisconnect()
{
    QFETCH(bool, abort);
    MosquittoBroker broker;
    START_BROKER(broker);
    auto client = makeClient(reconnectOptions(broker.host(), broker.port(), ProtocolVersion::V311));
    QCOMPARE(connectAndWait(*client), QString());
    QSignalSpy scheduled(client.get(), &Client::reconnectScheduled);
    QSignalSpy connected(client.get(), &Client::connected);
    if (abort) {
        client->abortConnection();
        QCOMPARE(client->state(), Client::State::Disconnected);
    } else {
        QVERIFY(disconnectAndWait(*client));
    }
    QTest::qWait(500); // several reconnect delays
    QCOMPARE(scheduled.size(), 0);
    QCOMPARE(connected.size(), 0);
    QCOMPARE(client->state(), Client::State::Disconnected);
    QCOMPARE(client->statusText(), QStringLiteral("Disconnected"));
}

void tst_ClientReconnect::offlineQueueBound_data()
{
    addVersionColumn();
    addVersionRows();
}

// Publishes made while the broker is away wait in a bounded queue; one too many is refused
// with a message that says so. After the reconnect the queued ones go out in order (after the
// resubscribe, so the client receives its own messages).
void tst_ClientReconnect::offlineQueueBound()
{
    QFETCH(ProtocolVersion, version);
    MosquittoBroker broker;
    START_BROKER(broker);
    const QString topic = uniqueTopic(QStringLiteral("offline"));
    Mqtt::ClientOptions o = reconnectOptions(broker.host(), broker.port(), version);
    o.offlineQueueLimit = 5;
    auto client = makeClient(o);
    MessageCollector collector(client.get());
    QCOMPARE(connectAndWait(*client), QString());
    QCOMPARE(subscribeAndWait(*client, topic, 2).size(), 1);

    broker.stop();
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), Client::State::Reconnecting, 10000);
    QSignalSpy errors(client.get(), &Client::errorOccurred);
    QSignalSpy published(client.get(), &Client::published);
    QSignalSpy failed(client.get(), &Client::publishFailed);
    for (int i = 0; i < 5; ++i)
        QVERIFY(client->publish(topic, QByteArray::number(i), 1) > 0);
    QCOMPARE(client->queuedCount(), 5);
    errors.clear(); // failed reconnect attempts report theirs too
    QCOMPARE(client->publish(topic, "one too many", 1), -1);
    QCOMPARE(errors.size(), 1);
    const QString text = errors.first().first().toString();
    QVERIFY2(text.contains(QLatin1String("offline queue is full (5 messages")), qPrintable(text));
    QCOMPARE(client->queuedCount(), 5);

    QString error;
    QVERIFY2(broker.start(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(published.size(), 5, 20000);
    QCOMPARE(failed.size(), 0);
    QVERIFY(collector.waitFor(5));
    QCOMPARE(collector.payloads(), (QStringList{"0", "1", "2", "3", "4"}));
}

void tst_ClientReconnect::badCredentialsDoNotLoop_data()
{
    addVersionColumn();
    addVersionRows();
}

// A refusal that asking again cannot fix ends reconnecting at once, even with retries of the
// first connection on, and the status says why.
void tst_ClientReconnect::badCredentialsDoNotLoop()
{
    QFETCH(ProtocolVersion, version);
    MosquittoBroker broker;
    QString error;
    const QString passwords = broker.createPasswordFile({{QStringLiteral("alice"), QStringLiteral("secret")}}, &error);
    QVERIFY2(!passwords.isEmpty(), qPrintable(error));
    const quint16 port = broker.addListener(
        {QStringLiteral("password_file %1").arg(passwords), QStringLiteral("allow_anonymous false")});
    START_BROKER(broker);

    Mqtt::ClientOptions o = reconnectOptions(broker.host(), port, version);
    o.reconnectBeforeFirstConnection = true;
    o.username = QStringLiteral("alice");
    o.password = QByteArray("wrong");
    auto client = makeClient(o);
    QSignalSpy scheduled(client.get(), &Client::reconnectScheduled);
    const QString reason = connectAndWait(*client);
    QVERIFY2(reason.contains(QLatin1String("refused"), Qt::CaseInsensitive), qPrintable(reason));
    QCOMPARE(client->state(), Client::State::Disconnected);
    QVERIFY2(client->statusText().contains(QLatin1String("not reconnecting")), qPrintable(client->statusText()));
    QVERIFY2(client->statusText().contains(reason), qPrintable(client->statusText()));
    QTest::qWait(500);
    QCOMPARE(scheduled.size(), 0);
    QCOMPARE(client->state(), Client::State::Disconnected);
}

void tst_ClientReconnect::firstConnectRetryIsOptional_data()
{
    QTest::addColumn<bool>("retryFirst");
    QTest::newRow("default: no retry before the first connection") << false;
    QTest::newRow("retry the first connection") << true;
}

// Like MQTT Explorer and MQTTX, a first connection that fails is an error to show, not a
// retry loop; the option makes it retry until the broker appears.
void tst_ClientReconnect::firstConnectRetryIsOptional()
{
    QFETCH(bool, retryFirst);
    MosquittoBroker broker; // not started yet
    Mqtt::ClientOptions o = reconnectOptions(broker.host(), broker.port(), ProtocolVersion::V5);
    o.reconnectBeforeFirstConnection = retryFirst;
    auto client = makeClient(o);
    QSignalSpy scheduled(client.get(), &Client::reconnectScheduled);
    QSignalSpy connected(client.get(), &Client::connected);
    client->connectToHost();
    if (!retryFirst) {
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), Client::State::Disconnected, 10000);
        QVERIFY2(client->statusText().contains(QLatin1String("first connection attempt failed")),
                 qPrintable(client->statusText()));
        QCOMPARE(scheduled.size(), 0);
        return;
    }
    QTRY_VERIFY_WITH_TIMEOUT(scheduled.size() >= 2, 10000);
    START_BROKER(broker);
    QVERIFY(connected.wait(10000));
    QCOMPARE(client->state(), Client::State::Connected);
    QVERIFY(publishAndWait(*client, Message(QStringLiteral("first/retry"), "x", 1)));
}

void tst_ClientReconnect::duplicateClientIdBacksOff_data()
{
    addVersionColumn();
    addVersionRows();
}

// Two clients with one client id take the session from each other (MQTT §3.1.4). mosquitto
// 2.0.11 just closes the older connection, without the MQTT 5 DISCONNECT 0x8E that would tell
// the client to stay away, so both keep reconnecting. Because none of their connections lasts,
// the backoff is not reset by the short-lived successes: the delays still grow to the cap.
void tst_ClientReconnect::duplicateClientIdBacksOff()
{
    QFETCH(ProtocolVersion, version);
    MosquittoBroker broker;
    START_BROKER(broker);
    Mqtt::ClientOptions o = reconnectOptions(broker.host(), broker.port(), version, QStringLiteral("twin"));
    o.reconnectMaxDelayMs = 1600;
    auto first = makeClient(o);
    QCOMPARE(connectAndWait(*first), QString());
    QSignalSpy firstScheduled(first.get(), &Client::reconnectScheduled);
    auto second = makeClient(o);
    QSignalSpy secondScheduled(second.get(), &Client::reconnectScheduled);
    QCOMPARE(connectAndWait(*second), QString());
    QTRY_VERIFY_WITH_TIMEOUT(firstScheduled.size() >= 4 && secondScheduled.size() >= 4, 30000);
    for (const QSignalSpy *spy : {&firstScheduled, &secondScheduled}) {
        for (int i = 0; i < 4; ++i) {
            const int base = ReconnectPolicy::baseDelayMs(i + 1, 100, 1600);
            const int delay = spy->at(i).at(1).toInt();
            QVERIFY2(delay >= base * 3 / 4 && delay <= base, qPrintable(QStringLiteral("delay %1 for step %2").arg(delay).arg(i + 1)));
        }
    }
    first->disconnectFromHost();
    second->disconnectFromHost();
    QTRY_VERIFY_WITH_TIMEOUT(first->state() == Client::State::Disconnected
                                 && second->state() == Client::State::Disconnected, 5000);
}

QTEST_GUILESS_MAIN(tst_ClientReconnect)
#include "tst_clientreconnect.moc"
