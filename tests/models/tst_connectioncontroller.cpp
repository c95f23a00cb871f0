// ConnectionController: connecting the session with a saved profile (secrets from the secret
// store first), by URL, and with the Local demo; sections of the current profile saved without
// touching its secrets. Runs without a D-Bus session: the secret store keeps secrets in memory
// for the run (tst_keyring covers the real keyring).
#include "brokersession.h"
#include "connectioncontroller.h"
#include "localdemo.h"
#include "mosquittobroker.h"
#include "profilestore.h"
#include "secretstore.h"
#include "topictreemodel.h"

#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestConnectionController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void connectWithPasswordFromSecretStore();
    void unknownProfileIsAProblem();
    void sectionsSavedWithoutTouchingSecrets();
    void startupProfile();
    void demoShowsTopicsAndLeavesNoProcess();
    void startDemoDirectly();

private:
    QTemporaryDir m_dir;
};

void TestConnectionController::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", m_dir.path().toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MqttScopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_connectioncontroller"));
}

void TestConnectionController::connectWithPasswordFromSecretStore()
{
    MosquittoBroker broker;
    QString error;
    const QString passwords = broker.createPasswordFile({{QStringLiteral("alice"), QStringLiteral("s3cret")}}, &error);
    QVERIFY2(!passwords.isEmpty(), qPrintable(error));
    const quint16 port = broker.addListener({QStringLiteral("password_file %1").arg(passwords),
                                             QStringLiteral("allow_anonymous false")});
    QVERIFY2(broker.start(&error), qPrintable(error));

    SecretStore secrets(QStringLiteral("MqttScopeTest"));
    ProfileStore store(m_dir.filePath(QStringLiteral("a/profiles.json")));
    store.setSecretStore(&secrets);
    ConnectionProfile profile;
    profile.name = QStringLiteral("Password broker");
    profile.connection.url.host = QStringLiteral("127.0.0.1");
    profile.connection.url.port = port;
    profile.connection.options.username = QStringLiteral("alice");
    profile.connection.options.password = QByteArrayLiteral("s3cret");
    QVERIFY(store.saveProfile(profile));
    QFile file(store.filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("s3cret")); // the password is not in the file

    BrokerSession session;
    ConnectionController controller(&session, &store);
    QSignalSpy connecting(&controller, &ConnectionController::connecting);
    QVERIFY(controller.connectProfile(QStringLiteral("Password broker")));
    QCOMPARE(connecting.count(), 1);
    QCOMPARE(controller.currentName(), QStringLiteral("Password broker"));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), BrokerSession::State::Connected, 10000);
    QCOMPARE(ProfileStore::lastProfileId(), profile.id);
    QVERIFY(controller.currentProfile());
    QCOMPARE(controller.currentProfile()->connection.options.password, std::optional<QByteArray>("s3cret"));
}

void TestConnectionController::unknownProfileIsAProblem()
{
    ProfileStore store(m_dir.filePath(QStringLiteral("b/profiles.json")));
    BrokerSession session;
    ConnectionController controller(&session, &store);
    QSignalSpy problem(&controller, &ConnectionController::problem);
    QVERIFY(!controller.connectProfile(QStringLiteral("No such broker")));
    QCOMPARE(problem.count(), 1);
    QVERIFY(!problem.first().first().toString().isEmpty());
    QCOMPARE(session.state(), BrokerSession::State::Disconnected);
}

