#include "chartreadout.h"

#include <QHeaderView>
#include <QPainter>
#include <QPixmap>
#include <QStyle>

#include <algorithm>

ChartReadout::ChartReadout(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("chartReadout"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    setHeaderLabels({tr("Series"), tr("Last"), tr("Min"), tr("Max"), tr("Mean"), tr("Points")});
    // Topic names differ in their middle levels as often as at their end.
    setTextElideMode(Qt::ElideMiddle);
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
    // Each change re-measures a ResizeToContents column over every row (a hundred rows made
    // this the longest stall of a live dashboard): the numbers change with sizing held, and
    // the columns are measured once at the end.
    for (int c = 1; c < columnCount(); ++c)
        header()->setSectionResizeMode(c, QHeaderView::Fixed);
    while (topLevelItemCount() > rows.size())
        delete takeTopLevelItem(topLevelItemCount() - 1);
    auto setText = [](QTreeWidgetItem *item, int column, const QString &text) {
        if (item->text(column) != text)
            item->setText(column, text);
    };
    const QFontMetrics metrics(font());
    int longest = 0;
    for (int i = 0; i < rows.size(); ++i) {
        QTreeWidgetItem *item = topLevelItem(i);
        if (!item) {
            item = new QTreeWidgetItem(this);
            for (int c = 1; c < columnCount(); ++c)
                item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        }
        const Row &row = rows.at(i);
        const QColor swatchColor = row.hidden ? QColor(Qt::transparent) : row.color;
        if (item->data(0, Qt::UserRole).value<QColor>() != swatchColor || item->icon(0).isNull()) {
            QPixmap swatch(10, 10);
            swatch.fill(swatchColor);
            item->setIcon(0, QIcon(swatch));
            item->setData(0, Qt::UserRole, swatchColor);
        }
        if (item->text(0) != row.name) {
            item->setText(0, row.name);
            item->setToolTip(0, row.name);
        }
        longest = std::max(longest, metrics.horizontalAdvance(row.name));
        const QBrush text = row.hidden ? palette().brush(QPalette::Disabled, QPalette::Text) : palette().brush(QPalette::Text);
        if (item->foreground(0) != text)
            item->setForeground(0, text);
        const auto &st = row.stats;
        const QString unit = row.unit.isEmpty() ? QString() : QLatin1Char(' ') + row.unit;
        auto cell = [&](double v) { return st.count ? formatValue(v) + unit : QStringLiteral("–"); };
        setText(item, 1, cell(st.last));
        setText(item, 2, cell(st.min));
        setText(item, 3, cell(st.max));
        setText(item, 4, cell(st.mean));
        setText(item, 5, QLocale().toString(qlonglong(st.count)));
    }
    m_longestName = longest;
    for (int c = 1; c < columnCount(); ++c)
        header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    layOutNameColumn();
    setMaximumHeight(sizeHint().height());
}

int ChartReadout::minimumNameWidth() const
{
    // The swatch, and about 16 characters (or the longest name when shorter).
    const int icon = iconSize().isValid() ? iconSize().width() : 16;
    const int chars = std::min(m_longestName, fontMetrics().averageCharWidth() * 16);
    return icon + chars + 3 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 12;
}

void ChartReadout::layOutNameColumn()
{
    int numbers = 0;
    for (int c = 1; c < columnCount(); ++c)
        numbers += header()->sectionSize(c);
    const int minimum = minimumNameWidth();
    if (viewport()->width() - numbers >= minimum) {
        if (header()->sectionResizeMode(0) != QHeaderView::Stretch)
            header()->setSectionResizeMode(0, QHeaderView::Stretch);
        return;
    }
    if (header()->sectionResizeMode(0) != QHeaderView::Interactive)
        header()->setSectionResizeMode(0, QHeaderView::Interactive);
    header()->resizeSection(0, minimum);
}

void ChartReadout::resizeEvent(QResizeEvent *event)
{
    QTreeWidget::resizeEvent(event);
    layOutNameColumn();
}

QSize ChartReadout::sizeHint() const
{
    const int rows = qBound(1, topLevelItemCount(), 4);
    const int row = topLevelItemCount() ? sizeHintForRow(0) : fontMetrics().height() + 4;
    return QSize(QTreeWidget::sizeHint().width(), header()->sizeHint().height() + rows * row + 2 * frameWidth() + 2);
}
