#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <optional>

struct ConnectionProfile;

// The secrets of one profile: what ProfileStore keeps out of the profile file.
struct ProfileSecrets
{
    std::optional<QByteArray> password; // MQTT password (may be present and empty)
    QByteArray keyPassphrase;           // TLS client key
    QByteArray pkcs12Password;
    QByteArray proxyPassword;

    bool isEmpty() const;
    static ProfileSecrets of(const ConnectionProfile &profile);
    // Fills the profile's secret fields (those that are set here).
    void applyTo(ConnectionProfile *profile) const;
    QByteArray toJson() const;
    static ProfileSecrets fromJson(const QByteArray &json);
    bool operator==(const ProfileSecrets &o) const
    {
        return password == o.password && keyPassphrase == o.keyPassphrase && pkcs12Password == o.pkcs12Password
            && proxyPassword == o.proxyPassword;
    }
};
Q_DECLARE_METATYPE(ProfileSecrets)

// Profile secrets in the OS keyring through QtKeychain (Secret Service / KWallet on Linux,
// Keychain on macOS, Credential Manager on Windows): one entry per profile, named by the
// profile's id, under the service name (default "MqttScope").
//
// The keyring answers asynchronously: read() / write() / remove() start a job and the result
// comes as secretsRead() / secretsWritten(). Commands without an event loop of their own (the
// CLI) use readBlocking() / writeBlocking(), which wait in a local event loop; never call those
// from the GUI.
//
// Where no keyring answers (no Secret Service on D-Bus, no session bus at all),
// keyringUnavailable() says so once, and the secrets written during this run are kept in
// memory only: reads answer from there, and nothing is written anywhere else.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Status { Unknown, Available, Unavailable };
    Q_ENUM(Status)

    explicit SecretStore(const QString &service = defaultService(), QObject *parent = nullptr);
    ~SecretStore() override;

    static QString defaultService() { return QStringLiteral("MqttScope"); }
    QString service() const { return m_service; }

    Status status() const { return m_status; }
    // Why the keyring cannot be used, in words; empty while it can.
    QString unavailableText() const { return m_unavailableText; }

    void read(const QString &profileId);
    // Empty secrets delete the entry.
    void write(const QString &profileId, const ProfileSecrets &secrets);
    void remove(const QString &profileId) { write(profileId, {}); }

    // Waits at most timeoutMs. Nothing with *error when the keyring failed and this run holds
    // nothing for the profile either.
    std::optional<ProfileSecrets> readBlocking(const QString &profileId, QString *error = nullptr,
                                               int timeoutMs = 30000);
    bool writeBlocking(const QString &profileId, const ProfileSecrets &secrets, QString *error = nullptr,
                       int timeoutMs = 30000);

Q_SIGNALS:
    // error is empty on success (also when the keyring has no entry: secrets is then empty).
    void secretsRead(const QString &profileId, const ProfileSecrets &secrets, const QString &error);
    // error is empty when the keyring has them; when it is unavailable, error says the secrets
    // are kept for this run only.
    void secretsWritten(const QString &profileId, const QString &error);
    // Once per store, the first time the keyring does not answer when it matters: secrets to
    // keep, or to read (not for deleting the entry of a profile without secrets).
    void keyringUnavailable(const QString &message);

private:
    bool markUnavailable(int error, const QString &details);
    void announceUnavailable(); // keyringUnavailable(), the first time it matters
    void answerFromMemory(const QString &profileId);

    QString m_service;
    Status m_status = Status::Unknown;
    bool m_announced = false;
    QString m_unavailableText;
    QHash<QString, ProfileSecrets> m_memory; // what this run wrote; all there is without keyring
};
