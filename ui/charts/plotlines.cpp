#include "plotlines.h"

#include <QChart>
#include <QPaintEngine>
#include <QPainter>

#include <algorithm>
#include <climits>
#include <cmath>

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
    int lines = 0;
    for (const Line &line : m_lines) {
        if (line.visible && line.points.size() > 1) {
            total += line.points.size();
            ++lines;
        }
    }
    const bool busy = isBusy(total, lines, area.width());
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
            if (!drawAsColumns(painter, area, thin.color()))
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

bool PlotLines::drawAsColumns(QPainter *painter, const QRectF &area, const QColor &color)
{
    constexpr int MaxRunSpan = 4;
    // Pixel columns on a raster device only (an SVG keeps its polyline).
    if (painter->testRenderHint(QPainter::Antialiasing) || !painter->paintEngine()
        || painter->paintEngine()->type() != QPaintEngine::Raster || painter->transform().type() > QTransform::TxTranslate)
        return false;
    const double dx = painter->transform().dx();
    const double dy = painter->transform().dy();
    const int left = int(std::floor(area.left() + dx)) - 1;
    const int width = int(std::ceil(area.width())) + 3;
    m_runs.assign(size_t(width), Run{INT_MAX, INT_MIN});
    m_segments.clear();
    for (qsizetype i = 1; i < m_pixels.size(); ++i) {
        QPointF a = m_pixels.at(i - 1) + QPointF(dx, dy);
        QPointF b = m_pixels.at(i) + QPointF(dx, dy);
        if (a.x() > b.x())
            std::swap(a, b);
        const int ca = int(std::floor(a.x()));
        const int cb = int(std::floor(b.x()));
        // A segment over a few columns: its pixels are, per column, the run between where it
        // enters and leaves the column. Longer ones are lines.
        if (cb - ca > MaxRunSpan || ca < left || cb >= left + width) {
            m_segments.append(QLineF(m_pixels.at(i - 1), m_pixels.at(i)));
            continue;
        }
        const double slope = b.x() > a.x() ? (b.y() - a.y()) / (b.x() - a.x()) : 0;
        for (int c = ca; c <= cb; ++c) {
            const double x0 = std::max(a.x(), double(c));
            const double x1 = std::min(b.x(), double(c + 1));
            const double y0 = c == ca ? a.y() : a.y() + (x0 - a.x()) * slope;
            const double y1 = c == cb ? b.y() : a.y() + (x1 - a.x()) * slope;
            Run &run = m_runs[size_t(c - left)];
            run.top = std::min(run.top, int(std::floor(std::min(y0, y1))));
            run.bottom = std::max(run.bottom, int(std::floor(std::max(y0, y1))));
        }
    }
    for (int c = 0; c < width; ++c) {
        const Run &run = m_runs[size_t(c)];
        if (run.top <= run.bottom)
            painter->fillRect(QRectF(left + c - dx, run.top - dy, 1, run.bottom - run.top + 1), color);
    }
    if (!m_segments.isEmpty())
        painter->drawLines(m_segments);
    return true;
}
