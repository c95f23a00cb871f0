// mqttscope-cli end to end: the built executable against a real mosquitto, and against
// clients we did not write (python3-paho-mqtt) for interoperability.
#include "cliprogram.h"
#include "mosquittobroker.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <tuple>

namespace {

const QString python = QStringLiteral("/usr/bin/python3");

QList<QJsonObject> jsonLines(const QByteArray &text)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : text.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return {};
        objects.append(doc.object());
    }
    return objects;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void help();
    void badArguments_data();
    void badArguments();
    void usageTranslated();
    void invalidTopics_data();
    void invalidTopics();

    void roundTripVerbose_data() { versions(); }
    void roundTripVerbose();
    void roundTripJson_data() { versions(); }
    void roundTripJson();
    void binaryPayloadAsBase64();
    void countExitsAfterCount_data() { versions(); }
    void countExitsAfterCount();
    void retainedAndNullMessage_data() { versions(); }
    void retainedAndNullMessage();
    void persistentSession_data() { versions(); }
    void persistentSession();
    void willOnAbnormalEnd_data() { versions(); }
    void willOnAbnormalEnd();
    void timeoutWithoutMessages();

    void credentials_data() { versions(); }
    void credentials();
    void refusedCredentials_data() { versions(); }
    void refusedCredentials();
    void unreachablePort_data() { versions(); }
    void unreachablePort();
    void brokenBrokerGarbage();
    void brokenBrokerCloses();

    void pahoPublisherToCliSub_data() { versions(); }
    void pahoPublisherToCliSub();
    void cliPubToPahoSub_data() { versions(); }
    void cliPubToPahoSub();

private:
    static void versions();
    QStringList brokerArgs(quint16 port = 0) const;
    QStringList versionArgs() const;
    // Starts `mqttscope-cli sub ... -d` and waits until the broker granted the subscription,
    // so what is published next cannot be missed.
    std::unique_ptr<CliProgram> startSubscriber(const QStringList &arguments);
    std::unique_ptr<CliProgram> runCli(const QStringList &arguments, const QByteArray &input = {});
    void checkPaho();

    QString m_cli;
    std::unique_ptr<MosquittoBroker> m_broker;
    quint16 m_authPort = 0;
    QString m_notSubscribed; // why startSubscriber() returned null
};

void TestCli::versions()
{
    QTest::addColumn<QString>("version");
    QTest::newRow("3.1.1") << QStringLiteral("3.1.1");
    QTest::newRow("5") << QStringLiteral("5");
}

void TestCli::initTestCase()
{
    m_cli = QStringLiteral(MQTTSCOPE_CLI_PATH);
    QVERIFY2(QFile::exists(m_cli), qPrintable(QStringLiteral("mqttscope-cli not built at %1").arg(m_cli)));
}

void TestCli::init()
{
    m_broker = std::make_unique<MosquittoBroker>();
    QString error;
    const QString passwords = m_broker->createPasswordFile({{QStringLiteral("alice"), QStringLiteral("secret")}}, &error);
    QVERIFY2(!passwords.isEmpty(), qPrintable(error));
    m_authPort = m_broker->addListener({QStringLiteral("password_file %1").arg(passwords), QStringLiteral("allow_anonymous false")});
    if (!m_broker->start(&error))
        QFAIL(qPrintable(QStringLiteral("cannot start mosquitto: %1").arg(error)));
}

void TestCli::cleanup()
{
    m_broker.reset();
}

QStringList TestCli::brokerArgs(quint16 port) const
{
    return {QStringLiteral("-h"), m_broker->host(), QStringLiteral("-p"), QString::number(port ? port : m_broker->port())};
}

QStringList TestCli::versionArgs() const
{
    const QString version = QTest::currentDataTag() ? QString::fromLatin1(QTest::currentDataTag()) : QStringLiteral("5");
    return {QStringLiteral("-V"), version == QLatin1String("3.1.1") ? version : QStringLiteral("5")};
}

std::unique_ptr<CliProgram> TestCli::runCli(const QStringList &arguments, const QByteArray &input)
{
    auto program = std::make_unique<CliProgram>(m_cli, arguments, input);
    program->waitForFinished();
    return program;
}

