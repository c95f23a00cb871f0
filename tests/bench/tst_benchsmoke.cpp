// `mqttscope-cli bench ingest` end to end, with small counts: against the benchmark's stream
// source (as bench/compare.sh runs it) and against a real mosquitto. Checks that the output
// parses and the count was reached, never how fast.
#include "mosquittobroker.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {

constexpr int StreamCount = 2000;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
            .arg(exitCode)
            .arg(QString::fromUtf8(out), QString::fromUtf8(err));
    }
};

QProcessEnvironment englishEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("C"));
    return env;
}

Run runCli(const QStringList &arguments, int timeoutMs = 120000)
{
    QProcess process;
    process.setProcessEnvironment(englishEnvironment());
    process.start(QStringLiteral(MQTTSCOPE_CLI_PATH), arguments);
    Run run;
    if (!process.waitForStarted(10000)) {
        run.err = process.errorString().toUtf8();
        return run;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        run.err = "timed out; " + process.readAllStandardError();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// "RESULT key=value ..." -> key/value pairs; empty when there is no such line.
QHash<QString, QString> resultFields(const QByteArray &out)
{
    QHash<QString, QString> fields;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.startsWith("RESULT "))
            continue;
        fields.clear();
        for (const QString &pair : QString::fromUtf8(line.mid(7)).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            if (eq > 0)
                fields.insert(pair.left(eq), pair.mid(eq + 1));
        }
    }
    return fields;
}

double number(const QHash<QString, QString> &fields, const QString &key, bool *ok)
{
    return fields.value(key).toDouble(ok);
}

} // namespace

class tst_BenchSmoke : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void ingestStream_data();
    void ingestStream();
    void jsonOutput();
    void realBroker();
    void timeoutBeforeCount();
    void connectionRefused();
    void badCommandLine_data();
    void badCommandLine();

private:
    QProcess m_source;
    QString m_port;
};

void tst_BenchSmoke::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(MQTTSCOPE_CLI_PATH)), MQTTSCOPE_CLI_PATH);
    m_source.start(QStringLiteral(MQTTSCOPE_STREAMSOURCE_PATH),
                   {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--count"),
                    QString::number(StreamCount), QStringLiteral("--topics"), QStringLiteral("100")});
    QVERIFY2(m_source.waitForStarted(10000), qPrintable(m_source.errorString()));
    // The source prints its port once it listens.
    QTRY_VERIFY_WITH_TIMEOUT(m_source.canReadLine() || m_source.state() == QProcess::NotRunning, 20000);
    m_port = QString::fromUtf8(m_source.readLine()).trimmed();
    QVERIFY2(m_port.toUInt() > 0, qPrintable(QStringLiteral("no port from the stream source: %1")
                                                  .arg(QString::fromUtf8(m_source.readAllStandardError()))));
}

void tst_BenchSmoke::cleanupTestCase()
{
    if (m_source.state() != QProcess::NotRunning) {
        m_source.kill();
        m_source.waitForFinished(5000);
    }
}

void tst_BenchSmoke::ingestStream_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<bool>("json");
    QTest::addColumn<bool>("threaded");
    QTest::newRow("JSON, 3.1.1") << QStringList{QStringLiteral("-V"), QStringLiteral("3.1.1")} << true << true;
    QTest::newRow("no JSON, 3.1.1") << QStringList{QStringLiteral("-V"), QStringLiteral("3.1.1"), QStringLiteral("--no-json")}
                                    << false << true;
    QTest::newRow("JSON, 5") << QStringList{QStringLiteral("-V"), QStringLiteral("5")} << true << true;
    QTest::newRow("no JSON, 5") << QStringList{QStringLiteral("-V"), QStringLiteral("5"), QStringLiteral("--no-json")}
                                << false << true;
    QTest::newRow("JSON, unthreaded") << QStringList{QStringLiteral("--unthreaded")} << true << false;
}

