#pragma once

#include "publishdraft.h"

#include <QAbstractItemModel>
#include <QJsonValue>

// Named messages kept with a profile, grouped in folders (two levels: folders, then the
// messages in them, in the user's order). The window keeps it in the profile's
// "savedMessages" section through toJson()/load(); every edit emits changed().
class SavedMessagesModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role { IsFolderRole = Qt::UserRole + 1, TopicRole };

    explicit SavedMessagesModel(QObject *parent = nullptr);

    // Saves under `folder` (created when new) as `name`; a message of that name in that
    // folder is replaced. Returns its index.
    QModelIndex save(const QString &folder, const QString &name, const PublishDraft &draft);
    bool isFolder(const QModelIndex &index) const;
    PublishDraft draft(const QModelIndex &index) const;
    // A folder's messages in order (a message: itself).
    QList<PublishDraft> sequence(const QModelIndex &index) const;
    QStringList folderNames() const;
    QModelIndex folderIndex(const QString &folder) const;
    QModelIndex messageIndex(const QString &folder, const QString &name) const;
    int messageCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    // {"version": 1, "folders": [{"name": "...", "messages": [{"name": "...", "message": {...}}]}]}
    QJsonValue toJson() const;
    // Replaces everything; false with *error when the value is not saved messages (the model
    // is then empty). Does not emit changed().
    bool load(const QJsonValue &json, QString *error = nullptr);

Q_SIGNALS:
    void changed();

private:
    struct Saved
    {
        QString name;
        PublishDraft draft;
    };
    struct Folder
    {
        QString name;
        QList<Saved> messages;
    };
    QList<Folder> m_folders;
};
