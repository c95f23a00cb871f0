#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// What a chart or tile plots: a topic (or an MQTT filter with + and #) and a JSON path, with
// how to show it. A filter makes one series per matching topic, including topics that appear
// later; each is named by the levels the wildcards matched ("kitchen" for home/+/sensor).
// The stored points stay raw; scale and offset apply when drawing and exporting. A value type.
struct SeriesDefinition
{
    Q_DECLARE_TR_FUNCTIONS(SeriesDefinition)
public:
    enum class Style { Line, Steps, Points };

    QString topic;    // topic name or filter
    QString path;     // "" for a plain numeric payload, else "a.b[2].c" as SeriesStore names leaves
    QString label;    // empty: named after the topic and path (or the wildcard levels)
    QString unit;     // "°C"; series with another unit than the first go on a second Y axis
    double scale = 1.0;
    double offset = 0.0;
    QColor color;     // invalid: picked from the chart's palette
    Style style = Style::Line;

    static SeriesDefinition of(const QString &topic, const QString &path)
    {
        SeriesDefinition d;
        d.topic = topic;
        d.path = path;
        return d;
    }

    bool isWildcard() const;
    bool matches(const QString &topicName, const QString &leafPath) const;
    double apply(double raw) const { return raw * scale + offset; }
    // The legend name of the series this definition makes for a matching topic.
    QString displayName(const QString &topicName) const;
    // The levels of topicName that the filter's wildcards matched, joined by '/'.
    static QString wildcardLevels(const QString &filter, const QString &topicName);

    // Why this definition cannot plot anything ("topic filter: '#' must be the last level"),
    // or an empty string.
    QString validate() const;

    QJsonObject toJson() const;
    // Nothing, and *error says why, when the JSON is not a usable definition.
    static std::optional<SeriesDefinition> fromJson(const QJsonValue &json, QString *error);
    static QString styleName(Style style);

    bool operator==(const SeriesDefinition &o) const;
    bool operator!=(const SeriesDefinition &o) const { return !(*this == o); }
};
