#include "seriesdefinition.h"

#include "topic.h"

#include <QJsonValue>

#include <cmath>

namespace {
const QString TopicKey = QStringLiteral("topic");
const QString PathKey = QStringLiteral("path");
const QString LabelKey = QStringLiteral("label");
const QString UnitKey = QStringLiteral("unit");
const QString ScaleKey = QStringLiteral("scale");
const QString OffsetKey = QStringLiteral("offset");
const QString ColorKey = QStringLiteral("color");
const QString StyleKey = QStringLiteral("style");
} // namespace

bool SeriesDefinition::isWildcard() const
{
    return topic.contains(QLatin1Char('+')) || topic.contains(QLatin1Char('#'));
}

bool SeriesDefinition::matches(const QString &topicName, const QString &leafPath) const
{
    if (leafPath != path)
        return false;
    return isWildcard() ? Mqtt::Topic::matches(topic, topicName) : topic == topicName;
}

QString SeriesDefinition::wildcardLevels(const QString &filter, const QString &topicName)
{
    const QStringList f = filter.split(QLatin1Char('/'));
    const QStringList t = topicName.split(QLatin1Char('/'));
    QStringList out;
    for (int i = 0; i < f.size() && i < t.size(); ++i) {
        if (f.at(i) == QLatin1String("#")) {
            out.append(t.mid(i).join(QLatin1Char('/')));
            break;
        }
        if (f.at(i) == QLatin1String("+"))
            out.append(t.at(i));
    }
    return out.join(QLatin1Char('/'));
}

QString SeriesDefinition::displayName(const QString &topicName) const
{
    if (isWildcard()) {
        QString levels = wildcardLevels(topic, topicName);
        if (levels.isEmpty())
            levels = topicName;
        return label.isEmpty() ? levels : tr("%1 (%2)", "series label (wildcard levels)").arg(label, levels);
    }
    if (!label.isEmpty())
        return label;
    return path.isEmpty() ? topicName : topicName + QLatin1Char(':') + path;
}

QString SeriesDefinition::validate() const
{
    if (topic.isEmpty())
        return tr("The topic is empty.");
    QString why;
    if (!Mqtt::Topic::isValidTopicFilter(topic, &why))
        return tr("The topic is not a valid topic or filter: %1").arg(why);
    if (!std::isfinite(scale) || scale == 0)
        return tr("The scale must be a number other than 0.");
    if (!std::isfinite(offset))
        return tr("The offset must be a number.");
    return {};
}

QString SeriesDefinition::styleName(Style style)
{
    switch (style) {
    case Style::Line:
        return QStringLiteral("line");
    case Style::Steps:
        return QStringLiteral("steps");
    case Style::Points:
        return QStringLiteral("points");
    }
    return QStringLiteral("line");
}

QJsonObject SeriesDefinition::toJson() const
{
    QJsonObject o;
    o.insert(TopicKey, topic);
    o.insert(PathKey, path);
    if (!label.isEmpty())
        o.insert(LabelKey, label);
    if (!unit.isEmpty())
        o.insert(UnitKey, unit);
    if (scale != 1.0)
        o.insert(ScaleKey, scale);
    if (offset != 0.0)
        o.insert(OffsetKey, offset);
    if (color.isValid())
        o.insert(ColorKey, color.name(QColor::HexRgb));
    if (style != Style::Line)
        o.insert(StyleKey, styleName(style));
    return o;
}

std::optional<SeriesDefinition> SeriesDefinition::fromJson(const QJsonValue &json, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<SeriesDefinition> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!json.isObject())
        return fail(tr("a series must be a JSON object"));
    const QJsonObject o = json.toObject();
    SeriesDefinition d;
    auto readString = [&o](const QString &key, QString *out) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isString())
            return false;
        *out = v.toString();
        return true;
    };
    if (!readString(TopicKey, &d.topic) || !readString(PathKey, &d.path) || !readString(LabelKey, &d.label)
        || !readString(UnitKey, &d.unit))
        return fail(tr("topic, path, label and unit must be text"));
    for (const auto &[key, target] : {std::pair{ScaleKey, &d.scale}, std::pair{OffsetKey, &d.offset}}) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            continue;
        if (!v.isDouble())
            return fail(tr("'%1' must be a number").arg(key));
        *target = v.toDouble();
    }
    const QJsonValue color = o.value(ColorKey);
    if (!color.isUndefined()) {
        d.color = QColor::fromString(color.toString());
        if (!color.isString() || !d.color.isValid())
            return fail(tr("'%1' is not a colour like #1f77b4").arg(color.toString()));
    }
    const QJsonValue style = o.value(StyleKey);
    if (!style.isUndefined()) {
        const QString name = style.toString();
        if (name == QLatin1String("line"))
            d.style = Style::Line;
        else if (name == QLatin1String("steps"))
            d.style = Style::Steps;
        else if (name == QLatin1String("points"))
            d.style = Style::Points;
        else
            return fail(tr("unknown style '%1' (line, steps or points)").arg(name));
    }
    const QString why = d.validate();
    if (!why.isEmpty())
        return fail(why);
    return d;
}

bool SeriesDefinition::operator==(const SeriesDefinition &o) const
{
    return topic == o.topic && path == o.path && label == o.label && unit == o.unit && scale == o.scale
        && offset == o.offset && color == o.color && style == o.style;
}
