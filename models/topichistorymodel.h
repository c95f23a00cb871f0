#pragma once

#include "topichistory.h"

#include <QAbstractTableModel>

class HistoryStore;
class TopicRegistry;

// The history of one topic as a table, oldest first (for a detail pane). Follows the store:
// each HistoryStore::updated() announces new rows with one beginInsertRows and rows the
// history dropped with one beginRemoveRows at the top.
class TopicHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, QosColumn, RetainColumn, SizeColumn, PayloadColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SequenceRole = Qt::UserRole + 1, // uint, per-topic sequence number
        TimestampRole,                   // qint64 ms since the epoch
        QosRole,                         // int
        RetainRole,                      // bool
        SizeRole,                        // qulonglong, real payload size
        PayloadRole,                     // QByteArray, as stored
        TruncatedRole,                   // bool, whether PayloadRole is cut
    };
    Q_ENUM(Role)

    // store and registry must outlive the model.
    TopicHistoryModel(const HistoryStore *store, const TopicRegistry *registry, QObject *parent = nullptr);

    // Empty: no topic. A topic not seen yet shows its messages once they arrive.
    void setTopic(const QString &topic);
    QString topic() const { return m_topic; }

    // The whole message behind a row (properties included).
    HistoryMessage message(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const TopicHistory *history() const;
    int historyIndex(int row) const;
    void sync();
    void reset();

    const HistoryStore *m_store;
    const TopicRegistry *m_registry;
    QString m_topic;
    quint32 m_topicId;
    // Rows shown: sequences [m_first, m_end).
    quint32 m_first = 0;
    quint32 m_end = 0;
};
