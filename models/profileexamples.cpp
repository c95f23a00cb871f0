// ProfileStore::examples(): the built-in example profiles, apart from the store's file logic.
#include "profilestore.h"

namespace {

ConnectionProfile example(const QString &id, const QString &name, const QString &url)
{
    ConnectionProfile p;
    p.id = id;
    p.name = name;
    p.kind = ConnectionProfile::Kind::Example;
    p.connection.url = *Mqtt::ServerUrl::parse(url);
    p.connection.options.host = p.connection.url.host;
    p.connection.options.port = p.connection.url.port;
    return p;
}

ConnectionProfile awsIot(const QString &id, const QString &name, quint16 port)
{
    // Placeholders the user replaces: the account's endpoint (AWS console, IoT Core, Settings),
    // the thing's certificate and key, Amazon's root CA.
    ConnectionProfile p = example(id, name, QStringLiteral("mqtts://YOUR-ENDPOINT-ats.iot.YOUR-REGION.amazonaws.com:%1").arg(port));
    p.connection.options.clientId = QStringLiteral("YOUR-THING-NAME");
    p.connection.tls.caFile = QStringLiteral("AmazonRootCA1.pem");
    p.connection.tls.certificateFile = QStringLiteral("YOUR-THING-certificate.pem.crt");
    p.connection.tls.keyFile = QStringLiteral("YOUR-THING-private.pem.key");
    // Port 443 carries MQTT only when the client asks for it by ALPN.
    if (port == 443)
        p.connection.tls.alpn = {QStringLiteral("x-amzn-mqtt-ca")};
    // AWS IoT policies usually refuse "#"; the thing's own topics are a better start.
    p.subscriptions = {ProfileSubscription::of(QStringLiteral("YOUR-THING-NAME/#"), 1)};
    return p;
}

} // namespace

QList<ConnectionProfile> ProfileStore::examples()
{
    ConnectionProfile demo = example(localDemoId(), tr("Local demo"), QStringLiteral("mqtt://127.0.0.1:1883"));
    demo.kind = ConnectionProfile::Kind::LocalDemo; // the demo picks its broker's port when it starts

    // Public test brokers: shared with everyone, so the examples subscribe to a corner of the
    // tree rather than "#" (which would flood the view).
    ConnectionProfile emqxTcp = example(QStringLiteral("example-emqx-tcp"), tr("EMQX public broker (TCP)"),
                                        QStringLiteral("mqtt://broker.emqx.io:1883"));
    ConnectionProfile emqxWs = example(QStringLiteral("example-emqx-ws"), tr("EMQX public broker (WebSocket)"),
                                       QStringLiteral("ws://broker.emqx.io:8083/mqtt"));
    ConnectionProfile mosquittoTcp = example(QStringLiteral("example-mosquitto-tcp"),
                                             tr("test.mosquitto.org (TCP)"),
                                             QStringLiteral("mqtt://test.mosquitto.org:1883"));
    ConnectionProfile mosquittoWs = example(QStringLiteral("example-mosquitto-ws"),
                                            tr("test.mosquitto.org (WebSocket)"),
                                            QStringLiteral("ws://test.mosquitto.org:8080/mqtt"));
    for (ConnectionProfile *p : {&emqxTcp, &emqxWs, &mosquittoTcp, &mosquittoWs})
        p->subscriptions = {ProfileSubscription::of(QStringLiteral("testtopic/#")),
                            ProfileSubscription::of(QStringLiteral("$SYS/#"))};

    return {demo,
            example(QStringLiteral("example-localhost"), tr("Local broker (localhost:1883)"),
                    QStringLiteral("mqtt://localhost:1883")),
            emqxTcp,
            emqxWs,
            mosquittoTcp,
            mosquittoWs,
            awsIot(QStringLiteral("example-aws-iot-8883"), tr("AWS IoT Core (mutual TLS, port 8883) — template"), 8883),
            awsIot(QStringLiteral("example-aws-iot-443"), tr("AWS IoT Core (mutual TLS, port 443 with ALPN) — template"), 443)};
}
