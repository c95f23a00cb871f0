#include "transportfactory.h"

#include "client.h"
#include "ssltransport.h"
#include "tcptransport.h"

#include <QCoreApplication>

namespace Mqtt {

Transport *createTransport(const ServerUrl &url, const TlsOptions &tls, QObject *parent, QString *error,
                           const HttpHeaders &headers)
{
    auto fail = [error](const QString &message) -> Transport * {
        if (error)
            *error = message;
        return nullptr;
    };
    if (!url.isSecure() && tls.hasSettings()) {
        return fail(QCoreApplication::translate("Mqtt::TransportFactory",
                                                "TLS options were given but %1 is not encrypted: use %2:// instead")
                        .arg(url.toString(),
                             url.isWebSocket() ? QStringLiteral("wss") : QStringLiteral("mqtts")));
    }
    if (!url.isWebSocket() && !headers.isEmpty())
        return fail(QCoreApplication::translate("Mqtt::TransportFactory",
                                                "HTTP headers only apply to ws:// and wss:// URLs, not %1")
                        .arg(url.toString()));
    if (url.isSecure()) {
        const QString problem = tls.validate();
        if (!problem.isEmpty())
            return fail(problem);
        if (tls.insecure)
            qCWarning(lcMqttTransport).noquote()
                << QCoreApplication::translate("Mqtt::TransportFactory",
                                               "Certificate verification is off for %1 (insecure mode): the "
                                               "connection can be intercepted")
                       .arg(url.toString());
    }
    if (error)
        error->clear();
    switch (url.scheme) {
    case ServerUrl::Scheme::Mqtt:
        return new TcpTransport(url.host, url.port, parent);
    case ServerUrl::Scheme::Mqtts:
        return new SslTransport(url.host, url.port, tls, parent);
    case ServerUrl::Scheme::Ws:
    case ServerUrl::Scheme::Wss: {
        auto *transport = new WebSocketTransport(url, tls, parent);
        transport->setHeaders(headers);
        return transport;
    }
    }
    return fail(QCoreApplication::translate("Mqtt::TransportFactory", "Unsupported URL scheme in %1")
                    .arg(url.toString()));
}

void applyUrl(const ServerUrl &url, ClientOptions *options)
{
    options->host = url.host;
    options->port = url.port;
    if (url.username)
        options->username = url.username;
    if (url.password)
        options->password = url.password;
}

bool configureClient(Client *client, const QString &text, const TlsOptions &tls, QString *error,
                     const HttpHeaders &headers)
{
    const std::optional<ServerUrl> url = ServerUrl::parse(text, error);
    if (!url)
        return false;
    Transport *transport = createTransport(*url, tls, nullptr, error, headers);
    if (!transport)
        return false;
    ClientOptions options = client->options();
    applyUrl(*url, &options);
    client->setOptions(options);
    client->setTransport(transport);
    return true;
}

} // namespace Mqtt
