#include "secretstore.h"

#include "connectionprofile.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSecrets, "mqttscope.keyring")

bool ProfileSecrets::isEmpty() const
{
    return !password && keyPassphrase.isEmpty() && pkcs12Password.isEmpty() && proxyPassword.isEmpty();
}

ProfileSecrets ProfileSecrets::of(const ConnectionProfile &profile)
{
    ProfileSecrets s;
    s.password = profile.connection.options.password;
    s.keyPassphrase = profile.connection.tls.keyPassphrase;
    s.pkcs12Password = profile.connection.tls.pkcs12Password;
    s.proxyPassword = profile.connection.proxy.password;
    return s;
}

void ProfileSecrets::applyTo(ConnectionProfile *profile) const
{
    if (password)
        profile->connection.options.password = password;
    if (!keyPassphrase.isEmpty())
        profile->connection.tls.keyPassphrase = keyPassphrase;
    if (!pkcs12Password.isEmpty())
        profile->connection.tls.pkcs12Password = pkcs12Password;
    if (!proxyPassword.isEmpty())
        profile->connection.proxy.password = proxyPassword;
}

QByteArray ProfileSecrets::toJson() const
{
    QJsonObject json;
    if (password)
        json.insert(QStringLiteral("password"), QString::fromUtf8(*password));
    auto put = [&json](const char *key, const QByteArray &value) {
        if (!value.isEmpty())
            json.insert(QLatin1String(key), QString::fromUtf8(value));
    };
    put("keyPassphrase", keyPassphrase);
    put("pkcs12Password", pkcs12Password);
    put("proxyPassword", proxyPassword);
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

ProfileSecrets ProfileSecrets::fromJson(const QByteArray &data)
{
    const QJsonObject json = QJsonDocument::fromJson(data).object();
    auto get = [&json](const char *key) {
        return json.value(QLatin1String(key)).toString().toUtf8();
    };
    ProfileSecrets s;
    if (json.contains(QStringLiteral("password")))
        s.password = get("password");
    s.keyPassphrase = get("keyPassphrase");
    s.pkcs12Password = get("pkcs12Password");
    s.proxyPassword = get("proxyPassword");
    return s;
}

SecretStore::SecretStore(const QString &service, QObject *parent) : QObject(parent), m_service(service)
{
    qRegisterMetaType<ProfileSecrets>();
}

SecretStore::~SecretStore() = default;

bool SecretStore::markUnavailable(int error, const QString &details)
{
    // Errors that say there is no keyring to talk to (rather than a refusal for one entry).
    if (error != QKeychain::NoBackendAvailable && error != QKeychain::OtherError && error != QKeychain::AccessDenied
        && error != QKeychain::NotImplemented)
        return false;
    if (m_status == Status::Unavailable)
        return true;
    m_status = Status::Unavailable;
    m_unavailableText = tr("No keyring is available (%1): passwords are kept for this run only. Tick \"store "
                           "secrets in the profile file\" to keep them in plain text.")
                            .arg(details);
    return true;
}

void SecretStore::announceUnavailable()
{
    if (m_announced || m_status != Status::Unavailable)
        return;
    m_announced = true;
    qCWarning(lcSecrets).noquote() << m_unavailableText;
    Q_EMIT keyringUnavailable(m_unavailableText);
}

void SecretStore::answerFromMemory(const QString &profileId)
{
    const ProfileSecrets secrets = m_memory.value(profileId);
    QMetaObject::invokeMethod(
        this, [this, profileId, secrets] { Q_EMIT secretsRead(profileId, secrets, QString()); }, Qt::QueuedConnection);
}

void SecretStore::read(const QString &profileId)
{
    if (m_status == Status::Unavailable)
        return answerFromMemory(profileId);
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(profileId);
    connect(job, &QKeychain::Job::finished, this, [this, profileId](QKeychain::Job *finished) {
        const auto *job = static_cast<QKeychain::ReadPasswordJob *>(finished);
        switch (job->error()) {
        case QKeychain::NoError:
            m_status = Status::Available;
            m_memory.insert(profileId, ProfileSecrets::fromJson(job->textData().toUtf8()));
            Q_EMIT secretsRead(profileId, m_memory.value(profileId), QString());
            return;
        case QKeychain::EntryNotFound:
            m_status = Status::Available;
            Q_EMIT secretsRead(profileId, m_memory.value(profileId), QString());
            return;
        default:
            break;
        }
        if (markUnavailable(job->error(), job->errorString())) {
            announceUnavailable();
            return answerFromMemory(profileId);
        }
        Q_EMIT secretsRead(profileId, m_memory.value(profileId),
                           tr("The keyring refused to give the secrets of this profile: %1").arg(job->errorString()));
    });
    job->start();
}

void SecretStore::write(const QString &profileId, const ProfileSecrets &secrets)
{
    if (secrets.isEmpty())
        m_memory.remove(profileId);
    else
        m_memory.insert(profileId, secrets);
    // Deleting nothing from a keyring that is not there is not worth a message.
    auto keptForRun = [this, profileId] {
        const bool kept = m_memory.contains(profileId);
        if (kept)
            announceUnavailable();
        const QString message = kept
            ? tr("No keyring is available: the secrets of this profile are kept for this run only.")
            : QString();
        QMetaObject::invokeMethod(
            this, [this, profileId, message] { Q_EMIT secretsWritten(profileId, message); }, Qt::QueuedConnection);
    };
    if (m_status == Status::Unavailable)
        return keptForRun();
    QKeychain::Job *job = nullptr;
    if (secrets.isEmpty()) {
        auto *remove = new QKeychain::DeletePasswordJob(m_service, this);
        remove->setKey(profileId);
        job = remove;
    } else {
        auto *writeJob = new QKeychain::WritePasswordJob(m_service, this);
        writeJob->setKey(profileId);
        // Text, so that the keyring's own tools (seahorse, secret-tool) show it readably.
        writeJob->setTextData(QString::fromUtf8(secrets.toJson()));
        job = writeJob;
    }
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [this, profileId, keptForRun](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound) {
            m_status = Status::Available;
            Q_EMIT secretsWritten(profileId, QString());
            return;
        }
        if (markUnavailable(finished->error(), finished->errorString()))
            return keptForRun();
        Q_EMIT secretsWritten(profileId, tr("The keyring did not store the secrets: %1. They are kept for this run only.")
                                             .arg(finished->errorString()));
    });
    job->start();
}

