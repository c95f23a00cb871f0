#include "properties.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace Mqtt {

PropertyType propertyType(quint8 id)
{
    // MQTT 5 §2.2.2.2 table of property identifiers and their data types.
    switch (PropertyId(id)) {
    case PropertyId::PayloadFormatIndicator:
    case PropertyId::RequestProblemInformation:
    case PropertyId::RequestResponseInformation:
    case PropertyId::MaximumQoS:
    case PropertyId::RetainAvailable:
    case PropertyId::WildcardSubscriptionAvailable:
    case PropertyId::SubscriptionIdentifierAvailable:
    case PropertyId::SharedSubscriptionAvailable:
        return PropertyType::Byte;
    case PropertyId::ServerKeepAlive:
    case PropertyId::ReceiveMaximum:
    case PropertyId::TopicAliasMaximum:
    case PropertyId::TopicAlias:
        return PropertyType::TwoByteInteger;
    case PropertyId::MessageExpiryInterval:
    case PropertyId::SessionExpiryInterval:
    case PropertyId::WillDelayInterval:
    case PropertyId::MaximumPacketSize:
        return PropertyType::FourByteInteger;
    case PropertyId::SubscriptionIdentifier:
        return PropertyType::VariableByteInteger;
    case PropertyId::ContentType:
    case PropertyId::ResponseTopic:
    case PropertyId::AssignedClientIdentifier:
    case PropertyId::AuthenticationMethod:
    case PropertyId::ResponseInformation:
    case PropertyId::ServerReference:
    case PropertyId::ReasonString:
        return PropertyType::Utf8String;
    case PropertyId::CorrelationData:
    case PropertyId::AuthenticationData:
        return PropertyType::BinaryData;
    case PropertyId::UserProperty:
        return PropertyType::Utf8StringPair;
    }
    return PropertyType::Invalid;
}

QString propertyName(PropertyId id)
{
    switch (id) {
    case PropertyId::PayloadFormatIndicator: return QCoreApplication::translate("Mqtt", "Payload Format Indicator");
    case PropertyId::MessageExpiryInterval: return QCoreApplication::translate("Mqtt", "Message Expiry Interval");
    case PropertyId::ContentType: return QCoreApplication::translate("Mqtt", "Content Type");
    case PropertyId::ResponseTopic: return QCoreApplication::translate("Mqtt", "Response Topic");
    case PropertyId::CorrelationData: return QCoreApplication::translate("Mqtt", "Correlation Data");
    case PropertyId::SubscriptionIdentifier: return QCoreApplication::translate("Mqtt", "Subscription Identifier");
    case PropertyId::SessionExpiryInterval: return QCoreApplication::translate("Mqtt", "Session Expiry Interval");
    case PropertyId::AssignedClientIdentifier: return QCoreApplication::translate("Mqtt", "Assigned Client Identifier");
    case PropertyId::ServerKeepAlive: return QCoreApplication::translate("Mqtt", "Server Keep Alive");
    case PropertyId::AuthenticationMethod: return QCoreApplication::translate("Mqtt", "Authentication Method");
    case PropertyId::AuthenticationData: return QCoreApplication::translate("Mqtt", "Authentication Data");
    case PropertyId::RequestProblemInformation: return QCoreApplication::translate("Mqtt", "Request Problem Information");
    case PropertyId::WillDelayInterval: return QCoreApplication::translate("Mqtt", "Will Delay Interval");
    case PropertyId::RequestResponseInformation: return QCoreApplication::translate("Mqtt", "Request Response Information");
    case PropertyId::ResponseInformation: return QCoreApplication::translate("Mqtt", "Response Information");
    case PropertyId::ServerReference: return QCoreApplication::translate("Mqtt", "Server Reference");
    case PropertyId::ReasonString: return QCoreApplication::translate("Mqtt", "Reason String");
    case PropertyId::ReceiveMaximum: return QCoreApplication::translate("Mqtt", "Receive Maximum");
    case PropertyId::TopicAliasMaximum: return QCoreApplication::translate("Mqtt", "Topic Alias Maximum");
    case PropertyId::TopicAlias: return QCoreApplication::translate("Mqtt", "Topic Alias");
    case PropertyId::MaximumQoS: return QCoreApplication::translate("Mqtt", "Maximum QoS");
    case PropertyId::RetainAvailable: return QCoreApplication::translate("Mqtt", "Retain Available");
    case PropertyId::UserProperty: return QCoreApplication::translate("Mqtt", "User Property");
    case PropertyId::MaximumPacketSize: return QCoreApplication::translate("Mqtt", "Maximum Packet Size");
    case PropertyId::WildcardSubscriptionAvailable:
        return QCoreApplication::translate("Mqtt", "Wildcard Subscription Available");
    case PropertyId::SubscriptionIdentifierAvailable:
        return QCoreApplication::translate("Mqtt", "Subscription Identifier Available");
    case PropertyId::SharedSubscriptionAvailable:
        return QCoreApplication::translate("Mqtt", "Shared Subscription Available");
    }
    return QCoreApplication::translate("Mqtt", "Unknown property 0x%1").arg(quint8(id), 2, 16, QLatin1Char('0'));
}

// Packets carry few properties, so a small vector sorted by id beats a map.
class Properties::Data : public QSharedData
{
public:
    struct Entry
    {
        PropertyId id;
        QVariant value;
        bool operator==(const Entry &o) const { return id == o.id && value == o.value; }
    };
    std::vector<Entry> entries;
    UserProperties userProperties;
    QList<quint32> subscriptionIds;

