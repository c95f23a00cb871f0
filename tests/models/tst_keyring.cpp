// Profile secrets in a real keyring: gnome-keyring's Secret Service in a private D-Bus session
// (tests/models/with-keyring.sh starts both; ctest runs this test through it). A saved
// password is in the keyring, found by secret-tool and by a new store, and in no file under
// the config directory.
#include "profilestore.h"
#include "secretstore.h"

#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestKeyring : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void passwordGoesToTheKeyring();
    void asynchronousApi();
    void removingTheProfileRemovesItsSecrets();

private:
    QString secretTool(const QStringList &arguments) const;
    bool anyFileContains(const QString &dir, const QByteArray &needle) const;

    QTemporaryDir m_config;
    const QString m_service = QStringLiteral("MqttScope-test");
};

void TestKeyring::initTestCase()
{
    // Only inside with-keyring.sh: never against the user's own keyring.
    QVERIFY2(qgetenv("MQTTSCOPE_TEST_KEYRING") == "1", "run through ctest (tests/models/with-keyring.sh)");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty(),
             "secret-tool is missing (Debian package libsecret-tools)");
    QVERIFY(m_config.isValid());
}

QString TestKeyring::secretTool(const QStringList &arguments) const
{
    QProcess process;
    process.start(QStringLiteral("secret-tool"), arguments);
    if (!process.waitForFinished(60000))
        return QStringLiteral("secret-tool did not finish");
    // secret-tool prints attributes on stderr and the secret on stdout.
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

bool TestKeyring::anyFileContains(const QString &dir, const QByteArray &needle) const
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            return true;
    }
    return false;
}

void TestKeyring::passwordGoesToTheKeyring()
{
    const QString path = m_config.filePath(QStringLiteral("profiles.json"));
    ConnectionProfile p;
    p.name = QStringLiteral("TLS broker");
    p.connection.url = *Mqtt::ServerUrl::parse(QStringLiteral("mqtts://127.0.0.1:8883"));
    p.connection.options.username = QStringLiteral("alice");
    p.connection.options.password = QByteArrayLiteral("correct horse battery staple");
    p.connection.tls.keyPassphrase = QByteArrayLiteral("key-passphrase-42");
    {
        SecretStore secrets(m_service);
        ProfileStore store(path);
        store.setSecretStore(&secrets);
        QSignalSpy written(&secrets, &SecretStore::secretsWritten);
        QSignalSpy unavailable(&secrets, &SecretStore::keyringUnavailable);
        QVERIFY(store.saveProfile(p));
        QVERIFY(written.wait(60000));
        QCOMPARE(written.first().at(1).toString(), QString());
        QCOMPARE(unavailable.count(), 0);
        QCOMPARE(secrets.status(), SecretStore::Status::Available);
        QVERIFY(store.saveProfile(p)); // a backup exists now too
        QVERIFY(written.wait(60000));
    }
    QVERIFY(!anyFileContains(m_config.path(), "correct horse"));
    QVERIFY(!anyFileContains(m_config.path(), "key-passphrase-42"));
    QVERIFY(anyFileContains(m_config.path(), "alice"));

    const QString found = secretTool({QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                                      m_service, QStringLiteral("user"), p.id});
    QVERIFY2(found.contains(QStringLiteral("correct horse battery staple")), qPrintable(found));
    QVERIFY2(found.contains(QStringLiteral("key-passphrase-42")), qPrintable(found));

    // The next run: the file without secrets, the keyring with them.
    SecretStore secrets(m_service);
    ProfileStore store(path);
    store.setSecretStore(&secrets);
    QVERIFY(store.load());
    ConnectionProfile loaded = *store.profile(p.id);
    QVERIFY(!loaded.hasSecrets());
    QString error;
    const auto stored = secrets.readBlocking(p.id, &error);
    QVERIFY2(stored, qPrintable(error));
    stored->applyTo(&loaded);
    QVERIFY(loaded == p);

    // The GUI's way: asynchronous, the whole profile ready to connect.
    SecretStore guiSecrets(m_service);
    ProfileStore guiStore(path);
    guiStore.setSecretStore(&guiSecrets);
    QVERIFY(guiStore.load());
    QSignalSpy ready(&guiStore, &ProfileStore::profileReady);
    guiStore.requestProfile(p.id);
    QVERIFY(ready.wait(60000));
    QCOMPARE(ready.first().at(1).toString(), QString());
    QVERIFY(ready.first().at(0).value<ConnectionProfile>() == p);
}

void TestKeyring::asynchronousApi()
{
    SecretStore secrets(m_service);
    ProfileSecrets s;
    s.password = QByteArray(); // present and empty: MQTT 5 allows it
    s.proxyPassword = QByteArrayLiteral("proxy-pw");
    QSignalSpy written(&secrets, &SecretStore::secretsWritten);
    secrets.write(QStringLiteral("async-id"), s);
    QVERIFY(written.wait(60000));
    QCOMPARE(written.first().at(1).toString(), QString());

    SecretStore fresh(m_service);
    QSignalSpy read(&fresh, &SecretStore::secretsRead);
    fresh.read(QStringLiteral("async-id"));
    QVERIFY(read.wait(60000));
    QCOMPARE(read.first().at(0).toString(), QStringLiteral("async-id"));
    QCOMPARE(read.first().at(2).toString(), QString());
    const auto back = read.first().at(1).value<ProfileSecrets>();
    QVERIFY(back == s);
    QVERIFY(back.password.has_value());

    // Unknown id: empty, not an error.
    read.clear();
    fresh.read(QStringLiteral("no-such-profile"));
    QVERIFY(read.wait(60000));
    QCOMPARE(read.first().at(2).toString(), QString());
    QVERIFY(read.first().at(1).value<ProfileSecrets>().isEmpty());
}

void TestKeyring::removingTheProfileRemovesItsSecrets()
{
    const QString path = m_config.filePath(QStringLiteral("remove.json"));
    SecretStore secrets(m_service);
    ProfileStore store(path);
    store.setSecretStore(&secrets);
    ConnectionProfile p;
    p.name = QStringLiteral("gone");
    p.connection.options.password = QByteArrayLiteral("to-be-removed");
    QSignalSpy written(&secrets, &SecretStore::secretsWritten);
    QVERIFY(store.saveProfile(p));
    QVERIFY(written.wait(60000));
    QVERIFY(secretTool({QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), m_service,
                        QStringLiteral("user"), p.id})
                .contains(QStringLiteral("to-be-removed")));
    QVERIFY(store.removeProfile(p.id));
    QVERIFY(written.wait(60000));
    QVERIFY(!secretTool({QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), m_service,
                         QStringLiteral("user"), p.id})
                 .contains(QStringLiteral("to-be-removed")));
    // Plain text in the file instead: the keyring entry goes.
    p.storeSecretsInFile = true;
    QVERIFY(store.saveProfile(p));
    QVERIFY(written.wait(60000));
    QString error;
    const auto none = SecretStore(m_service).readBlocking(p.id, &error);
    QVERIFY2(none, qPrintable(error));
    QVERIFY(none->isEmpty());
}

QTEST_GUILESS_MAIN(TestKeyring)
#include "tst_keyring.moc"
