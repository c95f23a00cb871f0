#include "transport.h"

namespace Mqtt {

Transport::~Transport() = default;

void Transport::rejectCertificate(const CertificateInfo &certificate)
{
    m_rejectedCertificate = certificate;
    emit certificateRejected(certificate);
}

} // namespace Mqtt
