#include "topic.h"

#include <QCoreApplication>

namespace Mqtt::Topic {

namespace {

const QLatin1StringView SharePrefix("$share/");

void setWhy(QString *why, const QString &text)
{
    if (why)
        *why = text;
}

// §1.5.4 / §4.7.3: at most 65,535 bytes once encoded as UTF-8, no U+0000, and well-formed
// UTF-16 (a lone surrogate has no UTF-8 encoding).
bool checkCommon(QStringView s, QString *why)
{
    if (s.isEmpty()) {
        setWhy(why, QCoreApplication::translate("Mqtt", "it is empty (MQTT 5 §4.7.3)"));
        return false;
    }
    qsizetype utf8Bytes = 0;
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = s[i].unicode();
        if (c == 0) {
            setWhy(why, QCoreApplication::translate("Mqtt", "it contains U+0000 (MQTT 5 §1.5.4)"));
            return false;
        }
        if (c < 0x80) {
            utf8Bytes += 1;
        } else if (c < 0x800) {
            utf8Bytes += 2;
        } else if (QChar::isHighSurrogate(c)) {
            if (i + 1 >= n || !QChar::isLowSurrogate(s[i + 1].unicode())) {
                setWhy(why, QCoreApplication::translate("Mqtt", "it contains an unpaired surrogate (MQTT 5 §1.5.4)"));
                return false;
            }
            ++i;
            utf8Bytes += 4;
        } else if (QChar::isLowSurrogate(c)) {
            setWhy(why, QCoreApplication::translate("Mqtt", "it contains an unpaired surrogate (MQTT 5 §1.5.4)"));
            return false;
        } else {
            utf8Bytes += 3;
        }
    }
    if (utf8Bytes > 65535) {
        setWhy(why, QCoreApplication::translate("Mqtt", "it is longer than 65,535 bytes (MQTT 5 §4.7.3)"));
        return false;
    }
    return true;
}

// Filter syntax without the $share handling: '#' only as the whole last level, '+' only as
// a whole level (§4.7.1.2, §4.7.1.3).
bool checkFilterLevels(QStringView filter, QString *why)
{
    const qsizetype n = filter.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = filter[i];
        if (c == u'#') {
            if ((i > 0 && filter[i - 1] != u'/') || i != n - 1) {
                setWhy(why, QCoreApplication::translate(
                                "Mqtt", "'#' must be the last character and alone in its level (MQTT 5 §4.7.1.2)"));
                return false;
            }
        } else if (c == u'+') {
            if ((i > 0 && filter[i - 1] != u'/') || (i + 1 < n && filter[i + 1] != u'/')) {
                setWhy(why, QCoreApplication::translate("Mqtt", "'+' must occupy an entire level (MQTT 5 §4.7.1.3)"));
                return false;
            }
        }
    }
    return true;
}

} // namespace

bool isValidTopicName(QStringView name, QString *why)
{
    if (!checkCommon(name, why))
        return false;
    for (QChar c : name) {
        if (c == u'+' || c == u'#') {
            setWhy(why, QCoreApplication::translate("Mqtt", "it contains the wildcard '%1', which a topic name must not "
                                                            "(MQTT 5 §4.7.1)")
                            .arg(c));
            return false;
        }
    }
    return true;
}

bool isValidTopicFilter(QStringView filter, QString *why)
{
    if (!checkCommon(filter, why))
        return false;
    if (isSharedSubscription(filter)) {
        // MQTT 5 §4.8.2: "$share/{ShareName}/{filter}"; the share name is at least one
        // character and holds no '/', '+' or '#'; the inner filter must itself be valid.
        const QStringView rest = filter.mid(SharePrefix.size());
        const qsizetype slash = rest.indexOf(u'/');
        if (slash <= 0) {
            setWhy(why, QCoreApplication::translate(
                            "Mqtt", "a shared subscription needs a share name and a filter: $share/{group}/{filter} "
                                    "(MQTT 5 §4.8.2)"));
            return false;
        }
        const QStringView group = rest.left(slash);
        if (group.contains(u'+') || group.contains(u'#')) {
            setWhy(why, QCoreApplication::translate("Mqtt", "the share name must not contain '+' or '#' (MQTT 5 §4.8.2)"));
            return false;
        }
        const QStringView inner = rest.mid(slash + 1);
        if (inner.isEmpty()) {
            setWhy(why, QCoreApplication::translate("Mqtt", "the shared subscription has an empty filter (MQTT 5 §4.8.2)"));
            return false;
        }
        return checkFilterLevels(inner, why);
    }
    return checkFilterLevels(filter, why);
}

bool isSharedSubscription(QStringView filter)
{
    return filter.startsWith(SharePrefix);
}

std::optional<SharedSubscription> parseSharedSubscription(QStringView filter)
{
    if (!isSharedSubscription(filter) || !isValidTopicFilter(filter))
        return std::nullopt;
    const QStringView rest = filter.mid(SharePrefix.size());
    const qsizetype slash = rest.indexOf(u'/');
    return SharedSubscription{rest.left(slash).toString(), rest.mid(slash + 1).toString()};
}

bool matches(QStringView filter, QStringView topicName)
{
    if (isSharedSubscription(filter)) {
        const QStringView rest = filter.mid(SharePrefix.size());
        const qsizetype slash = rest.indexOf(u'/');
        if (slash < 0)
            return false;
        filter = rest.mid(slash + 1);
    }
    if (filter.isEmpty() || topicName.isEmpty())
        return false;
    // §4.7.2: topics beginning with '$' are not matched by a filter beginning with a wildcard.
    if (topicName.front() == u'$' && (filter.front() == u'+' || filter.front() == u'#'))
        return false;

    qsizetype fi = 0;
    qsizetype ti = 0;
    const qsizetype fn = filter.size();
    const qsizetype tn = topicName.size();
    for (;;) {
        qsizetype fEnd = filter.indexOf(u'/', fi);
        if (fEnd < 0)
            fEnd = fn;
        const QStringView fLevel = filter.mid(fi, fEnd - fi);
        if (fLevel == u"#")
            return true; // matches this level and everything below, including nothing at all
        qsizetype tEnd = topicName.indexOf(u'/', ti);
        if (tEnd < 0)
            tEnd = tn;
        if (fLevel != u"+" && fLevel != topicName.mid(ti, tEnd - ti))
            return false;
        const bool filterDone = fEnd == fn;
        const bool topicDone = tEnd == tn;
        if (filterDone && topicDone)
            return true;
        if (filterDone)
            return false;
        fi = fEnd + 1;
        if (topicDone)
            return filter.mid(fi) == u"#"; // §4.7.1.2: "sport/#" also matches "sport"
        ti = tEnd + 1;
    }
}

} // namespace Mqtt::Topic
