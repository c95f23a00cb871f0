// The connection dialog with real widgets (offscreen) against a real mosquitto: a TLS +
// password profile filled in through the widgets passes Test connection with the broker's
// CONNACK shown; wrong input shows its reason and blocks Connect; a Last Will set in the dialog
// is published when the connection is aborted; an unknown CA shows the presented certificate
// and pinning it connects; every field survives the dialog and the profile's JSON form.
#include "connectiondialog.h"
#include "connectiontest.h"
#include "profilestore.h"
#include "connectionpages/testresultpanel.h"
#include "connectionpages/tlspage.h"
#include "securebroker.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace Mqtt;

class tst_ConnectionDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void defaults();
    void tlsPasswordProfileTests();
    void invalidInputBlocksConnect();
    void fileProblems();
    void lastWillPublishedOnAbort();
    void unknownCaShowsCertificateAndPinningConnects();
    void everyFieldRoundTrips();
    void storeRoundTrip();
    void profileListActions();
    void connectKeyboardShortcut();
    void screenshots();

private:
    template<typename T>
    T *find(QWidget *root, const char *name)
    {
        T *widget = root->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no widget %s", name);
        return widget;
    }
    void typeInto(QLineEdit *edit, const QString &text)
    {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }
    void showPage(ConnectionDialog &dialog, const char *pageName)
    {
        dialog.pages()->setCurrentWidget(dialog.findChild<QWidget *>(QString::fromLatin1(pageName)));
    }
    // A label under a field saying what is wrong, visible and containing the fragment.
    bool showsProblem(QWidget *root, const QString &fragment) const;
    void fillTlsPasswordProfile(ConnectionDialog &dialog, quint16 port, const QString &caFile);
    ConnectionTestResult runTest(ConnectionDialog &dialog);
    ConnectionProfile everythingProfile() const;

    SecureBroker m_broker;
};

void tst_ConnectionDialog::initTestCase()
{
    QString error;
    if (!m_broker.start(&error))
        QFAIL(qPrintable(error));
}

bool tst_ConnectionDialog::showsProblem(QWidget *root, const QString &fragment) const
{
    const auto labels = root->findChildren<QLabel *>();
    return std::any_of(labels.cbegin(), labels.cend(), [&](const QLabel *label) {
        return label->isVisibleTo(root) && label->text().contains(fragment);
    });
}

void tst_ConnectionDialog::fillTlsPasswordProfile(ConnectionDialog &dialog, quint16 port, const QString &caFile)
{
    showPage(dialog, "generalPage");
    typeInto(find<QLineEdit>(&dialog, "name"), QStringLiteral("Secure broker"));
    typeInto(find<QLineEdit>(&dialog, "url"), QStringLiteral("mqtts://127.0.0.1:%1").arg(port));
    typeInto(find<QLineEdit>(&dialog, "clientId"), QStringLiteral("dialog-test"));
    showPage(dialog, "authenticationPage");
    typeInto(find<QLineEdit>(&dialog, "username"), SecureBroker::user());
    typeInto(find<QLineEdit>(&dialog, "password"), QString::fromLatin1(SecureBroker::password()));
    showPage(dialog, "tlsPage");
    QVERIFY(find<QCheckBox>(&dialog, "tlsEnabled")->isChecked()); // follows mqtts://
    find<QRadioButton>(&dialog, "trustCaFile")->click();
    typeInto(find<QLineEdit>(&dialog, "caFilePath"), caFile);
}

ConnectionTestResult tst_ConnectionDialog::runTest(ConnectionDialog &dialog)
{
    auto *test = dialog.findChild<ConnectionTest *>();
    QSignalSpy finished(test, &ConnectionTest::finished);
    if (!dialog.testButton()->isEnabled()) {
        qWarning() << "Test disabled:" << dialog.testButton()->toolTip();
        return {};
    }
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    if (!finished.wait(20000))
        return {};
    return finished.constFirst().constFirst().value<ConnectionTestResult>();
}