std::optional<ProfileSecrets> SecretStore::readBlocking(const QString &profileId, QString *error, int timeoutMs)
{
    QEventLoop loop;
    std::optional<ProfileSecrets> result;
    QString problem = tr("The keyring did not answer within %1 s.").arg(timeoutMs / 1000);
    const auto connection = connect(this, &SecretStore::secretsRead, &loop,
                                    [&](const QString &id, const ProfileSecrets &secrets, const QString &message) {
                                        if (id != profileId)
                                            return;
                                        problem = message;
                                        if (message.isEmpty())
                                            result = secrets;
                                        loop.quit();
                                    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    read(profileId);
    loop.exec();
    disconnect(connection);
    if (!result && error)
        *error = problem;
    return result;
}

bool SecretStore::writeBlocking(const QString &profileId, const ProfileSecrets &secrets, QString *error, int timeoutMs)
{
    QEventLoop loop;
    bool done = false;
    QString problem = tr("The keyring did not answer within %1 s.").arg(timeoutMs / 1000);
    const auto connection = connect(this, &SecretStore::secretsWritten, &loop,
                                    [&](const QString &id, const QString &message) {
                                        if (id != profileId)
                                            return;
                                        problem = message;
                                        done = true;
                                        loop.quit();
                                    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    write(profileId, secrets);
    loop.exec();
    disconnect(connection);
    if (error)
        *error = problem;
    return done && problem.isEmpty();
}
