#include "pubcommand.h"

#include "cli.h"
#include "clisession.h"
#include "topic.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <unistd.h>

PubCommand::PubCommand() = default;
PubCommand::~PubCommand() = default;

int PubCommand::run(const QStringList &arguments)
{
    const QString name = QStringLiteral("pub");
    QCommandLineParser parser;
    ConnectionArguments connection;
    const QCommandLineOption topic({QStringLiteral("t"), QStringLiteral("topic")}, tr("Topic to publish to."), tr("TOPIC"));
    const QCommandLineOption message({QStringLiteral("m"), QStringLiteral("message")}, tr("Send MESSAGE as the payload."),
                                     tr("MESSAGE"));
    const QCommandLineOption file({QStringLiteral("f"), QStringLiteral("file")}, tr("Send the contents of FILE as the payload."),
                                  tr("FILE"));
    const QCommandLineOption stdinLines({QStringLiteral("l"), QStringLiteral("stdin-line")},
                                        tr("Send each line read from stdin as one message (blank lines are skipped)."));
    const QCommandLineOption stdinFile({QStringLiteral("s"), QStringLiteral("stdin-file")},
                                       tr("Send everything read from stdin as one message."));
    const QCommandLineOption nullMessage({QStringLiteral("n"), QStringLiteral("null-message")},
                                         tr("Send an empty payload (with -r: clears the retained message)."));
    const QCommandLineOption qos({QStringLiteral("q"), QStringLiteral("qos")}, tr("QoS of the messages (default: 0)."),
                                 tr("QOS"), QStringLiteral("0"));
    const QCommandLineOption retain({QStringLiteral("r"), QStringLiteral("retain")}, tr("Publish as retained messages."));
    const QCommandLineOption userProperty(QStringLiteral("user-property"),
                                          tr("MQTT 5 user property (repeatable)."), tr("KEY=VALUE"));
    const QCommandLineOption expiry(QStringLiteral("message-expiry"), tr("MQTT 5 message expiry interval."), tr("SECONDS"));
    const QCommandLineOption contentType(QStringLiteral("content-type"), tr("MQTT 5 content type."), tr("TYPE"));
    const QCommandLineOption responseTopic(QStringLiteral("response-topic"), tr("MQTT 5 response topic."), tr("TOPIC"));
    const QCommandLineOption correlationData(QStringLiteral("correlation-data"), tr("MQTT 5 correlation data."), tr("DATA"));
    const QCommandLineOption payloadFormat(QStringLiteral("payload-format"),
                                           tr("MQTT 5 payload format indicator: 0 bytes, 1 UTF-8 text."), tr("N"));
    const QCommandLineOption repeat(QStringLiteral("repeat"),
                                    tr("Publish the message N times (default: 1; not with -l)."), tr("N"));
    const QCommandLineOption interval(QStringLiteral("interval"),
                                      tr("Milliseconds between repeated messages (default: 1000)."), tr("MS"));
    const QCommandLineOption templated(QStringLiteral("template"),
                                       tr("Evaluate placeholders in the payload for each message: {{counter}}, "
                                          "{{timestamp}}, {{timestamp.iso}}, {{uuid}}, {{random:MIN:MAX}}, "
                                          "{{random.int:MIN:MAX}}, {{sine:PERIOD_S:MIN:MAX}}."));
    const QCommandLineOption help(QStringLiteral("help"), tr("Show this help."));
    parser.addOptions({topic, message, file, stdinLines, stdinFile, nullMessage, qos, retain, userProperty, expiry,
                       contentType, responseTopic, correlationData, payloadFormat, repeat, interval, templated, help});
    connection.addTo(parser);

    const QString usage = tr("Usage: mqttscope-cli pub [options] -t TOPIC (-m MESSAGE | -f FILE | -s | -l | -n)");
    if (const std::optional<int> done = Cli::parseArguments(parser, name, arguments, help, usage))
        return *done;

    ConnectionSettings settings;
    QString error;
    if (!connection.read(parser, &settings, &error))
        return Cli::usageError(name, error);
    const bool v5 = settings.options.version == Mqtt::ProtocolVersion::V5;

    if (!parser.isSet(topic) || parser.value(topic).isEmpty())
        return Cli::usageError(name, tr("give the topic to publish to with -t"));
    if (parser.values(topic).size() > 1)
        return Cli::usageError(name, tr("give only one topic (-t)"));
    QString why;
    if (!Mqtt::Topic::isValidTopicName(parser.value(topic), &why))
        return Cli::usageError(name, tr("invalid topic '%1': %2").arg(parser.value(topic), why));
    int sources = 0;
    for (const QCommandLineOption *o : {&message, &file, &stdinLines, &stdinFile, &nullMessage})
        sources += parser.isSet(*o) ? 1 : 0;
    if (sources != 1)
        return Cli::usageError(name, tr("give exactly one of -m, -f, -s, -l and -n"));
    quint64 n = 0;
    if (!ConnectionArguments::parseNumber(parser.value(qos), 0, 2, &n))
        return Cli::usageError(name, tr("invalid QoS '%1': expected 0, 1 or 2").arg(parser.value(qos)));
    m_template = Mqtt::Message(parser.value(topic), QByteArray(), quint8(n), parser.isSet(retain));

    const bool hasProperties = parser.isSet(userProperty) || parser.isSet(expiry) || parser.isSet(contentType)
        || parser.isSet(responseTopic) || parser.isSet(correlationData) || parser.isSet(payloadFormat);
    if (hasProperties && !v5)
        return Cli::usageError(name, tr("message properties need MQTT 5 (-V 5)"));
    Mqtt::Properties &props = m_template.properties();
    for (const QString &pair : parser.values(userProperty)) {
        const int eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return Cli::usageError(name, tr("invalid user property '%1': expected KEY=VALUE").arg(pair));
        props.addUserProperty(pair.left(eq), pair.mid(eq + 1));
    }
    if (parser.isSet(expiry)) {
        if (!ConnectionArguments::parseNumber(parser.value(expiry), 0, 0xFFFFFFFF, &n))
            return Cli::usageError(name, tr("invalid message expiry '%1'").arg(parser.value(expiry)));
        props.setValue(Mqtt::PropertyId::MessageExpiryInterval, quint32(n));
    }
    if (parser.isSet(contentType))
        props.setValue(Mqtt::PropertyId::ContentType, parser.value(contentType));
    // MQTT 5 §3.3.2.3.5: the Response Topic is a topic name, without wildcards.
    if (parser.isSet(responseTopic) && !Mqtt::Topic::isValidTopicName(parser.value(responseTopic), &why))
        return Cli::usageError(name, tr("invalid response topic '%1': %2").arg(parser.value(responseTopic), why));
    if (parser.isSet(responseTopic))
        props.setValue(Mqtt::PropertyId::ResponseTopic, parser.value(responseTopic));
    if (parser.isSet(correlationData))
        props.setValue(Mqtt::PropertyId::CorrelationData, parser.value(correlationData).toUtf8());
    if (parser.isSet(payloadFormat)) {
        if (!ConnectionArguments::parseNumber(parser.value(payloadFormat), 0, 1, &n))
            return Cli::usageError(name, tr("invalid payload format '%1': expected 0 or 1").arg(parser.value(payloadFormat)));
        props.setValue(Mqtt::PropertyId::PayloadFormatIndicator, quint32(n));
    }

    // Payloads that are there before connecting are read now, so a missing file fails early.
    if (parser.isSet(message)) {
        m_payload = parser.value(message).toUtf8();
    } else if (parser.isSet(file)) {
        QFile f(parser.value(file));
        if (!f.open(QIODevice::ReadOnly))
            return Cli::failure(tr("Cannot read '%1': %2").arg(f.fileName(), f.errorString()));
        m_payload = f.readAll();
    } else if (parser.isSet(stdinFile)) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return Cli::failure(tr("Cannot read stdin: %1").arg(in.errorString()));
        m_payload = in.readAll();
    }
    m_lines = parser.isSet(stdinLines);

    if (parser.isSet(repeat)) {
        if (m_lines)
            return Cli::usageError(name, tr("--repeat does not go with -l (each stdin line is one message)"));
        if (!ConnectionArguments::parseNumber(parser.value(repeat), 1, 1000000000, &n))
            return Cli::usageError(name, tr("invalid repeat count '%1': expected a number from 1").arg(parser.value(repeat)));
        m_repeat = n;
    }
    if (parser.isSet(interval)) {
        if (!ConnectionArguments::parseNumber(parser.value(interval), 0, 86400000, &n))
            return Cli::usageError(name, tr("invalid interval '%1': expected milliseconds").arg(parser.value(interval)));
        m_intervalMs = int(n);
    }
    // Placeholders only with --template, so existing scripts sending "{{" stay unchanged.
    if (parser.isSet(templated)) {
        if (parser.isSet(nullMessage))
            return Cli::usageError(name, tr("--template needs a payload (-m, -f, -s or -l)"));
        QString templateError;
        if (!m_lines) {
            m_payloadTemplate = PayloadTemplate::parse(QString::fromUtf8(m_payload), &templateError);
            if (!m_payloadTemplate.isValid())
                return Cli::usageError(name, templateError);
        }
        m_templated = true;
    }

    CliSession session(settings);
    session.setDebug(connection.debug(parser));
    QObject::connect(&session, &CliSession::ready, &session, [this, &session] { start(session); });
    Mqtt::Client *client = session.client();
    QObject::connect(client, &Mqtt::Client::errorOccurred, &session, [this](const QString &text) { m_lastError = text; });
    // With -c, what a previous run left in flight is finished first and counts as ours.
    QObject::connect(client, &Mqtt::Client::sessionRestored, &session, [this](const QList<int> &tokens) {
        for (const int token : tokens)
            m_pending.insert(token);
    });
    QObject::connect(client, &Mqtt::Client::published, &session, [this, &session](int token) {
        if (m_pending.remove(token))
            finishIfDone(session);
    });
    QObject::connect(client, &Mqtt::Client::publishFailed, &session,
                     [this, &session](int token, Mqtt::ReasonCode, const QString &text) {
                         if (!m_pending.remove(token))
                             return;
                         if (m_failures++ == 0)
                             m_firstFailure = tr("Publishing to '%1' failed: %2").arg(m_template.topic(), text);
                         finishIfDone(session);
                     });
    return session.exec();
}