void tst_ConnectionDialog::defaults()
{
    ConnectionDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.sizeHint(), QSize(900, 640));
    QCOMPARE(dialog.profileList()->count(), 1);
    QCOMPARE(dialog.pages()->count(), 6);
    const ConnectionProfile profile = dialog.currentProfile();
    QCOMPARE(profile.connection.options.version, ProtocolVersion::V5);
    QCOMPARE(profile.subscriptions.size(), 1);
    QCOMPARE(profile.subscriptions.constFirst().filter, QStringLiteral("#"));
    showPage(dialog, "tlsPage");
    auto *verify = find<QCheckBox>(&dialog, "verifyCertificate");
    QVERIFY(verify->isChecked());
    QVERIFY(!find<QLabel>(&dialog, "insecureWarning")->isVisibleTo(&dialog));
    // Turning verification off (with TLS on) shows the red warning.
    find<QCheckBox>(&dialog, "tlsEnabled")->click();
    QVERIFY(find<QLineEdit>(&dialog, "url")->text().startsWith(QLatin1String("mqtts://")));
    verify->setChecked(false);
    QVERIFY(find<QLabel>(&dialog, "insecureWarning")->isVisibleTo(&dialog));
    QVERIFY(dialog.currentProfile().connection.tls.insecure);
}

void tst_ConnectionDialog::tlsPasswordProfileTests()
{
    ConnectionDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fillTlsPasswordProfile(dialog, m_broker.passwordTls, m_broker.certificates.caCertificate());
    QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join('\n')));
    QVERIFY(dialog.connectButton()->isEnabled());

    const ConnectionTestResult result = runTest(dialog);
    QVERIFY2(result.connected, qPrintable(result.error));
    QVERIFY2(dialog.testResult()->summaryText().contains(QLatin1String("Connected to mqtts://alice@127.0.0.1")),
             qPrintable(dialog.testResult()->summaryText()));
    QTreeWidget *details = dialog.testResult()->details();
    QVERIFY(details->isVisibleTo(&dialog));
    QStringList labels;
    for (int i = 0; i < details->topLevelItemCount(); ++i)
        labels << details->topLevelItem(i)->text(0);
    for (const char *label : {"CONNACK", "Maximum QoS", "Retain available", "Topic alias maximum", "Server keep alive",
                              "Shared subscriptions", "Wildcard subscriptions"}) {
        QVERIFY2(labels.contains(QLatin1String(label)), label);
    }
    // The password went to the broker, and is in the profile as typed.
    const ConnectionProfile profile = dialog.currentProfile();
    QCOMPARE(profile.connection.options.password.value_or(QByteArray()), SecureBroker::password());
    QCOMPARE(profile.connection.url.port, m_broker.passwordTls);
    QCOMPARE(profile.connection.tls.caFile, m_broker.certificates.caCertificate());

    // A wrong password: the refusal in words, no details.
    showPage(dialog, "authenticationPage");
    typeInto(find<QLineEdit>(&dialog, "password"), QStringLiteral("wrong"));
    const ConnectionTestResult refused = runTest(dialog);
    QVERIFY(!refused.connected);
    QVERIFY(!dialog.testResult()->details()->isVisibleTo(&dialog));
    QVERIFY(dialog.testResult()->summaryText().contains(QLatin1String("uthori")) ||
            dialog.testResult()->summaryText().contains(QLatin1String("password")));

    // Connect hands the profile over.
    QSignalSpy connectTo(&dialog, &ConnectionDialog::connectTo);
    QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
    QCOMPARE(connectTo.size(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.connectRequested());
    QCOMPARE(dialog.profiles().size(), 1);
    QCOMPARE(dialog.profiles().constFirst().name, QStringLiteral("Secure broker"));
}

