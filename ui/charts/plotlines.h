#pragma once

#include <QGraphicsItem>
#include <QLineF>
#include <QList>
#include <QPen>
#include <QPointF>
#include <QPolygonF>

#include <vector>

class QChart;

// The chart's line and step series, drawn as one polyline each over the plot area of a
// QChart. Points are in data coordinates and mapped to pixels when painted, so a resize or an
// export at another size needs no replot.
//
// Why not QLineSeries: on every change it rebuilds a QPainterPath and a stroked hover shape of
// all its points and then strokes each segment on its own, which is most of a frame once a
// line is as dense as the pixels. The QLineSeries stays, empty, for the legend, the color and
// the axes.
class PlotLines : public QGraphicsItem
{
public:
    // More points per pixel column than this over all lines, or more lines than BusyLines, is a
    // busy chart: lines are drawn with a 1-pixel pen (and the panel turns antialiasing off).
    // Dozens of crossing lines look no different, and stroking wide antialiased pens was a
    // third of the GUI thread's painting with a hundred wildcard series on a chart.
    static constexpr int BusyPerColumn = 8;
    static constexpr int BusyLines = 24;
    static bool isBusy(qsizetype points, int lines, double columns)
    {
        return lines > BusyLines || double(points) > BusyPerColumn * columns;
    }

    explicit PlotLines(QChart *chart);

    // One line per chart entry (an entry that is not a line keeps an empty one).
    int count() const { return int(m_lines.size()); }
    void setCount(int count);
    void setLine(int line, const QList<QPointF> &points, const QPen &pen, int axis);
    void setLineVisible(int line, bool visible);
    QList<QPointF> points(int line) const;

    // The ranges of the chart's axes: x, and y of the left (0) and right (1) axis.
    void setRanges(double x0, double x1, const double y0[2], const double y1[2]);
    // The chart's plot area moved or changed size.
    void plotAreaChanged();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    struct Line
    {
        QList<QPointF> points;
        QPen pen;
        int axis = 0;
        bool visible = true;
    };

    QChart *m_chart;
    std::vector<Line> m_lines;
    double m_x0 = 0, m_x1 = 1;
    double m_y0[2] = {0, 0};
    double m_y1[2] = {1, 1};
    // A dense line (in m_pixels) as what an aliased 1-pixel polyline covers: a vertical run per
    // pixel column, filled as a rectangle, which writes each pixel once (a zig-zag polyline
    // writes most of them twice, one at a time). False where that does not apply (antialiased,
    // scaled or not a raster device).
    bool drawAsColumns(QPainter *painter, const QRectF &area, const QColor &color);

    struct Run
    {
        int top, bottom; // device rows
    };
    // Reused between paints.
    QPolygonF m_pixels;
    QList<QLineF> m_segments;
    std::vector<Run> m_runs;
};
