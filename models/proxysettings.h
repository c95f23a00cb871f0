#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QString>

namespace Mqtt {
struct ServerUrl;
}

// How a connection reaches the broker: directly, through the system's proxy, or through an
// HTTP (CONNECT) or SOCKS5 proxy the user names. Part of ConnectionSettings; applied to the
// transport's socket (QTcpSocket, QSslSocket or QWebSocket).
struct ProxySettings
{
    Q_DECLARE_TR_FUNCTIONS(ProxySettings)
public:
    enum class Mode { None, System, Manual };
    enum class Type { Http, Socks5 };

    Mode mode = Mode::None;
    Type type = Type::Socks5;
    QString host;
    quint16 port = 1080;
    QString username;
    QByteArray password; // a secret: the keyring keeps it, not the profile file

    // The proxy for a connection to url. System: the first proxy the system configuration
    // names for that host (QNetworkProxyFactory), else none.
    QNetworkProxy networkProxy(const Mqtt::ServerUrl &url) const;
    // An empty string when usable, else why not ("the proxy needs a host name").
    QString validate() const;

    // {"mode": "none"|"system"|"manual", "type": "http"|"socks5", "host", "port", "username",
    // "password" only when includePassword}.
    QJsonObject toJson(bool includePassword) const;
    // Missing keys keep their defaults; false with *error for a value of the wrong kind.
    static bool fromJson(const QJsonObject &json, ProxySettings *proxy, QString *error);

    static QString modeName(Mode mode);
    static QString typeName(Type type);

    bool operator==(const ProxySettings &o) const
    {
        return mode == o.mode && type == o.type && host == o.host && port == o.port && username == o.username
            && password == o.password;
    }
    bool operator!=(const ProxySettings &o) const { return !(*this == o); }
};