void tst_ConnectionDialog::invalidInputBlocksConnect()
{
    ConnectionDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.connectButton()->isEnabled());

    // A bad port typed into the port field.
    auto *port = find<QLineEdit>(&dialog, "port");
    typeInto(port, QStringLiteral("99999"));
    QVERIFY(showsProblem(&dialog, QStringLiteral("The port must be a number from 1 to 65535")));
    QVERIFY(!dialog.connectButton()->isEnabled());
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY(!dialog.testButton()->isEnabled());
    QVERIFY2(dialog.connectButton()->toolTip().contains(QLatin1String("65535")), qPrintable(dialog.connectButton()->toolTip()));
    typeInto(port, QStringLiteral("1883"));
    QVERIFY(dialog.connectButton()->isEnabled());

    // A bad URL.
    auto *url = find<QLineEdit>(&dialog, "url");
    typeInto(url, QStringLiteral("mqqt://host"));
    QVERIFY(!dialog.connectButton()->isEnabled());
    QVERIFY(!dialog.problems().isEmpty());
    typeInto(url, QStringLiteral("mqtt://127.0.0.1:1883"));
    QVERIFY2(dialog.connectButton()->isEnabled(), qPrintable(dialog.problems().join('\n')));

    // A topic filter with '#' not last.
    showPage(dialog, "subscriptionsPage");
    QTableWidget *table = find<QTableWidget>(&dialog, "subscriptions");
    table->item(0, 0)->setText(QStringLiteral("home/#/temperature"));
    QVERIFY(showsProblem(&dialog, QStringLiteral("is not a valid topic filter")));
    QVERIFY(!dialog.connectButton()->isEnabled());
    QVERIFY(dialog.connectButton()->toolTip().contains(QLatin1String("home/#/temperature")));
    table->item(0, 0)->setText(QStringLiteral("home/+/temperature"));
    QVERIFY(dialog.connectButton()->isEnabled());

    // A Will topic with a wildcard.
    showPage(dialog, "last-willPage");
    find<QCheckBox>(&dialog, "willEnabled")->click();
    QVERIFY(!dialog.connectButton()->isEnabled()); // empty topic
    typeInto(find<QLineEdit>(&dialog, "willTopic"), QStringLiteral("status/#"));
    QVERIFY(showsProblem(&dialog, QStringLiteral("The will topic is not a valid topic name")));
    typeInto(find<QLineEdit>(&dialog, "willTopic"), QStringLiteral("status/me"));
    QVERIFY(dialog.connectButton()->isEnabled());
    // Hex that is not hex.
    find<QComboBox>(&dialog, "willPayloadFormat")->setCurrentIndex(1);
    find<QPlainTextEdit>(&dialog, "willPayload")->setPlainText(QStringLiteral("6f 6"));
    QVERIFY(showsProblem(&dialog, QStringLiteral("Hex bytes are pairs")));
    QVERIFY(!dialog.connectButton()->isEnabled());
    find<QPlainTextEdit>(&dialog, "willPayload")->setPlainText(QStringLiteral("6f 66"));
    QVERIFY(dialog.connectButton()->isEnabled());
    QCOMPARE(dialog.currentProfile().connection.options.will->payload, QByteArray("of"));

    // An empty name.
    showPage(dialog, "generalPage");
    typeInto(find<QLineEdit>(&dialog, "name"), QString());
    QVERIFY(showsProblem(&dialog, QStringLiteral("Give the profile a name")));
    QVERIFY(!dialog.connectButton()->isEnabled());
    // Ctrl+Enter does nothing while something is wrong.
    QSignalSpy connectTo(&dialog, &ConnectionDialog::connectTo);
    QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(connectTo.isEmpty());
    QVERIFY(dialog.isVisible());
}

