// ChartPanel: ranges, replotting, hover, zoom and export (the widget setup is in chartpanel.cpp).
#include "chartpanel.h"

#include "chartexport.h"
#include "chartreadout.h"
#include "chartview.h"
#include "plotlines.h"
#include "seriescsv.h"
#include "seriesdialog.h"
#include "seriesmatcher.h"
#include "seriesstore.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFile>
#include <QFileDialog>
#include <QFontMetrics>
#include <QLabel>
#include <QLineSeries>
#include <QToolButton>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {
constexpr double Inf = std::numeric_limits<double>::infinity();

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

ChartPanel::Window ChartPanel::currentWindow() const
{
    Window w{0, 0, qMax(1, int(m_chart->plotArea().width()))};
    if (!xyMode() && (m_paused || m_zoomed)) {
        w.t0 = m_x0;
        w.t1 = m_x1;
    } else if (xyMode() && m_paused) {
        w.t0 = m_x0Time;
        w.t1 = m_x1Time;
    } else {
        liveRange(&w.t0, &w.t1);
    }
    return w;
}

bool ChartPanel::isStale(int entry, const Window &window) const
{
    const Entry &e = m_entries.at(entry);
    if (e.hidden || !m_store)
        return false; // a hidden series is replotted when shown again
    const Series *s = m_store->series(m_matcher->entries().at(entry).seriesId);
    if (!s)
        return false;
    if (s->revision() != e.drawnRevision || e.drawnColumns != window.columns || e.drawnT0 != window.t0
        || e.drawnT1 != window.t1)
        return true;
    if (xyMode()) {
        const int xi = xEntryFor(entry);
        const Series *xs = xi >= 0 ? m_store->series(m_xMatcher->entries().at(xi).seriesId) : nullptr;
        return xs && xs->revision() != e.drawnXRevision;
    }
    return false;
}

void ChartPanel::plotEntry(int entry, const Window &window)
{
    Entry &e = m_entries[entry];
    const SeriesMatcher::Entry &me = m_matcher->entries().at(entry);
    const SeriesDefinition def = m_matcher->definitions().at(me.definition);
    const Series *s = m_store->series(me.seriesId);
    const double t0 = window.t0;
    const double t1 = window.t1;
    e.drawnRevision = s->revision();
    e.drawnT0 = t0;
    e.drawnT1 = t1;
    e.drawnColumns = window.columns;
    QList<QPointF> points;
    if (xyMode()) {
        const int xi = xEntryFor(entry);
        const Series *xs = xi >= 0 ? m_store->series(m_xMatcher->entries().at(xi).seriesId) : nullptr;
        e.drawnXRevision = xs ? xs->revision() : ~quint64(0);
        if (xs) {
            const SeriesDefinition xdef = m_xMatcher->definitions().at(0);
            points = SeriesMath::pairXY(*xs, *s, t0, t1, MaxXyPoints);
            for (QPointF &p : points)
                p = QPointF(xdef.apply(p.x()), def.apply(p.y()));
        }
    } else {
        points = e.decimation.update(*s, t0, t1, window.columns, def.style == SeriesDefinition::Style::Line);
        if (def.scale != 1.0 || def.offset != 0.0) {
            for (QPointF &p : points)
                p.setY(def.apply(p.y()));
        }
        if (def.style == SeriesDefinition::Style::Steps)
            points = asSteps(points);
    }
    e.lo = e.xlo = Inf;
    e.hi = e.xhi = -Inf;
    for (const QPointF &p : std::as_const(points)) {
        if (!xyMode() && (p.x() < t0 || p.x() > t1))
            continue; // the neighbours decimated() adds beyond the edges
        e.lo = std::min(e.lo, p.y());
        e.hi = std::max(e.hi, p.y());
        e.xlo = std::min(e.xlo, p.x());
        e.xhi = std::max(e.xhi, p.x());
    }
    e.drawnCount = points.size();
    if (e.line)
        m_lines->setLine(entry, points, e.pen, e.axis);
    else
        e.series->replace(points);
}

void ChartPanel::replot()
{
    replotWithin(-1);
}

