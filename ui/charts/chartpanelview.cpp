// ChartPanel: ranges, replotting, hover, zoom and export (the widget setup is in chartpanel.cpp).
#include "chartpanel.h"

#include "chartexport.h"
#include "chartreadout.h"
#include "chartview.h"
#include "seriescsv.h"
#include "seriesdialog.h"
#include "seriesmatcher.h"
#include "seriesstore.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineSeries>
#include <QToolButton>
#include <QValueAxis>

#include <cmath>
#include <limits>

namespace {
constexpr double Inf = std::numeric_limits<double>::infinity();

// Where lines are denser than the pixels, each column's minimum and maximum (in time order)
// draw the same picture as its first, minimum, maximum and last point, with half the points
// to stroke. The neighbours outside [t0, t1] are kept.
QList<QPointF> thinToExtremes(const QList<QPointF> &points, double t0, double t1, int columns)
{
    if (points.size() <= 2 * columns || t1 <= t0)
        return points;
    const double scale = columns / (t1 - t0);
    QList<QPointF> out;
    out.reserve(2 * columns + 2);
    qsizetype i = 0;
    while (i < points.size()) {
        const QPointF &p = points.at(i);
        if (p.x() < t0 || p.x() > t1) {
            out.append(p);
            ++i;
            continue;
        }
        const int column = std::min(columns - 1, int((p.x() - t0) * scale));
        qsizetype lo = i, hi = i, j = i + 1;
        for (; j < points.size(); ++j) {
            const QPointF &q = points.at(j);
            if (q.x() > t1 || std::min(columns - 1, int((q.x() - t0) * scale)) != column)
                break;
            if (q.y() < points.at(lo).y())
                lo = j;
            if (q.y() > points.at(hi).y())
                hi = j;
        }
        out.append(points.at(std::min(lo, hi)));
        if (lo != hi)
            out.append(points.at(std::max(lo, hi)));
        i = j;
    }
    return out;
}

QList<QPointF> asSteps(const QList<QPointF> &points)
{
    QList<QPointF> out;
    out.reserve(points.size() * 2);
    for (int i = 0; i < points.size(); ++i) {
        if (i > 0)
            out.append(QPointF(points.at(i).x(), points.at(i - 1).y()));
        out.append(points.at(i));
    }
    return out;
}

void padRange(double *lo, double *hi)
{
    if (!std::isfinite(*lo) || !std::isfinite(*hi)) {
        *lo = 0;
        *hi = 1;
        return;
    }
    if (*hi - *lo < 1e-12) {
        const double pad = std::max(1.0, std::fabs(*lo) * 0.05);
        *lo -= pad;
        *hi += pad;
        return;
    }
    const double pad = (*hi - *lo) * 0.05;
    *lo -= pad;
    *hi += pad;
}
} // namespace

void ChartPanel::liveRange(double *x0, double *x1) const
{
    // The right edge is the newest point, not the clock: nothing moves (and nothing is
    // redrawn) while no data arrives.
    double newest = -Inf;
    double oldest = Inf;
    for (int i = 0; i < m_entries.size(); ++i) {
        const Series *s = m_store ? m_store->series(m_matcher->entries().at(i).seriesId) : nullptr;
        if (!s || s->count() == 0)
            continue;
        const double last = s->at(s->count() - 1).time;
        newest = std::max(newest, last);
        oldest = std::min(oldest, s->at(0).time);
    }
    if (!std::isfinite(newest)) {
        newest = double(QDateTime::currentMSecsSinceEpoch());
        oldest = newest - 60000;
    }
    *x1 = newest;
    *x0 = m_config.windowSeconds > 0 ? newest - m_config.windowSeconds * 1000.0 : std::min(oldest, newest - 1000);
}

