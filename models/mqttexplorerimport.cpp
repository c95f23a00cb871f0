// ProfileImporter::fromMqttExplorer(): the connections in MQTT Explorer's settings.json
// (~/.config/MQTT-Explorer/settings.json), an object keyed by connection id under
// "ConnectionManager_connections". Field names as in MQTT Explorer's ConnectionOptions
// (configVersion 1): host, port, protocol "mqtt"|"ws", basePath, encryption, certValidation,
// username, password, clientId, subscriptions [{topic, qos}], and certificates embedded as
// {name, data: base64}.
#include "profileimporter.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

#include <algorithm>

namespace {

// Writes one embedded certificate; returns its path or an empty string with *error.
QString writeEmbedded(const QJsonObject &certificate, const QString &directory, const QString &fallbackName,
                      QString *error)
{
    const QByteArray data = QByteArray::fromBase64(certificate.value(QStringLiteral("data")).toString().toLatin1());
    QString name = QFileInfo(certificate.value(QStringLiteral("name")).toString()).fileName();
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')))
        name = fallbackName;
    if (!QDir().mkpath(directory)) {
        *error = directory;
        return {};
    }
    const QString path = QDir(directory).filePath(name);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = path;
        return {};
    }
    // A client key is a secret.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

} // namespace

ProfileImporter::Result ProfileImporter::fromMqttExplorer(const QJsonObject &connections,
                                                          const QString &certificateDirectory)
{
    Result result;
    result.format = Format::MqttExplorer;
    // In the order MQTT Explorer shows them ("order"), then by name.
    QList<QJsonObject> list;
    for (auto it = connections.constBegin(); it != connections.constEnd(); ++it)
        list << it.value().toObject();
    std::stable_sort(list.begin(), list.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QStringLiteral("order")).toDouble() < b.value(QStringLiteral("order")).toDouble();
    });
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject c = list.at(i);
        const QString name = c.value(QStringLiteral("name")).toString(tr("MQTT Explorer connection %1").arg(i + 1));
        auto warn = [&result, &name](const QString &text) { result.warnings << QStringLiteral("%1: %2").arg(name, text); };
        if (c.value(QStringLiteral("type")).toString(QStringLiteral("mqtt")) != QLatin1String("mqtt")) {
            warn(tr("not an MQTT connection: skipped"));
            continue;
        }
        QString host = c.value(QStringLiteral("host")).toString().trimmed();
        if (host.isEmpty()) {
            result.error = tr("connection %1 (\"%2\") has no host").arg(i + 1).arg(name);
            return result;
        }
        ConnectionProfile p;
        p.name = name;
        ConnectionSettings &s = p.connection;
        Mqtt::ClientOptions &o = s.options;
        const bool websocket = c.value(QStringLiteral("protocol")).toString() == QLatin1String("ws");
        const bool tls = c.value(QStringLiteral("encryption")).toBool();
        s.url.scheme = websocket ? (tls ? Mqtt::ServerUrl::Scheme::Wss : Mqtt::ServerUrl::Scheme::Ws)
                                 : (tls ? Mqtt::ServerUrl::Scheme::Mqtts : Mqtt::ServerUrl::Scheme::Mqtt);
        s.url.host = host;
        const double port = c.value(QStringLiteral("port")).toDouble(0);
        s.url.port = port >= 1 && port <= 65535 ? quint16(port) : Mqtt::ServerUrl::defaultPort(s.url.scheme);
        if (websocket) {
            const QString basePath = c.value(QStringLiteral("basePath")).toString();
            s.url.path = basePath.isEmpty() ? QStringLiteral("/") : QLatin1Char('/') + basePath;
            s.url.path.replace(QStringLiteral("//"), QStringLiteral("/"));
        }
        o.host = s.url.host;
        o.port = s.url.port;
        // MQTT Explorer connects with MQTT 3.1.1 (mqtt.js' default).
        o.version = Mqtt::ProtocolVersion::V311;
        o.clientId = c.value(QStringLiteral("clientId")).toString();
        const QString user = c.value(QStringLiteral("username")).toString();
        if (!user.isEmpty())
            o.username = user;
        const QString password = c.value(QStringLiteral("password")).toString();
        if (!password.isEmpty())
            o.password = password.toUtf8();
        s.url.username = o.username;

        if (tls) {
            s.tls.insecure = !c.value(QStringLiteral("certValidation")).toBool(true);
            if (s.tls.insecure)
                warn(tr("certificate verification was off in MQTT Explorer and stays off"));
            const QString directory = certificateDirectory.isEmpty() ? QString() : QDir(certificateDirectory).filePath(p.id);
            const struct
            {
                const char *key;
                const char *fallback;
                QString *target;
            } embedded[] = {{"selfSignedCertificate", "ca.pem", &s.tls.caFile},
                            {"clientCertificate", "client.pem", &s.tls.certificateFile},
                            {"clientKey", "client.key", &s.tls.keyFile}};
            for (const auto &e : embedded) {
                const QJsonObject certificate = c.value(QLatin1String(e.key)).toObject();
                if (certificate.value(QStringLiteral("data")).toString().isEmpty())
                    continue;
                const QString certificateName = certificate.value(QStringLiteral("name")).toString();
                if (directory.isEmpty()) {
                    warn(tr("the certificate \"%1\" inside the settings file was not imported").arg(certificateName));
                    continue;
                }
                QString failedPath;
                *e.target = writeEmbedded(certificate, directory, QLatin1String(e.fallback), &failedPath);
                if (e.target->isEmpty())
                    warn(tr("the certificate \"%1\" could not be written to %2").arg(certificateName, failedPath));
            }
        }

        const QJsonArray subscriptions = c.value(QStringLiteral("subscriptions")).toArray();
        if (!subscriptions.isEmpty())
            p.subscriptions.clear();
        for (const QJsonValue &value : subscriptions) {
            // Very old settings list plain strings.
            const QJsonObject sub = value.isString() ? QJsonObject{{QStringLiteral("topic"), value}} : value.toObject();
            const QString filter = sub.value(QStringLiteral("topic")).toString();
            if (filter.isEmpty())
                continue;
            const double qos = sub.value(QStringLiteral("qos")).toDouble(0);
            p.subscriptions << ProfileSubscription::of(filter, quint8(qBound(0.0, qos, 2.0)));
        }
        if (p.subscriptions.isEmpty())
            p.subscriptions << ProfileSubscription::of(QStringLiteral("#"));
        const QString problem = p.validate();
        if (!problem.isEmpty())
            warn(problem);
        result.profiles << p;
    }
    if (result.profiles.isEmpty()) {
        result.error = tr("the MQTT Explorer settings hold no MQTT connections");
        return result;
    }
    result.ok = true;
    return result;
}
