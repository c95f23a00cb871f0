#include "connectionarguments.h"

#include "topic.h"
#include "transportfactory.h"

#include <QCommandLineParser>
#include <QStandardPaths>

#include <algorithm>

ConnectionArguments::ConnectionArguments(Mode mode)
    : m_mode(mode)
    , m_url({QStringLiteral("L"), QStringLiteral("url")},
            tr("Broker URL instead of -h/-p: mqtt://, mqtts://, ws:// or wss://[USER[:PASSWORD]@]HOST[:PORT][/PATH] "
               "(default ports 1883, 8883, 80, 443)."),
            tr("URL"))
    , m_host({QStringLiteral("h"), QStringLiteral("host")}, tr("Broker host name or address (default: localhost)."), tr("HOST"),
             QStringLiteral("localhost"))
    , m_port({QStringLiteral("p"), QStringLiteral("port")}, tr("Broker port (default: 1883, or 8883 with TLS options)."),
             tr("PORT"))
    , m_id({QStringLiteral("i"), QStringLiteral("id")}, tr("Client identifier (default: generated)."), tr("ID"))
    , m_user({QStringLiteral("u"), QStringLiteral("username")}, tr("User name."), tr("USER"))
    , m_password({QStringLiteral("P"), QStringLiteral("pw")}, tr("Password."), tr("PASSWORD"))
    , m_version({QStringLiteral("V"), QStringLiteral("protocol-version")},
                tr("MQTT version: 5, 3.1.1, or auto (MQTT 5, and 3.1.1 when the broker does not support 5; "
                   "default: 5)."),
                tr("VERSION"), QStringLiteral("5"))
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
    , m_reconnect(QStringLiteral("reconnect"),
                  tr("Reconnect when the connection drops (not when the first attempt fails), with growing delays; "
                     "messages published meanwhile wait."))
    , m_reconnectDelay(QStringLiteral("reconnect-delay"),
                       tr("With --reconnect: seconds before the first retry (default: 1); each further one waits twice "
                          "as long."),
                       tr("SECONDS"))
    , m_reconnectMaxDelay(QStringLiteral("reconnect-max-delay"),
                          tr("With --reconnect: the longest wait between retries in seconds (default: 60)."),
                          tr("SECONDS"))
    , m_caFile(QStringLiteral("cafile"),
               tr("Trust only the CA certificates in FILE (PEM or DER) instead of the system's; implies TLS."), tr("FILE"))
    , m_osCerts(QStringLiteral("tls-use-os-certs"),
                tr("Use TLS with the system's CA certificates (for -h/-p; mqtts:// and wss:// do that by default)."))
    , m_cert(QStringLiteral("cert"), tr("Client certificate for mutual TLS (PEM or DER); needs --key."), tr("FILE"))
    , m_key(QStringLiteral("key"), tr("Private key of the --cert certificate (PEM or DER)."), tr("FILE"))
    , m_passKey(QStringLiteral("pass-key"),
                tr("Passphrase of an encrypted --key (also used for --p12 when --p12-pass is not given)."),
                tr("PASSPHRASE"))
    , m_p12(QStringLiteral("p12"),
            tr("Client certificate and key as one PKCS#12 bundle (.p12/.pfx), instead of --cert and --key."), tr("FILE"))
    , m_p12Pass(QStringLiteral("p12-pass"), tr("Password of the --p12 bundle."), tr("PASSWORD"))
    , m_insecure(QStringLiteral("insecure"),
                 tr("Do not verify the broker's certificate (CA, host name, dates). For tests only: the connection "
                    "can be intercepted. A warning is printed."))
    , m_alpn({QStringLiteral("alpn"), QStringLiteral("tls-alpn")},
             tr("ALPN protocols to offer, comma separated (x-amzn-mqtt-ca for AWS IoT Core on port 443)."),
             tr("PROTOCOLS"))
    , m_sni(QStringLiteral("sni"),
            tr("Server name to send (SNI) and to check the certificate against (default: the host)."), tr("NAME"))
    , m_tlsVersion(QStringLiteral("tls-version"), tr("Lowest TLS version to accept: 1.2 (default) or 1.3."),
                   tr("VERSION"))
    , m_header(QStringLiteral("header"),
               tr("Extra HTTP header for the WebSocket handshake (ws:// and wss:// only; repeatable)."),
               tr("NAME: VALUE"))
    , m_profile(QStringLiteral("profile"),
                tr("Connect with a saved profile (see 'mqttscope-cli profile list'), its password from the keyring, "
                   "instead of the connection options."),
                tr("NAME"))
{
}

