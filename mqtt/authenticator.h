#pragma once

#include <QByteArray>
#include <QString>

namespace Mqtt {

// MQTT 5 enhanced authentication (§4.12): the client side of a challenge/response exchange
// carried by CONNECT, AUTH and CONNACK packets. The Connection calls it; an implementation
// holds the mechanism's state (SCRAM: nonces, the expected server signature).
class Authenticator
{
public:
    virtual ~Authenticator();

    // The Authentication Method (§3.1.2.11.9), e.g. "SCRAM-SHA-256".
    virtual QString method() const = 0;
    // Starts an exchange (connecting or re-authenticating) and returns the Authentication Data
    // of CONNECT or of the AUTH 0x19 that asks for re-authentication; may be empty.
    virtual QByteArray start() = 0;
    // The broker's AUTH 0x18 (Continue Authentication) data; fills *response for our AUTH
    // 0x18. False with *error when the challenge is unacceptable: the connection ends.
    virtual bool respond(const QByteArray &challenge, QByteArray *response, QString *error) = 0;
    // The broker's Authentication Data of the CONNACK or AUTH 0x00 that ends the exchange
    // successfully. False with *error when it does not prove the broker knows the secret.
    virtual bool finish(const QByteArray &outcome, QString *error) = 0;
};

} // namespace Mqtt
