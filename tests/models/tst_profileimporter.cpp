// ProfileImporter and export: MqttScope's own export (secrets only when asked), MQTTX's
// connections export (array with a collection, and an old single-connection export), MQTT
// Explorer's settings.json (embedded certificates written out), and bad files refused with a
// reason while the store keeps what it had.
#include "profileimporter.h"
#include "profilestore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

static bool onlyOwnerCanRead(QFileDevice::Permissions permissions)
{
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    return (permissions & QFileDevice::ReadOwner) && !(permissions & others);
}

class TestProfileImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exportAndImport();
    void mqttxExport();
    void mqttxSingleOldExport();
    void mqttExplorerSettings();
    void badFiles_data();
    void badFiles();
    void importIntoStore();

private:
    static QString sample(const char *name)
    {
        return QString::fromUtf8(qgetenv("MQTTSCOPE_SOURCE_DIR")) + QStringLiteral("/tests/models/data/")
            + QLatin1String(name);
    }
    QTemporaryDir m_dir;
};

void TestProfileImporter::exportAndImport()
{
    ConnectionProfile p;
    p.name = QStringLiteral("exported");
    p.connection.options.username = QStringLiteral("u");
    p.connection.options.password = QByteArrayLiteral("export-pw");
    p.setSection(ConnectionProfile::DashboardsSection, QJsonObject{{QStringLiteral("d"), 1}});
    const QString path = m_dir.filePath(QStringLiteral("export.json"));
    QString error;
    QVERIFY2(ProfileStore::exportProfiles({p}, path, false, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("export-pw"));
    file.close();

    ProfileImporter::Result result = ProfileImporter::importFile(path);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.format, ProfileImporter::Format::MqttScope);
    QCOMPARE(result.profiles.size(), 1);
    QVERIFY(result.profiles.first().id != p.id); // never replaces the original
    QCOMPARE(result.profiles.first().name, p.name);
    QCOMPARE(result.profiles.first().section(ConnectionProfile::DashboardsSection).toObject(),
             p.section(ConnectionProfile::DashboardsSection).toObject());
    QVERIFY(!result.profiles.first().hasSecrets());

    QVERIFY(ProfileStore::exportProfiles({p}, path, true, &error));
    QVERIFY(onlyOwnerCanRead(QFile::permissions(path)));
    QVERIFY(ProfileStore::secretsIncludedWarning(path).contains(path));
    result = ProfileImporter::importFile(path);
    QVERIFY(result.ok);
    QCOMPARE(result.profiles.first().connection.options.password, p.connection.options.password);
}

