// A persistent session survives the client program: `mqttscope-cli pub -c -i ID -q 2` killed
// with SIGKILL in the middle of 10,000 messages and started again finishes what it had in
// flight and queued (ClientOptions::sessionStateDirectory). A QoS 2 subscriber of our own
// library counts every message: none lost, none twice.
#include "client.h"
#include "cliprogram.h"
#include "mosquittobroker.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTest>

#include <functional>

class TestCliSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedPublisherFinishesQos2();
};

void TestCliSession::killedPublisherFinishesQos2()
{
    constexpr int Total = 10000;
    MosquittoBroker broker;
    QString error;
    QVERIFY2(broker.start(&error), qPrintable(QStringLiteral("mosquitto could not start: ") + error));
    const QString cli = QStringLiteral(MQTTSCOPE_CLI_PATH);

    Mqtt::ClientOptions o;
    o.host = broker.host();
    o.port = broker.port();
    o.clientId = QStringLiteral("kill9-rx");
    o.cleanStart = false;
    o.sessionExpiry = 600;
    Mqtt::Client receiver;
    receiver.setOptions(o);
    QHash<QByteArray, int> seen;
    int duplicates = 0;
    connect(&receiver, &Mqtt::Client::messageReceived, this, [&](const Mqtt::Message &m) {
        if (seen[m.payload()]++ > 0)
            ++duplicates;
    });
    QSignalSpy connected(&receiver, &Mqtt::Client::connected);
    QSignalSpy subscribed(&receiver, &Mqtt::Client::subscribed);
    receiver.connectToHost();
    QVERIFY(connected.wait(10000));
    QVERIFY(receiver.subscribe(QStringLiteral("kill9/t"), 2) > 0);
    QVERIFY(subscribed.wait(10000));

    QByteArray input;
    for (int i = 0; i < Total; ++i)
        input += QByteArray::number(i) + '\n';
    const QStringList arguments = {QStringLiteral("pub"), QStringLiteral("-c"), QStringLiteral("-i"), QStringLiteral("kill9-tx"),
                                   QStringLiteral("-q"), QStringLiteral("2"), QStringLiteral("-t"), QStringLiteral("kill9/t"),
                                   QStringLiteral("-l"), QStringLiteral("-h"), broker.host(), QStringLiteral("-p"),
                                   QString::number(broker.port())};
    const auto waitUntil = [](const std::function<bool()> &done, int timeoutMs) {
        QDeadlineTimer deadline(timeoutMs);
        while (!done() && !deadline.hasExpired())
            QTest::qWait(5);
        return done();
    };
    {
        CliProgram first(cli, arguments, input);
        QVERIFY(first.started());
        QVERIFY2(waitUntil([&] { return seen.size() >= Total / 5 || first.finished(); }, 60000),
                 qPrintable(QStringLiteral("%1 received; %2").arg(seen.size()).arg(first.describe())));
        QVERIFY2(!first.finished(), "the publisher finished before it could be killed");
        first.kill(); // SIGKILL: no chance to save or say goodbye
    }
    const int beforeRestart = int(seen.size());
    QVERIFY(beforeRestart < Total);

    CliProgram second(cli, arguments, QByteArray(""));
    QVERIFY(second.started());
    QVERIFY(second.waitForFinished(120000));
    QVERIFY2(second.exitCode() == 0, qPrintable(second.describe()));
    QVERIFY2(waitUntil([&] { return seen.size() == Total; }, 30000),
             qPrintable(QStringLiteral("%1 of %2 received (%3 before the restart)").arg(seen.size()).arg(Total).arg(beforeRestart)));
    QCOMPARE(duplicates, 0);
    qInfo("killed after %d of %d messages had arrived; the restarted publisher finished the rest", beforeRestart, Total);
}

QTEST_GUILESS_MAIN(TestCliSession)
#include "tst_clisession.moc"