void ChartPanel::replot()
{
    m_timer.stop();
    bool changed = m_viewDirty;
    for (int i = 0; i < m_entries.size() && !changed; ++i) {
        const Series *s = m_store ? m_store->series(m_matcher->entries().at(i).seriesId) : nullptr;
        changed = s && s->revision() != m_entries.at(i).drawnRevision;
    }
    if (!changed)
        return;
    m_viewDirty = false;
    m_sinceReplot.restart();
    ++m_replots;

    double t0, t1;
    if (!xyMode() && (m_paused || m_zoomed)) {
        t0 = m_x0;
        t1 = m_x1;
    } else if (xyMode() && m_paused) {
        t0 = m_x0Time;
        t1 = m_x1Time;
    } else {
        liveRange(&t0, &t1);
        if (xyMode()) {
            m_x0Time = t0;
            m_x1Time = t1;
        }
    }
    const int columns = qMax(1, int(m_chart->plotArea().width()));
    m_columns = columns;
    double lo[2] = {Inf, Inf};
    double hi[2] = {-Inf, -Inf};
    double xlo = Inf, xhi = -Inf;
    for (int i = 0; i < m_entries.size(); ++i) {
        Entry &e = m_entries[i];
        const SeriesMatcher::Entry &me = m_matcher->entries().at(i);
        const SeriesDefinition &def = m_matcher->definitions().at(me.definition);
        const Series *s = m_store ? m_store->series(me.seriesId) : nullptr;
        if (!s)
            continue;
        e.drawnRevision = s->revision();
        QList<QPointF> points;
        if (xyMode()) {
            const int xi = xEntryFor(i);
            const Series *xs = xi >= 0 ? m_store->series(m_xMatcher->entries().at(xi).seriesId) : nullptr;
            if (xs) {
                const SeriesDefinition &xdef = m_xMatcher->definitions().at(0);
                points = SeriesMath::pairXY(*xs, *s, t0, t1, MaxXyPoints);
                for (QPointF &p : points)
                    p = QPointF(xdef.apply(p.x()), def.apply(p.y()));
            }
        } else {
            points = s->decimated(t0, t1, columns);
            if (def.style == SeriesDefinition::Style::Line)
                points = thinToExtremes(points, t0, t1, columns);
            if (def.scale != 1.0 || def.offset != 0.0) {
                for (QPointF &p : points)
                    p.setY(def.apply(p.y()));
            }
            if (def.style == SeriesDefinition::Style::Steps)
                points = asSteps(points);
        }
        e.series->replace(points);
        if (e.hidden)
            continue;
        for (const QPointF &p : points) {
            if (!xyMode() && (p.x() < t0 || p.x() > t1))
                continue; // the neighbours decimated() adds beyond the edges
            lo[e.axis] = std::min(lo[e.axis], p.y());
            hi[e.axis] = std::max(hi[e.axis], p.y());
            xlo = std::min(xlo, p.x());
            xhi = std::max(xhi, p.x());
        }
    }
    if (xyMode()) {
        if (!m_zoomed) {
            padRange(&xlo, &xhi);
            m_x0 = xlo;
            m_x1 = xhi;
        }
    } else if (!m_paused && !m_zoomed) {
        m_x0 = t0;
        m_x1 = t1;
    }
    if (!m_yFixed) {
        for (int a = 0; a < 2; ++a) {
            padRange(&lo[a], &hi[a]);
            m_y0[a] = lo[a];
            m_y1[a] = hi[a];
        }
    }
    updateAxes();
    // Antialiasing costs most of a frame once lines are as dense as the pixels (decimation
    // leaves up to 4 points per column), and adds nothing visible there: only sparse lines get it.
    qsizetype densest = 0;
    for (const Entry &e : std::as_const(m_entries))
        densest = std::max<qsizetype>(densest, e.series->count());
    m_view->setRenderHint(QPainter::Antialiasing, densest <= columns);
    // The table follows at most 4 times a second (it scans the window's points).
    if (m_sinceReadout.elapsed() >= ReadoutIntervalMs || m_readout->topLevelItemCount() != m_entries.size())
        updateReadout();
    else if (!m_readoutTimer.isActive())
        m_readoutTimer.start(int(ReadoutIntervalMs - m_sinceReadout.elapsed()));
}

void ChartPanel::updateAxes()
{
    if (auto *time = qobject_cast<QDateTimeAxis *>(m_xAxis)) {
        const double span = m_x1 - m_x0;
        time->setFormat(span > 86400000.0 ? QStringLiteral("MM-dd HH:mm") : QStringLiteral("HH:mm:ss"));
        time->setRange(QDateTime::fromMSecsSinceEpoch(qint64(m_x0)), QDateTime::fromMSecsSinceEpoch(qint64(std::ceil(m_x1))));
    } else if (auto *value = qobject_cast<QValueAxis *>(m_xAxis)) {
        value->setRange(m_x0, m_x1);
    }
    for (int a = 0; a < 2; ++a)
        m_yAxis[a]->setRange(m_y0[a], m_y1[a]);
}

SeriesMath::Stats ChartPanel::entryStats(int entry) const
{
    if (entry < 0 || entry >= m_entries.size() || !m_store)
        return {};
    const SeriesMatcher::Entry &me = m_matcher->entries().at(entry);
    const Series *s = m_store->series(me.seriesId);
    if (!s)
        return {};
    const SeriesDefinition &def = m_matcher->definitions().at(me.definition);
    const double t0 = xyMode() ? m_x0Time : m_x0;
    const double t1 = xyMode() ? m_x1Time : m_x1;
    return SeriesMath::stats(*s, t0, t1, def.scale, def.offset);
}

