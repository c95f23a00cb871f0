#pragma once

// Shared by the ui/ tests: a BrokerSession connected to a test broker, and the paho publisher
// (a client we did not write) that sends the seed's sensor JSON.
#include "brokersession.h"
#include "mosquittobroker.h"

#include <QProcess>
#include <QTest>

namespace UiTest {

// Opens `session` on the broker subscribed to `filter` and waits until the broker granted it.
inline bool openSession(BrokerSession &session, const MosquittoBroker &broker, const QString &filter = QStringLiteral("#"))
{
    Mqtt::ClientOptions options;
    options.host = broker.host();
    options.port = broker.port();
    Mqtt::Subscription all;
    all.filter = filter;
    all.options.maximumQos = 2;
    QString error;
    if (!session.open(ConnectionSettings::plain(options), {all}, &error)) {
        qWarning("open: %s", qPrintable(error));
        return false;
    }
    return QTest::qWaitFor([&] { return session.subscriptions().size() == 1; }, 10000);
}

// Publishes a retained message from a separate connection, so that a session subscribing
// later receives it with RETAIN set (live subscribers get RETAIN 0, MQTT 5 §3.3.1.3).
inline bool publishRetained(const MosquittoBroker &broker, const QString &topic, const QByteArray &payload)
{
    BrokerSession publisher;
    if (!openSession(publisher, broker, QStringLiteral("mqttscope-test/nothing")))
        return false;
    int done = 0;
    QObject::connect(&publisher, &BrokerSession::published, &publisher, [&done](int) { ++done; });
    publisher.publish(Mqtt::Message(topic, payload, 1, true));
    return QTest::qWaitFor([&] { return done == 1; }, 10000);
}

// Runs tests/app/paho_publisher.py to completion: `count` sensor readings on `topic`.
inline bool runPahoPublisher(const MosquittoBroker &broker, const QString &topic, int count, QString *output = nullptr)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
            {qEnvironmentVariable("MQTTSCOPE_SOURCE_DIR") + QStringLiteral("/tests/app/paho_publisher.py"), broker.host(),
             QString::number(broker.port()), QStringLiteral("--topic"), topic, QStringLiteral("--count"),
             QString::number(count), QStringLiteral("--v5")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        qWarning("paho publisher: %s %s", p.readAllStandardOutput().constData(), p.readAllStandardError().constData());
        return false;
    }
    if (output)
        *output = QString::fromUtf8(p.readAllStandardOutput());
    return true;
}

} // namespace UiTest
