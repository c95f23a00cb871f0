#include "dashboardpage.h"

#include "chartpanel.h"
#include "tiledialog.h"

#include <QGridLayout>
#include <QInputDialog>
#include <QLabel>

DashboardPageWidget::DashboardPageWidget(IngestPipeline *pipeline, const DashboardPage &page, QWidget *parent)
    : QWidget(parent)
    , m_pipeline(pipeline)
    , m_name(page.name)
    , m_columns(qBound(1, page.columns, DashboardConfig::MaxColumns))
    , m_grid(new QGridLayout(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_grid->setContentsMargins(6, 6, 6, 6);
    m_grid->setSpacing(6);
    m_empty->setObjectName(QStringLiteral("emptyDashboardLabel"));
    m_empty->setText(tr("This dashboard is empty. Add a chart or a tile with the buttons above, "
                        "or use “Plot” on a JSON field of a message."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    for (const DashboardItem &item : page.items)
        m_cells.append(createCell(item));
    relayout();
}

DashboardCell *DashboardPageWidget::createCell(const DashboardItem &item)
{
    auto *cell = new DashboardCell(m_pipeline, item, this);
    connect(cell, &DashboardCell::changed, this, &DashboardPageWidget::changed);
    connect(cell, &DashboardCell::statusMessage, this, &DashboardPageWidget::statusMessage);
    connect(cell, &DashboardCell::actionRequested, this, &DashboardPageWidget::applyAction, Qt::QueuedConnection);
    return cell;
}

DashboardPage DashboardPageWidget::page() const
{
    DashboardPage page;
    page.name = m_name;
    page.columns = m_columns;
    for (const DashboardCell *cell : m_cells)
        page.items.append(cell->item());
    return page;
}

void DashboardPageWidget::setName(const QString &name)
{
    m_name = name;
    Q_EMIT changed();
}

ChartPanel *DashboardPageWidget::firstChart() const
{
    for (DashboardCell *cell : m_cells) {
        if (cell->chart())
            return cell->chart();
    }
    return nullptr;
}

DashboardCell *DashboardPageWidget::cellAt(int row, int column, const DashboardCell *except) const
{
    for (DashboardCell *cell : m_cells) {
        if (cell == except)
            continue;
        const DashboardItem it = cell->item();
        if (row >= it.row && row < it.row + it.rowSpan && column >= it.column && column < it.column + it.columnSpan)
            return cell;
    }
    return nullptr;
}

bool DashboardPageWidget::isFree(int row, int column, const DashboardCell *except) const
{
    return !cellAt(row, column, except);
}

bool DashboardPageWidget::fits(int row, int column, int rowSpan, int columnSpan, const DashboardCell *except) const
{
    if (column + columnSpan > m_columns)
        return false;
    for (int r = row; r < row + rowSpan; ++r) {
        for (int c = column; c < column + columnSpan; ++c) {
            if (!isFree(r, c, except))
                return false;
        }
    }
    return true;
}

DashboardCell *DashboardPageWidget::addItem(DashboardItem item)
{
    item.columnSpan = qBound(1, item.columnSpan, m_columns);
    // The first place where the whole item fits.
    for (int row = 0;; ++row) {
        for (int column = 0; column + item.columnSpan <= m_columns; ++column) {
            if (fits(row, column, item.rowSpan, item.columnSpan, nullptr)) {
                item.row = row;
                item.column = column;
                DashboardCell *cell = createCell(item);
                m_cells.append(cell);
                relayout();
                Q_EMIT changed();
                return cell;
            }
        }
    }
}

void DashboardPageWidget::applyAction(DashboardCell *cell, DashboardCell::Action action)
{
    if (!m_cells.contains(cell))
        return;
    DashboardItem it = cell->item();
    int row = it.row, column = it.column, rowSpan = it.rowSpan, columnSpan = it.columnSpan;
    switch (action) {
    case DashboardCell::Action::Edit:
        editTile(cell);
        return;
    case DashboardCell::Action::Rename:
        renameChart(cell);
        return;
    case DashboardCell::Action::Remove:
        m_cells.removeOne(cell);
        cell->hide();
        cell->deleteLater();
        relayout();
        Q_EMIT changed();
        return;
    case DashboardCell::Action::Wider:
        columnSpan = qMin(columnSpan + 1, m_columns - column);
        break;
    case DashboardCell::Action::Narrower:
        columnSpan = qMax(1, columnSpan - 1);
        break;
    case DashboardCell::Action::Taller:
        rowSpan = qMin(rowSpan + 1, DashboardConfig::MaxSpan);
        break;
    case DashboardCell::Action::Shorter:
        rowSpan = qMax(1, rowSpan - 1);
        break;
    case DashboardCell::Action::MoveLeft:
        column = qMax(0, column - 1);
        break;
    case DashboardCell::Action::MoveRight:
        column = qMin(m_columns - columnSpan, column + 1);
        break;
    case DashboardCell::Action::MoveUp:
        row = qMax(0, row - 1);
        break;
    case DashboardCell::Action::MoveDown:
        row = row + 1;
        break;
    }
    if (row == it.row && column == it.column && rowSpan == it.rowSpan && columnSpan == it.columnSpan)
        return;
    if (!fits(row, column, rowSpan, columnSpan, cell)) {
        // Moving onto an item of the same size swaps the two; anything else would overlap.
        DashboardCell *other = cellAt(row, column, cell);
        const bool moving = row != it.row || column != it.column;
        if (!moving || !other || other->item().rowSpan != rowSpan || other->item().columnSpan != columnSpan
            || other->item().row != row || other->item().column != column) {
            Q_EMIT statusMessage(tr("There is no room there: move or remove the item in the way first."));
            return;
        }
        other->setGeometryInGrid(it.row, it.column, rowSpan, columnSpan);
    }
    cell->setGeometryInGrid(row, column, rowSpan, columnSpan);
    relayout();
    Q_EMIT changed();
}

void DashboardPageWidget::relayout()
{
    // The layout items go (takeAt() hands them over); the widgets stay, to be placed again.
    while (QLayoutItem *item = m_grid->takeAt(0))
        delete item;
    for (int r = 0; r < m_grid->rowCount(); ++r)
        m_grid->setRowStretch(r, 0);
    if (m_cells.isEmpty()) {
        m_empty->show();
        m_grid->addWidget(m_empty, 0, 0);
        return;
    }
    m_empty->hide();
    int rows = 0;
    QList<int> stretch;
    for (DashboardCell *cell : m_cells) {
        const DashboardItem it = cell->item();
        m_grid->addWidget(cell, it.row, it.column, it.rowSpan, it.columnSpan);
        cell->show();
        rows = qMax(rows, it.row + it.rowSpan);
        while (stretch.size() < rows)
            stretch.append(0);
        // Chart rows share the height; rows of tiles only take what tiles need.
        for (int r = it.row; r < it.row + it.rowSpan; ++r)
            stretch[r] = qMax(stretch[r], it.type == DashboardItem::Type::Chart ? 3 : 0);
    }
    for (int r = 0; r < stretch.size(); ++r)
        m_grid->setRowStretch(r, stretch.at(r));
    for (int c = 0; c < DashboardConfig::MaxColumns; ++c)
        m_grid->setColumnStretch(c, c < m_columns ? 1 : 0);
}

void DashboardPageWidget::editTile(DashboardCell *cell)
{
    TileDialog dialog(this);
    dialog.setTile(cell->item().tile);
    if (dialog.exec() == QDialog::Accepted)
        cell->setTile(dialog.tile());
}

void DashboardPageWidget::renameChart(DashboardCell *cell)
{
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("Rename Chart"), tr("Title:"), QLineEdit::Normal,
                                                cell->item().chart.title, &ok);
    if (ok)
        cell->setChartTitle(title.trimmed());
}