void TestProfileImporter::mqttxExport()
{
    const ProfileImporter::Result result = ProfileImporter::importFile(sample("mqttx-connections.json"));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.format, ProfileImporter::Format::Mqttx);
    QCOMPARE(result.profiles.size(), 2);

    const ConnectionProfile &home = result.profiles.at(0);
    QCOMPARE(home.name, QStringLiteral("Home broker"));
    QCOMPARE(home.connection.url.toString(), QStringLiteral("mqtt://homeassistant@192.168.1.10:1883"));
    const Mqtt::ClientOptions &o = home.connection.options;
    QCOMPARE(o.version, Mqtt::ProtocolVersion::V5);
    QCOMPARE(o.clientId, QStringLiteral("mqttx_3f9a1c2d"));
    QCOMPARE(o.password, QByteArrayLiteral("ha-secret"));
    QCOMPARE(o.connectTimeoutMs, 10000);
    QCOMPARE(o.reconnectInitialDelayMs, 4000);
    QVERIFY(o.autoReconnect);
    QCOMPARE(o.sessionExpiry, 3600u);
    QCOMPARE(o.receiveMaximum, quint16(100));
    QCOMPARE(o.topicAliasMaximum, quint16(10));
    QVERIFY(o.requestResponseInformation);
    QCOMPARE(o.userProperties.size(), 3);
    QVERIFY(o.will);
    QCOMPARE(o.will->topic, QStringLiteral("home/mqttx/status"));
    QCOMPARE(o.will->payload, QByteArrayLiteral("offline"));
    QCOMPARE(o.will->qos, quint8(1));
    QVERIFY(o.will->retain);
    QCOMPARE(o.will->properties.willDelayInterval(), 5u);
    QCOMPARE(o.will->properties.payloadFormatIndicator(), 1u);
    QCOMPARE(o.will->properties.contentType(), QStringLiteral("text/plain"));
    QCOMPARE(home.subscriptions.size(), 1); // the disabled one is left out
    QCOMPARE(home.subscriptions.first().filter, QStringLiteral("home/#"));
    QCOMPARE(home.subscriptions.first().options.maximumQos, quint8(1));
    QVERIFY(home.subscriptions.first().options.retainAsPublished);
    QCOMPARE(home.subscriptions.first().identifier, 7u);

    const ConnectionProfile &cloud = result.profiles.at(1); // from inside the collection
    QCOMPARE(cloud.connection.url.toString(),
             QStringLiteral("wss://device-1@abc123.ala.us-east-1.emqxsl.com:8084/mqtt"));
    QCOMPARE(cloud.connection.options.version, Mqtt::ProtocolVersion::V311);
    QVERIFY(!cloud.connection.options.cleanStart);
    QVERIFY(!cloud.connection.options.autoReconnect);
    QCOMPARE(cloud.connection.tls.caFile, QStringLiteral("/home/user/certs/emqxsl-ca.crt"));
    QCOMPARE(cloud.connection.tls.certificateFile, QStringLiteral("/home/user/certs/client.crt"));
    QCOMPARE(cloud.connection.tls.keyFile, QStringLiteral("/home/user/certs/client.key"));
    QCOMPARE(cloud.connection.tls.alpn, (QStringList{QStringLiteral("mqtt"), QStringLiteral("x-amzn-mqtt-ca")}));
    QCOMPARE(cloud.subscriptions.size(), 1);
    QCOMPARE(cloud.subscriptions.first().filter, QStringLiteral("#"));
}

void TestProfileImporter::mqttxSingleOldExport()
{
    const ProfileImporter::Result result = ProfileImporter::importFile(sample("mqttx-single.json"));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.profiles.size(), 1);
    const ConnectionProfile &p = result.profiles.first();
    QCOMPARE(p.connection.url.toString(), QStringLiteral("mqtts://broker.example.com:8883"));
    QVERIFY(p.connection.tls.caFile.isEmpty()); // certType "server": the system's CAs
    QVERIFY(!p.connection.options.username);
    QVERIFY(!p.connection.options.password);
    QCOMPARE(p.connection.options.receiveMaximum, quint16(50));
    QCOMPARE(p.subscriptions.first().options.maximumQos, quint8(2));
    QCOMPARE(result.warnings.size(), 1); // MQTT 3.1
    QVERIFY(result.warnings.first().contains(QStringLiteral("3.1")));
}

void TestProfileImporter::mqttExplorerSettings()
{
    const QString certificates = m_dir.filePath(QStringLiteral("certificates"));
    const ProfileImporter::Result result = ProfileImporter::importFile(sample("mqtt-explorer-settings.json"), certificates);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.format, ProfileImporter::Format::MqttExplorer);
    QCOMPARE(result.profiles.size(), 3);
    QCOMPARE(result.profiles.at(0).name, QStringLiteral("mqtt.eclipseprojects.io"));
    QCOMPARE(result.profiles.at(0).connection.url.toString(), QStringLiteral("mqtt://mqtt.eclipseprojects.io:1883"));
    QCOMPARE(result.profiles.at(0).subscriptions.size(), 2);
    QCOMPARE(result.profiles.at(0).subscriptions.at(1).filter, QStringLiteral("$SYS/#"));

    const ConnectionProfile &ws = result.profiles.at(1);
    QCOMPARE(ws.connection.url.toString(), QStringLiteral("ws://broker.hivemq.com:8000/mqtt"));
    QCOMPARE(ws.connection.options.clientId, QStringLiteral("mqtt-explorer-ws"));

    const ConnectionProfile &factory = result.profiles.at(2);
    QCOMPARE(factory.connection.url.toString(), QStringLiteral("mqtts://plant7@mqtt.factory.example:8883"));
    QCOMPARE(factory.connection.options.password, QByteArrayLiteral("explorer-secret"));
    QVERIFY(factory.connection.tls.insecure);
    QCOMPARE(QFileInfo(factory.connection.tls.caFile).fileName(), QStringLiteral("factory-ca.crt"));
    QVERIFY(factory.connection.tls.caFile.startsWith(certificates));
    QFile key(factory.connection.tls.keyFile);
    QVERIFY(key.open(QIODevice::ReadOnly));
    QVERIFY(key.readAll().startsWith("-----BEGIN PRIVATE KEY-----"));
    QVERIFY(onlyOwnerCanRead(key.permissions()));
    QVERIFY(result.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("verification")));

    // Without a place for certificates: imported without them, and said so.
    const ProfileImporter::Result bare = ProfileImporter::importFile(sample("mqtt-explorer-settings.json"));
    QVERIFY(bare.ok);
    QVERIFY(bare.profiles.at(2).connection.tls.caFile.isEmpty());
    QVERIFY(bare.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("factory-ca.crt")));
}