// The stream source sends StreamCount messages to every subscriber; bench ingest applies them
// all and reports.
void tst_BenchSmoke::ingestStream()
{
    QFETCH(QStringList, options);
    QFETCH(bool, json);
    QFETCH(bool, threaded);
    const Run run = runCli(QStringList{QStringLiteral("bench"), QStringLiteral("ingest"), QStringLiteral("-h"),
                                       QStringLiteral("127.0.0.1"), QStringLiteral("-p"), m_port, QStringLiteral("-C"),
                                       QString::number(StreamCount), QStringLiteral("-W"), QStringLiteral("60")}
                           + options);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QHash<QString, QString> fields = resultFields(run.out);
    QVERIFY2(!fields.isEmpty(), qPrintable(run.describe()));
    bool ok = false;
    const double messages = number(fields, QStringLiteral("messages"), &ok);
    QVERIFY2(ok, qPrintable(run.describe()));
    const double dropped = number(fields, QStringLiteral("dropped"), &ok);
    QVERIFY2(ok, qPrintable(run.describe()));
    QVERIFY2(messages + dropped >= StreamCount, qPrintable(run.describe()));
    for (const QString &key : {QStringLiteral("seconds"), QStringLiteral("rate"), QStringLiteral("rss_mb")}) {
        QVERIFY2(number(fields, key, &ok) > 0 && ok, qPrintable(key + QLatin1Char('\n') + run.describe()));
    }
    QVERIFY2(number(fields, QStringLiteral("stall_ms"), &ok) >= 0 && ok, qPrintable(run.describe()));
    QCOMPARE(fields.value(QStringLiteral("json")), json ? QStringLiteral("1") : QStringLiteral("0"));
    QCOMPARE(fields.value(QStringLiteral("threaded")), threaded ? QStringLiteral("1") : QStringLiteral("0"));
    // The human-readable part comes first.
    QVERIFY2(run.out.contains("Rate: ") && run.out.contains("Longest GUI thread stall"), qPrintable(run.describe()));
}

