#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Mqtt {

// Where to connect, in the one URL form the CLI, the GUI and profiles share:
//
//   mqtt://[user[:password]@]host[:port]          plain TCP, default port 1883 (alias tcp://)
//   mqtts://[user[:password]@]host[:port]         TLS, default port 8883 (aliases ssl://, tls://)
//   ws://[user[:password]@]host[:port][/path]     WebSocket, default port 80, default path /mqtt
//   wss://[user[:password]@]host[:port][/path]    WebSocket over TLS, default port 443
//
// A bare "host" or "host:port" means mqtt://. IPv6 literals go in brackets: mqtt://[::1]:1883.
// User name and password are percent-decoded (write "@" as %40, ":" as %3A).
// Brokers differ in their WebSocket ports: mosquitto has none by default, EMQX uses 8083 (ws)
// and 8084 (wss), HiveMQ 8000 (ws), so those URLs usually need an explicit port.
struct ServerUrl
{
    Q_DECLARE_TR_FUNCTIONS(Mqtt::ServerUrl)
public:
    enum class Scheme { Mqtt, Mqtts, Ws, Wss };

    Scheme scheme = Scheme::Mqtt;
    QString host;
    quint16 port = 1883;
    QString path;                        // WebSocket only: path plus "?query", e.g. "/mqtt"
    std::optional<QString> username;
    std::optional<QByteArray> password;

    // Parses text; returns nothing and sets *error to a sentence naming the problem
    // ("unknown scheme \"mqqt\" (use mqtt, mqtts, ws or wss)") when it is not a valid URL.
    static std::optional<ServerUrl> parse(const QString &text, QString *error = nullptr);

    static quint16 defaultPort(Scheme scheme);
    static QString defaultWebSocketPath() { return QStringLiteral("/mqtt"); }
    static QString schemeName(Scheme scheme);

    bool isSecure() const { return scheme == Scheme::Mqtts || scheme == Scheme::Wss; }
    bool isWebSocket() const { return scheme == Scheme::Ws || scheme == Scheme::Wss; }

    // The canonical form, always with the port; the password only when asked (it is a secret:
    // never log it). e.g. "mqtts://alice@broker.example:8883".
    QString toString(bool includePassword = false) const;
    // host:port with brackets around an IPv6 literal.
    QString hostPort() const;

    bool operator==(const ServerUrl &o) const
    {
        return scheme == o.scheme && host == o.host && port == o.port && path == o.path
            && username == o.username && password == o.password;
    }
    bool operator!=(const ServerUrl &o) const { return !(*this == o); }
};

} // namespace Mqtt
