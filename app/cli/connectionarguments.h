#pragma once

#include "client.h"

#include <QCommandLineOption>
#include <QCoreApplication>

class QCommandLineParser;

// The connection options every subcommand shares, spelled as mosquitto_sub / mosquitto_pub
// spell them (-h host, -p port, -i id, -u/-P credentials, -V version, -k keep alive,
// -c persistent session, -x session expiry, --will-*), turned into Mqtt::ClientOptions.
class ConnectionArguments
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionArguments)
public:
    ConnectionArguments();

    void addTo(QCommandLineParser &parser) const;
    // Reads a parsed command line. False with *error set when a value is out of range or
    // options do not fit together (e.g. MQTT 5 features with -V 3.1.1).
    bool read(const QCommandLineParser &parser, Mqtt::ClientOptions *options, QString *error) const;
    // -d: report connection events (connected, subscribed ...) on stderr.
    bool debug(const QCommandLineParser &parser) const;

    // "5", "5.0", "mqttv5" / "3.1.1", "311", "mqttv311", "4".
    static bool parseVersion(const QString &text, Mqtt::ProtocolVersion *version);
    // An unsigned decimal in [min, max]; false when not a number or out of range.
    static bool parseNumber(const QString &text, quint64 min, quint64 max, quint64 *value);

private:
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
};