void TestConnectionController::sectionsSavedWithoutTouchingSecrets()
{
    MosquittoBroker broker;
    QString error;
    QVERIFY2(broker.start(&error), qPrintable(error));
    SecretStore secrets(QStringLiteral("MqttScopeTest"));
    const QString path = m_dir.filePath(QStringLiteral("c/profiles.json"));
    {
        ProfileStore store(path);
        store.setSecretStore(&secrets);
        ConnectionProfile profile;
        profile.name = QStringLiteral("Sections");
        profile.connection.url.host = QStringLiteral("127.0.0.1");
        profile.connection.url.port = broker.port();
        profile.connection.options.username = QStringLiteral("bob");
        profile.connection.options.password = QByteArrayLiteral("kept");
        QVERIFY(store.saveProfile(profile));

        BrokerSession session;
        ConnectionController controller(&session, &store);
        QVERIFY(!controller.setSection(QStringLiteral("dashboards"), QJsonArray{1})); // nothing current yet
        QVERIFY(controller.connectProfile(QStringLiteral("Sections")));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), BrokerSession::State::Connected, 10000);
        QVERIFY(controller.setSection(QStringLiteral("dashboards"), QJsonArray{1, 2, 3}));
        QCOMPARE(controller.section(QStringLiteral("dashboards")), QJsonValue(QJsonArray{1, 2, 3}));
    }
    // Reloaded: the section is there, and the password is still in the secret store.
    ProfileStore reloaded(path);
    reloaded.setSecretStore(&secrets);
    QVERIFY(reloaded.load());
    const std::optional<ConnectionProfile> p = reloaded.find(QStringLiteral("Sections"));
    QVERIFY(p);
    QCOMPARE(p->section(QStringLiteral("dashboards")), QJsonValue(QJsonArray{1, 2, 3}));
    const std::optional<ProfileSecrets> stored = secrets.readBlocking(p->id);
    QVERIFY(stored);
    QCOMPARE(stored->password, std::optional<QByteArray>("kept"));
}

void TestConnectionController::startupProfile()
{
    ProfileStore store(m_dir.filePath(QStringLiteral("d/profiles.json")));
    BrokerSession session;
    ConnectionController controller(&session, &store);
    // First launch: no profile of the user's yet -> the Local demo.
    QCOMPARE(controller.startupProfileId(), ProfileStore::localDemoId());
    ConnectionProfile mine;
    mine.name = QStringLiteral("Mine");
    QVERIFY(store.saveProfile(mine));
    ProfileStore::setLastProfileId(mine.id);
    QCOMPARE(controller.startupProfileId(), mine.id);
    ProfileStore::setLastProfileId(QStringLiteral("gone"));
    QCOMPARE(controller.startupProfileId(), QString());
}

void TestConnectionController::demoShowsTopicsAndLeavesNoProcess()
{
    ProfileStore store(m_dir.filePath(QStringLiteral("e/profiles.json")));
    qint64 brokerPid = 0;
    {
        BrokerSession session;
        ConnectionController controller(&session, &store);
        QSignalSpy problem(&controller, &ConnectionController::problem);
        QVERIFY(controller.connectProfile(ProfileStore::localDemoId()));
        QVERIFY(controller.demo());
        // Live topics within 5 seconds of starting.
        QTRY_VERIFY2_WITH_TIMEOUT(session.pipeline()->topicTree()->nodeCount() > 5,
                                  qPrintable(problem.isEmpty() ? QStringLiteral("no topics") : problem.first().first().toString()),
                                  5000);
        QCOMPARE(session.state(), BrokerSession::State::Connected);
        brokerPid = controller.demo()->broker()->processId();
        QVERIFY(brokerPid > 0);
    }
    // Gone with the controller: no mosquitto left behind.
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(QStringLiteral("/proc/%1").arg(brokerPid)), 5000);
}

// --demo starts the demo without going through the profile list; then another connection
// replaces it and its broker goes.
void TestConnectionController::startDemoDirectly()
{
    ProfileStore store(m_dir.filePath(QStringLiteral("f/profiles.json")));
    BrokerSession session;
    ConnectionController controller(&session, &store);
    controller.startDemo();
    QTRY_VERIFY_WITH_TIMEOUT(session.pipeline()->topicTree()->nodeCount() > 5, 5000);
    QVERIFY(controller.currentProfile());
    QCOMPARE(controller.currentProfile()->kind, ConnectionProfile::Kind::LocalDemo);
    QVERIFY(controller.demo());
    const qint64 pid = controller.demo()->broker()->processId();

    MosquittoBroker broker;
    QString error;
    QVERIFY2(broker.start(&error), qPrintable(error));
    Mqtt::ClientOptions options;
    options.host = broker.host();
    options.port = broker.port();
    controller.connectSettings(QStringLiteral("other"), ConnectionSettings::plain(options), {});
    QVERIFY(!controller.demo());
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), BrokerSession::State::Connected, 10000);
    QCOMPARE(session.settings().url.port, broker.port());
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(QStringLiteral("/proc/%1").arg(pid)), 5000);
}

QTEST_MAIN(TestConnectionController)
#include "tst_connectioncontroller.moc"
