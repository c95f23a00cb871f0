#include "profilestore.h"

#include "secretstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>
#include <memory>

Q_LOGGING_CATEGORY(lcProfiles, "mqttscope.profiles")

namespace {
const QString kFormat = QStringLiteral("mqttscope-profiles");
const QString kLastProfileKey = QStringLiteral("profiles/lastUsed");
} // namespace

ProfileStore::ProfileStore(const QString &filePath, QObject *parent)
    : QObject(parent), m_filePath(filePath.isEmpty() ? defaultFilePath() : filePath)
{
    qRegisterMetaType<ConnectionProfile>();
}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::defaultFilePath()
{
    // Not AppConfigLocation: that one depends on the application name, and the GUI (mqttscope)
    // and the CLI (mqttscope-cli) share this file. ~/.config/MqttScope/profiles.json on Linux,
    // beside the GUI's settings (~/.config/MqttScope/mqttscope.conf).
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/MqttScope/profiles.json");
}

QByteArray ProfileStore::serialize(const QList<ConnectionProfile> &profiles, SecretsPolicy secrets,
                                   const QJsonObject &extras)
{
    QJsonArray list;
    for (const ConnectionProfile &p : profiles) {
        const bool include = secrets == SecretsPolicy::Include
            || (secrets == SecretsPolicy::AsProfile && p.storeSecretsInFile);
        list.append(p.toJson(include ? ConnectionProfile::Secrets::Include : ConnectionProfile::Secrets::Omit));
    }
    QJsonObject root = extras;
    root.insert(QStringLiteral("format"), kFormat);
    root.insert(QStringLiteral("version"), FormatVersion);
    root.insert(QStringLiteral("profiles"), list);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<QList<ConnectionProfile>> ProfileStore::parse(const QByteArray &data, QString *error, bool *newerVersion,
                                                            QJsonObject *extras)
{
    auto fail = [error](const QString &message) -> std::optional<QList<ConnectionProfile>> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (newerVersion)
        *newerVersion = false;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("not valid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QStringLiteral("format")).toString() != kFormat)
        return fail(tr("not an MqttScope profile file"));
    const int version = root.value(QStringLiteral("version")).toInt(0);
    if (version < 1)
        return fail(tr("the file has no valid format version"));
    if (version > FormatVersion) {
        if (newerVersion)
            *newerVersion = true;
        return fail(tr("it was written by a newer MqttScope (format version %1; this one reads up to %2)")
                        .arg(version)
                        .arg(FormatVersion));
    }
    const QJsonValue profiles = root.value(QStringLiteral("profiles"));
    if (!profiles.isArray())
        return fail(tr("\"profiles\" is missing or not a list"));
    QList<ConnectionProfile> result;
    QSet<QString> ids;
    const QJsonArray list = profiles.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject object = list.at(i).toObject();
        const QString name = object.value(QStringLiteral("name")).toString();
        QString problem;
        std::optional<ConnectionProfile> profile;
        if (!list.at(i).isObject())
            problem = tr("not an object");
        else
            profile = ConnectionProfile::fromJson(object, &problem);
        if (profile && ids.contains(profile->id))
            problem = tr("the id %1 is used twice").arg(profile->id), profile.reset();
        if (!profile)
            return fail(tr("profile %1 (\"%2\"): %3").arg(i + 1).arg(name, problem));
        ids.insert(profile->id);
        result << *profile;
    }
    if (extras) {
        *extras = root;
        for (const char *key : {"format", "version", "profiles"})
            extras->remove(QLatin1String(key));
    }
    return result;
}

std::optional<QList<ConnectionProfile>> ProfileStore::readFile(const QString &path, QString *error, bool *newer,
                                                               QJsonObject *extras) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    return parse(file.readAll(), error, newer, extras);
}

void ProfileStore::report(const QString &message)
{
    m_lastError = message;
    qCWarning(lcProfiles).noquote() << message;
    Q_EMIT problem(message);
}

bool ProfileStore::putAside(const QString &suffix, QString *keptAs)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = QStringLiteral("%1.%2-%3").arg(m_filePath, suffix, stamp);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QStringLiteral("%1.%2-%3-%4").arg(m_filePath, suffix, stamp).arg(n);
    *keptAs = target;
    return QFile::rename(m_filePath, target);
}