void ConnectionArguments::addTo(QCommandLineParser &parser) const
{
    if (m_mode == Mode::Gui) {
        // -h is --help there; the address comes from --url alone.
        parser.addOptions({m_url, m_id, m_user, m_password, m_version, m_keepAlive, m_noCleanSession, m_sessionExpiry,
                           m_willTopic, m_willPayload, m_willQos, m_willRetain, m_reconnect, m_reconnectDelay,
                           m_reconnectMaxDelay, m_caFile, m_cert, m_key, m_passKey, m_p12, m_p12Pass, m_insecure,
                           m_alpn, m_sni, m_tlsVersion, m_header});
        return;
    }
    parser.addOptions({m_url, m_host, m_port, m_id, m_user, m_password, m_version, m_keepAlive, m_noCleanSession,
                       m_sessionExpiry, m_willTopic, m_willPayload, m_willQos, m_willRetain, m_debug, m_reconnect,
                       m_reconnectDelay, m_reconnectMaxDelay, m_caFile,
                       m_osCerts, m_cert, m_key, m_passKey, m_p12, m_p12Pass, m_insecure, m_alpn, m_sni, m_tlsVersion,
                       m_header, m_profile});
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
    return m_mode == Mode::Cli && parser.isSet(m_debug);
}

bool ConnectionArguments::read(const QCommandLineParser &parser, ConnectionSettings *settings, QString *error) const
{
    if (parser.isSet(m_profile))
        return readProfile(parser, settings, error);
    ConnectionSettings s;
    if (!readEndpoint(parser, &s, error) || !readSession(parser, &s.options, error))
        return false;
    *settings = s;
    return true;
}

bool ConnectionArguments::read(const QCommandLineParser &parser, Mqtt::ClientOptions *options, QString *error) const
{
    ConnectionSettings s;
    if (!read(parser, &s, error))
        return false;
    if (s.url.scheme != Mqtt::ServerUrl::Scheme::Mqtt) {
        *error = tr("this command only connects over mqtt://, not %1").arg(s.endpoint());
        return false;
    }
    *options = s.options;
    return true;
}