void ChartPanel::updateReadout()
{
    m_readoutTimer.stop();
    m_sinceReadout.restart();
    QList<ChartReadout::Row> rows;
    for (int i = 0; i < m_entries.size(); ++i) {
        ChartReadout::Row row;
        row.name = entryName(i);
        row.unit = m_matcher->definitions().at(m_matcher->entries().at(i).definition).unit;
        row.color = m_entries.at(i).series->color();
        row.hidden = m_entries.at(i).hidden;
        row.stats = entryStats(i);
        rows.append(row);
    }
    m_readout->setRows(rows);
}

void ChartPanel::updateState()
{
    const bool live = isLive();
    m_pauseButton->setChecked(!live);
    m_pauseButton->setIcon(QIcon(live ? QStringLiteral(":/icons/pause.svg") : QStringLiteral(":/icons/play.svg")));
    const QString tip = live ? tr("Pause the live window (recording goes on)") : tr("Resume following the newest values");
    m_pauseButton->setToolTip(tip + QStringLiteral(" (Space)"));
    m_pauseButton->setStatusTip(tip);
    m_resetButton->setEnabled(m_zoomed);
    m_resetButton->setToolTip(m_zoomed ? tr("Reset zoom and follow the newest values")
                                       : tr("Reset zoom (not zoomed: drag a rectangle on the chart to zoom)"));
}

void ChartPanel::setPaused(bool paused)
{
    if (!paused) {
        // Resume: follow the newest values again.
        m_paused = false;
        m_zoomed = false;
        m_yFixed = false;
    } else {
        m_paused = true;
    }
    updateState();
    viewChanged();
}

void ChartPanel::resetZoom()
{
    m_zoomed = false;
    m_yFixed = false;
    updateState();
    viewChanged();
}

void ChartPanel::zoomTo(double x0, double x1)
{
    if (!(x1 > x0))
        return;
    m_x0 = x0;
    m_x1 = x1;
    m_zoomed = true;
    m_yFixed = false;
    updateState();
    viewChanged();
}

void ChartPanel::zoomToPixels(const QRectF &pixels)
{
    const QRectF plot = m_chart->plotArea();
    if (plot.width() <= 0 || plot.height() <= 0)
        return;
    auto xAt = [&](double px) { return m_x0 + (px - plot.left()) / plot.width() * (m_x1 - m_x0); };
    const double nx0 = xAt(pixels.left());
    const double nx1 = xAt(pixels.right());
    for (int a = 0; a < 2; ++a) {
        auto yAt = [&](double py) { return m_y1[a] - (py - plot.top()) / plot.height() * (m_y1[a] - m_y0[a]); };
        const double ny1 = yAt(pixels.top());
        const double ny0 = yAt(pixels.bottom());
        m_y0[a] = ny0;
        m_y1[a] = ny1;
    }
    m_x0 = nx0;
    m_x1 = nx1;
    m_zoomed = true;
    m_yFixed = true;
    updateState();
    viewChanged();
}

void ChartPanel::pan(const QPointF &delta)
{
    const QRectF plot = m_chart->plotArea();
    if (plot.width() <= 0 || plot.height() <= 0)
        return;
    const double dx = -delta.x() / plot.width() * (m_x1 - m_x0);
    m_x0 += dx;
    m_x1 += dx;
    for (int a = 0; a < 2; ++a) {
        const double dy = delta.y() / plot.height() * (m_y1[a] - m_y0[a]);
        m_y0[a] += dy;
        m_y1[a] += dy;
    }
    m_zoomed = true;
    m_yFixed = true;
    updateState();
    viewChanged();
}

void ChartPanel::wheelZoom(double factor, const QPointF &pixel)
{
    const QRectF plot = m_chart->plotArea();
    if (plot.width() <= 0)
        return;
    const double anchor = m_x0 + (pixel.x() - plot.left()) / plot.width() * (m_x1 - m_x0);
    m_x0 = anchor - (anchor - m_x0) * factor;
    m_x1 = anchor + (m_x1 - anchor) * factor;
    m_zoomed = true;
    updateState();
    viewChanged();
}

