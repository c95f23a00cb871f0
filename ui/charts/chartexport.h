#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

class QChart;
class QWidget;

// Pictures of charts and dashboards: PNG (any size) and SVG, and the file choices for CSV and
// images.
class ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(ChartExport)
public:
    static constexpr int MaxSide = 16384;

    // The chart laid out and drawn at exactly this size.
    static QImage renderChart(QChart *chart, const QSize &size);
    static bool saveChart(QChart *chart, const QString &fileName, const QSize &size, QString *error);
    // A widget (a whole dashboard page) laid out at this size and drawn.
    static QImage renderWidget(QWidget *widget, const QSize &size);
    static bool saveWidget(QWidget *widget, const QString &fileName, const QSize &size, QString *error);

    struct CsvChoice
    {
        QString fileName;
        bool visibleOnly = true;
    };
    struct ImageChoice
    {
        QString fileName;
        QSize size;
    };
    static bool askCsv(QWidget *parent, CsvChoice *choice);
    static bool askImage(QWidget *parent, const QSize &suggested, ImageChoice *choice);

private:
    static bool checkSize(const QSize &size, QString *error);
    static bool isSvg(const QString &fileName);
};
