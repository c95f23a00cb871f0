#include "topictreedelegate.h"

#include "payloaddecoder.h"
#include "topictreemodel.h"

#include <QDateTime>
#include <QPainter>

TopicTreeDelegate::TopicTreeDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QString TopicTreeDelegate::relativeTime(qint64 ageMs)
{
    const qint64 s = qMax<qint64>(0, ageMs) / 1000;
    if (s < 1)
        return tr("now", "last update less than a second ago");
    if (s < 60)
        return tr("%1 s", "seconds ago").arg(s);
    if (s < 3600)
        return tr("%1 min", "minutes ago").arg(s / 60);
    if (s < 86400)
        return tr("%1 h", "hours ago").arg(s / 3600);
    return tr("%1 d", "days ago").arg(s / 86400);
}

void TopicTreeDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    switch (index.column()) {
    case TopicTreeModel::LastMessageColumn: {
        const qint64 last = index.data(TopicTreeModel::LastTimeRole).toLongLong();
        option->text = last ? relativeTime(QDateTime::currentMSecsSinceEpoch() - last) : QString();
        option->displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
        break;
    }
    case TopicTreeModel::SizeColumn:
        if (index.data(TopicTreeModel::HasValueRole).toBool())
            option->text = PayloadDecoder::sizeText(qsizetype(index.data(TopicTreeModel::SizeRole).toULongLong()));
        break;
    case TopicTreeModel::NameColumn:
        if (!index.data(TopicTreeModel::HasValueRole).toBool())
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        break;
    default:
        break;
    }
}

void TopicTreeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const qint64 last = index.data(TopicTreeModel::LastTimeRole).toLongLong();
    const qint64 age = last ? QDateTime::currentMSecsSinceEpoch() - last : HighlightMs;
    if (age >= 0 && age < HighlightMs && !(option.state & QStyle::State_Selected)) {
        QColor c = option.palette.color(QPalette::Highlight);
        c.setAlphaF(0.35 * (1.0 - double(age) / HighlightMs));
        painter->fillRect(option.rect, c);
    }
    if (index.column() != TopicTreeModel::NameColumn || !index.data(TopicTreeModel::RetainedRole).toBool()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Retained: a small badge at the end of the name cell.
    const QString badge = tr("R", "badge on retained topics");
    QFont small = option.font;
    small.setPointSizeF(qMax(6.0, small.pointSizeF() * 0.8));
    const QFontMetrics fm(small);
    const int w = fm.horizontalAdvance(badge) + 6;
    const int h = fm.height();
    QStyleOptionViewItem rest = option;
    rest.rect.setRight(option.rect.right() - w - 4);
    QStyledItemDelegate::paint(painter, rest, index);
    const QRect box(option.rect.right() - w - 2, option.rect.center().y() - h / 2, w, h);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xE0, 0x8E, 0x0B));
    painter->drawRoundedRect(box, 3, 3);
    painter->setPen(Qt::white);
    painter->setFont(small);
    painter->drawText(box, Qt::AlignCenter, badge);
    painter->restore();
}
