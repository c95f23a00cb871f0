#include "plotlines.h"

#include <QChart>
#include <QPainter>

#include <algorithm>

PlotLines::PlotLines(QChart *chart) : QGraphicsItem(chart), m_chart(chart)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    // Where Qt Charts puts its series: above the grid and axes, under the legend.
    setZValue(4);
}

void PlotLines::setCount(int count)
{
    m_lines.resize(size_t(std::max(0, count)));
    update();
}

void PlotLines::setLine(int line, const QList<QPointF> &points, const QPen &pen, int axis)
{
    if (line < 0 || line >= count())
        return;
    Line &l = m_lines[size_t(line)];
    l.points = points;
    l.pen = pen;
    l.axis = axis == 1 ? 1 : 0;
    if (l.visible)
        update();
}

void PlotLines::setLineVisible(int line, bool visible)
{
    if (line < 0 || line >= count() || m_lines[size_t(line)].visible == visible)
        return;
    m_lines[size_t(line)].visible = visible;
    update();
}

QList<QPointF> PlotLines::points(int line) const
{
    return line >= 0 && line < count() ? m_lines[size_t(line)].points : QList<QPointF>();
}

void PlotLines::setRanges(double x0, double x1, const double y0[2], const double y1[2])
{
    m_x0 = x0;
    m_x1 = x1;
    for (int a = 0; a < 2; ++a) {
        m_y0[a] = y0[a];
        m_y1[a] = y1[a];
    }
    update();
}

void PlotLines::plotAreaChanged()
{
    prepareGeometryChange();
}

QRectF PlotLines::boundingRect() const
{
    return m_chart->plotArea();
}

void PlotLines::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF area = m_chart->plotArea();
    if (area.isEmpty() || !(m_x1 > m_x0))
        return;
    painter->save();
    painter->setClipRect(area);
    const double sx = area.width() / (m_x1 - m_x0);
    // A chart this busy (a hundred live series) shows no difference between a wide pen and
    // a 1-pixel one, but stroking wide pens costs most of a frame.
    qsizetype total = 0;
    for (const Line &line : m_lines)
        total += line.visible ? line.points.size() : 0;
    const bool busy = total > BusyPerColumn * area.width();
    for (const Line &line : m_lines) {
        if (!line.visible || line.points.size() < 2)
            continue;
        const double y0 = m_y0[line.axis];
        const double y1 = m_y1[line.axis];
        if (!(y1 > y0))
            continue;
        const double sy = area.height() / (y1 - y0);
        m_pixels.resize(line.points.size());
        QPointF *out = m_pixels.data();
        for (const QPointF &p : line.points)
            *out++ = QPointF(area.left() + (p.x() - m_x0) * sx, area.bottom() - (p.y() - y0) * sy);
        if (busy || line.points.size() > area.width()) {
            // Denser than the pixels: each column is a vertical run from its minimum to its
            // maximum whatever the pen, and a 1-pixel cosmetic pen takes the raster engine's
            // fast path (a wide pen strokes the zig-zag polyline as one huge path).
            QPen thin = line.pen;
            thin.setWidth(0);
            painter->setPen(thin);
            painter->drawPolyline(m_pixels);
        } else {
            // Segment by segment as Qt Charts draws a QLineSeries.
            painter->setPen(line.pen);
            m_segments.resize(m_pixels.size() - 1);
            for (qsizetype i = 1; i < m_pixels.size(); ++i)
                m_segments[i - 1] = QLineF(m_pixels.at(i - 1), m_pixels.at(i));
            painter->drawLines(m_segments);
        }
    }
    painter->restore();
}
