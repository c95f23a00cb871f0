#include "periodicpublisher.h"

#include "brokersession.h"

#include <QDateTime>

PeriodicPublisher::PeriodicPublisher(BrokerSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &PeriodicPublisher::publishNext);
    connect(session, &BrokerSession::publishFailed, this, [this](int token) {
        if (m_tokens.remove(token)) {
            ++m_failed;
            Q_EMIT progress(m_sent, m_failed, rate());
        }
    });
    connect(session, &BrokerSession::published, this, [this](int token) { m_tokens.remove(token); });
}

bool PeriodicPublisher::start(const PublishDraft &draft, int intervalMs, quint64 count, bool templated, QString *error)
{
    stop();
    m_draft = draft;
    m_templated = templated && (draft.format == PayloadFormat::Text || draft.format == PayloadFormat::Json);
    if (m_templated) {
        m_template = PayloadTemplate::parse(draft.payloadText, error);
        if (!m_template.isValid())
            return false;
    }
    Mqtt::Message probe;
    if (!render(1, &probe, error))
        return false;
    if (intervalMs < 1) {
        if (error)
            *error = tr("The interval must be at least 1 ms");
        return false;
    }
    m_count = count;
    m_sent = m_failed = 0;
    m_tokens.clear();
    m_clock.start();
    m_timer.start(intervalMs);
    publishNext();
    return true;
}

bool PeriodicPublisher::render(quint64 counter, Mqtt::Message *message, QString *error) const
{
    PublishDraft d = m_draft;
    if (m_templated) {
        PayloadTemplate::Context context;
        context.counter = counter;
        context.nowMs = QDateTime::currentMSecsSinceEpoch();
        d.payloadText = m_template.render(context);
        // A JSON template is checked once rendered; the placeholders make it valid or not.
        if (d.format == PayloadFormat::Json)
            d.format = PayloadFormat::Text;
    }
    return d.toMessage(message, error);
}

void PeriodicPublisher::publishNext()
{
    if (!m_session) {
        finish(tr("Stopped: the connection is gone"));
        return;
    }
    Mqtt::Message message;
    QString error;
    if (!render(m_sent + 1, &message, &error)) {
        finish(tr("Stopped: %1").arg(error));
        return;
    }
    const int token = m_session->publish(message, &error);
    if (token < 0) {
        finish(tr("Stopped (%L1 sent): %2").arg(m_sent).arg(error));
        return;
    }
    m_lastPayload = message.payload();
    if (m_tokens.size() < 10000) // results of a long run: only the recent ones matter
        m_tokens.insert(token);
    ++m_sent;
    Q_EMIT progress(m_sent, m_failed, rate());
    if (m_count > 0 && m_sent >= m_count)
        finish(QString());
}

void PeriodicPublisher::stop()
{
    if (m_timer.isActive())
        finish(QString());
}

void PeriodicPublisher::finish(const QString &reason)
{
    m_timer.stop();
    Q_EMIT stopped(reason);
}

double PeriodicPublisher::rate() const
{
    const qint64 ms = m_clock.isValid() ? m_clock.elapsed() : 0;
    // The first message goes at t = 0: the rate is over the intervals between messages.
    if (m_sent < 2 || ms <= 0)
        return 0;
    return double(m_sent - 1) * 1000.0 / double(ms);
}
