#pragma once

#include "dashboardcell.h"
#include "dashboardconfig.h"

#include <QList>
#include <QWidget>

class IngestPipeline;
class QGridLayout;
class QLabel;

// One dashboard tab: a grid of chart panels and tiles. Adding puts an item in the first free
// cell; moving onto another item swaps the two; spans stay inside the grid's columns.
class DashboardPageWidget : public QWidget
{
    Q_OBJECT
public:
    DashboardPageWidget(IngestPipeline *pipeline, const DashboardPage &page, QWidget *parent = nullptr);

    DashboardPage page() const;
    QString name() const { return m_name; }
    void setName(const QString &name);
    int columns() const { return m_columns; }
    QList<DashboardCell *> cells() const { return m_cells; }
    // The first chart of the page, or nullptr.
    ChartPanel *firstChart() const;

    DashboardCell *addItem(DashboardItem item);
    void applyAction(DashboardCell *cell, DashboardCell::Action action);

Q_SIGNALS:
    void changed();
    void statusMessage(const QString &text);

private:
    DashboardCell *createCell(const DashboardItem &item);
    void relayout();
    bool isFree(int row, int column, const DashboardCell *except) const;
    bool fits(int row, int column, int rowSpan, int columnSpan, const DashboardCell *except) const;
    DashboardCell *cellAt(int row, int column, const DashboardCell *except) const;
    void editTile(DashboardCell *cell);
    void renameChart(DashboardCell *cell);

    IngestPipeline *m_pipeline;
    QString m_name;
    int m_columns;
    QList<DashboardCell *> m_cells;
    QGridLayout *m_grid;
    QLabel *m_empty;
};
