#pragma once

#include "connectionprofile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Reads profiles from a file: MqttScope's own export (and profile file), MQTTX's exported
// connections (Export Data → JSON: one connection object or an array of them), and MQTT
// Explorer's settings.json (its "ConnectionManager_connections"), so users can move over.
//
// The profiles come back with fresh ids (an import never replaces a profile) and their secrets
// in memory; ProfileStore::importProfiles() saves them. A file that is not one of these formats
// or is damaged gives a message naming the problem and no profiles.
class ProfileImporter
{
    Q_DECLARE_TR_FUNCTIONS(ProfileImporter)
public:
    enum class Format { MqttScope, Mqttx, MqttExplorer };

    struct Result
    {
        bool ok = false;
        Format format = Format::MqttScope;
        QList<ConnectionProfile> profiles;
        // What could not be carried over ("MQTT 3.1 is not supported: imported as 3.1.1").
        QStringList warnings;
        QString error; // when !ok
    };

    // certificateDirectory: where certificates embedded in the file (MQTT Explorer keeps them
    // inside settings.json) are written, one folder per profile. Empty: they are left out with
    // a warning.
    static Result importFile(const QString &path, const QString &certificateDirectory = {});
    static Result importData(const QByteArray &data, const QString &certificateDirectory = {});

    static QString formatName(Format format);

private:
    static Result fromMqttx(const QJsonValue &root);
    static Result fromMqttExplorer(const QJsonObject &connections, const QString &certificateDirectory);
};
