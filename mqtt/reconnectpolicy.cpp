#include "reconnectpolicy.h"

#include <QtGlobal>

#include <limits>

namespace Mqtt::ReconnectPolicy {

int baseDelayMs(int attempt, int initialDelayMs, int maxDelayMs)
{
    // Nonsense settings must not turn into a tight reconnect loop or an overflow.
    const qint64 initial = qMax(1, initialDelayMs);
    const qint64 cap = qMax<qint64>(initial, maxDelayMs);
    qint64 delay = initial;
    for (int i = 1; i < attempt && delay < cap; ++i)
        delay *= 2;
    return int(qMin(delay, cap));
}

int delayMs(int attempt, int initialDelayMs, int maxDelayMs, double random)
{
    const int base = baseDelayMs(attempt, initialDelayMs, maxDelayMs);
    const double r = qBound(0.0, random, 1.0);
    const int jitter = int(base / 4.0 * r);
    return qMax(1, base - jitter);
}

int stableConnectionMs(int initialDelayMs, int maxDelayMs)
{
    const qint64 longest = qMax<qint64>(qMax(1, initialDelayMs), maxDelayMs);
    return int(qMin<qint64>(2 * longest, std::numeric_limits<int>::max()));
}

bool isRetryableRefusal(ReasonCode code)
{
    switch (code) {
    case ReasonCode::MalformedPacket:       // our CONNECT would be the same again
    case ReasonCode::ProtocolError:
    case ReasonCode::UnsupportedProtocolVersion:
    case ReasonCode::ClientIdentifierNotValid:
    case ReasonCode::BadUserNameOrPassword:
    case ReasonCode::NotAuthorized:
    case ReasonCode::Banned:
    case ReasonCode::BadAuthenticationMethod:
    case ReasonCode::TopicNameInvalid:      // the Will's topic
    case ReasonCode::PacketTooLarge:
    case ReasonCode::PayloadFormatInvalid:  // the Will's payload
    case ReasonCode::RetainNotSupported:    // the Will's retain flag
    case ReasonCode::QoSNotSupported:       // the Will's QoS
    case ReasonCode::ServerMoved:           // permanently: the user must change the address
        return false;
    default:
        // Unspecified and implementation specific errors, server unavailable or busy, quota
        // and connection rate exceeded, use another server (temporarily).
        return true;
    }
}

bool isRetryableDisconnect(ReasonCode code)
{
    switch (code) {
    case ReasonCode::SessionTakenOver:
    case ReasonCode::NotAuthorized:
    case ReasonCode::Banned:
    case ReasonCode::BadAuthenticationMethod:
    case ReasonCode::ServerMoved:
        return false;
    default:
        return true;
    }
}

} // namespace Mqtt::ReconnectPolicy
