#pragma once

#include <QHash>
#include <QString>

#include <vector>

// Interned topic names: every topic gets a small id once, so stores keep a 4-byte id per
// message instead of a string. Ids are dense and never reused. The ingest worker owns one
// registry (assigning ids) and the GUI side mirrors it from the batches it applies.
class TopicRegistry
{
public:
    static constexpr quint32 NoTopic = 0xFFFFFFFFu;

    // The topic's id, assigned on first sight; *added tells whether it was new.
    quint32 intern(const QString &topic, bool *added = nullptr);
    // Records a topic under an id assigned elsewhere (ids arrive in increasing order).
    void insert(quint32 id, const QString &topic);

    quint32 id(const QString &topic) const { return m_ids.value(topic, NoTopic); }
    // A reference: no reference counting on the hot path. Empty for an unknown id.
    const QString &name(quint32 id) const { return id < m_names.size() ? m_names[id] : m_empty; }
    quint32 count() const { return quint32(m_names.size()); }

private:
    QHash<QString, quint32> m_ids;
    std::vector<QString> m_names;
    QString m_empty;
};
