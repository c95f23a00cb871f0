#pragma once

#include "connectionarguments.h"
#include "messageformatter.h"

#include <QCoreApplication>
#include <QStringList>

class CliSession;

// `mqttscope-cli sub`: subscribes to one or more filters and prints every message, like
// mosquitto_sub. Ends after -C messages, after -W seconds, or when the connection fails.
class SubCommand
{
    Q_DECLARE_TR_FUNCTIONS(SubCommand)
public:
    int run(const QStringList &arguments);

private:
    void subscribe(CliSession &session);

    QList<Mqtt::Subscription> m_subscriptions;
    Mqtt::Properties m_subscribeProperties;
    MessageFormatter m_formatter;
    QByteArray m_out; // one network read's lines, reused
    qint64 m_count = 0; // exit after this many messages; 0 = run until stopped
    qint64 m_received = 0;
    bool m_quietRetained = false;
};
