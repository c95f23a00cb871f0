#include "messagelogmodel.h"

#include "historystore.h"
#include "message.h"
#include "payloadtext.h"
#include "topicregistry.h"

#include <QDateTime>

namespace {
constexpr int PreviewChars = 120;
}

MessageLogModel::MessageLogModel(const TopicRegistry *registry, const HistoryStore *history, QObject *parent)
    : QAbstractTableModel(parent), m_store(history), m_registry(registry), m_history(history)
{
}

MessageLogModel::~MessageLogModel() = default;

MessageLogModel::Lock MessageLogModel::lock() const
{
    return m_history ? m_history->lock() : Lock(m_ownMutex);
}

quint64 MessageLogModel::droppedCount() const
{
    return m_publishedDropped.load(std::memory_order_relaxed);
}

void MessageLogModel::setPreviewBytes(int bytes)
{
    const Lock locked = lock();
    m_store.setPreviewBytes(bytes);
}

int MessageLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visibleEnd - m_visibleFirst);
}

int MessageLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MessageLogModel::topicOf(quint64 sequence) const
{
    const Lock locked = lock();
    return m_store.contains(sequence) ? m_registry->name(m_store.topicId(sequence)) : QString();
}

QString MessageLogModel::topicName(quint32 topicId) const
{
    return m_registry->name(topicId);
}

QByteArray MessageLogModel::payloadOf(quint64 sequence, bool *complete) const
{
    const Lock locked = lock();
    if (complete)
        *complete = false;
    if (!m_store.contains(sequence))
        return {};
    const QByteArrayView prefix = m_store.preview(sequence);
    if (prefix.size() >= qsizetype(m_store.size(sequence))) {
        if (complete)
            *complete = true;
        return prefix.toByteArray();
    }
    const quint32 hs = m_store.historySequence(sequence);
    if (hs != MessageLogStore::NoHistory && m_history) {
        if (const TopicHistory *h = m_history->history(m_store.topicId(sequence))) {
            const int i = h->indexOfSequence(hs);
            if (i >= 0) {
                if (complete)
                    *complete = h->payloadAt(i).size() >= h->sizeAt(i);
                return h->payloadAt(i).toByteArray();
            }
        }
    }
    return prefix.toByteArray();
}

QVariant MessageLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const quint64 seq = sequenceAt(index.row());
    const Lock locked = lock();
    if (!m_store.contains(seq))
        return {}; // dropped during the batch being committed
    const MessageLogStore &s = m_store;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(s.timestamp(seq)).toString(QStringLiteral("HH:mm:ss.zzz"));
        case DirectionColumn:
            return s.direction(seq) == MessageDirection::Sent ? tr("sent") : tr("received");
        case TopicColumn:
            return m_registry->name(s.topicId(seq));
        case QosColumn:
            return int(s.qos(seq));
        case RetainColumn:
            return s.retain(seq) ? tr("retained") : QString();
        case SizeColumn:
            return uint(s.size(seq));
        case PayloadColumn:
            return PayloadText::preview(s.preview(seq), PreviewChars, s.size(seq));
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return QDateTime::fromMSecsSinceEpoch(s.timestamp(seq)).toString(Qt::ISODateWithMs);
        if (index.column() == PayloadColumn)
            return PayloadText::preview(payloadOf(seq), 1000, s.size(seq));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == QosColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SequenceRole:
        return qulonglong(seq);
    case TimestampRole:
        return s.timestamp(seq);
    case DirectionRole:
        return int(s.direction(seq));
    case TopicRole:
        return m_registry->name(s.topicId(seq));
    case TopicIdRole:
        return uint(s.topicId(seq));
    case QosRole:
        return int(s.qos(seq));
    case RetainRole:
        return s.retain(seq);
    case SizeRole:
        return qulonglong(s.size(seq));
    case PayloadRole:
        return payloadOf(seq);
    case PayloadCompleteRole: {
        bool complete = false;
        payloadOf(seq, &complete);
        return complete;
    }
    case HistorySequenceRole:
        return uint(s.historySequence(seq));
    }
    return {};
}