bool ProfileStore::load()
{
    m_lastError.clear();
    m_profiles.clear();
    m_fileExtras = {};
    if (!QFileInfo::exists(m_filePath)) {
        Q_EMIT profilesChanged();
        return true;
    }
    QString error;
    bool newer = false;
    if (const auto profiles = readFile(m_filePath, &error, &newer, &m_fileExtras)) {
        m_profiles = *profiles;
        Q_EMIT profilesChanged();
        return true;
    }
    QFile probe(m_filePath);
    if (!probe.open(QIODevice::ReadOnly)) {
        // Unreadable (permissions): leave it where it is; saving would fail the same way.
        report(tr("Cannot read the profile file %1: %2. No profiles were loaded.").arg(m_filePath, error));
        Q_EMIT profilesChanged();
        return false;
    }
    probe.close();
    QString keptAs;
    const bool moved = putAside(newer ? QStringLiteral("newer") : QStringLiteral("corrupt"), &keptAs);
    QString message = newer ? tr("The profile file %1 cannot be used: %2.").arg(m_filePath, error)
                            : tr("The profile file %1 is damaged: %2.").arg(m_filePath, error);
    if (moved) {
        message += QLatin1Char(' ') + tr("It was kept unchanged as %1.").arg(keptAs);
    } else {
        message += QLatin1Char(' ') + tr("It could not be renamed; profiles will not be saved until it is moved.");
        m_filePath.clear();
    }
    QString backupError;
    bool backupNewer = false;
    const auto backup = QFileInfo::exists(backupFilePath()) && moved
        ? readFile(backupFilePath(), &backupError, &backupNewer, &m_fileExtras)
        : std::nullopt;
    if (backup) {
        m_profiles = *backup;
        message += QLatin1Char(' ')
            + tr("%n profile(s) were restored from the backup %1.", nullptr, int(backup->size())).arg(backupFilePath());
    } else {
        message += QLatin1Char(' ') + tr("Starting with no saved profiles.");
    }
    report(message);
    Q_EMIT profilesChanged();
    return false;
}