// --json prints one object; the models were live (topics in the tree, model signals seen) and
// with JSON extraction the sensor fields became series.
void tst_BenchSmoke::jsonOutput()
{
    const Run run = runCli({QStringLiteral("bench"), QStringLiteral("ingest"), QStringLiteral("-h"),
                            QStringLiteral("127.0.0.1"), QStringLiteral("-p"), m_port, QStringLiteral("-C"),
                            QString::number(StreamCount), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(run.out.trimmed(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + QLatin1Char('\n') + run.describe()));
    QCOMPARE(object.value(QStringLiteral("messages")).toInteger() + object.value(QStringLiteral("dropped")).toInteger(),
             qint64(StreamCount));
    QVERIFY(object.value(QStringLiteral("rate")).toDouble() > 0);
    QVERIFY(object.value(QStringLiteral("peakRssMb")).toDouble() > 0);
    QVERIFY(object.value(QStringLiteral("longestStallMs")).toDouble() >= 0);
    QCOMPARE(object.value(QStringLiteral("json")).toBool(), true);
    // 100 topics in the stream: sensors/b0/r<0-9>/dev<0> ... plus their parent levels.
    QVERIFY2(object.value(QStringLiteral("topics")).toInt() >= 100, qPrintable(run.describe()));
    // temperature, humidity and timestamp of each topic.
    QVERIFY2(object.value(QStringLiteral("series")).toInt() >= 200, qPrintable(run.describe()));
    QVERIFY2(object.value(QStringLiteral("modelSignals")).toInteger() > 0, qPrintable(run.describe()));
}

// Against a real mosquitto: the messages arrive as another client publishes them.
void tst_BenchSmoke::realBroker()
{
    MosquittoBroker broker;
    QString error;
    if (!broker.start(&error))
        QFAIL(qPrintable(error));
    const int count = 500;
    QProcess bench;
    bench.setProcessEnvironment(englishEnvironment());
    bench.start(QStringLiteral(MQTTSCOPE_CLI_PATH),
                {QStringLiteral("bench"), QStringLiteral("ingest"), QStringLiteral("-h"), broker.host(),
                 QStringLiteral("-p"), QString::number(broker.port()), QStringLiteral("-t"),
                 QStringLiteral("smoke/#"), QStringLiteral("-C"), QString::number(count), QStringLiteral("-W"),
                 QStringLiteral("60"), QStringLiteral("-d")});
    QVERIFY2(bench.waitForStarted(10000), qPrintable(bench.errorString()));
    QByteArray benchErr;
    QTRY_VERIFY2_WITH_TIMEOUT((benchErr += bench.readAllStandardError()).contains("Subscribed")
                                  || bench.state() == QProcess::NotRunning,
                              qPrintable(QString::fromUtf8(benchErr)), 20000);
    QVERIFY2(benchErr.contains("Subscribed"), benchErr.constData());

    QByteArray lines;
    for (int i = 0; i < count; ++i)
        lines += QByteArrayLiteral("{\"temperature\":") + QByteArray::number(20 + i % 10) + "}\n";
    QProcess pub;
    pub.setProcessEnvironment(englishEnvironment());
    pub.start(QStringLiteral(MQTTSCOPE_CLI_PATH),
              {QStringLiteral("pub"), QStringLiteral("-h"), broker.host(), QStringLiteral("-p"),
               QString::number(broker.port()), QStringLiteral("-t"), QStringLiteral("smoke/sensor"), QStringLiteral("-l")});
    QVERIFY(pub.waitForStarted(10000));
    pub.write(lines);
    pub.closeWriteChannel();
    QVERIFY(pub.waitForFinished(30000));
    QVERIFY2(pub.exitCode() == 0, pub.readAllStandardError().constData());

    QVERIFY(bench.waitForFinished(60000));
    const QByteArray out = bench.readAllStandardOutput();
    QVERIFY2(bench.exitCode() == 0, qPrintable(QString::fromUtf8(out + benchErr + bench.readAllStandardError())));
    const QHash<QString, QString> fields = resultFields(out);
    QCOMPARE(fields.value(QStringLiteral("messages")).toInt() + fields.value(QStringLiteral("dropped")).toInt(), count);
}

// Fewer messages than asked for: the run gives up after -W seconds with exit code 1.
void tst_BenchSmoke::timeoutBeforeCount()
{
    const Run run = runCli({QStringLiteral("bench"), QStringLiteral("ingest"), QStringLiteral("-h"),
                            QStringLiteral("127.0.0.1"), QStringLiteral("-p"), m_port, QStringLiteral("-C"),
                            QString::number(StreamCount + 1), QStringLiteral("-W"), QStringLiteral("5")});
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY2(run.err.contains("Timed out after 5 s"), qPrintable(run.describe()));
    QVERIFY2(run.err.contains(QByteArray::number(StreamCount) + " of " + QByteArray::number(StreamCount + 1)),
             qPrintable(run.describe()));
    QVERIFY2(!run.out.contains("RESULT"), qPrintable(run.describe()));
}

void tst_BenchSmoke::connectionRefused()
{
    const quint16 port = MosquittoBroker::freePort(); // nothing listens there
    const Run run = runCli({QStringLiteral("bench"), QStringLiteral("ingest"), QStringLiteral("-h"),
                            QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(port),
                            QStringLiteral("-C"), QStringLiteral("10")});
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY2(!run.err.trimmed().isEmpty(), qPrintable(run.describe()));
    QVERIFY2(!run.out.contains("RESULT"), qPrintable(run.describe()));
}

void tst_BenchSmoke::badCommandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no benchmark") << QStringList{QStringLiteral("bench")};
    QTest::newRow("unknown benchmark") << QStringList{QStringLiteral("bench"), QStringLiteral("egest")};
    QTest::newRow("zero count") << QStringList{QStringLiteral("bench"), QStringLiteral("ingest"), QStringLiteral("-C"),
                                               QStringLiteral("0")};
    QTest::newRow("bad timeout") << QStringList{QStringLiteral("bench"), QStringLiteral("ingest"), QStringLiteral("-W"),
                                                QStringLiteral("soon")};
    QTest::newRow("extra argument") << QStringList{QStringLiteral("bench"), QStringLiteral("ingest"), QStringLiteral("now")};
}

void tst_BenchSmoke::badCommandLine()
{
    QFETCH(QStringList, arguments);
    const Run run = runCli(arguments);
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(run.err.contains("mqttscope-cli bench"), qPrintable(run.describe()));
}

QTEST_GUILESS_MAIN(tst_BenchSmoke)
#include "tst_benchsmoke.moc"