void tst_ConnectionDialog::fileProblems()
{
    const Certificates &c = m_broker.certificates;
    ConnectionDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    showPage(dialog, "tlsPage");
    find<QCheckBox>(&dialog, "tlsEnabled")->click();
    find<QRadioButton>(&dialog, "trustCaFile")->click();
    QVERIFY(showsProblem(&dialog, QStringLiteral("Choose the CA file")));
    typeInto(find<QLineEdit>(&dialog, "caFilePath"), c.clientKey());
    QVERIFY(showsProblem(&dialog, QStringLiteral("holds a private key, not a certificate")));
    QVERIFY(!dialog.connectButton()->isEnabled());
    typeInto(find<QLineEdit>(&dialog, "caFilePath"), c.caCertificate());
    QVERIFY(dialog.connectButton()->isEnabled());

    find<QRadioButton>(&dialog, "clientPem")->click();
    typeInto(find<QLineEdit>(&dialog, "clientCertificatePath"), c.clientCertificate());
    typeInto(find<QLineEdit>(&dialog, "clientKeyPath"), c.serverKey());
    QVERIFY(showsProblem(&dialog, QStringLiteral("does not belong to the client certificate")));
    QVERIFY(!dialog.connectButton()->isEnabled());
    typeInto(find<QLineEdit>(&dialog, "clientKeyPath"), c.clientKeyEncrypted());
    QVERIFY(showsProblem(&dialog, QStringLiteral("is encrypted: give its passphrase")));
    typeInto(find<QLineEdit>(&dialog, "keyPassphrase"), QStringLiteral("wrong"));
    QVERIFY(showsProblem(&dialog, QStringLiteral("Wrong passphrase")));
    typeInto(find<QLineEdit>(&dialog, "keyPassphrase"), QString::fromLatin1(Certificates::clientKeyPassphrase()));
    QVERIFY2(dialog.connectButton()->isEnabled(), qPrintable(dialog.problems().join('\n')));

    find<QRadioButton>(&dialog, "clientPkcs12")->click();
    typeInto(find<QLineEdit>(&dialog, "pkcs12Path"), c.clientPkcs12());
    typeInto(find<QLineEdit>(&dialog, "pkcs12Password"), QStringLiteral("wrong"));
    QVERIFY(showsProblem(&dialog, QStringLiteral("wrong password")));
    QVERIFY(!dialog.connectButton()->isEnabled());
    typeInto(find<QLineEdit>(&dialog, "pkcs12Password"), QString::fromLatin1(Certificates::pkcs12Password()));
    QVERIFY(dialog.connectButton()->isEnabled());
    const TlsOptions tls = dialog.currentProfile().connection.tls;
    QCOMPARE(tls.pkcs12File, c.clientPkcs12());
    QVERIFY(tls.certificateFile.isEmpty()); // only the chosen kind of client certificate is kept

    // Turning TLS off forgets nothing on screen but asks for nothing either.
    find<QCheckBox>(&dialog, "tlsEnabled")->click();
    QVERIFY(find<QLineEdit>(&dialog, "url")->text().startsWith(QLatin1String("mqtt://")));
    QVERIFY(!dialog.currentProfile().connection.tls.hasSettings());
}

void tst_ConnectionDialog::lastWillPublishedOnAbort()
{
    ConnectionDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    typeInto(find<QLineEdit>(&dialog, "url"), QStringLiteral("mqtt://127.0.0.1:%1").arg(m_broker.plain));
    showPage(dialog, "last-willPage");
    find<QCheckBox>(&dialog, "willEnabled")->click();
    typeInto(find<QLineEdit>(&dialog, "willTopic"), QStringLiteral("dialog/will"));
    QTest::keyClicks(find<QPlainTextEdit>(&dialog, "willPayload"), QStringLiteral("gone"));
    find<QComboBox>(&dialog, "willQos")->setCurrentIndex(1);
    typeInto(find<QLineEdit>(&dialog, "willContentType"), QStringLiteral("text/plain"));
    QSignalSpy connectTo(&dialog, &ConnectionDialog::connectTo);
    QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
    QCOMPARE(connectTo.size(), 1);
    const ConnectionProfile profile = connectTo.constFirst().constFirst().value<ConnectionProfile>();

    Client watcher;
    QString error;
    ConnectionSettings watcherSettings = profile.connection;
    watcherSettings.options.will.reset();
    watcherSettings.options.clientId = QStringLiteral("will-watcher");
    QVERIFY(watcherSettings.configure(&watcher, &error));
    QSignalSpy watcherConnected(&watcher, &Client::connected);
    QSignalSpy subscribed(&watcher, &Client::subscribed);
    QSignalSpy messages(&watcher, &Client::messageReceived);
    watcher.connectToHost();
    QVERIFY(watcherConnected.wait(15000));
    watcher.subscribe(QStringLiteral("dialog/will"), 1);
    QVERIFY(subscribed.wait(15000));

    Client client;
    QVERIFY2(profile.connection.configure(&client, &error), qPrintable(error));
    QSignalSpy connected(&client, &Client::connected);
    client.connectToHost();
    QVERIFY(connected.wait(15000));
    client.abortConnection();
    QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 1, 15000);
    const Message will = messages.constFirst().constFirst().value<Message>();
    QCOMPARE(will.topic(), QStringLiteral("dialog/will"));
    QCOMPARE(will.payload(), QByteArray("gone"));
    QCOMPARE(will.properties().contentType().value_or(QString()), QStringLiteral("text/plain"));
    watcher.disconnectFromHost();
}