std::unique_ptr<CliProgram> TestCli::startSubscriber(const QStringList &arguments)
{
    auto sub = std::make_unique<CliProgram>(m_cli, QStringList{QStringLiteral("sub"), QStringLiteral("-d")} + arguments);
    if (!sub->waitForText("Subscribed to")) {
        m_notSubscribed = QStringLiteral("the subscriber did not subscribe: %1").arg(sub->describe());
        return nullptr;
    }
    return sub;
}

void TestCli::help()
{
    auto top = runCli(QStringList{QStringLiteral("--help")});
    QCOMPARE(top->exitCode(), 0);
    QVERIFY(top->out().contains("sub"));
    QVERIFY(top->out().contains("pub"));
    for (const QString &command : {QStringLiteral("sub"), QStringLiteral("pub")}) {
        auto p = runCli(QStringList{command, QStringLiteral("--help")});
        QCOMPARE(p->exitCode(), 0);
        QVERIFY(p->out().contains("--topic"));
        QVERIFY(p->out().contains("--host"));
    }
    auto version = runCli(QStringList{QStringLiteral("--version")});
    QCOMPARE(version->exitCode(), 0);
    QVERIFY(version->out().startsWith("mqttscope-cli "));
}

void TestCli::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    auto row = [](const char *name, const QString &args) { QTest::newRow(name) << args.split(QLatin1Char(' '), Qt::SkipEmptyParts); };
    row("no command", QString());
    row("unknown command", QStringLiteral("frobnicate"));
    row("sub without topic", QStringLiteral("sub -p 1883"));
    row("sub bad qos", QStringLiteral("sub -t a -q 3"));
    row("sub unknown option", QStringLiteral("sub -t a --bogus"));
    row("sub port zero", QStringLiteral("sub -t a -p 0"));
    row("sub port text", QStringLiteral("sub -t a -p abc"));
    row("sub port too big", QStringLiteral("sub -t a -p 70000"));
    row("sub bad version", QStringLiteral("sub -t a -V 4.0"));
    row("sub count zero", QStringLiteral("sub -t a -C 0"));
    row("sub missing value", QStringLiteral("sub -t"));
    row("sub v5 option on 3.1.1", QStringLiteral("sub -t a -V 3.1.1 --no-local"));
    row("sub -c without id", QStringLiteral("sub -t a -c"));
    row("sub stray argument", QStringLiteral("sub -t a extra"));
    row("pub without message", QStringLiteral("pub -t a"));
    row("pub two sources", QStringLiteral("pub -t a -m x -n"));
    row("pub without topic", QStringLiteral("pub -m x"));
    row("pub property on 3.1.1", QStringLiteral("pub -t a -m x -V 3.1.1 --content-type text/plain"));
    row("pub bad user property", QStringLiteral("pub -t a -m x --user-property novalue"));
    row("pub bad will qos", QStringLiteral("pub -t a -m x --will-topic w --will-qos 7"));
    row("pub will payload without topic", QStringLiteral("pub -t a -m x --will-payload p"));
    row("pub password without user 3.1.1", QStringLiteral("pub -t a -m x -V 3.1.1 -P pw"));
}

void TestCli::badArguments()
{
    QFETCH(QStringList, arguments);
    auto p = runCli(arguments);
    QVERIFY2(p->exitCode() == 2, qPrintable(p->describe()));
    QVERIFY(!p->err().trimmed().isEmpty());
    QVERIFY(p->out().isEmpty());
}

// Topic names and filters (MQTT §4.7) are checked before connecting: a bad one is a bad
// command line (exit code 2), and the message says what is wrong with it.
void TestCli::invalidTopics_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    auto row = [](const char *name, const QString &args, const QString &message) {
        QTest::newRow(name) << args.split(QLatin1Char(' '), Qt::SkipEmptyParts) << message;
    };
    row("sub # not last", QStringLiteral("sub -t a -t a/#/b"), QStringLiteral("invalid topic filter 'a/#/b': "));
    row("sub + inside a level", QStringLiteral("sub -t a+/b"), QStringLiteral("invalid topic filter 'a+/b': "));
    row("sub shared subscription without filter", QStringLiteral("sub -t $share/group"),
        QStringLiteral("invalid topic filter '$share/group': "));
    row("pub wildcard topic", QStringLiteral("pub -t a/+ -m x"), QStringLiteral("invalid topic 'a/+': "));
    row("pub wildcard response topic", QStringLiteral("pub -t a -m x --response-topic reply/#"),
        QStringLiteral("invalid response topic 'reply/#': "));
    row("sub wildcard will topic", QStringLiteral("sub -t a --will-topic w/+"), QStringLiteral("invalid Will topic 'w/+': "));
    row("pub empty will topic", QStringLiteral("pub -t a -m x --will-topic="), QStringLiteral("invalid Will topic '': "));
}

