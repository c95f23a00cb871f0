// ProfileStore: the versioned profile file (atomic writes, backup, damaged and newer files kept
// aside and reported, unknown fields kept), the built-in examples, finding profiles, the last
// profile used, and the "no keyring" fallback (this test runs without a D-Bus session: see
// tests/models/CMakeLists.txt; tst_keyring covers the real keyring).
#include "profilestore.h"
#include "secretstore.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

static bool onlyOwnerCanRead(QFileDevice::Permissions permissions)
{
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    return (permissions & QFileDevice::ReadOwner) && !(permissions & others);
}

class TestProfileStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void defaultLocation();
    void saveAndLoad();
    void previousVersionKeptAsBackup();
    void damagedFileKeptAndBackupUsed();
    void damagedFileWithoutBackup();
    void newerVersionKeptAside();
    void damagedProfileNamed();
    void unknownFieldsSurvive();
    void examples();
    void find();
    void lastProfileUsed();
    void noKeyringKeepsSecretsForThisRun();
    void noKeyringMessageOnlyWhenItMatters();
    void plainTextSecretsWhenAsked();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("config/profiles.json")); }
    QByteArray readAll(const QString &file) const;
    QStringList filesBeside() const;
    static ConnectionProfile profile(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    QTemporaryDir m_settingsDir;
};

void TestProfileStore::initTestCase()
{
    // QSettings and QStandardPaths under a temporary directory, never the user's.
    qputenv("XDG_CONFIG_HOME", m_settingsDir.path().toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MqttScopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_profilestore"));
}

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QByteArray TestProfileStore::readAll(const QString &file) const
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList TestProfileStore::filesBeside() const
{
    return QDir(m_dir->filePath(QStringLiteral("config"))).entryList(QDir::Files, QDir::Name);
}

ConnectionProfile TestProfileStore::profile(const QString &name)
{
    ConnectionProfile p;
    p.name = name;
    p.connection.url = *Mqtt::ServerUrl::parse(QStringLiteral("mqtt://127.0.0.1:1883"));
    return p;
}

void TestProfileStore::defaultLocation()
{
    ProfileStore store;
    QVERIFY(store.filePath().endsWith(QStringLiteral("/MqttScope/profiles.json")));
    QVERIFY(store.filePath().startsWith(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)));
}

void TestProfileStore::saveAndLoad()
{
    ProfileStore store(path());
    QVERIFY(store.load()); // no file yet: first start, not a problem
    QVERIFY(!store.hasUserProfiles());
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);
    ConnectionProfile a = profile(QStringLiteral("A"));
    a.setSection(ConnectionProfile::SavedMessagesSection, QJsonArray{QStringLiteral("m")});
    QVERIFY(store.saveProfile(a));
    QVERIFY(store.saveProfile(profile(QStringLiteral("B"))));
    QCOMPARE(changed.count(), 2);
    a.name = QStringLiteral("A2");
    QVERIFY(store.saveProfile(a)); // same id: replaced
    QCOMPARE(store.userProfiles().size(), 2);

    const QJsonObject root = QJsonDocument::fromJson(readAll(path())).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("mqttscope-profiles"));
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), ProfileStore::FormatVersion);
    QVERIFY(onlyOwnerCanRead(QFile::permissions(path())));

    ProfileStore again(path());
    QVERIFY(again.load());
    QCOMPARE(again.lastError(), QString());
    QCOMPARE(again.userProfiles().size(), 2);
    QVERIFY(again.userProfiles().at(0) == a);
    QVERIFY(again.removeProfile(a.id));
    ProfileStore third(path());
    QVERIFY(third.load());
    QCOMPARE(third.userProfiles().size(), 1);
    QCOMPARE(third.userProfiles().at(0).name, QStringLiteral("B"));
}

void TestProfileStore::previousVersionKeptAsBackup()
{
    ProfileStore store(path());
    QVERIFY(store.saveProfile(profile(QStringLiteral("first"))));
    const QByteArray firstVersion = readAll(path());
    QVERIFY(store.saveProfile(profile(QStringLiteral("second"))));
    QCOMPARE(readAll(store.backupFilePath()), firstVersion);
    QVERIFY(readAll(path()).contains("second"));
}

