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

bool appendHttpHeader(const QString &text, HttpHeaders *headers, QString *error)
{
    auto fail = [error, &text](const char *why) {
        if (error)
            *error = QCoreApplication::translate("Mqtt::TransportFactory", "Invalid HTTP header \"%1\": %2")
                         .arg(text, QCoreApplication::translate("Mqtt::TransportFactory", why));
        return false;
    };
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return fail(QT_TRANSLATE_NOOP("Mqtt::TransportFactory", "expected \"Name: value\""));
    const QString name = text.left(colon).trimmed();
    const QString value = text.mid(colon + 1).trimmed();
    // RFC 9110 §5.6.2 token characters.
    static const QString tokenSymbols = QStringLiteral("!#$%&'*+-.^_`|~");
    const bool validName = !name.isEmpty() && std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        return (c.unicode() < 0x80 && c.isLetterOrNumber()) || tokenSymbols.contains(c);
    });
    if (!validName)
        return fail(QT_TRANSLATE_NOOP("Mqtt::TransportFactory", "the name must be letters, digits or !#$%&'*+-.^_`|~"));
    if (value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char('\n')))
        return fail(QT_TRANSLATE_NOOP("Mqtt::TransportFactory", "the value cannot contain line breaks"));
    headers->append({name.toLatin1(), value.toUtf8()});
    return true;
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
