// mqttscope-cli pub --repeat / --interval / --template (the GUI's payload placeholders from the
// command line), received by mqttscope-cli sub --json from a real mosquitto.
#include "cliprogram.h"
#include "mosquittobroker.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

class TestCliPubRepeat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fakeSensorWithTemplate();
    void placeholdersOnlyWithTemplate();
    void badArguments_data();
    void badArguments();

private:
    QStringList brokerArgs() const
    {
        return {QStringLiteral("-h"), m_broker.host(), QStringLiteral("-p"), QString::number(m_broker.port())};
    }
    std::unique_ptr<CliProgram> subscriber(const QString &topic, int count);

    QString m_cli;
    MosquittoBroker m_broker;
};

void TestCliPubRepeat::initTestCase()
{
    m_cli = QStringLiteral(MQTTSCOPE_CLI_PATH);
    QVERIFY2(QFile::exists(m_cli), qPrintable(QStringLiteral("mqttscope-cli not built at %1").arg(m_cli)));
    QString error;
    QVERIFY2(m_broker.start(&error), qPrintable(error));
}

std::unique_ptr<CliProgram> TestCliPubRepeat::subscriber(const QString &topic, int count)
{
    auto sub = std::make_unique<CliProgram>(m_cli, QStringList{QStringLiteral("sub"), QStringLiteral("-d"),
                                                               QStringLiteral("--json"), QStringLiteral("-q"),
                                                               QStringLiteral("1"), QStringLiteral("-C"),
                                                               QString::number(count), QStringLiteral("-t"), topic}
                                                       + brokerArgs());
    if (!sub->waitForText("Subscribed to"))
        return nullptr;
    return sub;
}

void TestCliPubRepeat::fakeSensorWithTemplate()
{
    // The seed's sensor: {"temperature": 20-30, "humidity": 40-60}, here every 20 ms, 5 times.
    auto sub = subscriber(QStringLiteral("cli/sensor"), 5);
    QVERIFY(sub);
    CliProgram pub(m_cli, QStringList{QStringLiteral("pub"), QStringLiteral("-t"), QStringLiteral("cli/sensor"),
                                      QStringLiteral("-q"), QStringLiteral("1"), QStringLiteral("--repeat"),
                                      QStringLiteral("5"), QStringLiteral("--interval"), QStringLiteral("20"),
                                      QStringLiteral("--template"), QStringLiteral("-m"),
                                      QStringLiteral("{\"n\": {{counter}}, \"temperature\": {{random:20:30}}, "
                                                     "\"humidity\": {{random.int:40:60}}, \"at\": \"{{timestamp.iso}}\"}")}
                          + brokerArgs());
    QVERIFY(pub.waitForFinished());
    QVERIFY2(pub.exitCode() == 0, qPrintable(pub.describe()));
    QVERIFY(sub->waitForFinished());
    QVERIFY2(sub->exitCode() == 0, qPrintable(sub->describe()));
    int n = 0;
    for (const QByteArray &line : sub->out().split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject message = QJsonDocument::fromJson(line).object();
        const QJsonObject payload =
            QJsonDocument::fromJson(message.value(QLatin1String("payload")).toString().toUtf8()).object();
        QCOMPARE(payload.value(QLatin1String("n")).toInt(), ++n);
        const double t = payload.value(QLatin1String("temperature")).toDouble();
        QVERIFY(t >= 20 && t <= 30);
        const int h = payload.value(QLatin1String("humidity")).toInt();
        QVERIFY(h >= 40 && h <= 60);
        QVERIFY(payload.value(QLatin1String("at")).toString().endsWith(u'Z'));
    }
    QCOMPARE(n, 5);
}

void TestCliPubRepeat::placeholdersOnlyWithTemplate()
{
    auto sub = subscriber(QStringLiteral("cli/plain"), 2);
    QVERIFY(sub);
    CliProgram pub(m_cli, QStringList{QStringLiteral("pub"), QStringLiteral("-t"), QStringLiteral("cli/plain"),
                                      QStringLiteral("--repeat"), QStringLiteral("2"), QStringLiteral("--interval"),
                                      QStringLiteral("0"), QStringLiteral("-m"), QStringLiteral("{{counter}}")}
                          + brokerArgs());
    QVERIFY(pub.waitForFinished());
    QVERIFY2(pub.exitCode() == 0, qPrintable(pub.describe()));
    QVERIFY(sub->waitForFinished());
    const QList<QByteArray> lines = sub->out().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    for (const QByteArray &line : lines)
        QCOMPARE(QJsonDocument::fromJson(line).object().value(QLatin1String("payload")).toString(),
                 QStringLiteral("{{counter}}"));
}

void TestCliPubRepeat::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    QTest::newRow("bad template") << QStringList{QStringLiteral("--template"), QStringLiteral("-m"), QStringLiteral("{{random:9:1}}")}
                                  << "MIN is larger than MAX";
    QTest::newRow("unknown placeholder")
        << QStringList{QStringLiteral("--template"), QStringLiteral("-m"), QStringLiteral("x {{nope}}")} << "position 3";
    QTest::newRow("repeat zero") << QStringList{QStringLiteral("--repeat"), QStringLiteral("0"), QStringLiteral("-m"), QStringLiteral("x")}
                                 << "invalid repeat count";
    QTest::newRow("repeat with -l") << QStringList{QStringLiteral("--repeat"), QStringLiteral("2"), QStringLiteral("-l")}
                                    << "--repeat does not go with -l";
    QTest::newRow("bad interval") << QStringList{QStringLiteral("--interval"), QStringLiteral("soon"), QStringLiteral("-m"), QStringLiteral("x")}
                                  << "invalid interval";
}

void TestCliPubRepeat::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    CliProgram pub(m_cli, QStringList{QStringLiteral("pub"), QStringLiteral("-t"), QStringLiteral("cli/bad")} + arguments
                              + brokerArgs());
    QVERIFY(pub.waitForFinished());
    QCOMPARE(pub.exitCode(), 2);
    QVERIFY2(pub.err().contains(reason.toUtf8()), qPrintable(pub.describe()));
}

QTEST_GUILESS_MAIN(TestCliPubRepeat)
#include "tst_clipubrepeat.moc"
