#include "publishhistorymodel.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

PublishHistoryModel::PublishHistoryModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void PublishHistoryModel::setLimit(int limit)
{
    m_limit = qMax(1, limit);
    if (m_entries.size() > m_limit) {
        trim();
        Q_EMIT changed();
    }
}

void PublishHistoryModel::trim()
{
    if (m_entries.size() <= m_limit)
        return;
    beginRemoveRows({}, m_limit, int(m_entries.size()) - 1);
    m_entries.resize(m_limit);
    endRemoveRows();
}

void PublishHistoryModel::add(const PublishDraft &draft, qint64 timeMs)
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).draft != draft)
            continue;
        if (i > 0) {
            beginMoveRows({}, i, i, {}, 0);
            m_entries.move(i, 0);
            endMoveRows();
        }
        m_entries[0].time = timeMs;
        Q_EMIT dataChanged(index(0), index(0));
        Q_EMIT changed();
        return;
    }
    beginInsertRows({}, 0, 0);
    m_entries.prepend(Entry{draft, timeMs});
    endInsertRows();
    trim();
    Q_EMIT changed();
}

PublishDraft PublishHistoryModel::draft(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).draft : PublishDraft();
}

qint64 PublishHistoryModel::time(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).time : 0;
}

void PublishHistoryModel::clearHistory()
{
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
    Q_EMIT changed();
}

int PublishHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant PublishHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return e.draft.summary();
    case Qt::ToolTipRole:
        return tr("Published %1\nClick to load it into the editor; double-click to publish it again.")
            .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.time), QLocale::ShortFormat));
    case TimeRole:
        return e.time;
    case TopicRole:
        return e.draft.topic;
    default:
        return {};
    }
}

bool PublishHistoryModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_entries.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_entries.remove(row, count);
    endRemoveRows();
    Q_EMIT changed();
    return true;
}

QJsonValue PublishHistoryModel::toJson() const
{
    QJsonArray entries;
    for (const Entry &e : m_entries) {
        const QJsonObject message = e.draft.toJson();
        if (message.value(QLatin1String("payload")).toString().size() > MaxPersistedPayload)
            continue;
        entries.append(QJsonObject{{QStringLiteral("time"), double(e.time)}, {QStringLiteral("message"), message}});
    }
    return QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("entries"), entries}};
}

bool PublishHistoryModel::load(const QJsonValue &json, QString *error)
{
    beginResetModel();
    m_entries.clear();
    bool ok = true;
    if (!json.isUndefined() && !json.isNull()) {
        const QJsonObject o = json.toObject();
        if (!json.isObject() || !o.value(QLatin1String("entries")).isArray()) {
            ok = false;
            if (error)
                *error = tr("The publish history is not in a known format; it starts empty.");
        } else {
            for (const QJsonValue &v : o.value(QLatin1String("entries")).toArray()) {
                const QJsonObject entry = v.toObject();
                if (!entry.value(QLatin1String("message")).isObject())
                    continue;
                m_entries.append(Entry{PublishDraft::fromJson(entry.value(QLatin1String("message")).toObject()),
                                       qint64(entry.value(QLatin1String("time")).toDouble())});
                if (m_entries.size() >= m_limit)
                    break;
            }
        }
    }
    endResetModel();
    return ok;
}
