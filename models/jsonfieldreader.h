#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <optional>

// Reads the fields of one JSON object with type and range checks, remembering which keys it
// was asked about, so that the rest (fields a newer version wrote) can be kept and written back.
// The first problem stops reading and is kept as a sentence naming the field
// ("connection.keepAlive: expected a whole number from 0 to 65535").
class JsonFieldReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonFieldReader)
public:
    // path: where the object sits, for messages ("connection.tls"); empty for the top level.
    JsonFieldReader(const QJsonObject &object, const QString &path);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    void fail(const QString &key, const QString &problem);

    bool has(const QString &key);
    // Each reader leaves *value unchanged when the key is missing or null.
    void read(const QString &key, QString *value);
    void read(const QString &key, bool *value);
    void readBytes(const QString &key, QByteArray *value); // a UTF-8 string
    std::optional<QString> optionalString(const QString &key);
    std::optional<quint64> optionalNumber(const QString &key, quint64 min, quint64 max);
    template<typename T>
    void readNumber(const QString &key, T *value, quint64 min, quint64 max)
    {
        if (const std::optional<quint64> number = optionalNumber(key, min, max))
            *value = T(*number);
    }
    QJsonObject object(const QString &key);
    QJsonArray array(const QString &key);
    QStringList stringList(const QString &key);
    // [["key", "value"], ...] (user properties, HTTP headers).
    QList<QPair<QString, QString>> pairs(const QString &key);

    // The keys nobody asked about, with their values.
    QJsonObject unknown() const;
    QString path(const QString &key) const;

private:
    QJsonValue take(const QString &key);

    QJsonObject m_object;
    QString m_path;
    QSet<QString> m_known;
    QString m_error;
};
