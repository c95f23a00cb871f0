#include "serverurl.h"

#include "transportsupport_p.h"

#include <QHostAddress>
#include <QUrl>

namespace Mqtt {

namespace {

struct SchemeName
{
    const char *name = nullptr;
    ServerUrl::Scheme scheme;
};

// tcp/ssl/tls are the spellings Paho and several cloud consoles use.
constexpr SchemeName kSchemes[] = {
    {"mqtt", ServerUrl::Scheme::Mqtt},  {"tcp", ServerUrl::Scheme::Mqtt},
    {"mqtts", ServerUrl::Scheme::Mqtts}, {"ssl", ServerUrl::Scheme::Mqtts}, {"tls", ServerUrl::Scheme::Mqtts},
    {"ws", ServerUrl::Scheme::Ws},      {"wss", ServerUrl::Scheme::Wss},
};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// A registered name (RFC 3986 §3.2.2) we are willing to hand to the resolver: no spaces,
// no URL delimiters, no control characters. Internationalised names pass through.
bool isPlausibleHostName(const QString &host)
{
    static const QString forbidden = QStringLiteral(" \t/\\?#@[]<>\"{}|^`%,;");
    for (const QChar c : host) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || forbidden.contains(c))
            return false;
    }
    return !host.startsWith(QLatin1Char('.')) && !host.startsWith(QLatin1Char('-'));
}

bool parsePort(const QString &text, const QString &url, quint16 *port, QString *error)
{
    if (text.isEmpty())
        return fail(error, ServerUrl::tr("\"%1\": the port after \":\" is empty").arg(url));
    bool allDigits = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    bool ok = false;
    const uint value = allDigits && text.size() <= 5 ? text.toUInt(&ok) : 0;
    if (!ok || value == 0 || value > 65535)
        return fail(error, ServerUrl::tr("\"%1\": \"%2\" is not a valid port (1 to 65535)").arg(url, text));
    *port = quint16(value);
    return true;
}

bool parseHostPort(const QString &text, const QString &url, ServerUrl *out, QString *error)
{
    QString host;
    QString portText;
    bool hasPort = false;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            return fail(error, ServerUrl::tr("\"%1\": the IPv6 address has no closing \"]\"").arg(url));
        host = text.mid(1, close - 1);
        QHostAddress address;
        if (!address.setAddress(host) || address.protocol() != QAbstractSocket::IPv6Protocol)
            return fail(error, ServerUrl::tr("\"%1\": \"%2\" is not a valid IPv6 address").arg(url, host));
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return fail(error, ServerUrl::tr("\"%1\": unexpected \"%2\" after the IPv6 address").arg(url, rest));
            hasPort = true;
            portText = rest.mid(1);
        }
    } else {
        const qsizetype colons = text.count(QLatin1Char(':'));
        if (colons > 1)
            return fail(error, ServerUrl::tr("\"%1\": put an IPv6 address in brackets, e.g. mqtt://[::1]:1883").arg(url));
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        host = colon < 0 ? text : text.left(colon);
        if (colon >= 0) {
            hasPort = true;
            portText = text.mid(colon + 1);
        }
        if (!host.isEmpty() && !isPlausibleHostName(host))
            return fail(error, ServerUrl::tr("\"%1\": \"%2\" is not a valid host name").arg(url, host));
    }
    if (host.isEmpty())
        return fail(error, ServerUrl::tr("\"%1\": the host is missing").arg(url));
    out->host = host;
    if (hasPort)
        return parsePort(portText, url, &out->port, error);
    out->port = ServerUrl::defaultPort(out->scheme);
    return true;
}

} // namespace

quint16 ServerUrl::defaultPort(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Mqtt:
        return 1883;
    case Scheme::Mqtts:
        return 8883;
    case Scheme::Ws:
        return 80;
    case Scheme::Wss:
        return 443;
    }
    return 1883;
}

