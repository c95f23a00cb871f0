#include "jsonfieldreader.h"

#include <cmath>

JsonFieldReader::JsonFieldReader(const QJsonObject &object, const QString &path) : m_object(object), m_path(path) {}

QString JsonFieldReader::path(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

void JsonFieldReader::fail(const QString &key, const QString &problem)
{
    if (m_error.isEmpty())
        m_error = QStringLiteral("%1: %2").arg(path(key), problem);
}

QJsonValue JsonFieldReader::take(const QString &key)
{
    m_known.insert(key);
    return m_object.value(key);
}

bool JsonFieldReader::has(const QString &key)
{
    const QJsonValue value = take(key);
    return !value.isUndefined() && !value.isNull();
}

void JsonFieldReader::read(const QString &key, QString *value)
{
    if (const std::optional<QString> text = optionalString(key))
        *value = *text;
}

void JsonFieldReader::readBytes(const QString &key, QByteArray *value)
{
    if (const std::optional<QString> text = optionalString(key))
        *value = text->toUtf8();
}

void JsonFieldReader::read(const QString &key, bool *value)
{
    const QJsonValue v = take(key);
    if (v.isUndefined() || v.isNull())
        return;
    if (!v.isBool())
        return fail(key, tr("expected true or false"));
    *value = v.toBool();
}

std::optional<QString> JsonFieldReader::optionalString(const QString &key)
{
    const QJsonValue v = take(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isString()) {
        fail(key, tr("expected a text string"));
        return std::nullopt;
    }
    return v.toString();
}

std::optional<quint64> JsonFieldReader::optionalNumber(const QString &key, quint64 min, quint64 max)
{
    const QJsonValue v = take(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    const double number = v.toDouble(-1);
    if (!v.isDouble() || number < double(min) || number > double(max) || std::floor(number) != number) {
        fail(key, tr("expected a whole number from %1 to %2").arg(min).arg(max));
        return std::nullopt;
    }
    return quint64(number);
}

QJsonObject JsonFieldReader::object(const QString &key)
{
    const QJsonValue v = take(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isObject())
        fail(key, tr("expected an object"));
    return v.toObject();
}

QJsonArray JsonFieldReader::array(const QString &key)
{
    const QJsonValue v = take(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray())
        fail(key, tr("expected a list"));
    return v.toArray();
}

QStringList JsonFieldReader::stringList(const QString &key)
{
    QStringList list;
    const QJsonArray items = array(key);
    for (const QJsonValue &item : items) {
        if (!item.isString()) {
            fail(key, tr("expected a list of text strings"));
            return {};
        }
        list << item.toString();
    }
    return list;
}

QList<QPair<QString, QString>> JsonFieldReader::pairs(const QString &key)
{
    QList<QPair<QString, QString>> list;
    const QJsonArray items = array(key);
    for (const QJsonValue &item : items) {
        const QJsonArray pair = item.toArray();
        if (pair.size() != 2 || !pair.at(0).isString() || !pair.at(1).isString()) {
            fail(key, tr("expected a list of [\"name\", \"value\"] pairs"));
            return {};
        }
        list.append({pair.at(0).toString(), pair.at(1).toString()});
    }
    return list;
}

QJsonObject JsonFieldReader::unknown() const
{
    QJsonObject rest;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_known.contains(it.key()))
            rest.insert(it.key(), it.value());
    }
    return rest;
}
