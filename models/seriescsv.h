#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QIODevice;
class Series;

// Writes series as CSV: an ISO-8601 UTC time column and one column per series, rows aligned
// on time with empty cells where a series has no point at that time. Values are written
// through value * scale + offset, in the shortest form that reads back to the same double.
class SeriesCsv
{
    Q_DECLARE_TR_FUNCTIONS(SeriesCsv)
public:
    struct Column
    {
        QString name;
        const Series *series = nullptr;
        double scale = 1.0;
        double offset = 0.0;
    };

    // Points with time in [t0, t1] (pass -inf/+inf for all). Returns the number of rows
    // written; -1 with *error when the device failed.
    static qsizetype write(QIODevice *device, const QList<Column> &columns, double t0, double t1, QString *error);
    static QString escape(const QString &field);
    static QString formatTime(double ms);
};