void TestCli::invalidTopics()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    auto p = runCli(arguments);
    QVERIFY2(p->exitCode() == 2, qPrintable(p->describe()));
    const QString err = QString::fromUtf8(p->err());
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("§4.")), qPrintable(err)); // the reason cites the specification
    QVERIFY(p->out().isEmpty());
}

void TestCli::usageTranslated()
{
    CliProgram p(m_cli, {QStringLiteral("sub")}, {}, QStringLiteral("zh_CN.UTF-8"));
    QVERIFY(p.waitForFinished());
    QCOMPARE(p.exitCode(), 2);
    // "give at least one topic filter with -t" in Chinese.
    QVERIFY2(QString::fromUtf8(p.err()).contains(QStringLiteral("主题")), p.err().constData());
}

void TestCli::roundTripVerbose()
{
    auto sub = startSubscriber(brokerArgs() + versionArgs()
                               + QStringList{QStringLiteral("-v"), QStringLiteral("-q"), QStringLiteral("1"),
                                             QStringLiteral("-C"), QStringLiteral("3"), QStringLiteral("-t"),
                                             QStringLiteral("cli/#")});
    QVERIFY2(sub, qPrintable(m_notSubscribed));
    // The third topic is not ASCII (sub copies ASCII topics byte by byte, others as UTF-8).
    for (const auto &[topic, qos, text] : {std::tuple{"cli/a", "1", "hello"}, std::tuple{"cli/b/c", "2", "wide world"},
                                           std::tuple{"cli/客厅/温度", "1", "22.5"}}) {
        auto pub = runCli(QStringList{QStringLiteral("pub")} + brokerArgs() + versionArgs()
                          + QStringList{QStringLiteral("-t"), QString::fromUtf8(topic), QStringLiteral("-q"),
                                        QLatin1String(qos), QStringLiteral("-m"), QLatin1String(text)});
        QVERIFY2(pub->exitCode() == 0, qPrintable(pub->describe()));
    }
    QVERIFY(sub->waitForFinished());
    QVERIFY2(sub->exitCode() == 0, qPrintable(sub->describe()));
    QCOMPARE(sub->out(), QByteArray("cli/a hello\ncli/b/c wide world\ncli/客厅/温度 22.5\n"));
}

