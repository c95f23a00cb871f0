#include "transport.h"

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

} // namespace Mqtt