void TestProfileStore::damagedFileKeptAndBackupUsed()
{
    {
        ProfileStore store(path());
        QVERIFY(store.saveProfile(profile(QStringLiteral("kept"))));
        QVERIFY(store.saveProfile(profile(QStringLiteral("lost in the crash"))));
    }
    const QByteArray garbage = "{\"format\": \"mqttscope-profiles\", \"version\": 1, \"profiles\": [ {\"na";
    {
        QFile f(path());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(garbage);
    }
    ProfileStore store(path());
    QSignalSpy problems(&store, &ProfileStore::problem);
    QVERIFY(!store.load());
    QCOMPARE(problems.count(), 1);
    QVERIFY2(store.lastError().contains(QStringLiteral("damaged")), qPrintable(store.lastError()));
    QVERIFY2(store.lastError().contains(QStringLiteral("backup")), qPrintable(store.lastError()));
    // The damaged file is kept byte for byte under a new name.
    const QStringList aside = filesBeside().filter(QStringLiteral("profiles.json.corrupt-"));
    QCOMPARE(aside.size(), 1);
    QVERIFY(store.lastError().contains(aside.first()));
    QCOMPARE(readAll(m_dir->filePath(QStringLiteral("config/") + aside.first())), garbage);
    QCOMPARE(store.userProfiles().size(), 1);
    QCOMPARE(store.userProfiles().at(0).name, QStringLiteral("kept"));
    // Saving now writes a fresh file; the damaged one stays.
    QVERIFY(store.saveProfile(profile(QStringLiteral("new"))));
    QCOMPARE(readAll(m_dir->filePath(QStringLiteral("config/") + aside.first())), garbage);
}

void TestProfileStore::damagedFileWithoutBackup()
{
    QDir().mkpath(m_dir->filePath(QStringLiteral("config")));
    {
        QFile f(path());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not json at all");
    }
    ProfileStore store(path());
    QVERIFY(!store.load());
    QVERIFY(store.lastError().contains(QStringLiteral("no saved profiles")));
    QVERIFY(!store.hasUserProfiles());
    QCOMPARE(filesBeside().filter(QStringLiteral("corrupt-")).size(), 1);
    QVERIFY(!QFile::exists(path()));
}

void TestProfileStore::newerVersionKeptAside()
{
    QDir().mkpath(m_dir->filePath(QStringLiteral("config")));
    const QByteArray newer = R"({"format": "mqttscope-profiles", "version": 99, "profiles": [{"name": "future"}]})";
    {
        QFile f(path());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(newer);
    }
    ProfileStore store(path());
    QVERIFY(!store.load());
    QVERIFY2(store.lastError().contains(QStringLiteral("newer MqttScope")), qPrintable(store.lastError()));
    const QStringList aside = filesBeside().filter(QStringLiteral("profiles.json.newer-"));
    QCOMPARE(aside.size(), 1);
    QCOMPARE(readAll(m_dir->filePath(QStringLiteral("config/") + aside.first())), newer);
}

void TestProfileStore::damagedProfileNamed()
{
    QString error;
    const QByteArray data = R"({"format": "mqttscope-profiles", "version": 1, "profiles": [
        {"name": "good"}, {"name": "Plant", "connection": {"keepAlive": -1}}]})";
    QVERIFY(!ProfileStore::parse(data, &error));
    QVERIFY2(error.contains(QStringLiteral("profile 2 (\"Plant\")")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("connection.keepAlive")), qPrintable(error));
    QVERIFY(!ProfileStore::parse(R"({"profiles": []})", &error));
    QVERIFY(error.contains(QStringLiteral("not an MqttScope profile file")));
}