Mqtt::Message MessageLogModel::messageAt(quint64 sequence, bool *complete) const
{
    const Lock locked = lock();
    if (complete)
        *complete = false;
    if (!m_store.contains(sequence))
        return {};
    Mqtt::Message m(topicOf(sequence), payloadOf(sequence, complete), m_store.qos(sequence), m_store.retain(sequence));
    m.setDup(m_store.dup(sequence));
    m.setTimestamp(m_store.timestamp(sequence));
    const quint32 hs = m_store.historySequence(sequence);
    if (hs != MessageLogStore::NoHistory && m_history) {
        if (const TopicHistory *h = m_history->history(m_store.topicId(sequence))) {
            const int i = h->indexOfSequence(hs);
            if (i >= 0)
                m.setProperties(h->at(i).properties);
        }
    }
    return m;
}

QVariant MessageLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case DirectionColumn: return tr("Direction");
    case TopicColumn: return tr("Topic");
    case QosColumn: return tr("QoS");
    case RetainColumn: return tr("Retain");
    case SizeColumn: return tr("Size");
    case PayloadColumn: return tr("Payload");
    }
    return {};
}

QHash<int, QByteArray> MessageLogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SequenceRole, "sequence");
    names.insert(TimestampRole, "timestamp");
    names.insert(DirectionRole, "direction");
    names.insert(TopicRole, "topic");
    names.insert(TopicIdRole, "topicId");
    names.insert(QosRole, "qos");
    names.insert(RetainRole, "retain");
    names.insert(SizeRole, "size");
    names.insert(PayloadRole, "payload");
    names.insert(PayloadCompleteRole, "payloadComplete");
    names.insert(HistorySequenceRole, "historySequence");
    return names;
}

void MessageLogModel::append(quint32 topicId, const Mqtt::Message &message, qint64 timestamp,
                             MessageDirection direction, quint32 historySequence)
{
    append(topicId, message, message.payload(), timestamp, direction, historySequence);
}

void MessageLogModel::commitUpTo(quint64 limit)
{
    m_limit = limit;
    commit();
}

void MessageLogModel::commit()
{
    // Held across the row signals: the worker must not drop a row between a begin and an end
    // signal (views and QAbstractItemModelTester read rows on both sides). Slots reading the
    // log lock again, which a recursive mutex allows; none waits for the worker.
    const Lock locked = lock();
    const quint64 storeEnd = m_publishedEnd.load(std::memory_order_acquire);
    const quint64 first = m_publishedFirst.load(std::memory_order_relaxed);
    const quint64 end = qMax(first, qMin(storeEnd, m_limit));
    const quint64 dropped = m_publishedDropped.load(std::memory_order_relaxed);
    if (first > m_visibleFirst) {
        const quint64 gone = qMin(first, m_visibleEnd) - m_visibleFirst;
        if (gone) {
            beginRemoveRows({}, 0, int(gone - 1));
            m_visibleFirst += gone;
            endRemoveRows();
        }
        // Rows that arrived and were dropped within this batch were never shown.
        m_visibleFirst = qMax(m_visibleFirst, first);
        m_visibleEnd = qMax(m_visibleEnd, m_visibleFirst);
    }
    if (end > m_visibleEnd) {
        beginInsertRows({}, int(m_visibleEnd - m_visibleFirst), int(end - m_visibleFirst - 1));
        m_visibleEnd = end;
        endInsertRows();
    }
    if (dropped != m_reportedDropped) {
        m_reportedDropped = dropped;
        Q_EMIT droppedCountChanged(m_reportedDropped);
    }
}

void MessageLogModel::setMaxMessages(qsizetype count)
{
    {
        const Lock locked = lock();
        m_store.setMaxMessages(count);
        publish();
    }
    commit();
}

void MessageLogModel::setMaxBytes(qsizetype bytes)
{
    {
        const Lock locked = lock();
        m_store.setMaxBytes(bytes);
        publish();
    }
    commit();
}

void MessageLogModel::clear()
{
    beginResetModel();
    {
        const Lock locked = lock();
        m_store.clear();
        publish();
        m_visibleFirst = m_visibleEnd = m_store.firstSequence();
    }
    m_reportedDropped = 0;
    endResetModel();
    Q_EMIT droppedCountChanged(0);
}
