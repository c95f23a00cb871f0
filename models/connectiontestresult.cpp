#include "connectiontestresult.h"

namespace {

QString yesNo(bool value)
{
    return value ? ConnectionTestResult::tr("yes") : ConnectionTestResult::tr("no");
}

} // namespace

QString ConnectionTestResult::summary() const
{
    if (!connected)
        return error.isEmpty() ? tr("Could not connect to %1.").arg(endpoint) : error;
    const QString versionName = version == Mqtt::ProtocolVersion::V5 ? QStringLiteral("5.0") : QStringLiteral("3.1.1");
    return tr("Connected to %1 (MQTT %2): the broker accepted the connection.").arg(endpoint, versionName);
}

QList<QPair<QString, QString>> ConnectionTestResult::details() const
{
    QList<QPair<QString, QString>> rows;
    if (!connected)
        return rows;
    const bool v5 = version == Mqtt::ProtocolVersion::V5;
    rows << qMakePair(tr("CONNACK"), tr("Success (0x00)"));
    rows << qMakePair(tr("Session present"), yesNo(sessionPresent));
    const auto assigned = connack.assignedClientIdentifier();
    rows << qMakePair(assigned ? tr("Assigned client id") : tr("Client id"), assigned ? *assigned : clientId);
    if (!v5)
        return rows; // MQTT 3.1.1 CONNACK carries nothing more.

    const auto integerOr = [this](Mqtt::PropertyId id, const QString &fallback) {
        const auto value = connack.integer(id);
        return value ? QString::number(*value) : fallback;
    };
    const auto flag = [this](Mqtt::PropertyId id) {
        const auto value = connack.integer(id);
        // MQTT 5 §3.2.2.3: absent means available.
        return value ? yesNo(*value != 0) : tr("yes (default)");
    };
    rows << qMakePair(tr("Maximum QoS"), integerOr(Mqtt::PropertyId::MaximumQoS, tr("2 (default)")));
    rows << qMakePair(tr("Retain available"), flag(Mqtt::PropertyId::RetainAvailable));
    rows << qMakePair(tr("Wildcard subscriptions"), flag(Mqtt::PropertyId::WildcardSubscriptionAvailable));
    rows << qMakePair(tr("Shared subscriptions"), flag(Mqtt::PropertyId::SharedSubscriptionAvailable));
    rows << qMakePair(tr("Subscription identifiers"), flag(Mqtt::PropertyId::SubscriptionIdentifierAvailable));
    rows << qMakePair(tr("Topic alias maximum"), integerOr(Mqtt::PropertyId::TopicAliasMaximum, tr("0 (default: no aliases)")));
    rows << qMakePair(tr("Server keep alive"),
                      connack.serverKeepAlive() ? tr("%n s", nullptr, int(*connack.serverKeepAlive()))
                                                : tr("as requested"));
    rows << qMakePair(tr("Receive maximum"), integerOr(Mqtt::PropertyId::ReceiveMaximum, tr("65535 (default)")));
    rows << qMakePair(tr("Maximum packet size"),
                      connack.maximumPacketSize() ? tr("%1 bytes").arg(*connack.maximumPacketSize()) : tr("no limit"));
    if (const auto expiry = connack.sessionExpiryInterval())
        rows << qMakePair(tr("Session expiry"), tr("%n s", nullptr, int(*expiry)));
    if (const auto info = connack.string(Mqtt::PropertyId::ResponseInformation))
        rows << qMakePair(tr("Response information"), *info);
    if (const auto reference = connack.serverReference())
        rows << qMakePair(tr("Server reference"), *reference);
    if (const auto reason = connack.reasonString())
        rows << qMakePair(tr("Reason string"), *reason);
    for (const auto &property : connack.userProperties())
        rows << qMakePair(tr("User property"), QStringLiteral("%1 = %2").arg(property.first, property.second));
    return rows;
}