void TestCli::roundTripJson()
{
    const bool v5 = versionArgs().constLast() == QLatin1String("5");
    auto sub = startSubscriber(brokerArgs() + versionArgs()
                               + QStringList{QStringLiteral("--json"), QStringLiteral("-q"), QStringLiteral("2"),
                                             QStringLiteral("-C"), QStringLiteral("1"), QStringLiteral("-t"),
                                             QStringLiteral("json/+/temp")});
    QVERIFY2(sub, qPrintable(m_notSubscribed));
    QStringList pubArgs = {QStringLiteral("pub"), QStringLiteral("-t"), QStringLiteral("json/kitchen/temp"),
                           QStringLiteral("-q"), QStringLiteral("1"), QStringLiteral("-m"),
                           QStringLiteral("{\"celsius\": 21.5, \"note\": \"grüß\"}")};
    if (v5) {
        pubArgs << QStringLiteral("--user-property") << QStringLiteral("unit=C") << QStringLiteral("--user-property")
                << QStringLiteral("unit=again") << QStringLiteral("--user-property") << QStringLiteral("source=a=b")
                << QStringLiteral("--content-type") << QStringLiteral("application/json")
                << QStringLiteral("--response-topic") << QStringLiteral("json/reply") << QStringLiteral("--correlation-data")
                << QStringLiteral("req-42") << QStringLiteral("--message-expiry") << QStringLiteral("3600")
                << QStringLiteral("--payload-format") << QStringLiteral("1");
    }
    auto pub = runCli(pubArgs + brokerArgs() + versionArgs());
    QVERIFY2(pub->exitCode() == 0, qPrintable(pub->describe()));
    QVERIFY(sub->waitForFinished());
    QVERIFY2(sub->exitCode() == 0, qPrintable(sub->describe()));

    const QList<QJsonObject> lines = jsonLines(sub->out());
    QCOMPARE(lines.size(), 1);
    const QJsonObject o = lines.constFirst();
    QCOMPARE(o.value(QLatin1String("topic")).toString(), QStringLiteral("json/kitchen/temp"));
    QCOMPARE(o.value(QLatin1String("qos")).toInt(), 1);
    QCOMPARE(o.value(QLatin1String("retain")).toBool(true), false);
    QCOMPARE(o.value(QLatin1String("payload_base64")).toBool(true), false);
    QCOMPARE(o.value(QLatin1String("payload")).toString(), QStringLiteral("{\"celsius\": 21.5, \"note\": \"grüß\"}"));
    if (!v5) {
        QVERIFY(!o.contains(QLatin1String("user_properties")));
        QVERIFY(!o.contains(QLatin1String("content_type")));
        return;
    }
    const QJsonArray expectedUser = {QJsonArray{QStringLiteral("unit"), QStringLiteral("C")},
                                     QJsonArray{QStringLiteral("unit"), QStringLiteral("again")},
                                     QJsonArray{QStringLiteral("source"), QStringLiteral("a=b")}};
    QCOMPARE(o.value(QLatin1String("user_properties")).toArray(), expectedUser);
    QCOMPARE(o.value(QLatin1String("content_type")).toString(), QStringLiteral("application/json"));
    QCOMPARE(o.value(QLatin1String("response_topic")).toString(), QStringLiteral("json/reply"));
    QCOMPARE(QByteArray::fromBase64(o.value(QLatin1String("correlation_data")).toString().toLatin1()), QByteArray("req-42"));
    QCOMPARE(o.value(QLatin1String("payload_format")).toInt(), 1);
    // The broker forwards the remaining lifetime: at most what was sent.
    const int expiry = o.value(QLatin1String("message_expiry")).toInt(-1);
    QVERIFY2(expiry > 0 && expiry <= 3600, qPrintable(QString::number(expiry)));
}

void TestCli::binaryPayloadAsBase64()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray bytes("\xff\x00\xfe binary\x80", 12);
    QFile file(dir.filePath(QStringLiteral("payload.bin")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();

    auto sub = startSubscriber(brokerArgs()
                               + QStringList{QStringLiteral("--json"), QStringLiteral("-C"), QStringLiteral("1"),
                                             QStringLiteral("-t"), QStringLiteral("bin/#"), QStringLiteral("--subscription-id"),
                                             QStringLiteral("7")});
    QVERIFY2(sub, qPrintable(m_notSubscribed));
    auto pub = runCli(QStringList{QStringLiteral("pub"), QStringLiteral("-t"), QStringLiteral("bin/x"), QStringLiteral("-f"),
                       file.fileName()} + brokerArgs());
    QVERIFY2(pub->exitCode() == 0, qPrintable(pub->describe()));
    QVERIFY(sub->waitForFinished());
    const QList<QJsonObject> lines = jsonLines(sub->out());
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.constFirst().value(QLatin1String("payload_base64")).toBool(), true);
    QCOMPARE(QByteArray::fromBase64(lines.constFirst().value(QLatin1String("payload")).toString().toLatin1()), bytes);
    QCOMPARE(lines.constFirst().value(QLatin1String("subscription_identifiers")).toArray(), QJsonArray{7});

    auto missing = runCli(QStringList{QStringLiteral("pub"), QStringLiteral("-t"), QStringLiteral("bin/x"), QStringLiteral("-f"),
                           dir.filePath(QStringLiteral("nope"))} + brokerArgs());
    QCOMPARE(missing->exitCode(), 1);
    QVERIFY(missing->err().contains("nope"));
}

