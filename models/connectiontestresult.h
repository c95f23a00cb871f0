#pragma once

#include "certificateinfo.h"
#include "properties.h"
#include "protocol.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

// What "Test connection" found out: either what the broker answered in CONNACK, or why it
// could not connect (and the certificate it presented when TLS verification failed).
struct ConnectionTestResult
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionTestResult)
public:
    bool connected = false;
    QString endpoint;                       // the URL without the password
    Mqtt::ProtocolVersion version = Mqtt::ProtocolVersion::V5;
    bool sessionPresent = false;
    QString clientId;                       // the effective one (assigned by the broker if it did)
    Mqtt::Properties connack;               // MQTT 5 CONNACK properties
    QString error;                          // why it failed (empty when connected)
    Mqtt::CertificateInfo rejectedCertificate; // set when verification of the broker's certificate failed

    // One sentence: "Connected to mqtts://host:8883 (MQTT 5.0): Success." / the error.
    QString summary() const;
    // (label, value) rows for what the broker announced, in the order a user reads them:
    // CONNACK reason, session present, client id, maximum QoS, retain available, wildcard /
    // shared subscriptions, subscription identifiers, topic alias maximum, server keep alive,
    // receive maximum, maximum packet size, session expiry, response information, server
    // reference, reason string, user properties. Defaults the broker left out are shown as
    // defaults ("2 (default)").
    QList<QPair<QString, QString>> details() const;
};

Q_DECLARE_METATYPE(ConnectionTestResult)
