#pragma once

#include "dashboardconfig.h"

#include <QFrame>

class ChartPanel;
class IngestPipeline;
class QLabel;
class QToolButton;
class ValueTile;

// One item of a dashboard grid (a chart panel or a value tile) with its menu: edit, resize,
// move, remove. The page decides what the moves mean.
class DashboardCell : public QFrame
{
    Q_OBJECT
public:
    enum class Action { Edit, Rename, Remove, Wider, Narrower, Taller, Shorter, MoveLeft, MoveRight, MoveUp, MoveDown };
    Q_ENUM(Action)

    DashboardCell(IngestPipeline *pipeline, const DashboardItem &item, QWidget *parent = nullptr);

    // The item as it is now (a chart's series and window included).
    DashboardItem item() const;
    void setGeometryInGrid(int row, int column, int rowSpan, int columnSpan);
    void setTile(const TileConfig &tile);
    void setChartTitle(const QString &title);
    ChartPanel *chart() const { return m_chart; }
    ValueTile *tile() const { return m_tile; }

Q_SIGNALS:
    void changed();
    void actionRequested(DashboardCell *cell, DashboardCell::Action action);
    void statusMessage(const QString &text);

private:
    QToolButton *makeMenuButton();

    DashboardItem m_item;
    ChartPanel *m_chart = nullptr;
    ValueTile *m_tile = nullptr;
    QLabel *m_title = nullptr;
};
