#include "chartreadout.h"

#include <QHeaderView>
#include <QPainter>
#include <QPixmap>

ChartReadout::ChartReadout(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("chartReadout"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    setHeaderLabels({tr("Series"), tr("Last"), tr("Min"), tr("Max"), tr("Mean"), tr("Points")});
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < columnCount(); ++c)
        header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    setToolTip(tr("Figures over the visible window of the chart"));
    // As tall as its rows (at most four), the rest goes to the chart.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
}

QString ChartReadout::formatValue(double value)
{
    return QLocale().toString(value, 'g', 6);
}

void ChartReadout::setRows(const QList<Row> &rows)
{
    while (topLevelItemCount() > rows.size())
        delete takeTopLevelItem(topLevelItemCount() - 1);
    for (int i = 0; i < rows.size(); ++i) {
        QTreeWidgetItem *item = topLevelItem(i);
        if (!item) {
            item = new QTreeWidgetItem(this);
            for (int c = 1; c < columnCount(); ++c)
                item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        }
        const Row &row = rows.at(i);
        QPixmap swatch(10, 10);
        swatch.fill(row.hidden ? Qt::transparent : row.color);
        item->setIcon(0, QIcon(swatch));
        item->setText(0, row.name);
        item->setForeground(0, row.hidden ? palette().brush(QPalette::Disabled, QPalette::Text) : palette().brush(QPalette::Text));
        const auto &st = row.stats;
        const QString unit = row.unit.isEmpty() ? QString() : QLatin1Char(' ') + row.unit;
        auto cell = [&](double v) { return st.count ? formatValue(v) + unit : QStringLiteral("–"); };
        item->setText(1, cell(st.last));
        item->setText(2, cell(st.min));
        item->setText(3, cell(st.max));
        item->setText(4, cell(st.mean));
        item->setText(5, QLocale().toString(qlonglong(st.count)));
    }
    setMaximumHeight(sizeHint().height());
}

QSize ChartReadout::sizeHint() const
{
    const int rows = qBound(1, topLevelItemCount(), 4);
    const int row = topLevelItemCount() ? sizeHintForRow(0) : fontMetrics().height() + 4;
    return QSize(QTreeWidget::sizeHint().width(), header()->sizeHint().height() + rows * row + 2 * frameWidth() + 2);
}
