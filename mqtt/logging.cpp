#include "logging_p.h"

Q_LOGGING_CATEGORY(lcMqttConnection, "mqttscope.connection", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMqttTransport, "mqttscope.transport", QtWarningMsg)
Q_LOGGING_CATEGORY(lcMqttKeepAlive, "mqttscope.keepalive", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMqttReconnect, "mqttscope.reconnect", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMqttSession, "mqttscope.sessionstate", QtInfoMsg)