void TestProfileStore::unknownFieldsSurvive()
{
    QDir().mkpath(m_dir->filePath(QStringLiteral("config")));
    const QByteArray data = R"({"format": "mqttscope-profiles", "version": 1, "groups": ["g1"],
        "profiles": [{"id": "p1", "name": "x", "color": "#ff0000", "connection": {"url": "mqtt://h:1", "futureOption": 7}}]})";
    {
        QFile f(path());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }
    ProfileStore store(path());
    QVERIFY(store.load());
    ConnectionProfile p = *store.profile(QStringLiteral("p1"));
    p.name = QStringLiteral("y");
    QVERIFY(store.saveProfile(p));
    const QJsonObject root = QJsonDocument::fromJson(readAll(path())).object();
    QCOMPARE(root.value(QStringLiteral("groups")).toArray().first().toString(), QStringLiteral("g1"));
    const QJsonObject saved = root.value(QStringLiteral("profiles")).toArray().first().toObject();
    QCOMPARE(saved.value(QStringLiteral("name")).toString(), QStringLiteral("y"));
    QCOMPARE(saved.value(QStringLiteral("color")).toString(), QStringLiteral("#ff0000"));
    QCOMPARE(saved.value(QStringLiteral("connection")).toObject().value(QStringLiteral("futureOption")).toInt(), 7);
}

void TestProfileStore::examples()
{
    const QList<ConnectionProfile> examples = ProfileStore::examples();
    QSet<QString> ids;
    bool aws443 = false, aws8883 = false, emqxWs = false, mosquittoWs = false, localhost = false;
    for (const ConnectionProfile &p : examples) {
        QVERIFY(!ids.contains(p.id));
        ids.insert(p.id);
        QVERIFY(p.kind != ConnectionProfile::Kind::User);
        QVERIFY2(p.validate().isEmpty(), qPrintable(p.name + QStringLiteral(": ") + p.validate()));
        const Mqtt::ServerUrl &url = p.connection.url;
        if (url.host.endsWith(QStringLiteral("amazonaws.com"))) {
            QVERIFY(!p.connection.tls.certificateFile.isEmpty());
            QVERIFY(!p.connection.tls.keyFile.isEmpty());
            aws443 |= url.port == 443 && p.connection.tls.alpn == QStringList{QStringLiteral("x-amzn-mqtt-ca")};
            aws8883 |= url.port == 8883 && p.connection.tls.alpn.isEmpty();
        }
        emqxWs |= url.host == QStringLiteral("broker.emqx.io") && url.isWebSocket();
        mosquittoWs |= url.host == QStringLiteral("test.mosquitto.org") && url.isWebSocket();
        localhost |= url.toString() == QStringLiteral("mqtt://localhost:1883");
    }
    QVERIFY(aws443 && aws8883 && emqxWs && mosquittoWs && localhost);
    QCOMPARE(examples.first().kind, ConnectionProfile::Kind::LocalDemo);
    QCOMPARE(examples.first().id, ProfileStore::localDemoId());

    // Offered after the user's profiles, never written to the file; a saved copy replaces one.
    ProfileStore store(path());
    QVERIFY(store.saveProfile(profile(QStringLiteral("mine"))));
    QCOMPARE(store.profiles().size(), examples.size() + 1);
    QCOMPARE(store.profiles().first().name, QStringLiteral("mine"));
    QVERIFY(!readAll(path()).contains("broker.emqx.io"));
    ConnectionProfile edited = examples.at(1);
    edited.connection.options.keepAlive = 5;
    QVERIFY(store.saveProfile(edited));
    QCOMPARE(store.profiles().size(), examples.size() + 1);
}

void TestProfileStore::find()
{
    ProfileStore store(path());
    const ConnectionProfile a = profile(QStringLiteral("Plant"));
    QVERIFY(store.saveProfile(a));
    QVERIFY(store.saveProfile(profile(QStringLiteral("twin"))));
    QVERIFY(store.saveProfile(profile(QStringLiteral("twin"))));
    QCOMPARE(store.find(QStringLiteral("Plant"))->id, a.id);
    QCOMPARE(store.find(QStringLiteral("plant"))->id, a.id);
    QCOMPARE(store.find(a.id)->id, a.id);
    QCOMPARE(store.find(ProfileStore::localDemoId())->kind, ConnectionProfile::Kind::LocalDemo);
    QString error;
    QVERIFY(!store.find(QStringLiteral("twin"), &error));
    QVERIFY(error.contains(QStringLiteral("2 profiles")));
    QVERIFY(!store.find(QStringLiteral("nope"), &error));
    QVERIFY(error.contains(QStringLiteral("nope")));
}

