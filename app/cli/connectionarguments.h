#pragma once

#include "client.h"
#include "connectionprofile.h"
#include "connectionsettings.h"

#include <QCommandLineOption>
#include <QCoreApplication>

class QCommandLineParser;

// The connection options every subcommand shares, spelled as mosquitto_sub / mosquitto_pub
// spell them (-h host, -p port, -L/--url, -i id, -u/-P credentials, -V version, -k keep alive,
// -c persistent session, -x session expiry, --will-*, --cafile/--cert/--key/--insecure ...,
// --reconnect), turned into ConnectionSettings.
//
// Where to connect: either -L/--url URL (mqtt://, mqtts://, ws://, wss://) or -h/-p. -h/-p next
// to --url must name the same host and port, and -u/-P the same credentials as the URL's, if it
// has any (mosquitto lets whichever comes last win; here a contradiction is an error). Any TLS
// option with -h/-p means mqtts:// (port 8883 unless -p), as mosquitto_sub does with --cafile.
// TLS options with an unencrypted URL (mqtt://, ws://) are an error rather than ignored.
class ConnectionArguments
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionArguments)
public:
    // Gui: the same options without -h/--host, -p/--port, --tls-use-os-certs and -d (the GUI's
    // -h is --help; its address comes from --url alone).
    enum class Mode { Cli, Gui };
    explicit ConnectionArguments(Mode mode = Mode::Cli);

    void addTo(QCommandLineParser &parser) const;
    // Reads a parsed command line. False with *error set when a value is out of range or
    // options do not fit together (e.g. MQTT 5 features with -V 3.1.1, --cafile with mqtt://).
    // Only checks the syntax: the TLS files are read when a transport is made.
    bool read(const QCommandLineParser &parser, ConnectionSettings *settings, QString *error) const;
    // For commands that can only use plain mqtt:// (they build clients from options alone):
    // refuses TLS, WebSocket URLs and headers with an error instead of ignoring them.
    bool read(const QCommandLineParser &parser, Mqtt::ClientOptions *options, QString *error) const;
    // -d: report connection events (connected, subscribed ...) on stderr.
    bool debug(const QCommandLineParser &parser) const;
    // The profile --profile named, once read() has loaded it (its subscriptions, for sub);
    // null without --profile.
    const ConnectionProfile *profile() const { return m_loadedProfile ? &*m_loadedProfile : nullptr; }

    // "5", "5.0", "mqttv5" / "3.1.1", "311", "mqttv311", "4".
    static bool parseVersion(const QString &text, Mqtt::ProtocolVersion *version);
    // An unsigned decimal in [min, max]; false when not a number or out of range.
    static bool parseNumber(const QString &text, quint64 min, quint64 max, quint64 *value);

private:
    bool readEndpoint(const QCommandLineParser &parser, ConnectionSettings *settings, QString *error) const;
    // --profile NAME: the saved profile's connection, its secrets from the keyring
    // (connectionargumentsprofile.cpp).
    bool readProfile(const QCommandLineParser &parser, ConnectionSettings *settings, QString *error) const;
    bool readTls(const QCommandLineParser &parser, Mqtt::TlsOptions *tls, QString *error) const;
    bool readSession(const QCommandLineParser &parser, Mqtt::ClientOptions *options, QString *error) const;
    // The first TLS option on the command line, as "--cafile"; empty when none.
    QString firstTlsOption(const QCommandLineParser &parser) const;

    Mode m_mode;
    QCommandLineOption m_url;
    QCommandLineOption m_host;
    QCommandLineOption m_port;
    QCommandLineOption m_id;
    QCommandLineOption m_user;
    QCommandLineOption m_password;
    QCommandLineOption m_version;
    QCommandLineOption m_keepAlive;
    QCommandLineOption m_noCleanSession;
    QCommandLineOption m_sessionExpiry;
    QCommandLineOption m_willTopic;
    QCommandLineOption m_willPayload;
    QCommandLineOption m_willQos;
    QCommandLineOption m_willRetain;
    QCommandLineOption m_debug;
    QCommandLineOption m_reconnect;
    QCommandLineOption m_reconnectDelay;
    QCommandLineOption m_reconnectMaxDelay;
    // TLS (mqtts://, wss://) and WebSocket options.
    QCommandLineOption m_caFile;
    QCommandLineOption m_osCerts;
    QCommandLineOption m_cert;
    QCommandLineOption m_key;
    QCommandLineOption m_passKey;
    QCommandLineOption m_p12;
    QCommandLineOption m_p12Pass;
    QCommandLineOption m_insecure;
    QCommandLineOption m_alpn;
    QCommandLineOption m_sni;
    QCommandLineOption m_tlsVersion;
    QCommandLineOption m_header;
    QCommandLineOption m_profile;
    mutable std::optional<ConnectionProfile> m_loadedProfile;
};
