#pragma once

// The library's logging categories, one per concern (internal to mqtt/). Switch them on with
// QT_LOGGING_RULES, e.g. "mqttscope.reconnect.debug=true"; mqttscope-cli --debug turns on
// their warnings and notes.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcMqttConnection) // mqttscope.connection: CONNECT/CONNACK, packets, closing
Q_DECLARE_LOGGING_CATEGORY(lcMqttTransport)  // mqttscope.transport: TCP, TLS and WebSocket sockets
Q_DECLARE_LOGGING_CATEGORY(lcMqttKeepAlive)  // mqttscope.keepalive: PINGREQ / PINGRESP
Q_DECLARE_LOGGING_CATEGORY(lcMqttReconnect)  // mqttscope.reconnect: backoff, redirects, resubscribing
Q_DECLARE_LOGGING_CATEGORY(lcMqttSession)    // mqttscope.sessionstate: resumed sessions, resending, the session file