void TestCli::countExitsAfterCount()
{
    const QStringList common = brokerArgs() + versionArgs()
        + QStringList{QStringLiteral("-q"), QStringLiteral("1"), QStringLiteral("-t"), QStringLiteral("count")};
    auto three = startSubscriber(common + QStringList{QStringLiteral("-C"), QStringLiteral("3")});
    QVERIFY2(three, qPrintable(m_notSubscribed));
    auto all = startSubscriber(common + QStringList{QStringLiteral("-C"), QStringLiteral("5")});
    QVERIFY2(all, qPrintable(m_notSubscribed));
    // -l: one message per line; the blank line is skipped, the last line has no newline.
    auto pub = runCli(QStringList{QStringLiteral("pub"), QStringLiteral("-t"), QStringLiteral("count"), QStringLiteral("-q"),
                       QStringLiteral("1"), QStringLiteral("-l")} + brokerArgs() + versionArgs(),
                      "one\ntwo\n\nthree\r\nfour\nfive");
    QVERIFY2(pub->exitCode() == 0, qPrintable(pub->describe()));
    QVERIFY(three->waitForFinished());
    QVERIFY2(three->exitCode() == 0, qPrintable(three->describe()));
    QCOMPARE(three->out(), QByteArray("one\ntwo\nthree\n"));
    QVERIFY(all->waitForFinished());
    QVERIFY2(all->exitCode() == 0, qPrintable(all->describe()));
    QCOMPARE(all->out(), QByteArray("one\ntwo\nthree\nfour\nfive\n"));
}

void TestCli::retainedAndNullMessage()
{
    auto pub = runCli(QStringList{QStringLiteral("pub"), QStringLiteral("-t"), QStringLiteral("keep/me"), QStringLiteral("-r"),
                       QStringLiteral("-q"), QStringLiteral("1"), QStringLiteral("-m"), QStringLiteral("kept")}
                      + brokerArgs() + versionArgs());
    QVERIFY2(pub->exitCode() == 0, qPrintable(pub->describe()));
    auto sub = runCli(QStringList{QStringLiteral("sub"), QStringLiteral("--json"), QStringLiteral("-C"), QStringLiteral("1"),
                       QStringLiteral("-W"), QStringLiteral("20"), QStringLiteral("-t"), QStringLiteral("keep/#")}
                      + brokerArgs() + versionArgs());
    QVERIFY2(sub->exitCode() == 0, qPrintable(sub->describe()));
    const QList<QJsonObject> lines = jsonLines(sub->out());
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.constFirst().value(QLatin1String("retain")).toBool(), true);
    QCOMPARE(lines.constFirst().value(QLatin1String("payload")).toString(), QStringLiteral("kept"));

    // A retained empty message clears it: a new subscriber gets nothing within its timeout.
    auto clear = runCli(QStringList{QStringLiteral("pub"), QStringLiteral("-t"), QStringLiteral("keep/me"), QStringLiteral("-r"),
                         QStringLiteral("-n"), QStringLiteral("-q"), QStringLiteral("1")}
                        + brokerArgs() + versionArgs());
    QVERIFY2(clear->exitCode() == 0, qPrintable(clear->describe()));
    auto empty = runCli(QStringList{QStringLiteral("sub"), QStringLiteral("-W"), QStringLiteral("1"), QStringLiteral("-t"),
                         QStringLiteral("keep/#")} + brokerArgs() + versionArgs());
    QVERIFY2(empty->exitCode() == 0, qPrintable(empty->describe()));
    QCOMPARE(empty->out(), QByteArray());
}

void TestCli::persistentSession()
{
    const QStringList session = {QStringLiteral("-c"), QStringLiteral("-i"), QStringLiteral("cli-persistent"),
                                 QStringLiteral("-q"), QStringLiteral("1"), QStringLiteral("-t"), QStringLiteral("persist/x")};
    // First visit creates the session and its subscription; then leave.
    auto first = startSubscriber(brokerArgs() + versionArgs() + session + QStringList{QStringLiteral("-C"), QStringLiteral("1")});
    QVERIFY2(first, qPrintable(m_notSubscribed));
    auto pub1 = runCli(QStringList{QStringLiteral("pub"), QStringLiteral("-t"), QStringLiteral("persist/x"), QStringLiteral("-q"),
                        QStringLiteral("1"), QStringLiteral("-m"), QStringLiteral("online")}
                       + brokerArgs() + versionArgs());
    QVERIFY2(pub1->exitCode() == 0, qPrintable(pub1->describe()));
    QVERIFY(first->waitForFinished());
    QCOMPARE(first->out(), QByteArray("online\n"));

    // Published while the subscriber is away: the broker queues it in the session.
    auto pub2 = runCli(QStringList{QStringLiteral("pub"), QStringLiteral("-t"), QStringLiteral("persist/x"), QStringLiteral("-q"),
                        QStringLiteral("1"), QStringLiteral("-m"), QStringLiteral("while away")}
                       + brokerArgs() + versionArgs());
    QVERIFY2(pub2->exitCode() == 0, qPrintable(pub2->describe()));
    auto second = runCli(QStringList{QStringLiteral("sub"), QStringLiteral("-d"), QStringLiteral("-C"), QStringLiteral("1"),
                          QStringLiteral("-W"), QStringLiteral("20")}
                         + brokerArgs() + versionArgs() + session);
    QVERIFY2(second->exitCode() == 0, qPrintable(second->describe()));
    QCOMPARE(second->out(), QByteArray("while away\n"));
    QVERIFY(second->err().contains("session present"));
}

