#pragma once

#include <QList>
#include <QPointF>

class Series;

// The decimated points of one series as a chart draws them, kept from one replot to the next.
//
// Series::decimated() costs about 2 ms for a million points (ten such series are most of a
// frame), yet a live chart mostly gets a few new points and a window that moved by a sliver
// of a pixel column. Then the new points are binned into the columns of the last full
// decimation and only the last column is reduced again; once the window has moved by half a
// column (or the width, the oldest point or the count went another way) it decimates afresh.
class DecimatedLine
{
public:
    // In a column of more than two points, its minimum and maximum (in time order) draw the
    // same picture as its first, minimum, maximum and last point, with half the segments to
    // stroke (and half the pixels to write where the column is a tall zig-zag). The neighbours
    // outside [t0, t1] are kept.
    static QList<QPointF> thinToExtremes(const QList<QPointF> &points, double t0, double t1, int columns);

    // The series' points in [t0, t1] at most 4 per column (2 if `thin`: minimum and maximum),
    // plus the nearest point outside each end.
    const QList<QPointF> &update(const Series &series, double t0, double t1, int columns, bool thin);
    const QList<QPointF> &points() const { return m_points; }
    // Whether the last update() reused the points before it (for tests).
    bool wasIncremental() const { return m_incremental; }
    void clear();

private:
    bool canExtend(const Series &series, double t0, double t1, int columns, bool thin) const;
    void extend(const Series &series);

    QList<QPointF> m_points;
    // What m_points were decimated from: the window, the width, and the series then.
    double m_t0 = 0, m_t1 = 0;
    int m_columns = -1;
    bool m_thin = false;
    bool m_thinned = false;
    bool m_rightNeighbour = false; // a point after t1 (the window ends before the newest point)
    qsizetype m_count = 0;
    double m_firstTime = 0;
    double m_lastTime = 0;
    bool m_incremental = false;
};