bool ProfileStore::save()
{
    if (m_filePath.isEmpty()) {
        report(tr("The profiles were not saved: the damaged profile file could not be moved aside."));
        return false;
    }
    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath())) {
        report(tr("Cannot save the profiles: cannot create the folder %1.").arg(info.absolutePath()));
        return false;
    }
    // The previous version becomes the backup. A copy, so that the file is never missing.
    if (info.exists()) {
        const QString backup = backupFilePath();
        QFile::remove(backup + QStringLiteral(".tmp"));
        if (QFile::copy(m_filePath, backup + QStringLiteral(".tmp"))) {
            QFile::remove(backup);
            QFile::rename(backup + QStringLiteral(".tmp"), backup);
        }
    }
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        report(tr("Cannot save the profiles to %1: %2").arg(m_filePath, file.errorString()));
        return false;
    }
    file.write(serialize(m_profiles, SecretsPolicy::AsProfile, m_fileExtras));
    if (!file.commit()) {
        report(tr("Cannot save the profiles to %1: %2").arg(m_filePath, file.errorString()));
        return false;
    }
    // The file may hold secrets (plain-text profiles): only the user reads it.
    QFile::setPermissions(m_filePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> all = m_profiles;
    for (const ConnectionProfile &example : examples()) {
        if (!profile(example.id))
            all << example;
    }
    return all;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &id) const
{
    for (const ConnectionProfile &p : m_profiles) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

std::optional<ConnectionProfile> ProfileStore::find(const QString &nameOrId, QString *error) const
{
    const QList<ConnectionProfile> all = profiles();
    for (const ConnectionProfile &p : all) {
        if (p.id == nameOrId)
            return p;
    }
    for (const Qt::CaseSensitivity cs : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
        QList<ConnectionProfile> matches;
        for (const ConnectionProfile &p : all) {
            if (p.name.compare(nameOrId, cs) == 0)
                matches << p;
        }
        if (matches.size() == 1)
            return matches.constFirst();
        if (matches.size() > 1) {
            if (error)
                *error = tr("%1 profiles are named \"%2\": give the id instead").arg(matches.size()).arg(nameOrId);
            return std::nullopt;
        }
    }
    if (error)
        *error = tr("no profile named \"%1\"").arg(nameOrId);
    return std::nullopt;
}

bool ProfileStore::saveProfile(const ConnectionProfile &toSave)
{
    // A saved example is the user's own copy from now on.
    ConnectionProfile profile = toSave;
    if (profile.kind == ConnectionProfile::Kind::Example)
        profile.kind = ConnectionProfile::Kind::User;
    bool replaced = false;
    for (ConnectionProfile &p : m_profiles) {
        if (p.id == profile.id) {
            p = profile;
            replaced = true;
        }
    }
    if (!replaced)
        m_profiles << profile;
    if (m_secrets) {
        if (profile.storeSecretsInFile)
            m_secrets->remove(profile.id);
        else
            m_secrets->write(profile.id, ProfileSecrets::of(profile));
    }
    Q_EMIT profilesChanged();
    return save();
}

bool ProfileStore::saveSection(const QString &id, const QString &key, const QJsonValue &value)
{
    for (ConnectionProfile &p : m_profiles) {
        if (p.id == id) {
            p.setSection(key, value);
            Q_EMIT profilesChanged();
            return save();
        }
    }
    std::optional<ConnectionProfile> example;
    for (const ConnectionProfile &candidate : examples()) {
        if (candidate.id == id)
            example = candidate;
    }
    if (!example) {
        m_lastError = tr("There is no profile with the id %1.").arg(id);
        return false;
    }
    example->setSection(key, value);
    m_profiles << *example; // examples have no secrets to keep; the demo stays the demo
    Q_EMIT profilesChanged();
    return save();
}

void ProfileStore::requestProfile(const QString &id)
{
    std::optional<ConnectionProfile> found = profile(id);
    if (!found) {
        for (const ConnectionProfile &example : examples()) {
            if (example.id == id)
                found = example;
        }
    }
    if (!found) {
        const QString error = tr("no profile with the id %1").arg(id);
        QMetaObject::invokeMethod(
            this, [this, error] { Q_EMIT profileReady(ConnectionProfile(), error); }, Qt::QueuedConnection);
        return;
    }
    // Built-in examples have no secrets.
    if (!m_secrets || found->storeSecretsInFile || !profile(id)) {
        const ConnectionProfile ready = *found;
        QMetaObject::invokeMethod(
            this, [this, ready] { Q_EMIT profileReady(ready, QString()); }, Qt::QueuedConnection);
        return;
    }
    // One answer per request: the connection goes once it has answered.
    auto connection = std::make_shared<QMetaObject::Connection>();
    const ConnectionProfile base = *found;
    *connection = connect(m_secrets, &SecretStore::secretsRead, this,
                          [this, connection, base](const QString &profileId, const ProfileSecrets &secrets,
                                                   const QString &error) {
                              if (profileId != base.id)
                                  return;
                              disconnect(*connection);
                              ConnectionProfile ready = base;
                              secrets.applyTo(&ready);
                              Q_EMIT profileReady(ready, error);
                          });
    m_secrets->read(id);
}

bool ProfileStore::removeProfile(const QString &id)
{
    const qsizetype before = m_profiles.size();
    m_profiles.removeIf([&id](const ConnectionProfile &p) { return p.id == id; });
    if (m_profiles.size() == before)
        return true;
    if (m_secrets)
        m_secrets->remove(id);
    Q_EMIT profilesChanged();
    return save();
}

QList<ConnectionProfile> ProfileStore::addProfiles(const QList<ConnectionProfile> &profiles, bool *saved)
{
    QList<ConnectionProfile> added;
    for (ConnectionProfile p : profiles) {
        if (profile(p.id))
            p.id = ConnectionProfile::newId();
        const QString base = p.name;
        for (int n = 2; std::any_of(m_profiles.cbegin(), m_profiles.cend(),
                                    [&p](const ConnectionProfile &o) { return o.name == p.name; });
             ++n)
            p.name = QStringLiteral("%1 (%2)").arg(base).arg(n);
        m_profiles << p;
        if (m_secrets && !p.storeSecretsInFile && p.hasSecrets())
            m_secrets->write(p.id, ProfileSecrets::of(p));
        added << p;
    }
    Q_EMIT profilesChanged();
    const bool ok = save();
    if (saved)
        *saved = ok;
    return added;
}

QString ProfileStore::certificateDirectory() const
{
    return QFileInfo(m_filePath.isEmpty() ? defaultFilePath() : m_filePath).absolutePath()
        + QStringLiteral("/certificates");
}

bool ProfileStore::exportProfiles(const QList<ConnectionProfile> &profiles, const QString &path, bool includeSecrets,
                                  QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(serialize(profiles, includeSecrets ? SecretsPolicy::Include : SecretsPolicy::Omit));
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (includeSecrets)
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

QString ProfileStore::secretsIncludedWarning(const QString &path)
{
    return tr("%1 contains passwords in plain text: anyone who can read the file can use them. Keep it safe "
              "and delete it once imported.")
        .arg(path);
}

QString ProfileStore::lastProfileId()
{
    return QSettings().value(kLastProfileKey).toString();
}

void ProfileStore::setLastProfileId(const QString &id)
{
    QSettings().setValue(kLastProfileKey, id);
}
