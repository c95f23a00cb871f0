#pragma once

#include "publishdraft.h"

#include <QAbstractListModel>
#include <QJsonValue>

// What was published from the publisher, newest first, at most limit() entries (per profile:
// the window keeps it in the profile's "publishHistory" section through toJson()/load()).
// Publishing the same message again moves it to the top instead of adding a copy.
class PublishHistoryModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { TimeRole = Qt::UserRole + 1, TopicRole };

    // Entries whose payload is larger than this stay in memory but are not persisted (the
    // profile store is a small JSON file).
    static constexpr qsizetype MaxPersistedPayload = 64 * 1024;

    explicit PublishHistoryModel(QObject *parent = nullptr);

    int limit() const { return m_limit; }
    void setLimit(int limit);

    // Adds at the top (or moves an equal entry there) with the time it was published.
    void add(const PublishDraft &draft, qint64 timeMs);
    PublishDraft draft(int row) const;
    qint64 time(int row) const;
    void clearHistory();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    // {"version": 1, "entries": [{"time": ms, "message": {...}}]}
    QJsonValue toJson() const;
    // Replaces the entries; false with *error for something that is not a history (the
    // model is then empty). Does not emit changed().
    bool load(const QJsonValue &json, QString *error = nullptr);

Q_SIGNALS:
    // The entries changed through add/remove/clear (time to persist).
    void changed();

private:
    struct Entry
    {
        PublishDraft draft;
        qint64 time = 0;
    };
    void trim();

    QList<Entry> m_entries;
    int m_limit = 200;
};
