#pragma once

// Wording and socket handling the TCP, TLS and WebSocket transports share, so that a refused
// connection reads the same whichever transport met it. Internal to the mqtt library; the
// sentences are translated in the Mqtt::Transport context.

#include <QAbstractSocket>
#include <QString>

namespace Mqtt::TransportPrivate {

// "host:port", with brackets around an IPv6 literal so the port stays readable ("[::1]:1883").
QString formatHostPort(const QString &host, quint16 port);

// The sentence for a connect-time socket error, naming `where` (host:port or URL) and `host`:
// refused, host not found, timed out, network error, access denied. Empty for any other error,
// which the transport words itself.
QString describeSocketError(QAbstractSocket::SocketError error, const QString &where, const QString &host,
                            const QString &errorString);
// The fallback sentence for any other socket error, before or after the connection was up.
QString describeSocketFailure(bool opened, const QString &where, const QString &errorString);
// Logs that --insecure accepts a certificate that failed verification (`description` says why).
void warnInsecureCertificate(const QString &where, const QString &description);

// Drops the connection without letting the socket emit signals for it (the transport reports
// the close itself, or is about to reconnect).
void abortQuietly(QAbstractSocket *socket);

} // namespace Mqtt::TransportPrivate
