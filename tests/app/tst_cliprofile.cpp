// mqttscope-cli profile list / show / import / export, and sub / pub --profile against a real
// mosquitto with a password that only the keyring holds. Runs through
// tests/models/with-keyring.sh (a private D-Bus session with gnome-keyring) with its own
// XDG_CONFIG_HOME, so neither the user's profiles nor their keyring are touched.
#include "cliprogram.h"
#include "mosquittobroker.h"
#include "profilestore.h"
#include "secretstore.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestCliProfile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void listShowsExamples();
    void importMqttxAndShowWithoutSecrets();
    void importMqttExplorer();
    void importBadFileChangesNothing();
    void exportWithAndWithoutSecrets();
    void subAndPubWithProfile();
    void profileErrors();

private:
    static QString cli() { return QStringLiteral(MQTTSCOPE_CLI_PATH); }
    static QString sample(const char *name)
    {
        return QStringLiteral(MQTTSCOPE_SOURCE_DIR "/tests/models/data/") + QLatin1String(name);
    }
    QString profilesPath() const { return m_config->filePath(QStringLiteral("MqttScope/profiles.json")); }
    bool anyConfigFileContains(const QByteArray &needle) const;

    std::unique_ptr<QTemporaryDir> m_config;
};

void TestCliProfile::initTestCase()
{
    QVERIFY2(qgetenv("MQTTSCOPE_TEST_KEYRING") == "1", "run through ctest (tests/models/with-keyring.sh)");
}

void TestCliProfile::init()
{
    // A fresh config directory per test, for this process and the CLI it starts.
    m_config = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid());
    qputenv("XDG_CONFIG_HOME", m_config->path().toUtf8());
    QCOMPARE(ProfileStore::defaultFilePath(), profilesPath());
}

bool TestCliProfile::anyConfigFileContains(const QByteArray &needle) const
{
    QDirIterator it(m_config->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            return true;
    }
    return false;
}

