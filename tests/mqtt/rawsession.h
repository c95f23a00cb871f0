#pragma once

#include "codec.h"
#include "packets.h"
#include "transport.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

// Drives a Transport with hand-made packets (Codec + StreamDecoder), without the Connection
// state machine: tests a transport on its own against a real broker. Every wait is bounded.
class RawSession : public QObject
{
    Q_OBJECT
public:
    RawSession(Mqtt::Transport *transport, Mqtt::ProtocolVersion version);

    // open() and wait for opened() (true) or errorOccurred()/closed() (false, *error set).
    bool open(QString *error, int timeoutMs = 15000);
    bool send(const Mqtt::Packet &packet);
    // The next decoded packet, or nothing on timeout / decode error / close.
    std::optional<Mqtt::Packet> next(int timeoutMs = 15000);
    // Waits for closed(); true if it came.
    bool waitClosed(int timeoutMs = 15000);

    // CONNECT and CONNACK; returns the CONNACK reason (UnspecifiedError if none came).
    Mqtt::ReasonCode connectMqtt(const QString &clientId, const std::optional<QString> &username = {},
                             const std::optional<QByteArray> &password = {});
    // SUBSCRIBE topic at QoS 1, PUBLISH payload at QoS 1, then expect both the PUBACK and the
    // message back (acknowledging it). *error says which step failed.
    bool qos1RoundTrip(const QString &topic, const QByteArray &payload, QString *error);

    QStringList errors() const { return m_errors; }
    bool isClosed() const { return m_closed; }
    bool wasOpened() const { return m_opened; }

private:
    Mqtt::Transport *m_transport;
    Mqtt::ProtocolVersion m_version;
    Mqtt::StreamDecoder m_decoder;
    QList<Mqtt::Packet> m_packets;
    QStringList m_errors;
    bool m_opened = false;
    bool m_closed = false;
    bool m_decodeError = false;
    quint16 m_nextId = 1;
};
