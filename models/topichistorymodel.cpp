#include "topichistorymodel.h"

#include "historystore.h"
#include "payloadtext.h"
#include "topicregistry.h"

#include <QDateTime>

namespace {
constexpr int PreviewChars = 200;
}

TopicHistoryModel::TopicHistoryModel(const HistoryStore *store, const TopicRegistry *registry, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_registry(registry), m_topicId(TopicRegistry::NoTopic)
{
    connect(store, &HistoryStore::updated, this, &TopicHistoryModel::sync);
    connect(store, &HistoryStore::cleared, this, &TopicHistoryModel::reset);
}

void TopicHistoryModel::setTopic(const QString &topic)
{
    m_topic = topic;
    reset();
}

const TopicHistory *TopicHistoryModel::history() const
{
    return m_topicId == TopicRegistry::NoTopic ? nullptr : m_store->history(m_topicId);
}

void TopicHistoryModel::reset()
{
    beginResetModel();
    m_topicId = m_topic.isEmpty() ? TopicRegistry::NoTopic : m_registry->id(m_topic);
    {
        const HistoryStore::Lock locked = m_store->lock();
        const TopicHistory *h = history();
        m_first = h ? h->firstSequence() : 0;
        m_end = h ? h->endSequence() : 0;
    }
    endResetModel();
}

void TopicHistoryModel::sync()
{
    if (m_topicId == TopicRegistry::NoTopic) {
        if (m_topic.isEmpty() || m_registry->id(m_topic) == TopicRegistry::NoTopic)
            return;
        reset(); // the topic has just appeared
        return;
    }
    // Held across the row signals below: the worker must not drop a row between a begin and an
    // end signal (views and QAbstractItemModelTester read rows on both sides).
    const HistoryStore::Lock locked = m_store->lock();
    const TopicHistory *h = history();
    if (!h)
        return;
    // Sequence numbers only grow (they wrap after 2^32 messages on one topic).
    const quint32 first = h->firstSequence();
    const quint32 end = h->endSequence();
    if (qint32(first - m_first) > 0) {
        const quint32 gone = qMin(first - m_first, m_end - m_first);
        if (gone) {
            beginRemoveRows({}, 0, int(gone) - 1);
            m_first += gone;
            endRemoveRows();
        }
        m_first = first;
        if (qint32(m_end - m_first) < 0)
            m_end = m_first;
    }
    if (qint32(end - m_end) > 0) {
        beginInsertRows({}, int(m_end - m_first), int(end - m_first) - 1);
        m_end = end;
        endInsertRows();
    }
}

int TopicHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_end - m_first);
}

int TopicHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int TopicHistoryModel::historyIndex(int row) const
{
    const TopicHistory *h = history();
    return h && row >= 0 && row < rowCount() ? h->indexOfSequence(m_first + quint32(row)) : -1;
}

HistoryMessage TopicHistoryModel::message(int row) const
{
    const HistoryStore::Lock locked = m_store->lock();
    const int i = historyIndex(row);
    return i < 0 ? HistoryMessage() : history()->at(i);
}

QVariant TopicHistoryModel::data(const QModelIndex &index, int role) const
{
    const HistoryStore::Lock locked = m_store->lock();
    const int i = index.isValid() ? historyIndex(index.row()) : -1;
    if (i < 0)
        return {};
    const TopicHistory *h = history();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(h->timestampAt(i)).toString(QStringLiteral("HH:mm:ss.zzz"));
        case QosColumn:
            return int(h->qosAt(i));
        case RetainColumn:
            return h->retainAt(i) ? tr("retained") : QString();
        case SizeColumn:
            return qulonglong(h->sizeAt(i));
        case PayloadColumn:
            return PayloadText::preview(h->payloadAt(i), PreviewChars, h->sizeAt(i));
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return QDateTime::fromMSecsSinceEpoch(h->timestampAt(i)).toString(Qt::ISODateWithMs);
        return {};
    case SequenceRole:
        return uint(m_first + quint32(index.row()));
    case TimestampRole:
        return h->timestampAt(i);
    case QosRole:
        return int(h->qosAt(i));
    case RetainRole:
        return h->retainAt(i);
    case SizeRole:
        return qulonglong(h->sizeAt(i));
    case PayloadRole:
        return h->payloadAt(i).toByteArray();
    case TruncatedRole:
        return h->payloadAt(i).size() < h->sizeAt(i);
    }
    return {};
}

QVariant TopicHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case QosColumn: return tr("QoS");
    case RetainColumn: return tr("Retain");
    case SizeColumn: return tr("Size");
    case PayloadColumn: return tr("Payload");
    }
    return {};
}
