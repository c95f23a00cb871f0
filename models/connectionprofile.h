#pragma once

#include "connectionsettings.h"
#include "subscription.h"
#include "will.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One filter subscribed on connect: the filter with its QoS and MQTT 5 options, plus the MQTT 5
// subscription identifier (0: none) the SUBSCRIBE for it carries. Usable wherever an
// Mqtt::Subscription is wanted.
struct ProfileSubscription : Mqtt::Subscription
{
    quint32 identifier = 0;

    static ProfileSubscription of(const QString &filter, quint8 qos = 0);
    bool operator==(const ProfileSubscription &o) const
    {
        return Mqtt::Subscription::operator==(o) && identifier == o.identifier;
    }
};

// A saved broker connection: everything to connect (ConnectionSettings: CONNECT options, URL,
// TLS, WebSocket headers, proxy), what to subscribe to on connect, the certificates the user
// chose to trust, and sections other features keep with the profile (saved messages, publish
// history, dashboards) as opaque JSON. A plain value type: dialogs edit a copy and hand it back.
//
// Secrets (password, TLS key passphrase, PKCS#12 password, proxy password) live in the
// connection settings while the program runs; ProfileStore puts them in the OS keyring and
// toJson() leaves them out unless asked (storeSecretsInFile, or an export with secrets).
//
// The JSON form keeps fields this version does not know: a profile written by a newer
// MqttScope survives being loaded and saved by this one (see unknownFields).
struct ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)
public:
    // Example: a built-in example offered to the user (never contacted on its own).
    // LocalDemo: the built-in demo, whose broker the app starts itself on a free port.
    enum class Kind { User, Example, LocalDemo };

    // The names of the well-known sections (section()).
    static inline const QString SavedMessagesSection = QStringLiteral("savedMessages");
    static inline const QString PublishHistorySection = QStringLiteral("publishHistory");
    static inline const QString DashboardsSection = QStringLiteral("dashboards");

    // A new profile: fresh id, mqtt://localhost:1883, MQTT 5, automatic reconnect on,
    // subscribed to "#".
    ConnectionProfile();

    QString id; // stable: a UUID without braces; the keyring entries are named after it
    QString name;
    Kind kind = Kind::User;
    ConnectionSettings connection;
    QList<ProfileSubscription> subscriptions;
    // SHA-256 fingerprints (lower-case hex, no separators) of server certificates the user chose
    // to trust for this profile although verification failed.
    QStringList pinnedCertificates;
    // Keep the secrets in the profile file as plain text instead of the keyring.
    bool storeSecretsInFile = false;

    // Opaque JSON owned by other features, kept through load, save, export and import.
    QJsonValue section(const QString &key) const { return sections.value(key); }
    void setSection(const QString &key, const QJsonValue &value);
    QJsonObject sections;

    // Fields of the JSON form this version does not know, written back unchanged.
    QJsonObject unknownFields;

    // The broker's address for lists and messages: the URL without the password.
    QString endpoint() const { return connection.endpoint(); }
    bool hasSecrets() const;
    // The same profile without any secret.
    ConnectionProfile withoutSecrets() const;
    // Copies the secrets of other into this one (after loading them from the keyring).
    void takeSecretsFrom(const ConnectionProfile &other);
    // Why this profile cannot be used to connect (bad URL host, TLS files on an unencrypted URL,
    // bad proxy ...): an empty string when it can. Does not read the TLS files.
    QString validate() const;

    enum class Secrets { Omit, Include };
    // The JSON form. Secrets are written only with Secrets::Include.
    QJsonObject toJson(Secrets secrets) const;
    // Reads the JSON form. Nothing and *error ("subscription 2: QoS must be 0, 1 or 2") when a
    // field has the wrong kind or value. A missing id gets a new one.
    static std::optional<ConnectionProfile> fromJson(const QJsonObject &json, QString *error);

    static QString newId();
    static QString kindName(Kind kind);

    // Field by field, secrets and unknown fields included.
    bool operator==(const ConnectionProfile &o) const;
    bool operator!=(const ConnectionProfile &o) const { return !(*this == o); }
};
Q_DECLARE_METATYPE(ConnectionProfile)
