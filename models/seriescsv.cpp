#include "seriescsv.h"

#include "series.h"
#include "seriesmath.h"

#include <QDateTime>
#include <QIODevice>
#include <QLocale>

#include <algorithm>
#include <limits>
#include <vector>

QString SeriesCsv::escape(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\n'))
        && !field.contains(QLatin1Char('\r')))
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString SeriesCsv::formatTime(double ms)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(ms), Qt::UTC).toString(Qt::ISODateWithMs);
}

qsizetype SeriesCsv::write(QIODevice *device, const QList<Column> &columns, double t0, double t1, QString *error)
{
    // Each column's points in the window, in time order (a series whose payload times went
    // backwards is sorted here).
    std::vector<std::vector<SeriesPoint>> points(size_t(columns.size()));
    for (int c = 0; c < columns.size(); ++c) {
        const Series *s = columns.at(c).series;
        if (!s)
            continue;
        const auto [begin, end] = SeriesMath::window(*s, t0, t1);
        auto &out = points[size_t(c)];
        out.reserve(size_t(end - begin));
        for (qsizetype i = begin; i < end; ++i) {
            const SeriesPoint p = s->at(i);
            if (p.time >= t0 && p.time <= t1)
                out.push_back(p);
        }
        if (!s->isTimeSorted())
            std::stable_sort(out.begin(), out.end(), [](const SeriesPoint &a, const SeriesPoint &b) { return a.time < b.time; });
    }

    auto fail = [&](qsizetype) {
        if (error)
            *error = tr("Cannot write the CSV file: %1").arg(device->errorString());
        return qsizetype(-1);
    };
    QByteArray line = "time";
    for (const Column &c : columns)
        line += ',' + escape(c.name).toUtf8();
    line += '\n';
    if (device->write(line) != line.size())
        return fail(0);

    std::vector<size_t> next(points.size(), 0);
    qsizetype rows = 0;
    QByteArray buffer;
    for (;;) {
        double t = std::numeric_limits<double>::infinity();
        for (size_t c = 0; c < points.size(); ++c) {
            if (next[c] < points[c].size())
                t = std::min(t, points[c][next[c]].time);
        }
        if (t == std::numeric_limits<double>::infinity())
            break;
        buffer += formatTime(t).toLatin1();
        for (size_t c = 0; c < points.size(); ++c) {
            buffer += ',';
            if (next[c] < points[c].size() && points[c][next[c]].time == t) {
                const Column &col = columns.at(qsizetype(c));
                const double v = points[c][next[c]].value * col.scale + col.offset;
                buffer += QByteArray::number(v, 'g', QLocale::FloatingPointShortest);
                ++next[c];
            }
        }
        buffer += '\n';
        ++rows;
        if (buffer.size() > 1 << 16) {
            if (device->write(buffer) != buffer.size())
                return fail(rows);
            buffer.clear();
        }
    }
    if (!buffer.isEmpty() && device->write(buffer) != buffer.size())
        return fail(rows);
    return rows;
}
