#pragma once

#include "seriesmath.h"

#include <QColor>
#include <QTreeWidget>

// Per-series figures under a chart: last, minimum, maximum and mean over the visible window.
class ChartReadout : public QTreeWidget
{
    Q_OBJECT
public:
    struct Row
    {
        QString name;
        QString unit;
        QColor color;
        bool hidden = false;
        SeriesMath::Stats stats;
    };

    explicit ChartReadout(QWidget *parent = nullptr);
    void setRows(const QList<Row> &rows);
    static QString formatValue(double value);

    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // The name column stretches, but not below a width that keeps names readable: a narrow
    // chart scrolls sideways instead of eliding every name to "…".
    void layOutNameColumn();
    int minimumNameWidth() const;
    int m_longestName = 0; // pixels
};