void tst_ConnectionDialog::unknownCaShowsCertificateAndPinningConnects()
{
    ConnectionDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    typeInto(find<QLineEdit>(&dialog, "url"), QStringLiteral("mqtts://127.0.0.1:%1").arg(m_broker.tls));
    showPage(dialog, "tlsPage");
    find<QRadioButton>(&dialog, "trustCaFile")->click();
    typeInto(find<QLineEdit>(&dialog, "caFilePath"), m_broker.certificates.otherCaCertificate());

    const ConnectionTestResult failed = runTest(dialog);
    QVERIFY(!failed.connected);
    QVERIFY2(dialog.testResult()->summaryText().contains(QLatin1String("not trusted")),
             qPrintable(dialog.testResult()->summaryText()));
    auto *showCertificate = find<QPushButton>(&dialog, "showPresentedCertificate");
    QVERIFY(showCertificate->isVisibleTo(&dialog));
    showPage(dialog, "generalPage");
    QTest::mouseClick(showCertificate, Qt::LeftButton);
    QCOMPARE(dialog.pages()->currentWidget()->objectName(), QStringLiteral("tlsPage"));
    auto *presented = find<QLabel>(&dialog, "presentedCertificate");
    QVERIFY(presented->isVisibleTo(&dialog));
    QVERIFY2(presented->text().contains(QLatin1String("CN=localhost")) && presented->text().contains(QLatin1String("DNS:localhost"))
                 && presented->text().contains(failed.rejectedCertificate.sha256Fingerprint),
             qPrintable(presented->text()));
    auto *trust = find<QPushButton>(&dialog, "trustCertificate");
    QVERIFY(trust->isVisibleTo(&dialog));
    QTest::mouseClick(trust, Qt::LeftButton);
    QVERIFY(!trust->isVisibleTo(&dialog));
    QCOMPARE(find<QListWidget>(&dialog, "pinnedCertificates")->count(), 1);
    const ConnectionProfile profile = dialog.currentProfile();
    QCOMPARE(profile.pinnedCertificates.size(), 1);
    QCOMPARE(TlsOptions::normalizeFingerprint(profile.pinnedCertificates.constFirst()),
             TlsOptions::normalizeFingerprint(failed.rejectedCertificate.sha256Fingerprint));
    QCOMPARE(profile.connection.tls.pinnedFingerprints, profile.pinnedCertificates);

    const ConnectionTestResult pinned = runTest(dialog);
    QVERIFY2(pinned.connected, qPrintable(pinned.error));

    // The pin is for that certificate only: the self-signed listener still fails.
    typeInto(find<QLineEdit>(&dialog, "url"), QStringLiteral("mqtts://127.0.0.1:%1").arg(m_broker.selfSigned));
    const ConnectionTestResult other = runTest(dialog);
    QVERIFY(!other.connected);
    QVERIFY(!other.rejectedCertificate.isNull());
}

