#pragma once

#include "payloadtemplate.h"
#include "publishdraft.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

class BrokerSession;

// "Repeat every N ms": publishes a draft through the session on a timer until stopped or
// `count` messages were sent, with the payload re-rendered from a PayloadTemplate for each
// message when asked. Counts what was sent and failed and the rate actually achieved.
class PeriodicPublisher : public QObject
{
    Q_OBJECT
public:
    explicit PeriodicPublisher(BrokerSession *session, QObject *parent = nullptr);

    // The first message goes at once. count 0: until stop(). With `templated`, the draft's
    // payload text (Text/JSON) is a template. False with *error when the template or the
    // draft is invalid (nothing starts then).
    bool start(const PublishDraft &draft, int intervalMs, quint64 count, bool templated, QString *error);
    void stop();
    bool isRunning() const { return m_timer.isActive(); }

    quint64 sent() const { return m_sent; }
    quint64 failed() const { return m_failed; }
    // Messages per second since start (sent / elapsed).
    double rate() const;
    // The last payload rendered (for the GUI to show what goes out).
    QByteArray lastPayload() const { return m_lastPayload; }

    // The next message as it would be published now (the template rendered for `counter`).
    bool render(quint64 counter, Mqtt::Message *message, QString *error) const;

Q_SIGNALS:
    void progress(quint64 sent, quint64 failed, double rate);
    // Ran out of count, stopped by stop(), or by an error (reason says which; empty when asked).
    void stopped(const QString &reason);

private:
    void publishNext();
    void finish(const QString &reason);

    QPointer<BrokerSession> m_session;
    QTimer m_timer;
    QElapsedTimer m_clock;
    PublishDraft m_draft;
    PayloadTemplate m_template;
    bool m_templated = false;
    quint64 m_count = 0;
    quint64 m_sent = 0;
    quint64 m_failed = 0;
    QSet<int> m_tokens;
    QByteArray m_lastPayload;
};
