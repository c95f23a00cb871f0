#include "connectionarguments.h"

#include <QCommandLineParser>

ConnectionArguments::ConnectionArguments()
    : m_host({QStringLiteral("h"), QStringLiteral("host")}, tr("Broker host name or address (default: localhost)."), tr("HOST"),
             QStringLiteral("localhost"))
    , m_port({QStringLiteral("p"), QStringLiteral("port")}, tr("Broker port (default: 1883)."), tr("PORT"),
             QStringLiteral("1883"))
    , m_id({QStringLiteral("i"), QStringLiteral("id")}, tr("Client identifier (default: generated)."), tr("ID"))
    , m_user({QStringLiteral("u"), QStringLiteral("username")}, tr("User name."), tr("USER"))
    , m_password({QStringLiteral("P"), QStringLiteral("pw")}, tr("Password."), tr("PASSWORD"))
    , m_version({QStringLiteral("V"), QStringLiteral("protocol-version")},
                tr("MQTT version: 5 or 3.1.1 (default: 5)."), tr("VERSION"), QStringLiteral("5"))
    , m_keepAlive({QStringLiteral("k"), QStringLiteral("keepalive")},
                  tr("Keep alive interval in seconds, 0 to disable (default: 60)."), tr("SECONDS"), QStringLiteral("60"))
    , m_noCleanSession({QStringLiteral("c"), QStringLiteral("disable-clean-session")},
                       tr("Keep the session on the broker after disconnecting (needs -i). "
                          "With MQTT 5 the session never expires unless -x is given."))
    , m_sessionExpiry({QStringLiteral("x"), QStringLiteral("session-expiry")},
                      tr("MQTT 5 session expiry interval in seconds."), tr("SECONDS"))
    , m_willTopic(QStringLiteral("will-topic"), tr("Topic of the Will message."), tr("TOPIC"))
    , m_willPayload(QStringLiteral("will-payload"), tr("Payload of the Will message."), tr("PAYLOAD"))
    , m_willQos(QStringLiteral("will-qos"), tr("QoS of the Will message (default: 0)."), tr("QOS"), QStringLiteral("0"))
    , m_willRetain(QStringLiteral("will-retain"), tr("Retain the Will message."))
    , m_debug({QStringLiteral("d"), QStringLiteral("debug")}, tr("Report connection events on stderr."))
{
}

void ConnectionArguments::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_host, m_port, m_id, m_user, m_password, m_version, m_keepAlive, m_noCleanSession,
                       m_sessionExpiry, m_willTopic, m_willPayload, m_willQos, m_willRetain, m_debug});
}

bool ConnectionArguments::parseVersion(const QString &text, Mqtt::ProtocolVersion *version)
{
    const QString v = text.trimmed().toLower();
    if (v == QLatin1String("5") || v == QLatin1String("5.0") || v == QLatin1String("mqttv5")) {
        *version = Mqtt::ProtocolVersion::V5;
        return true;
    }
    if (v == QLatin1String("3.1.1") || v == QLatin1String("311") || v == QLatin1String("mqttv311")
        || v == QLatin1String("4")) {
        *version = Mqtt::ProtocolVersion::V311;
        return true;
    }
    return false;
}

bool ConnectionArguments::parseNumber(const QString &text, quint64 min, quint64 max, quint64 *value)
{
    bool ok = false;
    const quint64 n = text.toULongLong(&ok, 10);
    if (!ok || n < min || n > max)
        return false;
    *value = n;
    return true;
}

bool ConnectionArguments::debug(const QCommandLineParser &parser) const
{
    return parser.isSet(m_debug);
}

bool ConnectionArguments::read(const QCommandLineParser &parser, Mqtt::ClientOptions *options, QString *error) const
{
    Mqtt::ClientOptions o;
    o.host = parser.value(m_host);
    if (o.host.isEmpty()) {
        *error = tr("the host (-h) must not be empty");
        return false;
    }
    quint64 n = 0;
    if (!parseNumber(parser.value(m_port), 1, 65535, &n)) {
        *error = tr("invalid port '%1': expected a number from 1 to 65535").arg(parser.value(m_port));
        return false;
    }
    o.port = quint16(n);
    if (!parseVersion(parser.value(m_version), &o.version)) {
        *error = tr("unknown MQTT version '%1': use 5 or 3.1.1").arg(parser.value(m_version));
        return false;
    }
    const bool v5 = o.version == Mqtt::ProtocolVersion::V5;
    o.clientId = parser.value(m_id);
    if (!parseNumber(parser.value(m_keepAlive), 0, 65535, &n)) {
        *error = tr("invalid keep alive '%1': expected seconds from 0 to 65535").arg(parser.value(m_keepAlive));
        return false;
    }
    o.keepAlive = quint16(n);

    if (parser.isSet(m_noCleanSession)) {
        // A persistent session is only useful under a fixed identity (MQTT 3.1.1 §3.1.3.1:
        // an empty client id requires clean session).
        if (o.clientId.isEmpty()) {
            *error = tr("-c needs a client identifier (-i)");
            return false;
        }
        o.cleanStart = false;
        o.sessionExpiry = 0xFFFFFFFF;
    }
    if (parser.isSet(m_sessionExpiry)) {
        if (!v5) {
            *error = tr("-x (session expiry) needs MQTT 5 (-V 5)");
            return false;
        }
        if (!parseNumber(parser.value(m_sessionExpiry), 0, 0xFFFFFFFF, &n)) {
            *error = tr("invalid session expiry '%1'").arg(parser.value(m_sessionExpiry));
            return false;
        }
        o.sessionExpiry = quint32(n);
    }

    if (parser.isSet(m_user))
        o.username = parser.value(m_user);
    if (parser.isSet(m_password)) {
        // MQTT 3.1.1 §3.1.2.9: a password without a user name is not allowed.
        if (!v5 && !o.username) {
            *error = tr("a password (-P) needs a user name (-u) in MQTT 3.1.1");
            return false;
        }
        o.password = parser.value(m_password).toUtf8();
    }

    if (parser.isSet(m_willTopic)) {
        Mqtt::Will will;
        will.topic = parser.value(m_willTopic);
        will.payload = parser.value(m_willPayload).toUtf8();
        if (!parseNumber(parser.value(m_willQos), 0, 2, &n)) {
            *error = tr("invalid Will QoS '%1': expected 0, 1 or 2").arg(parser.value(m_willQos));
            return false;
        }
        will.qos = quint8(n);
        will.retain = parser.isSet(m_willRetain);
        o.will = will;
    } else if (parser.isSet(m_willPayload) || parser.isSet(m_willRetain)) {
        *error = tr("--will-payload and --will-retain need --will-topic");
        return false;
    }

    *options = o;
    return true;
}