ConnectionProfile tst_ConnectionDialog::everythingProfile() const
{
    ConnectionProfile p;
    p.name = QStringLiteral("Everything");
    p.connection.url = *ServerUrl::parse(QStringLiteral("wss://broker.example:8443/ws/mqtt"));
    ClientOptions &o = p.connection.options;
    o.host = QStringLiteral("broker.example");
    o.port = 8443;
    o.version = ProtocolVersion::V5;
    o.protocolVersionFallback = true; // the version box's "MQTT 5.0, else 3.1.1"
    o.autoTopicAliases = true;
    o.clientId = QStringLiteral("client-1");
    o.keepAlive = 42;
    o.cleanStart = false;
    o.sessionExpiry = 3600;
    o.autoReconnect = false;
    o.connectTimeoutMs = 7000;
    o.username = QStringLiteral("bob");
    o.password = QByteArrayLiteral("secret");
    p.connection.url.username = o.username;
    Will will;
    will.topic = QStringLiteral("status/client-1");
    will.payload = QByteArray::fromHex("00ff10");
    will.qos = 2;
    will.retain = true;
    will.properties.setValue(PropertyId::WillDelayInterval, 30u);
    will.properties.setValue(PropertyId::MessageExpiryInterval, 600u);
    will.properties.setValue(PropertyId::ContentType, QStringLiteral("application/octet-stream"));
    will.properties.setValue(PropertyId::ResponseTopic, QStringLiteral("reply/here"));
    will.properties.setValue(PropertyId::CorrelationData, QByteArrayLiteral("corr-1"));
    will.properties.setUserProperties({{QStringLiteral("a"), QStringLiteral("1")}, {QStringLiteral("a"), QStringLiteral("2")}});
    o.will = will;
    o.receiveMaximum = 100;
    o.maximumPacketSize = 1 << 20;
    o.topicAliasMaximum = 16;
    o.requestProblemInformation = false;
    o.requestResponseInformation = true;
    o.userProperties = {{QStringLiteral("app"), QStringLiteral("mqttscope")}};
    TlsOptions &t = p.connection.tls;
    t.caFile = m_broker.certificates.caCertificate();
    t.certificateFile = m_broker.certificates.clientCertificate();
    t.keyFile = m_broker.certificates.clientKeyEncrypted();
    t.keyPassphrase = Certificates::clientKeyPassphrase();
    t.minimumVersion = QSsl::TlsV1_3OrLater;
    t.serverName = QStringLiteral("sni.example");
    t.alpn = {QStringLiteral("x-amzn-mqtt-ca"), QStringLiteral("mqtt")};
    t.insecure = false;
    p.pinnedCertificates = {QStringLiteral("ab").repeated(32)};
    t.pinnedFingerprints = p.pinnedCertificates;
    p.connection.proxy.mode = ProxySettings::Mode::Manual;
    p.connection.proxy.type = ProxySettings::Type::Http;
    p.connection.proxy.host = QStringLiteral("proxy.example");
    p.connection.proxy.port = 3128;
    p.connection.proxy.username = QStringLiteral("pu");
    p.connection.proxy.password = QByteArrayLiteral("pp");
    p.storeSecretsInFile = true;
    ProfileSubscription a = ProfileSubscription::of(QStringLiteral("home/#"), 1);
    a.options.noLocal = true;
    a.options.retainAsPublished = true;
    a.options.retainHandling = 2;
    a.identifier = 7;
    p.subscriptions = {a, ProfileSubscription::of(QStringLiteral("$SYS/#"), 0)};

    return p;
}

