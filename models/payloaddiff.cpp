#include "payloaddiff.h"

#include "payloadtext.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace {

constexpr int MaxDepth = 256;
constexpr int MaxLeaves = 200000;

struct Leaves
{
    std::vector<std::pair<QString, QString>> list; // path, value as JSON text
    QHash<QString, qsizetype> index;
};

QString scalarText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: return QLatin1Char('"') + v.toString() + QLatin1Char('"');
    case QJsonValue::Double: return v.toVariant().toString();
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Object: return QStringLiteral("{}");
    case QJsonValue::Array: return QStringLiteral("[]");
    default: return QStringLiteral("null");
    }
}

void flatten(const QJsonValue &v, const QString &path, Leaves &out, int depth)
{
    if (qsizetype(out.list.size()) >= MaxLeaves)
        return;
    const bool container = v.isObject() || v.isArray();
    const bool empty = (v.isObject() && v.toObject().isEmpty()) || (v.isArray() && v.toArray().isEmpty());
    if (!container || empty || depth >= MaxDepth) {
        out.index.insert(path, qsizetype(out.list.size()));
        out.list.emplace_back(path, container && !empty ? QStringLiteral("…") : scalarText(v));
        return;
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString key = it.key();
            bool plain = !key.isEmpty() && !key.at(0).isDigit();
            for (QChar c : key)
                plain = plain && (c.isLetterOrNumber() || c == QLatin1Char('_'));
            flatten(it.value(), plain ? path + QLatin1Char('.') + key : path + QLatin1String("[\"") + key + QLatin1String("\"]"),
                    out, depth + 1);
        }
    } else {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            flatten(a.at(i), path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'), out, depth + 1);
    }
}

bool add(PayloadDiff::Result &r, DiffEntry::Kind kind, const QString &where, const QString &oldValue, const QString &newValue)
{
    if (r.entries.size() >= PayloadDiff::MaxEntries) {
        r.truncated = true;
        return false;
    }
    r.entries.append(DiffEntry{kind, where, oldValue, newValue});
    return true;
}

QString shortText(const QString &s)
{
    return s.size() > 200 ? s.left(200) + QChar(0x2026) : s;
}

} // namespace

PayloadDiff::Result PayloadDiff::diff(QByteArrayView older, QByteArrayView newer)
{
    bool ok = false;
    Result r = json(older, newer, &ok);
    if (ok)
        return r;
    if (PayloadText::isText(older) && PayloadText::isText(newer))
        return text(older, newer);
    return binary(older, newer);
}

PayloadDiff::Result PayloadDiff::json(QByteArrayView older, QByteArrayView newer, bool *ok)
{
    Result r;
    r.mode = Mode::Json;
    QJsonParseError e1, e2;
    const QJsonDocument a = QJsonDocument::fromJson(older.toByteArray(), &e1);
    const QJsonDocument b = QJsonDocument::fromJson(newer.toByteArray(), &e2);
    const bool valid = e1.error == QJsonParseError::NoError && e2.error == QJsonParseError::NoError && !a.isNull() && !b.isNull();
    if (ok)
        *ok = valid;
    if (!valid)
        return r;
    Leaves la, lb;
    const QString root = QStringLiteral("$");
    flatten(a.isObject() ? QJsonValue(a.object()) : QJsonValue(a.array()), root, la, 0);
    flatten(b.isObject() ? QJsonValue(b.object()) : QJsonValue(b.array()), root, lb, 0);
    for (const auto &[path, value] : la.list) {
        const auto it = lb.index.constFind(path);
        if (it == lb.index.constEnd()) {
            if (!add(r, DiffEntry::Kind::Removed, path, shortText(value), {}))
                return r;
        } else if (lb.list[size_t(*it)].second != value) {
            if (!add(r, DiffEntry::Kind::Changed, path, shortText(value), shortText(lb.list[size_t(*it)].second)))
                return r;
        }
    }
    for (const auto &[path, value] : lb.list) {
        if (!la.index.contains(path) && !add(r, DiffEntry::Kind::Added, path, {}, shortText(value)))
            return r;
    }
    return r;
}

PayloadDiff::Result PayloadDiff::text(QByteArrayView older, QByteArrayView newer)
{
    Result r;
    r.mode = Mode::Text;
    const QStringList a = QString::fromUtf8(older.toByteArray()).split(QLatin1Char('\n'));
    const QStringList b = QString::fromUtf8(newer.toByteArray()).split(QLatin1Char('\n'));
    // Common head and tail first; the middle by longest common subsequence when small enough.
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head])
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
        ++tail;
    const qsizetype n = a.size() - head - tail;
    const qsizetype m = b.size() - head - tail;
    auto removed = [&](qsizetype i) { return add(r, DiffEntry::Kind::Removed, tr("line %1").arg(head + i + 1), shortText(a[head + i]), {}); };
    auto added = [&](qsizetype j) { return add(r, DiffEntry::Kind::Added, tr("line %1").arg(head + j + 1), {}, shortText(b[head + j])); };
    if (n * m > 4000000) {
        for (qsizetype i = 0; i < n; ++i)
            if (!removed(i))
                return r;
        for (qsizetype j = 0; j < m; ++j)
            if (!added(j))
                return r;
        return r;
    }
    std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
    auto at = [&](qsizetype i, qsizetype j) -> int & { return lcs[size_t(i * (m + 1) + j)]; };
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = a[head + i] == b[head + j] ? at(i + 1, j + 1) + 1 : qMax(at(i + 1, j), at(i, j + 1));
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[head + i] == b[head + j]) {
            ++i;
            ++j;
        } else if (j < m && (i == n || at(i, j + 1) > at(i + 1, j))) {
            if (!added(j++))
                return r;
        } else {
            if (!removed(i++))
                return r;
        }
    }
    return r;
}

PayloadDiff::Result PayloadDiff::binary(QByteArrayView older, QByteArrayView newer)
{
    Result r;
    r.mode = Mode::Binary;
    const qsizetype common = qMin(older.size(), newer.size());
    auto range = [](qsizetype from, qsizetype to) {
        return from == to ? tr("byte %1").arg(from) : tr("bytes %1–%2").arg(from).arg(to);
    };
    for (qsizetype i = 0; i < common;) {
        if (older[i] == newer[i]) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end + 1 < common && older[end + 1] != newer[end + 1])
            ++end;
        const qsizetype len = end - i + 1;
        if (!add(r, DiffEntry::Kind::Changed, range(i, end), PayloadText::hex(older.sliced(i, len), 32, len > 32),
                 PayloadText::hex(newer.sliced(i, len), 32, len > 32)))
            return r;
        i = end + 1;
    }
    if (older.size() > common) {
        const qsizetype len = older.size() - common;
        add(r, DiffEntry::Kind::Removed, range(common, older.size() - 1), PayloadText::hex(older.sliced(common), 32, len > 32), {});
    } else if (newer.size() > common) {
        const qsizetype len = newer.size() - common;
        add(r, DiffEntry::Kind::Added, range(common, newer.size() - 1), {}, PayloadText::hex(newer.sliced(common), 32, len > 32));
    }
    return r;
}
