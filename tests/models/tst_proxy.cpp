// The profile's proxy reaches the broker: an HTTP CONNECT proxy on 127.0.0.1 (written here:
// no proxy server is packaged for the tests) tunnels to a real mosquitto, over TCP and
// WebSocket. The broker is named by a host name that only the proxy knows, which also shows
// that Qt hands the name to the proxy (Qt never proxies a loopback address).
#include "connectionsettings.h"
#include "mosquittobroker.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

// A minimal RFC 9110 §9.3.6 CONNECT proxy: reads "CONNECT host:port HTTP/1.1" and the headers,
// connects to 127.0.0.1 on that port whatever the host, answers 200 and then copies bytes both
// ways. Remembers the requests and whether they carried credentials.
class ConnectProxy : public QObject
{
    Q_OBJECT
public:
    ConnectProxy() { connect(&m_server, &QTcpServer::newConnection, this, &ConnectProxy::accept); }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_server.serverPort(); }
    QStringList requests;
    QList<QByteArray> authorizations;

private:
    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            client->setParent(this);
            auto buffer = std::make_shared<QByteArray>();
            connect(client, &QTcpSocket::readyRead, this, [this, client, buffer] {
                *buffer += client->readAll();
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                disconnect(client, &QTcpSocket::readyRead, this, nullptr);
                const QList<QByteArray> lines = buffer->left(end).split('\n');
                const QByteArray rest = buffer->mid(end + 4);
                const QList<QByteArray> request = lines.value(0).trimmed().split(' ');
                requests << QString::fromLatin1(lines.value(0).trimmed());
                for (const QByteArray &line : lines) {
                    if (line.toLower().startsWith("proxy-authorization:"))
                        authorizations << line.mid(20).trimmed();
                }
                const quint16 port = request.value(1).mid(request.value(1).lastIndexOf(':') + 1).toUShort();
                if (request.value(0) != "CONNECT" || port == 0) {
                    client->write("HTTP/1.1 400 Bad Request\r\n\r\n");
                    client->disconnectFromHost();
                    return;
                }
                auto *upstream = new QTcpSocket(client);
                connect(upstream, &QTcpSocket::connected, client, [client, upstream, rest] {
                    client->write("HTTP/1.1 200 Connection established\r\n\r\n");
                    if (!rest.isEmpty())
                        upstream->write(rest);
                    connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] { upstream->write(client->readAll()); });
                    connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
                    connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
                    connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
                });
                upstream->connectToHost(QHostAddress::LocalHost, port);
            });
        }
    }
    QTcpServer m_server;
};

class TestProxy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void connectsThroughHttpProxy_data();
    void connectsThroughHttpProxy();
};

void TestProxy::connectsThroughHttpProxy_data()
{
    QTest::addColumn<bool>("websocket");
    QTest::newRow("mqtt://") << false;
    QTest::newRow("ws://") << true;
}

void TestProxy::connectsThroughHttpProxy()
{
    QFETCH(bool, websocket);
    MosquittoBroker broker;
    const quint16 wsPort = broker.addListener({QStringLiteral("protocol websockets")});
    QString error;
    QVERIFY2(broker.start(&error), qPrintable(QStringLiteral("mosquitto could not start: ") + error));
    ConnectProxy proxy;
    QVERIFY(proxy.listen());

    const quint16 port = websocket ? wsPort : broker.port();
    const QString host = QStringLiteral("broker.mqttscope-proxy-test.invalid");
    ConnectionSettings settings;
    settings.url = *Mqtt::ServerUrl::parse(QStringLiteral("%1://%2:%3").arg(websocket ? QStringLiteral("ws") : QStringLiteral("mqtt"), host).arg(port));
    settings.proxy.mode = ProxySettings::Mode::Manual;
    settings.proxy.type = ProxySettings::Type::Http;
    settings.proxy.host = QStringLiteral("127.0.0.1");
    settings.proxy.port = proxy.port();
    settings.proxy.username = QStringLiteral("proxyuser");
    settings.proxy.password = QByteArrayLiteral("proxypass");

    Mqtt::Client client;
    QVERIFY2(settings.configure(&client, &error), qPrintable(error));
    QSignalSpy connected(&client, &Mqtt::Client::connected);
    QSignalSpy disconnected(&client, &Mqtt::Client::disconnected);
    client.connectToHost();
    QTRY_VERIFY_WITH_TIMEOUT(!connected.isEmpty() || !disconnected.isEmpty(), 20000);
    QVERIFY2(!connected.isEmpty(), qPrintable(disconnected.value(0).value(0).toString()));
    QCOMPARE(proxy.requests.value(0), QStringLiteral("CONNECT %1:%2 HTTP/1.1").arg(host).arg(port));
    client.disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), Mqtt::Client::State::Disconnected, 10000);
}

QTEST_GUILESS_MAIN(TestProxy)
#include "tst_proxy.moc"