QString ChartPanel::hoverTextAt(const QPointF &pixel) const
{
    const QRectF plot = m_chart->plotArea();
    if (!plot.contains(pixel) || !m_store || xyMode())
        return {};
    const double t = m_x0 + (pixel.x() - plot.left()) / plot.width() * (m_x1 - m_x0);
    double best = Inf;
    QString text;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).hidden)
            continue;
        const SeriesMatcher::Entry &me = m_matcher->entries().at(i);
        const Series *s = m_store->series(me.seriesId);
        SeriesPoint p{};
        if (!s || !SeriesMath::nearest(*s, t, m_x0, m_x1, &p))
            continue;
        const SeriesDefinition &def = m_matcher->definitions().at(me.definition);
        const double v = def.apply(p.value);
        const int a = m_entries.at(i).axis;
        const double py = plot.bottom() - (v - m_y0[a]) / (m_y1[a] - m_y0[a]) * plot.height();
        const double px = plot.left() + (p.time - m_x0) / (m_x1 - m_x0) * plot.width();
        const double d = std::hypot(px - pixel.x(), py - pixel.y());
        if (d < best) {
            best = d;
            const QString unit = def.unit.isEmpty() ? QString() : QLatin1Char(' ') + def.unit;
            text = tr("%1\n%2: %3%4")
                       .arg(QDateTime::fromMSecsSinceEpoch(qint64(p.time)).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")),
                            me.name, ChartReadout::formatValue(v), unit);
        }
    }
    return best < 40 ? text : QString();
}

void ChartPanel::showHover(const QPointF &pixel)
{
    const QString text = hoverTextAt(pixel);
    if (text.isEmpty()) {
        m_hover->hide();
        return;
    }
    m_hover->setText(text);
    m_hover->adjustSize();
    QPoint pos = pixel.toPoint() + QPoint(12, 12);
    if (pos.x() + m_hover->width() > m_view->width())
        pos.rx() = int(pixel.x()) - m_hover->width() - 12;
    if (pos.y() + m_hover->height() > m_view->height())
        pos.ry() = int(pixel.y()) - m_hover->height() - 12;
    m_hover->move(pos);
    m_hover->show();
    m_hover->raise();
}

bool ChartPanel::exportCsv(const QString &fileName, bool visibleWindowOnly, QString *error) const
{
    QList<SeriesCsv::Column> columns;
    for (int i = 0; i < m_entries.size(); ++i) {
        const SeriesMatcher::Entry &me = m_matcher->entries().at(i);
        const SeriesDefinition &def = m_matcher->definitions().at(me.definition);
        columns.append({me.name, m_store ? m_store->series(me.seriesId) : nullptr, def.scale, def.offset});
    }
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    const double t0 = visibleWindowOnly ? (xyMode() ? m_x0Time : m_x0) : -Inf;
    const double t1 = visibleWindowOnly ? (xyMode() ? m_x1Time : m_x1) : Inf;
    return SeriesCsv::write(&file, columns, t0, t1, error) >= 0;
}

QImage ChartPanel::renderImage(const QSize &size)
{
    replot();
    return ChartExport::renderChart(m_chart, size);
}

bool ChartPanel::exportImage(const QString &fileName, const QSize &size, QString *error)
{
    replot();
    return ChartExport::saveChart(m_chart, fileName, size, error);
}

void ChartPanel::addSeriesInteractive()
{
    SeriesDialog dialog(m_store, this);
    dialog.setWindowTitle(tr("Add Series"));
    if (dialog.exec() == QDialog::Accepted)
        addSeries(dialog.definition());
}

void ChartPanel::editSeriesInteractive(int definition)
{
    if (definition < 0 || definition >= m_config.series.size())
        return;
    SeriesDialog dialog(m_store, this);
    dialog.setWindowTitle(tr("Edit Series"));
    dialog.setDefinition(m_config.series.at(definition));
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_config.series[definition] = dialog.definition();
    m_matcher->setDefinitions(m_config.series);
    Q_EMIT configurationChanged();
}

void ChartPanel::exportCsvInteractive(bool visibleWindowOnly)
{
    ChartExport::CsvChoice choice;
    if (!ChartExport::askCsv(this, &choice))
        return;
    QString error;
    if (exportCsv(choice.fileName, visibleWindowOnly, &error))
        Q_EMIT statusMessage(tr("Exported %1.").arg(choice.fileName));
    else
        Q_EMIT statusMessage(error);
}

void ChartPanel::exportImageInteractive()
{
    ChartExport::ImageChoice choice;
    if (!ChartExport::askImage(this, m_view->size(), &choice))
        return;
    QString error;
    if (exportImage(choice.fileName, choice.size, &error))
        Q_EMIT statusMessage(tr("Exported %1.").arg(choice.fileName));
    else
        Q_EMIT statusMessage(error);
}