// Fills options.host / port / username / password too: readSession() goes on from there.
bool ConnectionArguments::readEndpoint(const QCommandLineParser &parser, ConnectionSettings *settings,
                                       QString *error) const
{
    auto fail = [error](const QString &message) {
        *error = message;
        return false;
    };
    Mqtt::TlsOptions tls;
    if (!readTls(parser, &tls, error))
        return false;
    const bool cli = m_mode == Mode::Cli;
    const bool wantTls = tls.hasSettings() || (cli && parser.isSet(m_osCerts));

    quint16 port = 0;
    if (cli && parser.isSet(m_port)) {
        quint64 n = 0;
        if (!parseNumber(parser.value(m_port), 1, 65535, &n))
            return fail(tr("invalid port '%1': expected a number from 1 to 65535").arg(parser.value(m_port)));
        port = quint16(n);
    }
    QString host = cli ? parser.value(m_host) : QString();
    // "[::1]" as in a URL, or "::1".
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);

    Mqtt::ServerUrl url;
    QString why;
    if (parser.isSet(m_url)) {
        const std::optional<Mqtt::ServerUrl> parsed = Mqtt::ServerUrl::parse(parser.value(m_url), &why);
        if (!parsed)
            return fail(tr("invalid --url: %1").arg(why));
        url = *parsed;
        if (cli && parser.isSet(m_host) && host.compare(url.host, Qt::CaseInsensitive) != 0)
            return fail(tr("-h %1 and --url %2 name different hosts: give the host once").arg(host, url.toString()));
        if (port != 0 && port != url.port)
            return fail(tr("-p %1 and --url %2 name different ports: give the port once").arg(port).arg(url.toString()));
        if (cli && parser.isSet(m_osCerts) && !url.isSecure())
            return fail(tr("--tls-use-os-certs needs TLS, but %1 is not encrypted: use %2:// instead")
                            .arg(url.toString(), url.isWebSocket() ? QStringLiteral("wss") : QStringLiteral("mqtts")));
    } else {
        if (!cli)
            return fail(tr("--url is needed to connect"));
        if (host.isEmpty())
            return fail(tr("the host (-h) must not be empty"));
        if (host.contains(QLatin1String("://")))
            return fail(tr("-h takes a host name, not a URL: use --url %1").arg(host));
        // Going through the URL parser checks the host name as --url would.
        const Mqtt::ServerUrl::Scheme scheme = wantTls ? Mqtt::ServerUrl::Scheme::Mqtts : Mqtt::ServerUrl::Scheme::Mqtt;
        const QString text = QStringLiteral("%1://%2:%3")
                                 .arg(Mqtt::ServerUrl::schemeName(scheme),
                                      host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host)
                                 .arg(port != 0 ? port : Mqtt::ServerUrl::defaultPort(scheme));
        const std::optional<Mqtt::ServerUrl> parsed = Mqtt::ServerUrl::parse(text, &why);
        if (!parsed)
            return fail(tr("invalid host '%1': %2").arg(host, why));
        url = *parsed;
    }

    if (!url.isSecure() && tls.hasSettings()) {
        return fail(tr("%1 needs TLS, but %2 is not encrypted: use %3:// instead")
                        .arg(firstTlsOption(parser), url.toString(),
                             url.isWebSocket() ? QStringLiteral("wss") : QStringLiteral("mqtts")));
    }
    Mqtt::HttpHeaders headers;
    for (const QString &header : parser.values(m_header)) {
        if (!url.isWebSocket())
            return fail(tr("--header only applies to ws:// and wss:// URLs, not %1").arg(url.toString()));
        if (!Mqtt::appendHttpHeader(header, &headers, &why))
            return fail(why);
    }

    // Credentials may come from the URL or from -u/-P, but must not contradict each other.
    if (parser.isSet(m_user) && url.username && *url.username != parser.value(m_user))
        return fail(tr("-u %1 and the user name in --url differ: give the user name once").arg(parser.value(m_user)));
    if (parser.isSet(m_password) && url.password && *url.password != parser.value(m_password).toUtf8())
        return fail(tr("-P and the password in --url differ: give the password once"));

    Mqtt::ClientOptions &o = settings->options;
    Mqtt::applyUrl(url, &o);
    if (parser.isSet(m_user))
        o.username = parser.value(m_user);
    if (parser.isSet(m_password))
        o.password = parser.value(m_password).toUtf8();
    url.username = o.username; // the endpoint shown in messages names the user
    url.password.reset();      // a secret: ClientOptions carries it
    settings->url = url;
    settings->tls = tls;
    settings->headers = headers;
    return true;
}

bool ConnectionArguments::readTls(const QCommandLineParser &parser, Mqtt::TlsOptions *tls, QString *error) const
{
    auto fail = [error](const QString &message) {
        *error = message;
        return false;
    };
    for (const QCommandLineOption *file : {&m_caFile, &m_cert, &m_key, &m_p12}) {
        if (parser.isSet(*file) && parser.value(*file).isEmpty())
            return fail(tr("--%1 needs a file name").arg(file->names().constLast()));
    }
    if (parser.isSet(m_cert) != parser.isSet(m_key))
        return fail(tr("--cert and --key go together: give the client certificate and its private key"));
    if (parser.isSet(m_p12) && parser.isSet(m_cert))
        return fail(tr("give either --p12 or --cert and --key, not both"));
    if (parser.isSet(m_p12Pass) && !parser.isSet(m_p12))
        return fail(tr("--p12-pass needs --p12"));
    if (parser.isSet(m_passKey) && !parser.isSet(m_key) && !parser.isSet(m_p12))
        return fail(tr("--pass-key needs --key or --p12"));

    Mqtt::TlsOptions t;
    t.caFile = parser.value(m_caFile);
    t.certificateFile = parser.value(m_cert);
    t.keyFile = parser.value(m_key);
    t.pkcs12File = parser.value(m_p12);
    if (parser.isSet(m_key))
        t.keyPassphrase = parser.value(m_passKey).toUtf8();
    if (parser.isSet(m_p12))
        t.pkcs12Password = (parser.isSet(m_p12Pass) ? parser.value(m_p12Pass) : parser.value(m_passKey)).toUtf8();
    t.insecure = parser.isSet(m_insecure);
    for (const QString &list : parser.values(m_alpn)) {
        for (const QString &protocol : list.split(QLatin1Char(','))) {
            const QString name = protocol.trimmed();
            // RFC 7301 §3.1: a protocol name is 1 to 255 bytes.
            if (name.isEmpty() || name.toUtf8().size() > 255)
                return fail(tr("invalid --alpn '%1': expected protocol names of 1 to 255 bytes, separated by commas")
                                .arg(list));
            t.alpn << name;
        }
    }
    if (parser.isSet(m_sni)) {
        t.serverName = parser.value(m_sni).trimmed();
        if (t.serverName.isEmpty() || t.serverName.contains(QLatin1Char(' ')) || t.serverName.contains(QLatin1Char('/')))
            return fail(tr("invalid --sni '%1': expected a host name").arg(parser.value(m_sni)));
    }
    if (parser.isSet(m_tlsVersion) && !Mqtt::TlsOptions::parseMinimumVersion(parser.value(m_tlsVersion), &t.minimumVersion))
        return fail(tr("invalid TLS version '%1': use 1.2 or 1.3").arg(parser.value(m_tlsVersion)));
    *tls = t;
    return true;
}

