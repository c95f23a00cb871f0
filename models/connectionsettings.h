#pragma once

#include "client.h"
#include "proxysettings.h"
#include "serverurl.h"
#include "tlsoptions.h"
#include "websockettransport.h"

namespace Mqtt {
class Transport;
}

// Everything needed to reach a broker: the CONNECT options, where to connect and how (TLS
// files, extra HTTP headers for ws:// and wss://). The connection part of a profile; the CLI's
// ConnectionArguments::read() fills it from a command line. Each client gets a transport of
// its own from it.
//
// One source of truth for the address: `url` (scheme, host, port, WebSocket path, user name).
// options.host and options.port are ignored; configure() copies them from the URL. The
// password lives in options.password only (the URL never carries it).
struct ConnectionSettings
{
    Mqtt::ClientOptions options;
    Mqtt::ServerUrl url;
    Mqtt::TlsOptions tls;
    Mqtt::HttpHeaders headers;
    // How the socket reaches the broker (none, the system's proxy, or an HTTP/SOCKS5 proxy).
    ProxySettings proxy;

    // Plain mqtt:// to options.host:options.port (the URL is built from them).
    static ConnectionSettings plain(const Mqtt::ClientOptions &options);

    // A new transport for one client. nullptr with *error when a TLS file cannot be loaded
    // (missing CA file, wrong key passphrase ...): a failure, not a usage error.
    Mqtt::Transport *createTransport(QObject *parent, QString *error) const;
    // Gives the client these options (host and port from the URL) and a new transport. False with *error (see above); the
    // client is unchanged then.
    bool configure(Mqtt::Client *client, QString *error) const;
    // Where we connect, for messages: the URL without the password.
    QString endpoint() const { return url.toString(); }
};
