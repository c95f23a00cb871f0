#include "savedmessagesmodel.h"

#include <QJsonArray>
#include <QJsonObject>

// Internal ids: 0 for a folder row, folder row + 1 for a message row (its parent's row).

SavedMessagesModel::SavedMessagesModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

QModelIndex SavedMessagesModel::save(const QString &folderName, const QString &name, const PublishDraft &draft)
{
    int f = 0;
    while (f < m_folders.size() && m_folders.at(f).name != folderName)
        ++f;
    if (f == m_folders.size()) {
        beginInsertRows({}, f, f);
        m_folders.append(Folder{folderName, {}});
        endInsertRows();
    }
    Folder &folder = m_folders[f];
    const QModelIndex parentIndex = index(f, 0);
    for (int m = 0; m < folder.messages.size(); ++m) {
        if (folder.messages.at(m).name == name) {
            folder.messages[m].draft = draft;
            const QModelIndex i = index(m, 0, parentIndex);
            Q_EMIT dataChanged(i, i);
            Q_EMIT changed();
            return i;
        }
    }
    const int row = int(folder.messages.size());
    beginInsertRows(parentIndex, row, row);
    folder.messages.append(Saved{name, draft});
    endInsertRows();
    Q_EMIT changed();
    return index(row, 0, parentIndex);
}

bool SavedMessagesModel::isFolder(const QModelIndex &index) const
{
    return index.isValid() && index.internalId() == 0;
}

PublishDraft SavedMessagesModel::draft(const QModelIndex &index) const
{
    if (!index.isValid() || isFolder(index))
        return {};
    return m_folders.at(int(index.internalId() - 1)).messages.at(index.row()).draft;
}

QList<PublishDraft> SavedMessagesModel::sequence(const QModelIndex &index) const
{
    QList<PublishDraft> list;
    if (!index.isValid())
        return list;
    if (!isFolder(index))
        return {draft(index)};
    for (const Saved &s : m_folders.at(index.row()).messages)
        list.append(s.draft);
    return list;
}

QStringList SavedMessagesModel::folderNames() const
{
    QStringList names;
    for (const Folder &f : m_folders)
        names.append(f.name);
    return names;
}

QModelIndex SavedMessagesModel::folderIndex(const QString &folder) const
{
    for (int f = 0; f < m_folders.size(); ++f) {
        if (m_folders.at(f).name == folder)
            return index(f, 0);
    }
    return {};
}

QModelIndex SavedMessagesModel::messageIndex(const QString &folder, const QString &name) const
{
    const QModelIndex parentIndex = folderIndex(folder);
    if (!parentIndex.isValid())
        return {};
    const QList<Saved> &messages = m_folders.at(parentIndex.row()).messages;
    for (int m = 0; m < messages.size(); ++m) {
        if (messages.at(m).name == name)
            return index(m, 0, parentIndex);
    }
    return {};
}

int SavedMessagesModel::messageCount() const
{
    int n = 0;
    for (const Folder &f : m_folders)
        n += int(f.messages.size());
    return n;
}

QModelIndex SavedMessagesModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_folders.size() ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    if (!isFolder(parent) || row >= m_folders.at(parent.row()).messages.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex SavedMessagesModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int SavedMessagesModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_folders.size());
    if (parent.column() != 0 || !isFolder(parent))
        return 0;
    return int(m_folders.at(parent.row()).messages.size());
}

int SavedMessagesModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant SavedMessagesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (isFolder(index)) {
        const Folder &f = m_folders.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return tr("%1 (%2)").arg(f.name).arg(f.messages.size());
        case Qt::EditRole:
            return f.name;
        case Qt::ToolTipRole:
            return tr("Folder \"%1\": run publishes its messages in order").arg(f.name);
        case IsFolderRole:
            return true;
        default:
            return {};
        }
    }
    const Saved &s = m_folders.at(int(index.internalId() - 1)).messages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return s.name;
    case Qt::ToolTipRole:
        return s.draft.summary();
    case IsFolderRole:
        return false;
    case TopicRole:
        return s.draft.topic;
    default:
        return {};
    }
}

bool SavedMessagesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const QString name = value.toString().trimmed();
    if (name.isEmpty())
        return false;
    if (isFolder(index)) {
        if (folderIndex(name).isValid())
            return false; // names stay unique
        m_folders[index.row()].name = name;
    } else {
        Folder &f = m_folders[int(index.internalId() - 1)];
        if (messageIndex(f.name, name).isValid())
            return false;
        f.messages[index.row()].name = name;
    }
    Q_EMIT dataChanged(index, index);
    Q_EMIT changed();
    return true;
}

Qt::ItemFlags SavedMessagesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool SavedMessagesModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (row < 0 || count <= 0 || row + count > rowCount(parent))
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    if (!parent.isValid())
        m_folders.remove(row, count);
    else
        m_folders[parent.row()].messages.remove(row, count);
    endRemoveRows();
    Q_EMIT changed();
    return true;
}

QJsonValue SavedMessagesModel::toJson() const
{
    QJsonArray folders;
    for (const Folder &f : m_folders) {
        QJsonArray messages;
        for (const Saved &s : f.messages)
            messages.append(QJsonObject{{QStringLiteral("name"), s.name}, {QStringLiteral("message"), s.draft.toJson()}});
        folders.append(QJsonObject{{QStringLiteral("name"), f.name}, {QStringLiteral("messages"), messages}});
    }
    return QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("folders"), folders}};
}

bool SavedMessagesModel::load(const QJsonValue &json, QString *error)
{
    beginResetModel();
    m_folders.clear();
    bool ok = true;
    if (!json.isUndefined() && !json.isNull()) {
        const QJsonObject o = json.toObject();
        if (!json.isObject() || !o.value(QLatin1String("folders")).isArray()) {
            ok = false;
            if (error)
                *error = tr("The saved messages are not in a known format; none are loaded.");
        } else {
            for (const QJsonValue &fv : o.value(QLatin1String("folders")).toArray()) {
                const QJsonObject fo = fv.toObject();
                Folder folder{fo.value(QLatin1String("name")).toString(), {}};
                for (const QJsonValue &mv : fo.value(QLatin1String("messages")).toArray()) {
                    const QJsonObject mo = mv.toObject();
                    folder.messages.append(Saved{mo.value(QLatin1String("name")).toString(),
                                                 PublishDraft::fromJson(mo.value(QLatin1String("message")).toObject())});
                }
                m_folders.append(folder);
            }
        }
    }
    endResetModel();
    return ok;
}