QString ConnectionArguments::firstTlsOption(const QCommandLineParser &parser) const
{
    for (const QString &name : parser.optionNames()) {
        for (const QCommandLineOption *option : {&m_caFile, &m_cert, &m_key, &m_passKey, &m_p12, &m_p12Pass, &m_insecure,
                                                 &m_alpn, &m_sni, &m_tlsVersion}) {
            if (option->names().contains(name))
                return QStringLiteral("--") + name;
        }
    }
    return QString();
}

// Everything but where to connect: readEndpoint() has set host, port and credentials.
bool ConnectionArguments::readSession(const QCommandLineParser &parser, Mqtt::ClientOptions *options, QString *error) const
{
    Mqtt::ClientOptions o = *options;
    quint64 n = 0;
    o.protocolVersionFallback = parser.value(m_version).trimmed().compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0;
    if (o.protocolVersionFallback) {
        o.version = Mqtt::ProtocolVersion::V5;
    } else if (!parseVersion(parser.value(m_version), &o.version)) {
        *error = tr("unknown MQTT version '%1': use 5, 3.1.1 or auto").arg(parser.value(m_version));
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
        // Our side of the session survives a restart too: what was in flight is finished.
        o.sessionStateDirectory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/sessions");
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
        if (o.sessionExpiry > 0 && o.clientId.isEmpty()) {
            *error = tr("-x with a non-zero expiry needs a client identifier (-i): nobody could resume the session "
                        "otherwise");
            return false;
        }
    }

    if (parser.isSet(m_reconnect)) {
        o.autoReconnect = true;
        if (parser.isSet(m_reconnectDelay)) {
            if (!parseNumber(parser.value(m_reconnectDelay), 1, 86400, &n)) {
                *error = tr("invalid reconnect delay '%1': expected seconds from 1 to 86400").arg(parser.value(m_reconnectDelay));
                return false;
            }
            o.reconnectInitialDelayMs = int(n * 1000);
            o.reconnectMaxDelayMs = std::max(o.reconnectMaxDelayMs, o.reconnectInitialDelayMs);
        }
        if (parser.isSet(m_reconnectMaxDelay)) {
            if (!parseNumber(parser.value(m_reconnectMaxDelay), 1, 86400, &n)) {
                *error = tr("invalid reconnect delay '%1': expected seconds from 1 to 86400").arg(parser.value(m_reconnectMaxDelay));
                return false;
            }
            o.reconnectMaxDelayMs = int(n * 1000);
        }
        if (o.reconnectMaxDelayMs < o.reconnectInitialDelayMs) {
            *error = tr("--reconnect-max-delay must not be shorter than --reconnect-delay");
            return false;
        }
    } else if (parser.isSet(m_reconnectDelay) || parser.isSet(m_reconnectMaxDelay)) {
        *error = tr("--reconnect-delay and --reconnect-max-delay need --reconnect");
        return false;
    }

    // MQTT 3.1.1 §3.1.2.9: a password without a user name is not allowed.
    if (o.password && !o.username && !v5) {
        *error = tr("a password (-P) needs a user name (-u) in MQTT 3.1.1");
        return false;
    }

    if (parser.isSet(m_willTopic)) {
        Mqtt::Will will;
        will.topic = parser.value(m_willTopic);
        QString why;
        if (!Mqtt::Topic::isValidTopicName(will.topic, &why)) {
            *error = tr("invalid Will topic '%1': %2").arg(will.topic, why);
            return false;
        }
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
