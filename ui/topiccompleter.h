#pragma once

#include <QCompleter>

class QAbstractItemModel;

// Completes topic names level by level from the live topic tree (a TopicTreeModel): typing
// "sensors/k" offers the children of "sensors" that start with "k".
class TopicCompleter : public QCompleter
{
    Q_OBJECT
public:
    explicit TopicCompleter(QAbstractItemModel *topicTree, QObject *parent = nullptr);

    QStringList splitPath(const QString &path) const override;
    QString pathFromIndex(const QModelIndex &index) const override;
};
