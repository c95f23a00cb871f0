#include "transport.h"

#include "logging_p.h"

#include <QMetaObject>

namespace Mqtt {

Transport::~Transport() = default;

void Transport::rejectCertificate(const CertificateInfo &certificate)
{
    m_rejectedCertificate = certificate;
    emit certificateRejected(certificate);
}

bool Transport::redirect(const QString &host, quint16 port)
{
    Q_UNUSED(host)
    Q_UNUSED(port)
    return false;
}

void Transport::beginAttempt()
{
    ++m_generation;
    m_opened = false;
    m_errorReported = false;
    m_closeRequested = false;
    m_closeReported = false;
}

void Transport::reportError(const QString &message)
{
    if (m_errorReported || m_closeReported)
        return;
    m_errorReported = true;
    qCDebug(lcMqttTransport).noquote() << endpoint() << message;
    emit errorOccurred(message);
}

void Transport::reportClosed()
{
    if (m_closeReported)
        return;
    m_closeReported = true;
    m_opened = false;
    qCDebug(lcMqttTransport) << "closed" << endpoint();
    emit closed();
}

void Transport::reportLater(const std::function<void()> &report)
{
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation, report] {
            if (generation == m_generation)
                report();
        },
        Qt::QueuedConnection);
}

void Transport::failLater(const QString &message)
{
    reportLater([this, message] {
        reportError(message);
        discardConnection();
        reportClosed();
    });
}

} // namespace Mqtt
