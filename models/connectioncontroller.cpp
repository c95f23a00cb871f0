#include "connectioncontroller.h"

#include "brokersession.h"
#include "localdemo.h"
#include "profilestore.h"
#include "secretstore.h"

#include <QStandardPaths>

ConnectionController::ConnectionController(BrokerSession *session, ProfileStore *store, QObject *parent)
    : QObject(parent), m_session(session), m_store(store)
{
    if (SecretStore *secrets = m_store->secretStore()) {
        connect(secrets, &SecretStore::secretsRead, this,
                [this](const QString &id, const ProfileSecrets &secrets, const QString &error) {
                    if (id != m_waitingForSecrets || !m_current)
                        return;
                    secrets.applyTo(&*m_current);
                    onSecretsRead(id, error);
                });
        connect(secrets, &SecretStore::keyringUnavailable, this, &ConnectionController::problem);
    }
    connect(m_store, &ProfileStore::problem, this, &ConnectionController::problem);
}

ConnectionController::~ConnectionController() = default;

QString ConnectionController::startupProfileId() const
{
    if (!m_store->hasUserProfiles())
        return ProfileStore::localDemoId();
    const QString last = ProfileStore::lastProfileId();
    return m_store->profile(last) ? last : QString();
}

bool ConnectionController::connectProfile(const QString &idOrName)
{
    QString why;
    const std::optional<ConnectionProfile> found = m_store->find(idOrName, &why);
    if (!found) {
        Q_EMIT problem(why.isEmpty() ? tr("There is no profile named '%1'.").arg(idOrName) : why);
        return false;
    }
    ProfileStore::setLastProfileId(found->id);
    m_current = found;
    m_name = found->name;
    Q_EMIT currentProfileChanged();
    if (found->kind == ConnectionProfile::Kind::LocalDemo) {
        startDemo();
        return true;
    }
    const QString invalid = found->validate();
    if (!invalid.isEmpty()) {
        Q_EMIT problem(tr("The profile '%1' cannot connect: %2").arg(found->name, invalid));
        return false;
    }
    Q_EMIT connecting(m_name);
    SecretStore *secrets = m_store->secretStore();
    if (secrets && !found->storeSecretsInFile) {
        m_waitingForSecrets = found->id;
        secrets->read(found->id); // the connection starts in onSecretsRead()
        return true;
    }
    openProfile(*found);
    return true;
}

void ConnectionController::onSecretsRead(const QString &profileId, const QString &error)
{
    m_waitingForSecrets.clear();
    if (!error.isEmpty())
        Q_EMIT problem(tr("The secrets of '%1' could not be read from the keyring: %2").arg(m_name, error));
    if (m_current && m_current->id == profileId)
        openProfile(*m_current);
}

void ConnectionController::openProfile(const ConnectionProfile &profile)
{
    m_usingDemo = false;
    QList<Mqtt::Subscription> subscriptions;
    for (const ProfileSubscription &s : profile.subscriptions)
        subscriptions.append(s);
    ConnectionSettings settings = profile.connection;
    // The certificates the user chose to trust for this profile (the TLS transport reads them
    // from its options).
    if (settings.url.isSecure() && settings.tls.pinnedFingerprints.isEmpty())
        settings.tls.pinnedFingerprints = profile.pinnedCertificates;
    // Our side of a session that outlives the connection (QoS 1/2 messages in flight, packet
    // ids in use) survives a restart of the app, as the broker keeps its side; the library
    // keeps the file only for a fixed client id with such a session.
    if (settings.options.sessionStateDirectory.isEmpty())
        settings.options.sessionStateDirectory = sessionStateDirectory();
    open(profile.name, settings, subscriptions);
}

void ConnectionController::connectSettings(const QString &name, const ConnectionSettings &settings,
                                           const QList<Mqtt::Subscription> &subscriptions)
{
    m_current.reset();
    m_usingDemo = false;
    m_name = name;
    Q_EMIT currentProfileChanged();
    Q_EMIT connecting(name);
    open(name, settings, subscriptions);
}

void ConnectionController::open(const QString &name, const ConnectionSettings &settings,
                                const QList<Mqtt::Subscription> &subscriptions)
{
    if (m_demo && !m_usingDemo) {
        // Another broker now: the demo's is no longer needed. Later: this may run inside one
        // of the demo's own signals.
        m_demo->stop();
        m_demo->deleteLater();
        m_demo = nullptr;
    }
    QString error;
    if (!m_session->open(settings, subscriptions, &error))
        Q_EMIT problem(tr("Cannot connect with %1: %2").arg(name, error));
}

void ConnectionController::startDemo()
{
    m_usingDemo = true;
    if (!m_current || m_current->kind != ConnectionProfile::Kind::LocalDemo) {
        m_current = m_store->find(ProfileStore::localDemoId());
        ProfileStore::setLastProfileId(ProfileStore::localDemoId());
        Q_EMIT currentProfileChanged();
    }
    m_name = m_current ? m_current->name : LocalDemo::displayName();
    Q_EMIT connecting(m_name);
    m_session->close();
    if (m_demo) {
        m_demo->stop();
        m_demo->deleteLater();
    }
    m_demo = new LocalDemo(this);
    connect(m_demo, &LocalDemo::statusMessage, this, &ConnectionController::statusMessage);
    connect(m_demo, &LocalDemo::failed, this, &ConnectionController::problem);
    connect(m_demo, &LocalDemo::started, this, [this](const ConnectionSettings &settings) {
        ConnectionSettings s = settings;
        s.options.autoReconnect = true;
        QList<Mqtt::Subscription> subscriptions;
        if (m_current) {
            for (const ProfileSubscription &sub : m_current->subscriptions)
                subscriptions.append(sub);
        }
        if (subscriptions.isEmpty()) {
            Mqtt::Subscription all;
            all.filter = QStringLiteral("#");
            subscriptions.append(all);
        }
        open(m_name, s, subscriptions);
    });
    m_demo->start();
}

void ConnectionController::disconnect()
{
    m_session->close();
    if (m_demo) {
        m_demo->stop();
    }
}

QJsonValue ConnectionController::section(const QString &key) const
{
    return m_current ? m_current->section(key) : QJsonValue();
}

bool ConnectionController::setSection(const QString &key, const QJsonValue &value)
{
    if (!m_current)
        return false;
    m_current->setSection(key, value);
    if (!m_store->saveSection(m_current->id, key, value)) {
        Q_EMIT problem(m_store->lastError());
        return false;
    }
    return true;
}

QString ConnectionController::sessionStateDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sessions");
}
