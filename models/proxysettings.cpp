#include "proxysettings.h"

#include "serverurl.h"

#include <QJsonValue>
#include <QNetworkProxyFactory>
#include <QNetworkProxyQuery>
#include <QUrl>

QNetworkProxy ProxySettings::networkProxy(const Mqtt::ServerUrl &url) const
{
    switch (mode) {
    case Mode::None:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case Mode::System: {
        // WebSocket URLs are asked as http(s) so PAC files and "https_proxy" apply; plain MQTT as
        // a TCP socket.
        QNetworkProxyQuery query;
        if (url.isWebSocket()) {
            QUrl queryUrl;
            queryUrl.setScheme(url.isSecure() ? QStringLiteral("https") : QStringLiteral("http"));
            queryUrl.setHost(url.host);
            queryUrl.setPort(url.port);
            query = QNetworkProxyQuery(queryUrl);
        } else {
            query = QNetworkProxyQuery(url.host, url.port, QStringLiteral("mqtt"));
        }
        const QList<QNetworkProxy> proxies = QNetworkProxyFactory::systemProxyForQuery(query);
        return proxies.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : proxies.constFirst();
    }
    case Mode::Manual:
        break;
    }
    return QNetworkProxy(type == Type::Http ? QNetworkProxy::HttpProxy : QNetworkProxy::Socks5Proxy, host, port,
                         username, QString::fromUtf8(password));
}

QString ProxySettings::validate() const
{
    if (mode != Mode::Manual)
        return {};
    if (host.trimmed().isEmpty())
        return tr("The proxy needs a host name.");
    if (port == 0)
        return tr("The proxy needs a port between 1 and 65535.");
    return {};
}

QString ProxySettings::modeName(Mode mode)
{
    switch (mode) {
    case Mode::None:
        return QStringLiteral("none");
    case Mode::System:
        return QStringLiteral("system");
    case Mode::Manual:
        return QStringLiteral("manual");
    }
    return {};
}

QString ProxySettings::typeName(Type type)
{
    return type == Type::Http ? QStringLiteral("http") : QStringLiteral("socks5");
}

QJsonObject ProxySettings::toJson(bool includePassword) const
{
    QJsonObject json{{QStringLiteral("mode"), modeName(mode)}, {QStringLiteral("type"), typeName(type)}};
    if (!host.isEmpty())
        json.insert(QStringLiteral("host"), host);
    json.insert(QStringLiteral("port"), port);
    if (!username.isEmpty())
        json.insert(QStringLiteral("username"), username);
    if (includePassword && !password.isEmpty())
        json.insert(QStringLiteral("password"), QString::fromUtf8(password));
    return json;
}

bool ProxySettings::fromJson(const QJsonObject &json, ProxySettings *proxy, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    ProxySettings p;
    const QString mode = json.value(QStringLiteral("mode")).toString(QStringLiteral("none"));
    if (mode == QLatin1String("none"))
        p.mode = Mode::None;
    else if (mode == QLatin1String("system"))
        p.mode = Mode::System;
    else if (mode == QLatin1String("manual"))
        p.mode = Mode::Manual;
    else
        return fail(tr("unknown proxy mode \"%1\" (use none, system or manual)").arg(mode));
    const QString type = json.value(QStringLiteral("type")).toString(QStringLiteral("socks5"));
    if (type == QLatin1String("http"))
        p.type = Type::Http;
    else if (type == QLatin1String("socks5"))
        p.type = Type::Socks5;
    else
        return fail(tr("unknown proxy type \"%1\" (use http or socks5)").arg(type));
    p.host = json.value(QStringLiteral("host")).toString();
    const QJsonValue port = json.value(QStringLiteral("port"));
    if (!port.isUndefined()) {
        const double value = port.toDouble(-1);
        if (!port.isDouble() || value < 1 || value > 65535 || value != qint64(value))
            return fail(tr("the proxy port must be a number from 1 to 65535"));
        p.port = quint16(value);
    }
    p.username = json.value(QStringLiteral("username")).toString();
    p.password = json.value(QStringLiteral("password")).toString().toUtf8();
    *proxy = p;
    return true;
}
