#pragma once

#include <QStyledItemDelegate>

// Paints the topic tree's cells: a fading highlight on rows that just changed (from the
// row's last-message time, so the model never emits anything extra for it), the last update
// as a relative time ("4 s"), sizes in bytes/KiB/MiB and a "retained" badge on the topic name.
class TopicTreeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // How long a change stays highlighted.
    static constexpr int HighlightMs = 1500;

    explicit TopicTreeDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // "now", "12 s", "3 min", "2 h", "5 d".
    static QString relativeTime(qint64 ageMs);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