void TestCli::willOnAbnormalEnd()
{
    auto watcher = startSubscriber(brokerArgs() + versionArgs()
                                   + QStringList{QStringLiteral("-v"), QStringLiteral("-C"), QStringLiteral("1"),
                                                 QStringLiteral("-t"), QStringLiteral("will/#")});
    QVERIFY2(watcher, qPrintable(m_notSubscribed));
    auto victim = startSubscriber(brokerArgs() + versionArgs()
                                  + QStringList{QStringLiteral("-t"), QStringLiteral("nothing"), QStringLiteral("--will-topic"),
                                                QStringLiteral("will/victim"), QStringLiteral("--will-payload"),
                                                QStringLiteral("gone"), QStringLiteral("--will-qos"), QStringLiteral("1")});
    QVERIFY2(victim, qPrintable(m_notSubscribed));
    victim->kill(); // no DISCONNECT: the broker must publish the Will
    QVERIFY(watcher->waitForFinished());
    QVERIFY2(watcher->exitCode() == 0, qPrintable(watcher->describe()));
    QCOMPARE(watcher->out(), QByteArray("will/victim gone\n"));
}

void TestCli::timeoutWithoutMessages()
{
    auto sub = runCli(QStringList{QStringLiteral("sub"), QStringLiteral("-t"), QStringLiteral("silence"), QStringLiteral("-C"),
                       QStringLiteral("1"), QStringLiteral("-W"), QStringLiteral("1")} + brokerArgs());
    QCOMPARE(sub->exitCode(), 1);
    QVERIFY(sub->err().contains("0 of 1"));
}

void TestCli::credentials()
{
    auto sub = startSubscriber(brokerArgs(m_authPort) + versionArgs()
                               + QStringList{QStringLiteral("-u"), QStringLiteral("alice"), QStringLiteral("-P"),
                                             QStringLiteral("secret"), QStringLiteral("-C"), QStringLiteral("1"),
                                             QStringLiteral("-t"), QStringLiteral("auth")});
    QVERIFY2(sub, qPrintable(m_notSubscribed));
    auto pub = runCli(QStringList{QStringLiteral("pub"), QStringLiteral("-t"), QStringLiteral("auth"), QStringLiteral("-m"),
                       QStringLiteral("welcome"), QStringLiteral("-u"), QStringLiteral("alice"), QStringLiteral("-P"),
                       QStringLiteral("secret")} + brokerArgs(m_authPort) + versionArgs());
    QVERIFY2(pub->exitCode() == 0, qPrintable(pub->describe()));
    QVERIFY(sub->waitForFinished());
    QCOMPARE(sub->out(), QByteArray("welcome\n"));
}

