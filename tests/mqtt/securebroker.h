#pragma once

#include "certificates.h"
#include "mosquittobroker.h"

#include <QString>

// One mosquitto with every listener the transport tests need, and the PKI behind them.
// mosquitto 2.0.11 binds WebSocket listeners to all interfaces whatever the configuration
// says; the tests still only ever connect to 127.0.0.1.
class SecureBroker
{
public:
    bool start(QString *error);

    Certificates certificates;
    MosquittoBroker broker;

    quint16 plain = 0;        // mqtt://
    quint16 tls = 0;          // mqtts://, good certificate for localhost / 127.0.0.1 / ::1
    quint16 mutualTls = 0;    // mqtts://, requires a client certificate from our CA
    quint16 passwordTls = 0;  // mqtts://, user name and password required
    quint16 ws = 0;           // ws://
    quint16 wss = 0;          // wss://, good certificate
    quint16 mutualWss = 0;    // wss://, requires a client certificate
    quint16 expired = 0;      // mqtts:// with an expired certificate
    quint16 future = 0;       // mqtts:// with a not yet valid certificate
    quint16 wrongHost = 0;    // mqtts:// with a certificate for Certificates::wrongHostName()
    quint16 wrongHostWss = 0; // wss:// with that certificate
    quint16 selfSigned = 0;   // mqtts:// with a self-signed certificate

    static QString user() { return QStringLiteral("alice"); }
    static QByteArray password() { return QByteArrayLiteral("wonderland"); }
};
