#pragma once

#include "connectionarguments.h"
#include "message.h"
#include "payloadtemplate.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

#include <memory>

class CliSession;
class QSocketNotifier;
class QTimer;

// `mqttscope-cli pub`: publishes one message (-m, -f, -s, -n) or one per stdin line (-l),
// like mosquitto_pub; --repeat N --interval MS sends it N times, and --template evaluates
// placeholders ({{counter}}, {{random:MIN:MAX}} ..., see PayloadTemplate) per message. Exits once every QoS 1/2 publish is acknowledged and every QoS 0
// publish written, after a clean DISCONNECT.
class PubCommand
{
    Q_DECLARE_TR_FUNCTIONS(PubCommand)
public:
    PubCommand();
    ~PubCommand();

    int run(const QStringList &arguments);

private:
    void start(CliSession &session);
    void publish(CliSession &session, const QByteArray &payload);
    void readStdinLines(CliSession &session);
    void finishIfDone(CliSession &session);

    Mqtt::Message m_template; // topic, qos, retain, properties; payload filled per message
    QByteArray m_payload;
    bool m_lines = false;
    bool m_inputDone = false;
    QByteArray m_lineBuffer;
    std::unique_ptr<QSocketNotifier> m_stdinNotifier;
    QSet<int> m_pending; // tokens not acknowledged (QoS 1/2) or written (QoS 0) yet
    quint64 m_repeat = 1;   // --repeat
    int m_intervalMs = 1000; // --interval
    quint64 m_sent = 0;     // also the {{counter}} of the last message
    bool m_templated = false;
    PayloadTemplate m_payloadTemplate;
    std::unique_ptr<QTimer> m_repeatTimer;
    QString m_lastError;
    QString m_firstFailure;
    int m_failures = 0;
};
