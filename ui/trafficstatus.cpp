#include "trafficstatus.h"

#include "appsettings.h"
#include "messagelogmodel.h"
#include "topictreemodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>

TrafficStatus::TrafficStatus(BrokerSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    m_in = addField(QStringLiteral("rateIn"), tr("Messages received per second"));
    m_out = addField(QStringLiteral("rateOut"), tr("Messages published per second"));
    m_topics = addField(QStringLiteral("topicCount"), tr("Topics seen since connecting"));
    m_held = addField(QStringLiteral("messagesHeld"), tr("Messages in the message log (the limit is in Preferences)"));
    m_bytes = addField(QStringLiteral("bytesIn"), tr("Topic and payload bytes received since connecting"));
    m_dropped = addField(QStringLiteral("dropped"),
                         tr("Messages left out because the window could not keep up, or evicted by the history limits"));
    m_clock.start();
    auto *timer = new QTimer(this);
    timer->setInterval(1000);
    connect(timer, &QTimer::timeout, this, &TrafficStatus::refresh);
    timer->start();
    refresh();
}

QLabel *TrafficStatus::addField(const QString &objectName, const QString &toolTip)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setToolTip(toolTip);
    layout()->addWidget(label);
    return label;
}

void TrafficStatus::refresh()
{
    const BrokerSession::Traffic now = m_session->traffic();
    const qint64 ms = m_clock.elapsed();
    const double seconds = qMax<double>(0.001, double(ms - m_lastMs) / 1000.0);
    // Counters restart with each connection: a smaller value means a new one.
    const quint64 inDelta = now.messagesIn >= m_last.messagesIn ? now.messagesIn - m_last.messagesIn : now.messagesIn;
    const quint64 outDelta = now.messagesOut >= m_last.messagesOut ? now.messagesOut - m_last.messagesOut : now.messagesOut;
    const QLocale locale;
    m_in->setText(tr("In: %1/s").arg(locale.toString(qRound64(double(inDelta) / seconds))));
    m_out->setText(tr("Out: %1/s").arg(locale.toString(qRound64(double(outDelta) / seconds))));
    IngestPipeline *pipeline = m_session->pipeline();
    m_topics->setText(tr("Topics: %1").arg(locale.toString(qint64(pipeline->topics().count()))));
    m_held->setText(tr("Held: %1").arg(locale.toString(qint64(pipeline->messageLog()->rowCount()))));
    m_bytes->setText(tr("Received: %1").arg(AppSettings::formatBytes(qint64(now.bytesIn))));
    const quint64 dropped = now.dropped;
    m_dropped->setText(tr("Dropped: %1").arg(locale.toString(dropped)));
    m_dropped->setStyleSheet(dropped ? QStringLiteral("color:#c62828") : QString());
    m_last = now;
    m_lastMs = ms;
}

QString TrafficStatus::summary() const
{
    return QStringList{m_in->text(), m_out->text(), m_topics->text(), m_held->text(), m_bytes->text(), m_dropped->text()}
        .join(QStringLiteral(" · "));
}
