#include "seriesmatcher.h"

#include "seriesstore.h"

SeriesMatcher::SeriesMatcher(SeriesStore *store, QObject *parent) : QObject(parent), m_store(store)
{
    if (m_store)
        connect(m_store, &SeriesStore::seriesAdded, this, &SeriesMatcher::onSeriesAdded);
}

void SeriesMatcher::setDefinitions(const QList<SeriesDefinition> &definitions)
{
    m_definitions = definitions;
    rebuild();
}

void SeriesMatcher::addDefinition(const SeriesDefinition &definition)
{
    m_definitions.append(definition);
    rebuild();
}

void SeriesMatcher::removeDefinition(int index)
{
    if (index < 0 || index >= m_definitions.size())
        return;
    m_definitions.removeAt(index);
    rebuild();
}

void SeriesMatcher::replaceDefinition(int index, const SeriesDefinition &definition)
{
    if (index < 0 || index >= m_definitions.size())
        return;
    m_definitions[index] = definition;
    rebuild();
}

QList<int> SeriesMatcher::entriesOf(int definition) const
{
    QList<int> out;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).definition == definition)
            out.append(i);
    }
    return out;
}

void SeriesMatcher::rebuild()
{
    m_entries.clear();
    if (m_store) {
        const int count = m_store->count();
        for (int id = 0; id < count; ++id)
            addMatches(quint32(id));
    }
    Q_EMIT reset();
}

bool SeriesMatcher::addMatches(quint32 id)
{
    const Series *series = m_store->series(id);
    if (!series || series->topic().isEmpty())
        return false;
    bool added = false;
    for (int d = 0; d < m_definitions.size(); ++d) {
        const SeriesDefinition &def = m_definitions.at(d);
        if (!def.matches(series->topic(), series->path()))
            continue;
        m_entries.append(Entry{d, id, series->topic(), def.displayName(series->topic())});
        m_store->setWatched(id, true);
        added = true;
    }
    return added;
}

void SeriesMatcher::onSeriesAdded(quint32 id)
{
    const int first = int(m_entries.size());
    if (addMatches(id))
        Q_EMIT entriesAdded(first, int(m_entries.size()) - first);
}
