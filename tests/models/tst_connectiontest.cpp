// ConnectionTest ("Test connection") against mosquitto: what the broker answered in CONNACK for
// MQTT 3.1.1 and 5.0, failures in words, the presented certificate on a TLS verification
// failure, and that a test never publishes the profile's Last Will.
#include "connectiontest.h"
#include "securebroker.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Mqtt;

class tst_ConnectionTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void connectsAndReports_data();
    void connectsAndReports();
    void passwordOverTls();
    void refusedCredentials();
    void unknownCaShowsCertificate();
    void badTlsFileFailsAtOnce();
    void cancelAndRestart();

private:
    ConnectionSettings settings(const QString &url) const;
    ConnectionTestResult run(const ConnectionSettings &settings);

    SecureBroker m_broker;
};

void tst_ConnectionTest::initTestCase()
{
    QString error;
    if (!m_broker.start(&error))
        QFAIL(qPrintable(error));
}

ConnectionSettings tst_ConnectionTest::settings(const QString &url) const
{
    ConnectionSettings s;
    s.url = *ServerUrl::parse(url);
    return s;
}

ConnectionTestResult tst_ConnectionTest::run(const ConnectionSettings &settings)
{
    ConnectionTest test;
    QSignalSpy finished(&test, &ConnectionTest::finished);
    QSignalSpy running(&test, &ConnectionTest::runningChanged);
    test.start(settings);
    if (!finished.wait(20000) || finished.size() != 1)
        return {};
    if (test.isRunning())
        qWarning("still running after finished()");
    return finished.constFirst().constFirst().value<ConnectionTestResult>();
}

void tst_ConnectionTest::connectsAndReports_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::newRow("3.1.1") << ProtocolVersion::V311;
    QTest::newRow("5.0") << ProtocolVersion::V5;
}

void tst_ConnectionTest::connectsAndReports()
{
    QFETCH(ProtocolVersion, version);
    ConnectionSettings s = settings(QStringLiteral("mqtt://127.0.0.1:%1").arg(m_broker.plain));
    s.options.version = version;
    s.options.clientId = QString(); // the broker assigns one (MQTT 5) / we generate one
    // The Will must not fire: a watcher subscribes to its topic.
    s.options.will = Will{QStringLiteral("test/will"), QByteArrayLiteral("gone"), 1, false, {}};

    Client watcher;
    ConnectionSettings ws = settings(QStringLiteral("mqtt://127.0.0.1:%1").arg(m_broker.plain));
    QString error;
    QVERIFY(ws.configure(&watcher, &error));
    QSignalSpy watcherConnected(&watcher, &Client::connected);
    QSignalSpy subscribed(&watcher, &Client::subscribed);
    QSignalSpy messages(&watcher, &Client::messageReceived);
    watcher.connectToHost();
    QVERIFY(watcherConnected.wait(15000));
    watcher.subscribe(QStringLiteral("test/will"), 1);
    QVERIFY(subscribed.wait(15000));

    const ConnectionTestResult result = run(s);
    QVERIFY2(result.connected, qPrintable(result.error));
    QVERIFY(result.error.isEmpty());
    QVERIFY(result.rejectedCertificate.isNull());
    QVERIFY2(result.summary().contains(QLatin1String("Connected to mqtt://127.0.0.1")), qPrintable(result.summary()));
    QVERIFY(!result.clientId.isEmpty());
    const auto rows = result.details();
    QStringList labels;
    for (const auto &row : rows)
        labels << row.first;
    QVERIFY(labels.contains(QLatin1String("CONNACK")));
    if (version == ProtocolVersion::V5) {
        // mosquitto 2 announces no maximum QoS below 2, and a topic alias maximum of 10.
        for (const char *label : {"Maximum QoS", "Retain available", "Topic alias maximum", "Server keep alive",
                                  "Shared subscriptions", "Wildcard subscriptions", "Receive maximum", "Maximum packet size"}) {
            QVERIFY2(labels.contains(QLatin1String(label)), label);
        }
        // An empty client id: the broker assigns one (MQTT 5 §3.2.2.3.7) and the test says so.
        QVERIFY(labels.contains(QLatin1String("Assigned client id")));
        QCOMPARE(result.connack.topicAliasMaximum().value_or(0), 10u);
    } else {
        QVERIFY(!labels.contains(QLatin1String("Maximum QoS")));
    }
    // Give a Will that would be published a chance to arrive, through a round trip of our own.
    QSignalSpy published(&watcher, &Client::published);
    watcher.publish(QStringLiteral("test/marker"), "x", 1);
    QVERIFY(published.wait(15000));
    QVERIFY(messages.isEmpty());
    watcher.disconnectFromHost();
}

