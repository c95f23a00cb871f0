#include "transportsupport_p.h"

#include "tlsoptions.h"
#include "transport.h"

namespace Mqtt::TransportPrivate {

QString formatHostPort(const QString &host, quint16 port)
{
    if (host.contains(QLatin1Char(':')))
        return QStringLiteral("[%1]:%2").arg(host).arg(port);
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

QString describeSocketError(QAbstractSocket::SocketError error, const QString &where, const QString &host,
                            const QString &errorString)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return Transport::tr("Could not connect to %1: the connection was refused (is a broker listening on that port?)")
            .arg(where);
    case QAbstractSocket::HostNotFoundError:
        return Transport::tr("Could not connect to %1: host \"%2\" not found").arg(where, host);
    case QAbstractSocket::SocketTimeoutError:
        return Transport::tr("Could not connect to %1: the connection attempt timed out").arg(where);
    case QAbstractSocket::NetworkError:
        return Transport::tr("Network error on the connection to %1: %2").arg(where, errorString);
    case QAbstractSocket::SocketAccessError:
        return Transport::tr("Not permitted to connect to %1: %2").arg(where, errorString);
    default:
        return QString();
    }
}

QString describeSocketFailure(bool opened, const QString &where, const QString &errorString)
{
    return opened ? Transport::tr("Connection to %1 failed: %2").arg(where, errorString)
                  : Transport::tr("Could not connect to %1: %2").arg(where, errorString);
}

void warnInsecureCertificate(const QString &where, const QString &description)
{
    qCWarning(lcMqttTransport).noquote()
        << Transport::tr("Insecure mode: accepting the certificate of %1 anyway. %2").arg(where, description);
}

void abortQuietly(QAbstractSocket *socket)
{
    const bool wasBlocked = socket->blockSignals(true);
    socket->abort();
    socket->blockSignals(wasBlocked);
}

} // namespace Mqtt::TransportPrivate