void PubCommand::start(CliSession &session)
{
    if (!m_lines) {
        publish(session, m_payload);
        if (m_sent >= m_repeat) {
            m_inputDone = true;
            finishIfDone(session);
            return;
        }
        m_repeatTimer = std::make_unique<QTimer>();
        m_repeatTimer->setTimerType(Qt::PreciseTimer);
        QObject::connect(m_repeatTimer.get(), &QTimer::timeout, &session, [this, &session] {
            publish(session, m_payload);
            if (m_sent >= m_repeat || session.isFinishing()) {
                m_repeatTimer->stop();
                m_inputDone = true;
                finishIfDone(session);
            }
        });
        m_repeatTimer->start(m_intervalMs);
        return;
    }
    m_stdinNotifier = std::make_unique<QSocketNotifier>(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(m_stdinNotifier.get(), &QSocketNotifier::activated, &session,
                     [this, &session] { readStdinLines(session); });
}

void PubCommand::readStdinLines(CliSession &session)
{
    char buffer[65536];
    const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (got < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (got > 0)
        m_lineBuffer.append(buffer, got);
    qsizetype start = 0;
    for (qsizetype nl; (nl = m_lineBuffer.indexOf('\n', start)) >= 0; start = nl + 1) {
        QByteArray line = m_lineBuffer.mid(start, nl - start);
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.isEmpty())
            publish(session, line);
    }
    m_lineBuffer.remove(0, start);
    if (got <= 0) { // end of input (or a read error, treated the same)
        if (!m_lineBuffer.isEmpty())
            publish(session, m_lineBuffer);
        m_lineBuffer.clear();
        m_stdinNotifier->setEnabled(false);
        m_inputDone = true;
        finishIfDone(session);
    }
}

void PubCommand::publish(CliSession &session, const QByteArray &payload)
{
    if (session.isFinishing())
        return;
    Mqtt::Message message = m_template;
    ++m_sent;
    if (m_templated) {
        PayloadTemplate::Context context;
        context.counter = m_sent;
        context.nowMs = QDateTime::currentMSecsSinceEpoch();
        if (m_lines) {
            QString error;
            const PayloadTemplate line = PayloadTemplate::parse(QString::fromUtf8(payload), &error);
            if (!line.isValid()) {
                session.fail(error);
                return;
            }
            message.setPayload(line.render(context).toUtf8());
        } else {
            message.setPayload(m_payloadTemplate.render(context).toUtf8());
        }
    } else {
        message.setPayload(payload);
    }
    m_lastError.clear();
    const int token = session.client()->publish(message);
    if (token < 0) {
        session.fail(m_lastError.isEmpty() ? tr("The message to '%1' could not be published.").arg(message.topic())
                                           : m_lastError);
        return;
    }
    // Done when acknowledged (QoS 1/2) or written (QoS 0): Client::published either way.
    m_pending.insert(token);
}

void PubCommand::finishIfDone(CliSession &session)
{
    if (!m_inputDone || !m_pending.isEmpty() || session.isFinishing())
        return;
    if (m_failures > 0)
        session.fail(m_failures == 1 ? m_firstFailure
                                     : tr("%1 (%n message(s) failed in all)", nullptr, m_failures).arg(m_firstFailure));
    else
        session.finish();
}