void TestCli::refusedCredentials()
{
    const QList<QStringList> attempts = {
        {QStringLiteral("-u"), QStringLiteral("alice"), QStringLiteral("-P"), QStringLiteral("wrong")},
        {QStringLiteral("-u"), QStringLiteral("mallory"), QStringLiteral("-P"), QStringLiteral("secret")},
        {}, // anonymous, not allowed on this listener
    };
    for (const QStringList &credentials : attempts) {
        for (const QString &command : {QStringLiteral("sub"), QStringLiteral("pub")}) {
            const QStringList rest = command == QLatin1String("sub")
                ? QStringList{QStringLiteral("-t"), QStringLiteral("auth")}
                : QStringList{QStringLiteral("-t"), QStringLiteral("auth"), QStringLiteral("-m"), QStringLiteral("x")};
            auto p = runCli(QStringList{command} + rest + credentials + brokerArgs(m_authPort) + versionArgs());
            QVERIFY2(p->exitCode() == 1, qPrintable(p->describe()));
            const QByteArray reason = p->err().trimmed();
            // One line that says why (the CONNACK reason).
            QVERIFY2(!reason.isEmpty() && !reason.contains('\n'), qPrintable(p->describe()));
            QVERIFY2(reason.toLower().contains("authori") || reason.toLower().contains("password"), reason.constData());
        }
    }
}

void TestCli::unreachablePort()
{
    const quint16 closed = MosquittoBroker::freePort(); // nothing listens there
    const QList<QStringList> commands = {
        {QStringLiteral("sub"), QStringLiteral("-t"), QStringLiteral("a")},
        {QStringLiteral("pub"), QStringLiteral("-t"), QStringLiteral("a"), QStringLiteral("-m"), QStringLiteral("x")},
    };
    for (const QStringList &command : commands) {
        auto p = runCli(command + brokerArgs(closed) + versionArgs());
        QVERIFY2(p->exitCode() == 1, qPrintable(p->describe()));
        QVERIFY2(!p->err().trimmed().isEmpty() && !p->err().trimmed().contains('\n'), qPrintable(p->describe()));
    }
}

// What no real broker sends: bytes that are no MQTT packet in answer to CONNECT.
void TestCli::brokenBrokerGarbage()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&server] {
        QTcpSocket *socket = server.nextPendingConnection();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            socket->readAll();
            socket->write(QByteArray("\x00\x05garbage", 9)); // packet type 0 is reserved
        });
    });
    CliProgram p(m_cli, QStringList{QStringLiteral("sub"), QStringLiteral("-t"), QStringLiteral("a")} + brokerArgs(server.serverPort()));
    QVERIFY(p.waitForFinished());
    QVERIFY2(p.exitCode() == 1, qPrintable(p.describe()));
    QVERIFY2(!p.err().trimmed().isEmpty() && !p.err().trimmed().contains('\n'), qPrintable(p.describe()));
}

void TestCli::brokenBrokerCloses()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&server] {
        QTcpSocket *socket = server.nextPendingConnection();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->close(); });
    });
    CliProgram p(m_cli, QStringList{QStringLiteral("pub"), QStringLiteral("-t"), QStringLiteral("a"), QStringLiteral("-m"),
                                 QStringLiteral("x")} + brokerArgs(server.serverPort()));
    QVERIFY(p.waitForFinished());
    QVERIFY2(p.exitCode() == 1, qPrintable(p.describe()));
    QVERIFY2(!p.err().trimmed().isEmpty(), qPrintable(p.describe()));
}

// The interop tests must fail, not skip, without paho: scripts/test.sh installs it.
void TestCli::checkPaho()
{
    QVERIFY2(QFile::exists(python), "/usr/bin/python3 is missing: install python3-paho-mqtt (scripts/test.sh does)");
    CliProgram probe(python, {QStringLiteral("-c"), QStringLiteral("import paho.mqtt.client")});
    QVERIFY(probe.waitForFinished());
    QVERIFY2(probe.exitCode() == 0,
             qPrintable(QStringLiteral("python3-paho-mqtt is missing (scripts/test.sh installs it): %1").arg(probe.describe())));
}

