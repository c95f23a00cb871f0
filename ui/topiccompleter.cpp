#include "topiccompleter.h"

#include "topictreemodel.h"

TopicCompleter::TopicCompleter(QAbstractItemModel *topicTree, QObject *parent)
    : QCompleter(topicTree, parent)
{
    setCompletionColumn(TopicTreeModel::NameColumn);
    setCompletionRole(Qt::DisplayRole);
    setCaseSensitivity(Qt::CaseSensitive);
    setModelSorting(QCompleter::UnsortedModel);
    setMaxVisibleItems(12);
}

QStringList TopicCompleter::splitPath(const QString &path) const
{
    return path.split(u'/');
}

QString TopicCompleter::pathFromIndex(const QModelIndex &index) const
{
    return index.data(TopicTreeModel::TopicRole).toString();
}
