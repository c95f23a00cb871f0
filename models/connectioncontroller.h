#pragma once

#include "connectionprofile.h"

#include <QObject>
#include <QPointer>

#include <optional>

class BrokerSession;
class LocalDemo;
class ProfileStore;

// Connects the session with a saved profile, a URL or the Local demo, and keeps the profile
// in use: its secrets come from the keyring first (asynchronously), the demo's private broker
// is started first, and other features' sections of the profile (saved messages, dashboards)
// are read and saved through here. Headless, so the window, the tests and a future CLI share
// one way to connect.
class ConnectionController : public QObject
{
    Q_OBJECT
public:
    ConnectionController(BrokerSession *session, ProfileStore *store, QObject *parent = nullptr);
    ~ConnectionController() override;

    BrokerSession *session() const { return m_session; }
    ProfileStore *store() const { return m_store; }
    LocalDemo *demo() const { return m_demo; }

    // The profile connected (or being connected); nothing after connectSettings() or before
    // any connection.
    std::optional<ConnectionProfile> currentProfile() const { return m_current; }
    // What the window title shows: the profile's name, the URL, or the demo's name.
    QString currentName() const { return m_name; }

    // By id or name. The connection starts once the secrets are read (and, for the Local
    // demo, once its broker runs). False with problem() when there is no such profile.
    bool connectProfile(const QString &idOrName);
    // Where profiles with a persistent session keep our side of it (AppDataLocation/sessions).
    static QString sessionStateDirectory();
    // A connection that is no saved profile (--url).
    void connectSettings(const QString &name, const ConnectionSettings &settings,
                         const QList<Mqtt::Subscription> &subscriptions);
    // Starts the Local demo (private mosquitto + simulator) and connects to it.
    void startDemo();
    // Closes the connection; stops the demo's broker if it runs.
    void disconnect();

    // The profile to open at start: the Local demo on first launch (no profile of the user's
    // yet), else the last profile used if it still exists; empty when none.
    QString startupProfileId() const;

    // A section of the current profile (saved messages, publish history, dashboards);
    // Null when there is no current profile.
    QJsonValue section(const QString &key) const;
    // Stores a section in the current profile and saves the profile file. False when there is
    // no current profile or the file cannot be written (problem() says why).
    bool setSection(const QString &key, const QJsonValue &value);

Q_SIGNALS:
    // A connection is being set up under this name (profile, URL or demo).
    void connecting(const QString &name);
    void currentProfileChanged();
    // Something the user should read, in words (no keyring, demo could not start, profile
    // missing, file not writable ...).
    void problem(const QString &message);
    // The demo's progress ("Starting the local broker…").
    void statusMessage(const QString &text);

private:
    void open(const QString &name, const ConnectionSettings &settings, const QList<Mqtt::Subscription> &subscriptions);
    void openProfile(const ConnectionProfile &profile);
    void onSecretsRead(const QString &profileId, const QString &error);

    BrokerSession *m_session;
    ProfileStore *m_store;
    LocalDemo *m_demo = nullptr;
    std::optional<ConnectionProfile> m_current;
    QString m_name;
    QString m_waitingForSecrets; // profile id
    bool m_usingDemo = false;    // the session is (to be) connected to the demo's broker
};
