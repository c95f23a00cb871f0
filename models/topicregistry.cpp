#include "topicregistry.h"

quint32 TopicRegistry::intern(const QString &topic, bool *added)
{
    auto it = m_ids.constFind(topic);
    if (it != m_ids.constEnd()) {
        if (added)
            *added = false;
        return it.value();
    }
    const auto id = quint32(m_names.size());
    m_names.push_back(topic);
    m_ids.insert(topic, id);
    if (added)
        *added = true;
    return id;
}

void TopicRegistry::insert(quint32 id, const QString &topic)
{
    if (id >= m_names.size())
        m_names.resize(size_t(id) + 1);
    m_names[id] = topic;
    m_ids.insert(topic, id);
}
