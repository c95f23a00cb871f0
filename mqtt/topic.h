#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Mqtt::Topic {

// MQTT §4.7 topic names and filters. `why`, when given, receives a readable reason.
bool isValidTopicName(QStringView name, QString *why = nullptr);
bool isValidTopicFilter(QStringView filter, QString *why = nullptr);

// Whether a (valid) filter matches a (valid) topic name. §4.7.2: a filter starting with a
// wildcard does not match topics starting with '$'. A shared subscription filter
// ($share/group/filter) matches like its inner filter.
bool matches(QStringView filter, QStringView topicName);

// MQTT 5 §4.8.2 shared subscription "$share/{ShareName}/{filter}".
struct SharedSubscription
{
    QString group;
    QString filter;
};
bool isSharedSubscription(QStringView filter);
std::optional<SharedSubscription> parseSharedSubscription(QStringView filter);

} // namespace Mqtt::Topic