void tst_ConnectionTest::passwordOverTls()
{
    ConnectionSettings s = settings(QStringLiteral("mqtts://127.0.0.1:%1").arg(m_broker.passwordTls));
    s.tls.caFile = m_broker.certificates.caCertificate();
    s.options.username = SecureBroker::user();
    s.options.password = SecureBroker::password();
    s.options.clientId = QStringLiteral("connection-test");
    const ConnectionTestResult result = run(s);
    QVERIFY2(result.connected, qPrintable(result.error));
    QCOMPARE(result.clientId, QStringLiteral("connection-test"));
}

void tst_ConnectionTest::refusedCredentials()
{
    ConnectionSettings s = settings(QStringLiteral("mqtts://127.0.0.1:%1").arg(m_broker.passwordTls));
    s.tls.caFile = m_broker.certificates.caCertificate();
    s.options.username = SecureBroker::user();
    s.options.password = QByteArrayLiteral("wrong");
    const ConnectionTestResult result = run(s);
    QVERIFY(!result.connected);
    QVERIFY2(result.summary().contains(QLatin1String("Not authorized")) || result.summary().contains(QLatin1String("password")),
             qPrintable(result.summary()));
    QVERIFY(result.details().isEmpty());
}

void tst_ConnectionTest::unknownCaShowsCertificate()
{
    ConnectionSettings s = settings(QStringLiteral("mqtts://127.0.0.1:%1").arg(m_broker.tls));
    s.tls.caFile = m_broker.certificates.otherCaCertificate();
    ConnectionTestResult result = run(s);
    QVERIFY(!result.connected);
    QVERIFY2(result.error.contains(QLatin1String("not trusted")), qPrintable(result.error));
    QCOMPARE(result.rejectedCertificate.subject, QStringLiteral("CN=localhost"));

    s.tls.pinnedFingerprints = {result.rejectedCertificate.sha256Fingerprint};
    result = run(s);
    QVERIFY2(result.connected, qPrintable(result.error));
    QVERIFY(result.rejectedCertificate.isNull());
}

void tst_ConnectionTest::badTlsFileFailsAtOnce()
{
    ConnectionSettings s = settings(QStringLiteral("mqtts://127.0.0.1:%1").arg(m_broker.tls));
    s.tls.caFile = m_broker.certificates.clientKey();
    const ConnectionTestResult result = run(s);
    QVERIFY(!result.connected);
    QVERIFY2(result.error.contains(QLatin1String("private key, not a certificate")), qPrintable(result.error));
}

void tst_ConnectionTest::cancelAndRestart()
{
    ConnectionTest test;
    QSignalSpy finished(&test, &ConnectionTest::finished);
    test.start(settings(QStringLiteral("mqtt://127.0.0.1:%1").arg(m_broker.plain)));
    QVERIFY(test.isRunning());
    test.cancel();
    QVERIFY(!test.isRunning());
    test.start(settings(QStringLiteral("mqtt://127.0.0.1:%1").arg(m_broker.plain)));
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(test.result().connected);
}

QTEST_GUILESS_MAIN(tst_ConnectionTest)
#include "tst_connectiontest.moc"
