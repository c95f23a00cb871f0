#include "subcommand.h"

#include "cli.h"
#include "clisession.h"
#include "topic.h"

#include <QCommandLineParser>
#include <QTimer>

#include <limits>

int SubCommand::run(const QStringList &arguments)
{
    const QString name = QStringLiteral("sub");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Subscribe to topic filters and print each message."));
    ConnectionArguments connection;
    const QCommandLineOption topic({QStringLiteral("t"), QStringLiteral("topic")},
                                   tr("Topic filter to subscribe to (repeatable; + and # wildcards)."), tr("FILTER"));
    const QCommandLineOption qos({QStringLiteral("q"), QStringLiteral("qos")},
                                 tr("Maximum QoS of the subscriptions (default: 0)."), tr("QOS"), QStringLiteral("0"));
    const QCommandLineOption count({QStringLiteral("C"), QStringLiteral("count")},
                                   tr("Exit after COUNT messages."), tr("COUNT"));
    const QCommandLineOption timeout({QStringLiteral("W"), QStringLiteral("timeout")},
                                     tr("Exit after SECONDS (an error when -C messages have not arrived by then)."),
                                     tr("SECONDS"));
    const QCommandLineOption verbose({QStringLiteral("v"), QStringLiteral("verbose")},
                                     tr("Print \"topic payload\" instead of the payload alone."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print one JSON object per message: topic, qos, retain, payload and the MQTT 5 properties."));
    const QCommandLineOption noRetained({QStringLiteral("R"), QStringLiteral("no-retained")},
                                        tr("Do not print retained messages the broker sends when subscribing."));
    const QCommandLineOption subscriptionId(QStringLiteral("subscription-id"),
                                            tr("MQTT 5 subscription identifier (1 to 268435455)."), tr("ID"));
    const QCommandLineOption noLocal(QStringLiteral("no-local"),
                                     tr("MQTT 5: do not receive messages published with this client id."));
    const QCommandLineOption retainAsPublished(QStringLiteral("retain-as-published"),
                                               tr("MQTT 5: keep the retain flag as the publisher set it."));
    const QCommandLineOption retainHandling(QStringLiteral("retain-handling"),
                                            tr("MQTT 5: 0 send retained messages, 1 only for new subscriptions, 2 never."),
                                            tr("N"));
    const QCommandLineOption help(QStringLiteral("help"), tr("Show this help."));
    parser.addOptions({topic, qos, count, timeout, verbose, json, noRetained, subscriptionId, noLocal,
                       retainAsPublished, retainHandling, help});
    connection.addTo(parser);

    const QString usage = tr("Usage: mqttscope-cli sub [options] -t FILTER [-t FILTER ...]");
    if (const std::optional<int> done = Cli::parseArguments(parser, name, arguments, help, usage))
        return *done;

    ConnectionSettings settings;
    QString error;
    if (!connection.read(parser, &settings, &error))
        return Cli::usageError(name, error);
    const bool v5 = settings.options.version == Mqtt::ProtocolVersion::V5;

    const QStringList filters = parser.values(topic);
    // --profile without -t: the profile's own subscriptions (their QoS and MQTT 5 options).
    const ConnectionProfile *profile = connection.profile();
    if (filters.isEmpty() && !profile)
        return Cli::usageError(name, tr("give at least one topic filter with -t"));
    if (filters.isEmpty()) {
        for (const ProfileSubscription &subscription : profile->subscriptions) {
            Mqtt::Subscription s = subscription;
            if (!v5)
                s.options = Mqtt::SubscriptionOptions{s.options.maximumQos, false, false, 0};
            m_subscriptions.append(s);
        }
        if (m_subscriptions.isEmpty())
            return Cli::usageError(name, tr("the profile subscribes to nothing: give a topic filter with -t"));
    }
    quint64 n = 0;
    if (!ConnectionArguments::parseNumber(parser.value(qos), 0, 2, &n))
        return Cli::usageError(name, tr("invalid QoS '%1': expected 0, 1 or 2").arg(parser.value(qos)));
    Mqtt::SubscriptionOptions subOptions;
    subOptions.maximumQos = quint8(n);
    if ((parser.isSet(noLocal) || parser.isSet(retainAsPublished) || parser.isSet(retainHandling)
         || parser.isSet(subscriptionId))
        && !v5)
        return Cli::usageError(name, tr("--no-local, --retain-as-published, --retain-handling and "
                                        "--subscription-id need MQTT 5 (-V 5)"));
    subOptions.noLocal = parser.isSet(noLocal);
    subOptions.retainAsPublished = parser.isSet(retainAsPublished);
    if (parser.isSet(retainHandling)) {
        if (!ConnectionArguments::parseNumber(parser.value(retainHandling), 0, 2, &n))
            return Cli::usageError(name, tr("invalid retain handling '%1': expected 0, 1 or 2").arg(parser.value(retainHandling)));
        subOptions.retainHandling = quint8(n);
    }
    if (parser.isSet(subscriptionId)) {
        // MQTT 5 §3.8.2.1.2: a Variable Byte Integer from 1 to 268,435,455.
        if (!ConnectionArguments::parseNumber(parser.value(subscriptionId), 1, 268435455, &n))
            return Cli::usageError(name, tr("invalid subscription identifier '%1'").arg(parser.value(subscriptionId)));
        m_subscribeProperties.addSubscriptionIdentifier(quint32(n));
    }
    for (const QString &filter : filters) {
        if (filter.isEmpty())
            return Cli::usageError(name, tr("a topic filter must not be empty"));
        // Refused here, as a bad command line, rather than after connecting.
        QString why;
        if (!Mqtt::Topic::isValidTopicFilter(filter, &why))
            return Cli::usageError(name, tr("invalid topic filter '%1': %2").arg(filter, why));
        const Mqtt::Subscription subscription{filter, subOptions};
        // The library's own rules, worded as the GUI's dialogs word them.
        if (!subscription.validate(settings.options.version, &why))
            return Cli::usageError(name, tr("cannot subscribe to '%1': %2").arg(filter, why));
        m_subscriptions.append(subscription);
    }
    if (parser.isSet(count)) {
        if (!ConnectionArguments::parseNumber(parser.value(count), 1, quint64(std::numeric_limits<qint64>::max()), &n))
            return Cli::usageError(name, tr("invalid count '%1': expected a positive number").arg(parser.value(count)));
        m_count = qint64(n);
    }
    quint64 timeoutSeconds = 0;
    if (parser.isSet(timeout)
        && !ConnectionArguments::parseNumber(parser.value(timeout), 1, 2000000, &timeoutSeconds))
        return Cli::usageError(name, tr("invalid timeout '%1': expected seconds").arg(parser.value(timeout)));
    if (parser.isSet(json) && parser.isSet(verbose))
        return Cli::usageError(name, tr("--json and -v cannot be combined"));
    m_formatter = MessageFormatter(parser.isSet(json)      ? MessageFormatter::Style::Json
                                   : parser.isSet(verbose) ? MessageFormatter::Style::TopicAndPayload
                                                           : MessageFormatter::Style::Payload);
    m_quietRetained = parser.isSet(noRetained);

    CliSession session(settings);
    session.setDebug(connection.debug(parser));
    QObject::connect(&session, &CliSession::ready, &session, [this, &session] { subscribe(session); });
    // What one network read delivered is formatted into one buffer and written with one
    // write(): a terminal still sees every message at once, a pipe gets few large writes.
    QObject::connect(session.client(), &Mqtt::Client::messagesReceived, &session,
                     [this, &session](const QList<Mqtt::Message> &messages) {
                         QByteArray &out = m_out;
                         out.resize(0); // keeps the buffer of the last read
                         for (const Mqtt::Message &message : messages) {
                             if (session.isFinishing())
                                 break;
                             if (m_quietRetained && message.retain())
                                 continue;
                             m_formatter.appendTo(out, message);
                             if (m_count > 0 && ++m_received >= m_count)
                                 session.finish();
                         }
                         if (!out.isEmpty())
                             Cli::printOut(out);
                     });
    QTimer timer;
    if (timeoutSeconds > 0) {
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, &session, [this, &session, timeoutSeconds] {
            if (m_count > 0)
                session.fail(tr("Timed out after %1 s with %2 of %3 messages.").arg(timeoutSeconds).arg(m_received).arg(m_count));
            else
                session.finish();
        });
        timer.start(int(timeoutSeconds * 1000));
    }
    return session.exec();
}

void SubCommand::subscribe(CliSession &session)
{
    Mqtt::Client *client = session.client();
    const int token = client->subscribe(m_subscriptions, m_subscribeProperties);
    if (token < 0) {
        session.fail(tr("The subscription could not be sent."));
        return;
    }
    QObject::connect(client, &Mqtt::Client::subscribed, &session,
                     [this, &session, token](int t, const QList<Mqtt::ReasonCode> &results) {
                         if (t != token)
                             return;
                         for (int i = 0; i < results.size() && i < m_subscriptions.size(); ++i) {
                             if (Mqtt::isError(results.at(i))) {
                                 session.fail(tr("The broker refused the subscription to '%1': %2")
                                                  .arg(m_subscriptions.at(i).filter,
                                                       Mqtt::reasonCodeText(results.at(i), Mqtt::PacketType::Suback)));
                                 return;
                             }
                             session.debugMessage(tr("Subscribed to '%1' (granted QoS %2).")
                                                      .arg(m_subscriptions.at(i).filter)
                                                      .arg(int(results.at(i))));
                         }
                     });
}