void tst_ConnectionDialog::everyFieldRoundTrips()
{
    // A profile with every field away from its default goes through the widgets and the JSON form unchanged.
    const ConnectionProfile p = everythingProfile();
    ConnectionDialog dialog;
    dialog.setProfiles({p}, p.id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join('\n')));
    const ConnectionProfile edited = dialog.currentProfile();
    QCOMPARE(edited.connection.url, p.connection.url);
    QCOMPARE(edited.connection.options.will, p.connection.options.will);
    QCOMPARE(edited.connection.tls.alpn, p.connection.tls.alpn);
    QCOMPARE(edited.connection.proxy, p.connection.proxy);
    QCOMPARE(edited.subscriptions, p.subscriptions);
    QVERIFY(edited == p);

    // Save: the dialog's copy comes back, and the JSON form (with secrets) keeps every field.
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.connectRequested());
    const ConnectionProfile saved = dialog.profiles().constFirst();
    QString error;
    const auto reloaded = ConnectionProfile::fromJson(saved.toJson(ConnectionProfile::Secrets::Include), &error);
    QVERIFY2(reloaded, qPrintable(error));
    QVERIFY(*reloaded == p);
}

void tst_ConnectionDialog::storeRoundTrip()
{
    // Every field through the dialog into the profile file and back (secrets in the file here:
    // the keyring is tests/models/tst_profilestore's business).
    QTemporaryDir files;
    const QString path = files.filePath(QStringLiteral("profiles.json"));
    ConnectionProfile p = everythingProfile();
    p.storeSecretsInFile = true;
    {
        ProfileStore store(path);
        QVERIFY(store.load());
        ConnectionDialog dialog;
        dialog.setStore(&store);
        dialog.addProfiles({p});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join('\n')));
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY2(dialog.applyToStore(), qPrintable(store.lastError()));
    }
    ProfileStore reloaded(path);
    QVERIFY2(reloaded.load(), qPrintable(reloaded.lastError()));
    const auto back = reloaded.profile(p.id);
    QVERIFY(back.has_value());
    QVERIFY(*back == p);
    QCOMPARE(back->connection.options.password, p.connection.options.password);
    QCOMPARE(back->connection.tls.pinnedFingerprints, p.pinnedCertificates);
}