void TestCliProfile::listShowsExamples()
{
    CliProgram list(cli(), {QStringLiteral("profile"), QStringLiteral("list")});
    QVERIFY2(list.waitForFinished() && list.exitCode() == 0, qPrintable(list.describe()));
    const QByteArray out = list.out();
    QVERIFY2(out.contains("Local demo"), out.constData());
    QVERIFY(out.contains("mqtt://broker.emqx.io:1883"));
    QVERIFY(out.contains("ws://test.mosquitto.org:8080/mqtt"));
    QVERIFY(out.contains("x-amzn") || out.contains(":443"));

    CliProgram json(cli(), {QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY(json.waitForFinished() && json.exitCode() == 0);
    const QJsonArray array = QJsonDocument::fromJson(json.out()).array();
    QVERIFY(!array.isEmpty());
    QCOMPARE(array.first().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("localDemo"));
}

void TestCliProfile::importMqttxAndShowWithoutSecrets()
{
    CliProgram import(cli(), {QStringLiteral("profile"), QStringLiteral("import"), sample("mqttx-connections.json")});
    QVERIFY2(import.waitForFinished() && import.exitCode() == 0, qPrintable(import.describe()));
    QVERIFY2(import.out().contains("Imported 2 profiles"), import.out().constData());
    QVERIFY(import.out().contains("MQTTX"));
    QVERIFY(import.out().contains("Home broker"));

    CliProgram list(cli(), {QStringLiteral("profile"), QStringLiteral("list")});
    QVERIFY(list.waitForFinished() && list.exitCode() == 0);
    QVERIFY(list.out().contains("Home broker"));
    QVERIFY(list.out().contains("EMQX Cloud (wss)"));

    CliProgram show(cli(), {QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("Home broker")});
    QVERIFY2(show.waitForFinished() && show.exitCode() == 0, qPrintable(show.describe()));
    const QJsonObject profile = QJsonDocument::fromJson(show.out()).object();
    QCOMPARE(profile.value(QStringLiteral("name")).toString(), QStringLiteral("Home broker"));
    QVERIFY(!show.out().contains("ha-secret"));
    QVERIFY(!show.err().contains("ha-secret"));

    // The password went to the keyring, not into any file.
    QVERIFY(!anyConfigFileContains("ha-secret"));
    ProfileStore store;
    QVERIFY(store.load());
    const auto home = store.find(QStringLiteral("Home broker"));
    QVERIFY(home);
    QString error;
    const auto secrets = SecretStore().readBlocking(home->id, &error);
    QVERIFY2(secrets, qPrintable(error));
    QCOMPARE(secrets->password, QByteArrayLiteral("ha-secret"));
}

void TestCliProfile::importMqttExplorer()
{
    CliProgram import(cli(), {QStringLiteral("profile"), QStringLiteral("import"), sample("mqtt-explorer-settings.json")});
    QVERIFY2(import.waitForFinished() && import.exitCode() == 0, qPrintable(import.describe()));
    QVERIFY(import.out().contains("Imported 3 profiles"));
    QVERIFY(import.out().contains("MQTT Explorer"));
    QVERIFY(import.err().contains("verification")); // a warning per thing not carried over as is
    ProfileStore store;
    QVERIFY(store.load());
    const auto factory = store.find(QStringLiteral("Factory (TLS, client certificate)"));
    QVERIFY(factory);
    QVERIFY(factory->connection.tls.caFile.startsWith(m_config->path()));
    QVERIFY(QFile::exists(factory->connection.tls.keyFile));
    QVERIFY(!anyConfigFileContains("explorer-secret"));
}

void TestCliProfile::importBadFileChangesNothing()
{
    CliProgram first(cli(), {QStringLiteral("profile"), QStringLiteral("import"), sample("mqttx-single.json")});
    QVERIFY(first.waitForFinished() && first.exitCode() == 0);
    QFile file(profilesPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    const QString bad = m_config->filePath(QStringLiteral("bad.json"));
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"ConnectionManager_connections\": {\"x\": ");
    }
    CliProgram import(cli(), {QStringLiteral("profile"), QStringLiteral("import"), bad});
    QVERIFY(import.waitForFinished());
    QCOMPARE(import.exitCode(), 1);
    QVERIFY2(import.err().contains("not valid JSON"), import.err().constData());
    QVERIFY(import.err().contains(bad.toUtf8()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void TestCliProfile::exportWithAndWithoutSecrets()
{
    CliProgram import(cli(), {QStringLiteral("profile"), QStringLiteral("import"), sample("mqttx-connections.json")});
    QVERIFY(import.waitForFinished() && import.exitCode() == 0);
    const QString out = m_config->filePath(QStringLiteral("export.json"));
    CliProgram plain(cli(), {QStringLiteral("profile"), QStringLiteral("export"), QStringLiteral("Home broker"),
                             QStringLiteral("EMQX Cloud (wss)"), QStringLiteral("-o"), out});
    QVERIFY2(plain.waitForFinished() && plain.exitCode() == 0, qPrintable(plain.describe()));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray data = file.readAll();
    file.close();
    QVERIFY(data.contains("Home broker"));
    QVERIFY(data.contains("EMQX Cloud"));
    QVERIFY(!data.contains("ha-secret"));
    QVERIFY(!data.contains("cloud-secret"));
    QVERIFY(plain.err().isEmpty());

    CliProgram secrets(cli(), {QStringLiteral("profile"), QStringLiteral("export"), QStringLiteral("Home broker"),
                               QStringLiteral("-o"), out, QStringLiteral("--include-secrets")});
    QVERIFY2(secrets.waitForFinished() && secrets.exitCode() == 0, qPrintable(secrets.describe()));
    QVERIFY(secrets.err().contains("plain text"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    data = file.readAll();
    QVERIFY(data.contains("ha-secret"));
    QVERIFY(!data.contains("EMQX Cloud"));

    // An export imports again (as new profiles).
    CliProgram again(cli(), {QStringLiteral("profile"), QStringLiteral("import"), out});
    QVERIFY(again.waitForFinished() && again.exitCode() == 0);
    QVERIFY(again.out().contains("Home broker (2)"));
}

void TestCliProfile::subAndPubWithProfile()
{
    MosquittoBroker broker;
    QString error;
    const QString passwords = broker.createPasswordFile({{QStringLiteral("alice"), QStringLiteral("keyring-only-pw")}}, &error);
    QVERIFY2(!passwords.isEmpty(), qPrintable(error));
    const quint16 port = broker.addListener({QStringLiteral("password_file %1").arg(passwords),
                                             QStringLiteral("allow_anonymous false")});
    QVERIFY2(broker.start(&error), qPrintable(error));

    // Saved as the GUI saves it: the file without the password, the keyring with it.
    ConnectionProfile p;
    p.name = QStringLiteral("Test broker");
    p.connection.url = *Mqtt::ServerUrl::parse(QStringLiteral("mqtt://127.0.0.1:%1").arg(port));
    p.connection.options.username = QStringLiteral("alice");
    p.connection.url.username = p.connection.options.username;
    p.connection.options.password = QByteArrayLiteral("keyring-only-pw");
    p.subscriptions = {ProfileSubscription::of(QStringLiteral("plant/#"), 1)};
    {
        SecretStore secrets;
        ProfileStore store;
        store.setSecretStore(&secrets);
        QSignalSpy written(&secrets, &SecretStore::secretsWritten);
        QVERIFY(store.saveProfile(p));
        QVERIFY(written.wait(60000));
        QCOMPARE(written.first().at(1).toString(), QString());
    }
    QVERIFY(!anyConfigFileContains("keyring-only-pw"));

    // sub without -t takes the profile's subscriptions.
    CliProgram sub(cli(), {QStringLiteral("sub"), QStringLiteral("--profile"), QStringLiteral("Test broker"),
                           QStringLiteral("-C"), QStringLiteral("1"), QStringLiteral("-v"), QStringLiteral("-d")});
    QVERIFY2(sub.waitForText("ubscribed"), qPrintable(sub.describe()));
    CliProgram pub(cli(), {QStringLiteral("pub"), QStringLiteral("--profile"), QStringLiteral("test broker"),
                           QStringLiteral("-t"), QStringLiteral("plant/7/temp"), QStringLiteral("-m"),
                           QStringLiteral("21.5"), QStringLiteral("-q"), QStringLiteral("1")});
    QVERIFY2(pub.waitForFinished() && pub.exitCode() == 0, qPrintable(pub.describe()));
    QVERIFY2(sub.waitForFinished() && sub.exitCode() == 0, qPrintable(sub.describe()));
    QCOMPARE(sub.out(), QByteArray("plant/7/temp 21.5\n"));

    // simulate takes the same --profile (password from the keyring).
    CliProgram simulate(cli(), {QStringLiteral("simulate"), QStringLiteral("--profile"), QStringLiteral("Test broker"),
                                QStringLiteral("-C"), QStringLiteral("5")});
    QVERIFY2(simulate.waitForFinished() && simulate.exitCode() == 0, qPrintable(simulate.describe()));
    QVERIFY2(simulate.err().contains("5 messages published"), qPrintable(simulate.describe()));
}

void TestCliProfile::profileErrors()
{
    CliProgram unknown(cli(), {QStringLiteral("sub"), QStringLiteral("--profile"), QStringLiteral("nope"),
                               QStringLiteral("-t"), QStringLiteral("#")});
    QVERIFY(unknown.waitForFinished());
    QCOMPARE(unknown.exitCode(), 2);
    QVERIFY2(unknown.err().contains("no profile named \"nope\""), unknown.err().constData());

    CliProgram mixed(cli(), {QStringLiteral("pub"), QStringLiteral("--profile"), QStringLiteral("Local broker (localhost:1883)"),
                             QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-t"), QStringLiteral("a"),
                             QStringLiteral("-m"), QStringLiteral("b")});
    QVERIFY(mixed.waitForFinished());
    QCOMPARE(mixed.exitCode(), 2);
    QVERIFY2(mixed.err().contains("-h"), mixed.err().constData());

    CliProgram demo(cli(), {QStringLiteral("sub"), QStringLiteral("--profile"), QStringLiteral("Local demo")});
    QVERIFY(demo.waitForFinished());
    QCOMPARE(demo.exitCode(), 2);
    QVERIFY(demo.err().contains("GUI"));

    CliProgram show(cli(), {QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("missing")});
    QVERIFY(show.waitForFinished());
    QCOMPARE(show.exitCode(), 1);
    CliProgram action(cli(), {QStringLiteral("profile"), QStringLiteral("rename")});
    QVERIFY(action.waitForFinished());
    QCOMPARE(action.exitCode(), 2);
    CliProgram noOutput(cli(), {QStringLiteral("profile"), QStringLiteral("export"), QStringLiteral("x")});
    QVERIFY(noOutput.waitForFinished());
    QCOMPARE(noOutput.exitCode(), 2);
    QVERIFY(noOutput.err().contains("-o"));
}

QTEST_GUILESS_MAIN(TestCliProfile)
#include "tst_cliprofile.moc"
