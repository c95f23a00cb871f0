#pragma once

#include "brokersession.h"
#include "client.h"
#include "mosquittobroker.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

// A real mosquitto, a BrokerSession subscribed to "#" whose series take their time from the
// payload's "timestamp" field (seconds, as the seed's publisher sends), and a second client
// that publishes.
class ChartsTestRig
{
public:
    bool start(QString *error)
    {
        if (!broker.start(error))
            return false;
        Mqtt::ClientOptions options;
        options.host = broker.host();
        options.port = broker.port();
        TimeFieldRule rule;
        rule.path = QStringLiteral("timestamp");
        session.pipeline()->setTimeFieldRules({rule});
        Mqtt::Subscription all;
        all.filter = QStringLiteral("#");
        all.options.maximumQos = 1;
        QSignalSpy subscribed(&session, &BrokerSession::subscribed);
        if (!session.open(ConnectionSettings::plain(options), {all}, error))
            return false;
        if (!subscribed.wait(10000)) {
            *error = QStringLiteral("no SUBACK");
            return false;
        }
        publisher.setOptions(options);
        QSignalSpy connected(&publisher, &Mqtt::Client::connected);
        publisher.connectToHost();
        if (!connected.wait(10000)) {
            *error = QStringLiteral("publisher did not connect");
            return false;
        }
        return true;
    }

    // QoS 1 so the order and arrival are certain.
    void publish(const QString &topic, const QByteArray &payload) { publisher.publish(topic, payload, 1); }

    static QByteArray seedPayload(double temperature, double humidity, double timestampSeconds)
    {
        return QStringLiteral("{\"temperature\": %1, \"humidity\": %2, \"timestamp\": %3}")
            .arg(temperature, 0, 'g', 17)
            .arg(humidity, 0, 'g', 17)
            .arg(timestampSeconds, 0, 'f', 3)
            .toUtf8();
    }

    MosquittoBroker broker;
    BrokerSession session;
    Mqtt::Client publisher;
};
