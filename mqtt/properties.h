#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QSharedDataPointer>
#include <QString>
#include <QVariant>

#include <optional>

namespace Mqtt {

// MQTT 5 §2.2.2.2 property identifiers.
enum class PropertyId : quint8 {
    PayloadFormatIndicator = 0x01,
    MessageExpiryInterval = 0x02,
    ContentType = 0x03,
    ResponseTopic = 0x08,
    CorrelationData = 0x09,
    SubscriptionIdentifier = 0x0B,
    SessionExpiryInterval = 0x11,
    AssignedClientIdentifier = 0x12,
    ServerKeepAlive = 0x13,
    AuthenticationMethod = 0x15,
    AuthenticationData = 0x16,
    RequestProblemInformation = 0x17,
    WillDelayInterval = 0x18,
    RequestResponseInformation = 0x19,
    ResponseInformation = 0x1A,
    ServerReference = 0x1C,
    ReasonString = 0x1F,
    ReceiveMaximum = 0x21,
    TopicAliasMaximum = 0x22,
    TopicAlias = 0x23,
    MaximumQoS = 0x24,
    RetainAvailable = 0x25,
    UserProperty = 0x26,
    MaximumPacketSize = 0x27,
    WildcardSubscriptionAvailable = 0x28,
    SubscriptionIdentifierAvailable = 0x29,
    SharedSubscriptionAvailable = 0x2A,
};

enum class PropertyType : quint8 { Invalid, Byte, TwoByteInteger, FourByteInteger, VariableByteInteger, Utf8String, BinaryData, Utf8StringPair };

PropertyType propertyType(quint8 id);
QString propertyName(PropertyId id);

using UserProperty = QPair<QString, QString>;
using UserProperties = QList<UserProperty>;

// The MQTT 5 properties of one packet (or of a Will). Implicitly shared; an empty set costs
// one null pointer, so 3.1.1 traffic pays nothing for it.
//
// Integer properties (Byte, Two/Four Byte, Variable Byte Integer) are stored as quint32,
// strings as QString, binary data as QByteArray. UserProperty and SubscriptionIdentifier may
// occur more than once and have their own lists; every other property at most once
// (MQTT 5 §2.2.2.2: "It is a Protocol Error to include the same property more than once").
class Properties
{
public:
    Properties();
    Properties(const Properties &other);
    Properties &operator=(const Properties &other);
    ~Properties();

    bool isEmpty() const;
    bool contains(PropertyId id) const;
    // Generic access for single-valued properties; QVariant() when absent.
    QVariant value(PropertyId id) const;
    void setValue(PropertyId id, const QVariant &value);
    void remove(PropertyId id);
    // Ids of the single-valued properties present, ascending.
    QList<PropertyId> ids() const;

    UserProperties userProperties() const;
    void setUserProperties(const UserProperties &props);
    void addUserProperty(const QString &key, const QString &value);

    QList<quint32> subscriptionIdentifiers() const;
    void setSubscriptionIdentifiers(const QList<quint32> &ids);
    void addSubscriptionIdentifier(quint32 id);

    // Typed convenience accessors.
    std::optional<quint32> integer(PropertyId id) const;
    std::optional<QString> string(PropertyId id) const;
    std::optional<QByteArray> binary(PropertyId id) const;

    std::optional<quint32> payloadFormatIndicator() const { return integer(PropertyId::PayloadFormatIndicator); }
    std::optional<quint32> messageExpiryInterval() const { return integer(PropertyId::MessageExpiryInterval); }
    std::optional<QString> contentType() const { return string(PropertyId::ContentType); }
    std::optional<QString> responseTopic() const { return string(PropertyId::ResponseTopic); }
    std::optional<QByteArray> correlationData() const { return binary(PropertyId::CorrelationData); }
    std::optional<quint32> sessionExpiryInterval() const { return integer(PropertyId::SessionExpiryInterval); }
    std::optional<QString> assignedClientIdentifier() const { return string(PropertyId::AssignedClientIdentifier); }
    std::optional<quint32> serverKeepAlive() const { return integer(PropertyId::ServerKeepAlive); }
    std::optional<QString> reasonString() const { return string(PropertyId::ReasonString); }
    std::optional<quint32> receiveMaximum() const { return integer(PropertyId::ReceiveMaximum); }
    std::optional<quint32> topicAliasMaximum() const { return integer(PropertyId::TopicAliasMaximum); }
    std::optional<quint32> topicAlias() const { return integer(PropertyId::TopicAlias); }
    std::optional<quint32> maximumQoS() const { return integer(PropertyId::MaximumQoS); }
    std::optional<quint32> maximumPacketSize() const { return integer(PropertyId::MaximumPacketSize); }
    std::optional<quint32> willDelayInterval() const { return integer(PropertyId::WillDelayInterval); }
    std::optional<QString> serverReference() const { return string(PropertyId::ServerReference); }

    bool operator==(const Properties &other) const;
    bool operator!=(const Properties &other) const { return !(*this == other); }

private:
    class Data;
    QSharedDataPointer<Data> d;
};

} // namespace Mqtt