void tst_ConnectionDialog::profileListActions()
{
    ConnectionProfile first;
    first.name = QStringLiteral("First");
    ConnectionProfile second;
    second.name = QStringLiteral("Second");
    ConnectionDialog dialog;
    dialog.setProfiles({first, second}, second.id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.profileList()->currentRow(), 1);
    QCOMPARE(find<QLineEdit>(&dialog, "name")->text(), QStringLiteral("Second"));

    // Edits are kept when switching profiles.
    typeInto(find<QLineEdit>(&dialog, "clientId"), QStringLiteral("second-id"));
    dialog.profileList()->setCurrentRow(0);
    QCOMPARE(find<QLineEdit>(&dialog, "name")->text(), QStringLiteral("First"));
    dialog.profileList()->setCurrentRow(1);
    QCOMPARE(find<QLineEdit>(&dialog, "clientId")->text(), QStringLiteral("second-id"));

    QTest::mouseClick(find<QToolButton>(&dialog, "duplicateProfile"), Qt::LeftButton);
    QCOMPARE(dialog.profileList()->count(), 3);
    QCOMPARE(find<QLineEdit>(&dialog, "name")->text(), QStringLiteral("Second copy"));
    QVERIFY(dialog.currentProfile().id != second.id);
    QCOMPARE(dialog.currentProfile().connection.options.clientId, QStringLiteral("second-id"));

    QTest::mouseClick(find<QToolButton>(&dialog, "newProfile"), Qt::LeftButton);
    QCOMPARE(dialog.profileList()->count(), 4);
    QCOMPARE(dialog.profileList()->currentItem()->text(), QStringLiteral("New profile"));

    // Renaming in the list renames the profile.
    dialog.profileList()->currentItem()->setText(QStringLiteral("Renamed"));
    QCOMPARE(find<QLineEdit>(&dialog, "name")->text(), QStringLiteral("Renamed"));
    // And typing a name renames the list entry.
    typeInto(find<QLineEdit>(&dialog, "name"), QStringLiteral("Typed"));
    QCOMPARE(dialog.profileList()->currentItem()->text(), QStringLiteral("Typed"));

    // A problem in a profile not shown still blocks Save, naming the profile.
    typeInto(find<QLineEdit>(&dialog, "port"), QStringLiteral("0"));
    dialog.profileList()->setCurrentRow(0);
    QVERIFY(!dialog.saveButton()->isEnabled());
    QVERIFY2(dialog.saveButton()->toolTip().contains(QLatin1String("Typed: ")), qPrintable(dialog.saveButton()->toolTip()));
    dialog.profileList()->setCurrentRow(3);
    QTest::mouseClick(find<QToolButton>(&dialog, "deleteProfile"), Qt::LeftButton);
    QCOMPARE(dialog.profileList()->count(), 3);
    QVERIFY(dialog.saveButton()->isEnabled());
    QCOMPARE(dialog.removedProfileIds().size(), 1);

    // Export the selected profile and import it again: a copy under a new name.
    QTemporaryDir files;
    const QString exported = files.filePath(QStringLiteral("first.json"));
    dialog.profileList()->setCurrentRow(0);
    QVERIFY(dialog.exportSelected(exported, false));
    QVERIFY2(dialog.listStatus().contains(QLatin1String("without secrets")), qPrintable(dialog.listStatus()));
    QVERIFY(dialog.importFile(exported));
    QVERIFY2(dialog.listStatus().contains(QLatin1String("Imported 1 profile")), qPrintable(dialog.listStatus()));
    QCOMPARE(dialog.profileList()->count(), 4);
    QCOMPARE(dialog.profileList()->currentItem()->text(), QStringLiteral("First (2)"));
    QVERIFY(!dialog.importFile(files.filePath(QStringLiteral("missing.json"))));
    QVERIFY(!dialog.listStatus().isEmpty());

    // Cancel keeps nothing (the caller ignores profiles() after reject).
    dialog.reject();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void tst_ConnectionDialog::connectKeyboardShortcut()
{
    ConnectionDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy connectTo(&dialog, &ConnectionDialog::connectTo);
    QTest::keyClick(find<QLineEdit>(&dialog, "name"), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(connectTo.size(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void tst_ConnectionDialog::screenshots()
{
    // With MQTTSCOPE_SCREENSHOT_DIR set, writes a PNG of every page in English and Chinese
    // (for the README and for looking at the layout); otherwise only renders them.
    const QString directory = qEnvironmentVariable("MQTTSCOPE_SCREENSHOT_DIR");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        QTranslator translator;
        if (language != QLatin1String("en")) {
            QVERIFY(translator.load(QStringLiteral(":/i18n/mqttscope_%1.qm").arg(language)));
            QCoreApplication::installTranslator(&translator);
        }
        ConnectionProfile profile;
        profile.name = QStringLiteral("Secure broker");
        profile.connection.url = *ServerUrl::parse(QStringLiteral("mqtts://127.0.0.1:%1").arg(m_broker.tls));
        profile.connection.tls.caFile = m_broker.certificates.otherCaCertificate();
        profile.connection.options.will = Will{QStringLiteral("status/mqttscope"), QByteArrayLiteral("offline"), 1, true, {}};
        ConnectionDialog dialog;
        ConnectionProfile local;
        local.name = QStringLiteral("localhost");
        dialog.setProfiles({profile, local}, profile.id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const ConnectionTestResult failed = runTest(dialog);
        QVERIFY(!failed.connected);
        for (int i = 0; i < dialog.pages()->count(); ++i) {
            dialog.pages()->setCurrentIndex(i);
            const QPixmap picture = dialog.grab();
            QVERIFY(!picture.isNull());
            if (!directory.isEmpty()) {
                QDir().mkpath(directory);
                QVERIFY(picture.save(QStringLiteral("%1/connectiondialog-%2-%3.png")
                                         .arg(directory, language, dialog.pages()->widget(i)->objectName())));
            }
        }
        QCoreApplication::removeTranslator(&translator);
    }
}

QTEST_MAIN(tst_ConnectionDialog)
#include "tst_connectiondialog.moc"