void TestProfileStore::lastProfileUsed()
{
    ProfileStore::setLastProfileId(QStringLiteral("abc"));
    QCOMPARE(ProfileStore::lastProfileId(), QStringLiteral("abc"));
        // Test mode: ~/.qttest or XDG_CONFIG_HOME, never the user's own settings.
    const QString settingsFile = QSettings().fileName();
    QVERIFY2(settingsFile.contains(QStringLiteral(".qttest")) || settingsFile.startsWith(m_settingsDir.path()),
             qPrintable(settingsFile));
}

void TestProfileStore::noKeyringKeepsSecretsForThisRun()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "run through ctest (no D-Bus session)");
    SecretStore secrets(QStringLiteral("MqttScope-test"));
    ProfileStore store(path());
    store.setSecretStore(&secrets);
    QSignalSpy unavailable(&secrets, &SecretStore::keyringUnavailable);
    QSignalSpy written(&secrets, &SecretStore::secretsWritten);
    ConnectionProfile p = profile(QStringLiteral("secret"));
    p.connection.options.username = QStringLiteral("alice");
    p.connection.options.password = QByteArrayLiteral("pw-no-keyring-1");
    p.connection.proxy.password = QByteArrayLiteral("pw-no-keyring-2");
    QVERIFY(store.saveProfile(p));
    QVERIFY(written.wait());
    QVERIFY(!written.first().at(1).toString().isEmpty()); // "kept for this run only"
    QCOMPARE(unavailable.count(), 1);
    QCOMPARE(secrets.status(), SecretStore::Status::Unavailable);
    QVERIFY(!secrets.unavailableText().isEmpty());
    QVERIFY(!readAll(path()).contains("pw-no-keyring"));
    QVERIFY(!readAll(store.backupFilePath()).contains("pw-no-keyring"));

    // This run still has them; said once only.
    QVERIFY(store.saveProfile(p));
    QString error;
    const auto back = secrets.readBlocking(p.id, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->password, p.connection.options.password);
    QCOMPARE(back->proxyPassword, p.connection.proxy.password);
    QCOMPARE(unavailable.count(), 1);

    // requestProfile() answers from this run's memory.
    QSignalSpy ready(&store, &ProfileStore::profileReady);
    store.requestProfile(p.id);
    QVERIFY(ready.wait());
    QCOMPARE(ready.first().at(0).value<ConnectionProfile>().connection.options.password, p.connection.options.password);
    ready.clear();
    store.requestProfile(QStringLiteral("no-such-id"));
    QVERIFY(ready.wait());
    QVERIFY(!ready.first().at(1).toString().isEmpty());

    // The next run does not.
    SecretStore nextRun(QStringLiteral("MqttScope-test"));
    const auto none = nextRun.readBlocking(p.id, &error);
    QVERIFY(none);
    QVERIFY(none->isEmpty());
    QCOMPARE(nextRun.status(), SecretStore::Status::Unavailable);
}

void TestProfileStore::noKeyringMessageOnlyWhenItMatters()
{
    SecretStore secrets(QStringLiteral("MqttScope-test"));
    ProfileStore store(path());
    store.setSecretStore(&secrets);
    QSignalSpy unavailable(&secrets, &SecretStore::keyringUnavailable);
    QSignalSpy written(&secrets, &SecretStore::secretsWritten);
    QVERIFY(store.saveProfile(profile(QStringLiteral("no password"))));
    QVERIFY(written.wait());
    QCOMPARE(written.first().at(1).toString(), QString());
    QCOMPARE(unavailable.count(), 0);
    ConnectionProfile withPassword = profile(QStringLiteral("password"));
    withPassword.connection.options.password = QByteArrayLiteral("pw");
    QVERIFY(store.saveProfile(withPassword));
    QVERIFY(written.wait());
    QCOMPARE(unavailable.count(), 1);
}

void TestProfileStore::plainTextSecretsWhenAsked()
{
    SecretStore secrets(QStringLiteral("MqttScope-test"));
    ProfileStore store(path());
    store.setSecretStore(&secrets);
    ConnectionProfile p = profile(QStringLiteral("plain"));
    p.storeSecretsInFile = true;
    p.connection.options.password = QByteArrayLiteral("pw-in-file");
    QVERIFY(store.saveProfile(p));
    QVERIFY(readAll(path()).contains("pw-in-file"));
    ProfileStore again(path());
    QVERIFY(again.load());
    QCOMPARE(again.profile(p.id)->connection.options.password, p.connection.options.password);
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