// The seed's publisher (paho, sensor JSON at QoS 1 to home/livingroom/sensor) is received by
// mqttscope-cli sub.
void TestCli::pahoPublisherToCliSub()
{
    checkPaho();
    if (QTest::currentTestFailed())
        return;
    const bool v5 = versionArgs().constLast() == QLatin1String("5");
    auto sub = startSubscriber(brokerArgs() + versionArgs()
                               + QStringList{QStringLiteral("--json"), QStringLiteral("-q"), QStringLiteral("1"),
                                             QStringLiteral("-C"), QStringLiteral("3"), QStringLiteral("-t"),
                                             QStringLiteral("home/+/sensor")});
    QVERIFY2(sub, qPrintable(m_notSubscribed));
    QStringList args = {QStringLiteral(MQTTSCOPE_TESTS_APP_DIR "/paho_publisher.py"), m_broker->host(),
                        QString::number(m_broker->port()), QStringLiteral("--count"), QStringLiteral("3")};
    if (v5)
        args << QStringLiteral("--v5");
    CliProgram publisher(python, args);
    QVERIFY(publisher.waitForFinished());
    QVERIFY2(publisher.exitCode() == 0, qPrintable(publisher.describe()));
    QVERIFY(sub->waitForFinished());
    QVERIFY2(sub->exitCode() == 0, qPrintable(sub->describe()));

    const QList<QJsonObject> lines = jsonLines(sub->out());
    const QList<QByteArray> sent = publisher.out().trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(sent.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const QJsonObject o = lines.at(i);
        QCOMPARE(o.value(QLatin1String("topic")).toString(), QStringLiteral("home/livingroom/sensor"));
        QCOMPARE(o.value(QLatin1String("qos")).toInt(), 1);
        QCOMPARE(o.value(QLatin1String("payload")).toString().toUtf8(), sent.at(i));
        const QJsonObject reading = QJsonDocument::fromJson(sent.at(i)).object();
        QVERIFY(reading.value(QLatin1String("temperature")).isDouble());
        QVERIFY(reading.value(QLatin1String("humidity")).isDouble());
        QVERIFY(reading.value(QLatin1String("timestamp")).isDouble());
    }
}

// A message sent with mqttscope-cli pub reaches a paho subscriber.
void TestCli::cliPubToPahoSub()
{
    checkPaho();
    if (QTest::currentTestFailed())
        return;
    const bool v5 = versionArgs().constLast() == QLatin1String("5");
    QStringList args = {QStringLiteral(MQTTSCOPE_TESTS_APP_DIR "/paho_subscriber.py"), m_broker->host(),
                        QString::number(m_broker->port()), QStringLiteral("home/livingroom/#"), QStringLiteral("2"),
                        QStringLiteral("--timeout"), QStringLiteral("30")};
    if (v5)
        args << QStringLiteral("--v5");
    CliProgram subscriber(python, args);
    QVERIFY2(subscriber.waitForText("SUBSCRIBED", true), qPrintable(subscriber.describe()));

    QStringList pubArgs = {QStringLiteral("pub"), QStringLiteral("-t"), QStringLiteral("home/livingroom/sensor"),
                           QStringLiteral("-q"), QStringLiteral("1"), QStringLiteral("-l")};
    if (v5)
        pubArgs << QStringLiteral("--user-property") << QStringLiteral("origin=mqttscope") << QStringLiteral("--content-type")
                << QStringLiteral("application/json");
    auto pub = runCli(pubArgs + brokerArgs() + versionArgs(),
                      "{\"temperature\": 22.5, \"humidity\": 51.0}\n{\"temperature\": 23.0, \"humidity\": 50.5}\n");
    QVERIFY2(pub->exitCode() == 0, qPrintable(pub->describe()));
    QVERIFY(subscriber.waitForFinished());
    QVERIFY2(subscriber.exitCode() == 0, qPrintable(subscriber.describe()));

    QList<QJsonObject> lines;
    for (const QByteArray &line : subscriber.out().split('\n')) {
        if (line.startsWith('{'))
            lines.append(QJsonDocument::fromJson(line).object());
    }
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).value(QLatin1String("payload")).toString(), QStringLiteral("{\"temperature\": 22.5, \"humidity\": 51.0}"));
    QCOMPARE(lines.at(1).value(QLatin1String("payload")).toString(), QStringLiteral("{\"temperature\": 23.0, \"humidity\": 50.5}"));
    for (const QJsonObject &o : lines) {
        QCOMPARE(o.value(QLatin1String("topic")).toString(), QStringLiteral("home/livingroom/sensor"));
        QCOMPARE(o.value(QLatin1String("qos")).toInt(), 1);
        if (v5) {
            QCOMPARE(o.value(QLatin1String("user_properties")).toArray(),
                     (QJsonArray{QJsonArray{QStringLiteral("origin"), QStringLiteral("mqttscope")}}));
            QCOMPARE(o.value(QLatin1String("content_type")).toString(), QStringLiteral("application/json"));
        }
    }
}

QTEST_MAIN(TestCli)
#include "tst_cli.moc"
