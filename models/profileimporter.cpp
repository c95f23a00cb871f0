#include "profileimporter.h"

#include "profilestore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>


QString ProfileImporter::formatName(Format format)
{
    switch (format) {
    case Format::MqttScope:
        return QStringLiteral("MqttScope");
    case Format::Mqttx:
        return QStringLiteral("MQTTX");
    case Format::MqttExplorer:
        return QStringLiteral("MQTT Explorer");
    }
    return {};
}

ProfileImporter::Result ProfileImporter::importFile(const QString &path, const QString &certificateDirectory)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Result result;
        result.error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    Result result = importData(file.readAll(), certificateDirectory);
    if (!result.ok)
        result.error = tr("Cannot import %1: %2").arg(path, result.error);
    return result;
}

ProfileImporter::Result ProfileImporter::importData(const QByteArray &data, const QString &certificateDirectory)
{
    Result result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = tr("not valid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return result;
    }
    const QJsonObject root = document.object();
    if (document.isObject() && root.contains(QStringLiteral("format"))) {
        QString error;
        const auto profiles = ProfileStore::parse(data, &error);
        if (!profiles) {
            result.error = error;
            return result;
        }
        result.ok = true;
        result.format = Format::MqttScope;
        for (ConnectionProfile p : *profiles) {
            p.id = ConnectionProfile::newId();
            if (p.kind == ConnectionProfile::Kind::Example)
                p.kind = ConnectionProfile::Kind::User;
            result.profiles << p;
        }
        return result;
    }
    if (document.isObject() && root.contains(QStringLiteral("ConnectionManager_connections"))) {
        const QJsonValue connections = root.value(QStringLiteral("ConnectionManager_connections"));
        if (!connections.isObject()) {
            result.error = tr("\"ConnectionManager_connections\" is not an object");
            return result;
        }
        return fromMqttExplorer(connections.toObject(), certificateDirectory);
    }
    const bool looksLikeMqttx = document.isArray()
        || (document.isObject() && root.contains(QStringLiteral("host")) && root.contains(QStringLiteral("clientId")));
    if (looksLikeMqttx)
        return fromMqttx(document.isArray() ? QJsonValue(document.array()) : QJsonValue(root));
    result.error = tr("this is not a file MqttScope can import (expected an MqttScope export, an MQTTX "
                      "connections export or MQTT Explorer's settings.json)");
    return result;
}