QString ServerUrl::schemeName(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Mqtt:
        return QStringLiteral("mqtt");
    case Scheme::Mqtts:
        return QStringLiteral("mqtts");
    case Scheme::Ws:
        return QStringLiteral("ws");
    case Scheme::Wss:
        return QStringLiteral("wss");
    }
    return QString();
}

std::optional<ServerUrl> ServerUrl::parse(const QString &input, QString *error)
{
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        fail(error, tr("The server URL is empty (expected e.g. mqtt://localhost:1883)"));
        return std::nullopt;
    }
    if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace() || c.unicode() < 0x20; })) {
        fail(error, tr("\"%1\": a server URL cannot contain spaces or control characters").arg(text));
        return std::nullopt;
    }

    ServerUrl url;
    QString rest = text;
    const qsizetype separator = text.indexOf(QLatin1String("://"));
    if (separator >= 0) {
        const QString name = text.left(separator).toLower();
        const auto *end = std::end(kSchemes);
        const auto *found = std::find_if(std::begin(kSchemes), end,
                                         [&name](const SchemeName &s) { return name == QLatin1String(s.name); });
        if (found == end) {
            fail(error, tr("\"%1\": unknown scheme \"%2\" (use mqtt://, mqtts://, ws:// or wss://)").arg(text, name));
            return std::nullopt;
        }
        url.scheme = found->scheme;
        rest = text.mid(separator + 3);
    }

    // The authority ends at the first "/", "?" or "#" (RFC 3986 §3.2).
    qsizetype authorityEnd = rest.size();
    for (const QChar delimiter : {u'/', u'?', u'#'}) {
        const qsizetype at = rest.indexOf(delimiter);
        if (at >= 0 && at < authorityEnd)
            authorityEnd = at;
    }
    QString authority = rest.left(authorityEnd);
    QString path = rest.mid(authorityEnd);

    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        const QString userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
        const QString user = colon < 0 ? userInfo : userInfo.left(colon);
        if (user.isEmpty() && colon < 0) {
            fail(error, tr("\"%1\": the user name before \"@\" is empty").arg(text));
            return std::nullopt;
        }
        // ":secret@host" is a password without a user name, which only MQTT 5 allows.
        if (!user.isEmpty())
            url.username = QUrl::fromPercentEncoding(user.toUtf8());
        if (colon >= 0)
            url.password = QByteArray::fromPercentEncoding(userInfo.mid(colon + 1).toUtf8());
    }

    if (!parseHostPort(authority, text, &url, error))
        return std::nullopt;

    if (path.contains(QLatin1Char('#'))) {
        fail(error, tr("\"%1\": a server URL cannot have a \"#fragment\"").arg(text));
        return std::nullopt;
    }
    if (url.isWebSocket()) {
        if (path.isEmpty())
            path = defaultWebSocketPath();
        else if (path.startsWith(QLatin1Char('?')))
            path.prepend(defaultWebSocketPath());
        url.path = path;
    } else if (!path.isEmpty() && path != QLatin1String("/")) {
        fail(error, tr("\"%1\": %2:// URLs have no path (a path is only used by ws:// and wss://)")
                        .arg(text, schemeName(url.scheme)));
        return std::nullopt;
    }

    if (error)
        error->clear();
    return url;
}

QString ServerUrl::hostPort() const
{
    return TransportPrivate::formatHostPort(host, port);
}

QString ServerUrl::toString(bool includePassword) const
{
    QString out = schemeName(scheme) + QLatin1String("://");
    if (username) {
        // Keep what the parser splits on ("@", ":", "/") encoded so the result parses back.
        out += QString::fromLatin1(QUrl::toPercentEncoding(*username));
        if (includePassword && password)
            out += QLatin1Char(':') + QString::fromLatin1(password->toPercentEncoding());
        out += QLatin1Char('@');
    }
    out += hostPort();
    if (isWebSocket())
        out += path;
    return out;
}

} // namespace Mqtt
