#pragma once

#include "seriesdefinition.h"

#include <QList>
#include <QObject>
#include <QPointer>

class SeriesStore;

// Resolves series definitions to the SeriesStore's series: one entry per (definition,
// matching series), including series the store discovers later (a wildcard picking up a new
// topic). The series it resolves are marked watched so they keep their full capacity.
// GUI thread only.
class SeriesMatcher : public QObject
{
    Q_OBJECT
public:
    struct Entry
    {
        int definition;   // index into definitions()
        quint32 seriesId; // in the store
        QString topic;
        QString name;     // SeriesDefinition::displayName()
    };

    explicit SeriesMatcher(SeriesStore *store, QObject *parent = nullptr);

    SeriesStore *store() const { return m_store; }
    QList<SeriesDefinition> definitions() const { return m_definitions; }
    void setDefinitions(const QList<SeriesDefinition> &definitions);
    void addDefinition(const SeriesDefinition &definition);
    void removeDefinition(int index);
    void replaceDefinition(int index, const SeriesDefinition &definition);

    const QList<Entry> &entries() const { return m_entries; }
    // Entries of one definition.
    QList<int> entriesOf(int definition) const;

Q_SIGNALS:
    // Entries were added to the end (a new matching series).
    void entriesAdded(int first, int count);
    // Definitions changed: every entry may have changed.
    void reset();

private:
    void rebuild();
    void onSeriesAdded(quint32 id);
    bool addMatches(quint32 id);

    QPointer<SeriesStore> m_store;
    QList<SeriesDefinition> m_definitions;
    QList<Entry> m_entries;
};