    std::vector<Entry>::iterator find(PropertyId id)
    {
        return std::lower_bound(entries.begin(), entries.end(), id,
                                [](const Entry &e, PropertyId i) { return e.id < i; });
    }
    const Entry *findConst(PropertyId id) const
    {
        auto it = std::lower_bound(entries.begin(), entries.end(), id,
                                   [](const Entry &e, PropertyId i) { return e.id < i; });
        return it != entries.end() && it->id == id ? &*it : nullptr;
    }
};

Properties::Properties() = default;
Properties::Properties(const Properties &other) = default;
Properties &Properties::operator=(const Properties &other) = default;
Properties::~Properties() = default;

bool Properties::isEmpty() const
{
    return !d || (d->entries.empty() && d->userProperties.isEmpty() && d->subscriptionIds.isEmpty());
}

bool Properties::contains(PropertyId id) const
{
    if (!d)
        return false;
    if (id == PropertyId::UserProperty)
        return !d->userProperties.isEmpty();
    if (id == PropertyId::SubscriptionIdentifier)
        return !d->subscriptionIds.isEmpty();
    return d->findConst(id) != nullptr;
}

QVariant Properties::value(PropertyId id) const
{
    if (!d)
        return {};
    if (id == PropertyId::SubscriptionIdentifier)
        return d->subscriptionIds.isEmpty() ? QVariant() : QVariant(d->subscriptionIds.first());
    const Data::Entry *e = d->findConst(id);
    return e ? e->value : QVariant();
}

void Properties::setValue(PropertyId id, const QVariant &value)
{
    if (!d)
        d = new Data;
    if (id == PropertyId::UserProperty)
        return; // multi-valued: use setUserProperties()/addUserProperty()
    if (id == PropertyId::SubscriptionIdentifier) {
        d->subscriptionIds = {value.toUInt()};
        return;
    }
    QVariant stored;
    switch (propertyType(quint8(id))) {
    case PropertyType::Byte:
    case PropertyType::TwoByteInteger:
    case PropertyType::FourByteInteger:
    case PropertyType::VariableByteInteger:
        stored = QVariant(quint32(value.toUInt()));
        break;
    case PropertyType::Utf8String:
        stored = QVariant(value.toString());
        break;
    case PropertyType::BinaryData:
        stored = QVariant(value.toByteArray());
        break;
    default:
        return;
    }
    auto it = d->find(id);
    if (it != d->entries.end() && it->id == id)
        it->value = stored;
    else
        d->entries.insert(it, Data::Entry{id, stored});
}

void Properties::remove(PropertyId id)
{
    if (!contains(id))
        return;
    if (id == PropertyId::UserProperty) {
        d->userProperties = {}; // not clear(): an allocated empty list trips Qt 6.4's memcmp in ==
    } else if (id == PropertyId::SubscriptionIdentifier) {
        d->subscriptionIds = {};
    } else {
        auto it = d->find(id);
        d->entries.erase(it);
    }
}

QList<PropertyId> Properties::ids() const
{
    QList<PropertyId> result;
    if (!d)
        return result;
    result.reserve(qsizetype(d->entries.size()));
    for (const Data::Entry &e : d->entries)
        result.append(e.id);
    return result;
}

UserProperties Properties::userProperties() const { return d ? d->userProperties : UserProperties(); }

void Properties::setUserProperties(const UserProperties &props)
{
    if (!d)
        d = new Data;
    d->userProperties = props;
}

void Properties::addUserProperty(const QString &key, const QString &value)
{
    if (!d)
        d = new Data;
    d->userProperties.append(UserProperty(key, value));
}

QList<quint32> Properties::subscriptionIdentifiers() const { return d ? d->subscriptionIds : QList<quint32>(); }

void Properties::setSubscriptionIdentifiers(const QList<quint32> &ids)
{
    if (!d)
        d = new Data;
    d->subscriptionIds = ids;
}

void Properties::addSubscriptionIdentifier(quint32 id)
{
    if (!d)
        d = new Data;
    d->subscriptionIds.append(id);
}

std::optional<quint32> Properties::integer(PropertyId id) const
{
    if (id == PropertyId::SubscriptionIdentifier) {
        if (!d || d->subscriptionIds.isEmpty())
            return std::nullopt;
        return d->subscriptionIds.first();
    }
    const Data::Entry *e = d ? d->findConst(id) : nullptr;
    if (!e || e->value.typeId() != QMetaType::UInt)
        return std::nullopt;
    return e->value.toUInt();
}

std::optional<QString> Properties::string(PropertyId id) const
{
    const Data::Entry *e = d ? d->findConst(id) : nullptr;
    if (!e || e->value.typeId() != QMetaType::QString)
        return std::nullopt;
    return e->value.toString();
}

std::optional<QByteArray> Properties::binary(PropertyId id) const
{
    const Data::Entry *e = d ? d->findConst(id) : nullptr;
    if (!e || e->value.typeId() != QMetaType::QByteArray)
        return std::nullopt;
    return e->value.toByteArray();
}

bool Properties::operator==(const Properties &other) const
{
    if (d == other.d)
        return true;
    if (isEmpty() || other.isEmpty())
        return isEmpty() && other.isEmpty();
    return d->entries == other.d->entries && d->userProperties == other.d->userProperties
        && d->subscriptionIds == other.d->subscriptionIds;
}

} // namespace Mqtt
