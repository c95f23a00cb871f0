#pragma once

#include "connectionprofile.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class SecretStore;

// The user's connection profiles: one versioned JSON file (MqttScope/profiles.json in the
// config location, shared by the GUI and the CLI: defaultFilePath()), the secrets in the OS keyring
// (SecretStore) unless a profile keeps them in the file.
//
// Writing is atomic (QSaveFile) and the version before each write is kept as profiles.json.bak.
// A file that cannot be read (bad JSON, a damaged profile) or that a newer MqttScope wrote is
// never overwritten: it is renamed to profiles.json.corrupt-<time> / .newer-<time>, the store
// starts from the backup (or empty) and problem() says so in words for the status bar.
//
// The built-in examples (examples()) are not in the file; profiles() lists them after the
// user's own ones. Saving an example under its id keeps the user's edited copy instead.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    // The version of the file format this build writes.
    static constexpr int FormatVersion = 1;

    // filePath empty: defaultFilePath(). secrets may be null (no keyring: secrets only in
    // memory); the store does not own it.
    explicit ProfileStore(const QString &filePath = {}, QObject *parent = nullptr);
    ~ProfileStore() override;

    static QString defaultFilePath();
    QString filePath() const { return m_filePath; }
    QString backupFilePath() const { return m_filePath + QStringLiteral(".bak"); }

    void setSecretStore(SecretStore *secrets) { m_secrets = secrets; }
    SecretStore *secretStore() const { return m_secrets; }

    // Reads the file. False when it had to be put aside (see above); the store then holds what
    // the backup had, or nothing, and lastError() / problem() explain. A missing file is not a
    // problem (first start).
    bool load();
    // Writes the file now. False with lastError() when it cannot be written.
    bool save();

    // The last problem in words, e.g. "The profile file ... is damaged (...): it was kept as
    // ...corrupt-2026...; the profiles were restored from the backup of ...".
    QString lastError() const { return m_lastError; }

    // The user's profiles, then the examples the user has not saved a copy of.
    QList<ConnectionProfile> profiles() const;
    QList<ConnectionProfile> userProfiles() const { return m_profiles; }
    bool hasUserProfiles() const { return !m_profiles.isEmpty(); }
    std::optional<ConnectionProfile> profile(const QString &id) const;
    // By id, or by name (exact, then ignoring case); nothing when unknown or ambiguous.
    std::optional<ConnectionProfile> find(const QString &nameOrId, QString *error = nullptr) const;

    // Adds or replaces (same id) a profile and saves. Its secrets go to the keyring unless
    // profile.storeSecretsInFile. A saved example becomes a user profile (Kind::User) with the
    // example's id, so it replaces the example in profiles(). False with lastError() when the
    // file cannot be written.
    bool saveProfile(const ConnectionProfile &profile);
    // Stores one section (saved messages, dashboards ...) of a profile and saves the file,
    // leaving its secrets in the keyring alone. An example gets the user's copy. False with
    // lastError() when there is no such profile or the file cannot be written.
    bool saveSection(const QString &id, const QString &key, const QJsonValue &value);
    // The profile with its secrets from the keyring, for connecting: profileReady() follows
    // (also when the keyring failed: then with the secrets this run knows and the reason).
    // Needs a secret store; without one profileReady() comes with the profile as it is.
    void requestProfile(const QString &id);
    // Removes a profile, its keyring entry and saves.
    bool removeProfile(const QString &id);

    // Adds imported profiles (ProfileImporter): a profile whose id is taken gets a new one, a
    // name already used gets " (2)", " (3)" ... Saves once; returns the profiles as added.
    QList<ConnectionProfile> addProfiles(const QList<ConnectionProfile> &profiles, bool *saved = nullptr);
    // Where certificates that came inside an imported file are written.
    QString certificateDirectory() const;

    // Writes profiles to an export file (the profile file's format). Secrets only with
    // includeSecrets (and then the file is readable by the owner only). False with *error.
    static bool exportProfiles(const QList<ConnectionProfile> &profiles, const QString &path, bool includeSecrets,
                               QString *error);
    // The warning to show when an export includes secrets.
    static QString secretsIncludedWarning(const QString &path);

    // The profile last connected with (QSettings), for the next start.
    static QString lastProfileId();
    static void setLastProfileId(const QString &id);

    // Built-in examples (translated names; never contacted by tests).
    static QList<ConnectionProfile> examples();
    static QString localDemoId() { return QStringLiteral("example-local-demo"); }

    // Which secrets serialize() writes: each profile's choice (storeSecretsInFile), none or all.
    enum class SecretsPolicy { AsProfile, Omit, Include };
    // The file format: {"format": "mqttscope-profiles", "version": 1, "profiles": [...]}.
    // extras: further top-level keys (kept from the file that was read).
    static QByteArray serialize(const QList<ConnectionProfile> &profiles, SecretsPolicy secrets,
                                const QJsonObject &extras = {});
    // Reads that format. *newerVersion is set when the file says a version above ours.
    static std::optional<QList<ConnectionProfile>> parse(const QByteArray &data, QString *error,
                                                         bool *newerVersion = nullptr, QJsonObject *extras = nullptr);

Q_SIGNALS:
    void profilesChanged();
    // Answers requestProfile(). error is empty when the secrets were read (or there are none).
    void profileReady(const ConnectionProfile &profile, const QString &error);
    // Something went wrong with the file (see lastError()); for the status bar.
    void problem(const QString &message);

private:
    bool putAside(const QString &suffix, QString *keptAs);
    std::optional<QList<ConnectionProfile>> readFile(const QString &path, QString *error, bool *newer,
                                                     QJsonObject *extras) const;
    void report(const QString &message);

    QString m_filePath;
    QList<ConnectionProfile> m_profiles;
    QJsonObject m_fileExtras; // top-level keys of the file this version does not know
    SecretStore *m_secrets = nullptr;
    QString m_lastError;
};