void TestProfileImporter::badFiles_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not json") << QByteArray("<xml/>") << "not valid JSON";
    QTest::newRow("truncated") << QByteArray(R"([{"host": "a", "clientId": )") << "not valid JSON";
    QTest::newRow("other json") << QByteArray(R"({"hello": "world"})") << "not a file MqttScope can import";
    QTest::newRow("mqttx no host") << QByteArray(R"([{"name": "x", "clientId": "c", "host": ""}])") << "has no host";
    QTest::newRow("mqttx bad protocol") << QByteArray(R"([{"name": "x", "host": "h", "protocol": "coap"}])") << "coap";
    QTest::newRow("mqttx empty") << QByteArray("[]") << "no connections";
    QTest::newRow("explorer not object") << QByteArray(R"({"ConnectionManager_connections": []})") << "not an object";
    QTest::newRow("explorer empty") << QByteArray(R"({"ConnectionManager_connections": {}})") << "no MQTT connections";
    QTest::newRow("ours newer") << QByteArray(R"({"format": "mqttscope-profiles", "version": 9, "profiles": []})") << "newer MqttScope";
    QTest::newRow("ours damaged") << QByteArray(R"({"format": "mqttscope-profiles", "version": 1, "profiles": [{"connection": {"url": 5}}]})")
                                  << "connection.url";
}

void TestProfileImporter::badFiles()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, reason);
    const ProfileImporter::Result result = ProfileImporter::importData(data);
    QVERIFY(!result.ok);
    QVERIFY(result.profiles.isEmpty());
    QVERIFY2(result.error.contains(reason), qPrintable(result.error));
}

void TestProfileImporter::importIntoStore()
{
    const QString path = m_dir.filePath(QStringLiteral("store/profiles.json"));
    ProfileStore store(path);
    ConnectionProfile existing;
    existing.name = QStringLiteral("Home broker");
    QVERIFY(store.saveProfile(existing));
    QFile before(path);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray original = before.readAll();
    before.close();

    // A bad file changes nothing.
    const ProfileImporter::Result bad = ProfileImporter::importFile(m_dir.filePath(QStringLiteral("missing.json")));
    QVERIFY(!bad.ok);
    QVERIFY(bad.error.contains(QStringLiteral("missing.json")));
    QFile unchanged(path);
    QVERIFY(unchanged.open(QIODevice::ReadOnly));
    QCOMPARE(unchanged.readAll(), original);

    const ProfileImporter::Result result = ProfileImporter::importFile(sample("mqttx-connections.json"));
    QVERIFY(result.ok);
    bool saved = false;
    const QList<ConnectionProfile> added = store.addProfiles(result.profiles, &saved);
    QVERIFY(saved);
    QCOMPARE(added.size(), 2);
    QCOMPARE(added.first().name, QStringLiteral("Home broker (2)"));
    QCOMPARE(store.userProfiles().size(), 3);
    ProfileStore reloaded(path);
    QVERIFY(reloaded.load());
    QCOMPARE(reloaded.userProfiles().size(), 3);
}

QTEST_GUILESS_MAIN(TestProfileImporter)
#include "tst_profileimporter.moc"
