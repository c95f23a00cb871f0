#pragma once

#include "client.h"
#include "serverurl.h"
#include "tlsoptions.h"
#include "websockettransport.h"

namespace Mqtt {
class Transport;
}

// Everything a subcommand needs to reach a broker: the CONNECT options, where to connect (the
// URL; options.host / port / credentials agree with it) and how (TLS files, extra HTTP headers
// for ws:// and wss://). ConnectionArguments::read() fills it from the command line; each
// client then gets a transport of its own from it.
struct ConnectionSettings
{
    Mqtt::ClientOptions options;
    Mqtt::ServerUrl url;
    Mqtt::TlsOptions tls;
    Mqtt::HttpHeaders headers;

    // Plain mqtt:// to options.host:options.port.
    static ConnectionSettings plain(const Mqtt::ClientOptions &options);

    // A new transport for one client. nullptr with *error when a TLS file cannot be loaded
    // (missing CA file, wrong key passphrase ...): a failure, not a usage error.
    Mqtt::Transport *createTransport(QObject *parent, QString *error) const;
    // Gives the client these options and a new transport. False with *error (see above); the
    // client is unchanged then.
    bool configure(Mqtt::Client *client, QString *error) const;
    // Where we connect, for messages: the URL without the password.
    QString endpoint() const { return url.toString(); }
};
