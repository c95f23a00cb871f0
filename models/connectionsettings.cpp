#include "connectionsettings.h"

#include "transport.h"
#include "transportfactory.h"

ConnectionSettings ConnectionSettings::plain(const Mqtt::ClientOptions &options)
{
    ConnectionSettings settings;
    settings.options = options;
    settings.url.scheme = Mqtt::ServerUrl::Scheme::Mqtt;
    settings.url.host = options.host;
    settings.url.port = options.port;
    settings.url.username = options.username;
    return settings;
}

Mqtt::Transport *ConnectionSettings::createTransport(QObject *parent, QString *error) const
{
    Mqtt::Transport *transport = Mqtt::createTransport(url, tls, parent, error, headers);
    if (transport)
        transport->setProxy(proxy.networkProxy(url));
    return transport;
}

bool ConnectionSettings::configure(Mqtt::Client *client, QString *error) const
{
    Mqtt::Transport *transport = createTransport(nullptr, error);
    if (!transport)
        return false;
    Mqtt::ClientOptions effective = options;
    effective.host = url.host;
    effective.port = url.port;
    client->setOptions(effective);
    client->setTransport(transport);
    return true;
}