void ChartPanel::replotWithin(qint64 budgetNs)
{
    m_timer.stop();
    QElapsedTimer clock;
    clock.start();
    const qsizetype known = m_entries.size();
    createPendingEntries(clock, budgetNs);
    const bool added = m_entries.size() != known;
    const bool pending = m_entries.size() < m_matcher->entries().size();
    if (m_viewDirty) {
        for (Entry &e : m_entries)
            e.drawnColumns = -1;
    }
    const Window window = currentWindow();
    // Round robin from where the last timed replot stopped, so every series gets its turn.
    const int n = int(m_entries.size());
    int plotted = 0;
    bool unfinished = false;
    for (int k = 0; k < n; ++k) {
        const int i = (m_nextEntry + k) % n;
        if (!isStale(i, window))
            continue;
        if (budgetNs >= 0 && plotted > 0 && clock.nsecsElapsed() > budgetNs) {
            m_nextEntry = i;
            unfinished = true;
            break;
        }
        plotEntry(i, window);
        ++plotted;
    }
    if (!unfinished)
        m_nextEntry = 0;
    if (plotted == 0 && !added && !m_viewDirty) {
        if (pending)
            scheduleReplot();
        return;
    }
    m_viewDirty = false;
    m_sinceReplot.restart();
    ++m_replots;
    m_columns = window.columns;
    if (xyMode() && !m_paused) {
        m_x0Time = window.t0;
        m_x1Time = window.t1;
    }
    updateRanges(window);
    updateAxes();
    // Antialiasing costs most of a frame once lines are as dense as the pixels (decimation
    // leaves up to 2 points per column), or a hundred lines cross the chart, and adds nothing
    // visible there: only sparse charts get it.
    qsizetype densest = 0;
    qsizetype total = 0;
    int lines = 0;
    for (const Entry &e : std::as_const(m_entries)) {
        if (!e.hidden && e.drawnCount > 1) {
            densest = std::max(densest, e.drawnCount);
            total += e.drawnCount;
            ++lines;
        }
    }
    m_view->setRenderHint(QPainter::Antialiasing, densest <= window.columns && !PlotLines::isBusy(total, lines, window.columns));
    // The table follows at most 4 times a second (it scans the window's points), as an event
    // of its own.
    if (!m_readoutTimer.isActive()) {
        const bool due = m_sinceReadout.elapsed() >= ReadoutIntervalMs || m_readout->topLevelItemCount() != m_entries.size();
        m_readoutTimer.start(due ? 0 : int(ReadoutIntervalMs - m_sinceReadout.elapsed()));
    }
    if (unfinished || pending)
        scheduleReplot();
}

void ChartPanel::updateRanges(const Window &window)
{
    double lo[2] = {Inf, Inf};
    double hi[2] = {-Inf, -Inf};
    double xlo = Inf, xhi = -Inf;
    for (const Entry &e : std::as_const(m_entries)) {
        if (e.hidden || e.drawnCount == 0)
            continue;
        lo[e.axis] = std::min(lo[e.axis], e.lo);
        hi[e.axis] = std::max(hi[e.axis], e.hi);
        xlo = std::min(xlo, e.xlo);
        xhi = std::max(xhi, e.xhi);
    }
    if (xyMode()) {
        if (!m_zoomed) {
            padRange(&xlo, &xhi);
            m_x0 = xlo;
            m_x1 = xhi;
        }
    } else if (!m_paused && !m_zoomed) {
        m_x0 = window.t0;
        m_x1 = window.t1;
    }
    if (!m_yFixed) {
        for (int a = 0; a < 2; ++a) {
            padRange(&lo[a], &hi[a]);
            m_y0[a] = lo[a];
            m_y1[a] = hi[a];
        }
    }
}

int ChartPanel::xTickCount(const QString &widestLabel) const
{
    // Labels are not elided (setupAxes): as many ticks as labels fit side by side with a gap.
    const int label = QFontMetrics(m_xAxis->labelsFont()).horizontalAdvance(widestLabel) + 24;
    return std::clamp(int(m_chart->plotArea().width()) / label + 1, 2, 6);
}

void ChartPanel::updateAxes()
{
    if (auto *time = qobject_cast<QDateTimeAxis *>(m_xAxis)) {
        const double span = m_x1 - m_x0;
        const QString format = span > 86400000.0 ? QStringLiteral("MM-dd HH:mm") : QStringLiteral("HH:mm:ss");
        time->setFormat(format);
        const int ticks = xTickCount(QDateTime(QDate(2000, 12, 28), QTime(23, 58, 58)).toString(format));
        if (time->tickCount() != ticks)
            time->setTickCount(ticks);
        const qint64 x0 = qint64(m_x0);
        const qint64 x1 = std::max(x0 + 1, qint64(std::ceil(m_x1))); // an empty range loses the axis (setupAxes)
        time->setRange(QDateTime::fromMSecsSinceEpoch(x0), QDateTime::fromMSecsSinceEpoch(x1));
        m_lines->setRanges(double(x0), double(x1), m_y0, m_y1);
    } else if (auto *value = qobject_cast<QValueAxis *>(m_xAxis)) {
        const int ticks = xTickCount(QStringLiteral("-0.0000"));
        if (value->tickCount() != ticks)
            value->setTickCount(ticks);
        value->setRange(m_x0, m_x1);
        m_lines->setRanges(m_x0, m_x1, m_y0, m_y1);
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
