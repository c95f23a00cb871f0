#include "chartexport.h"

#include <QChart>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QWidget>

bool ChartExport::isSvg(const QString &fileName)
{
    return fileName.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive);
}

bool ChartExport::checkSize(const QSize &size, QString *error)
{
    if (size.width() >= 16 && size.height() >= 16 && size.width() <= MaxSide && size.height() <= MaxSide)
        return true;
    if (error)
        *error = tr("The image size must be between 16 and %1 pixels a side.").arg(MaxSide);
    return false;
}

namespace {
// Lays the chart out at `size`, draws it with `paint`, and puts it back.
template<typename Paint>
void withChartAt(QChart *chart, const QSize &size, Paint paint)
{
    const QRectF old = chart->geometry();
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    chart->layout()->activate();
    QGraphicsScene *scene = chart->scene();
    const QRectF source(chart->mapToScene(QPointF(0, 0)), QSizeF(size));
    paint(scene, source);
    chart->setGeometry(old);
}
} // namespace

QImage ChartExport::renderChart(QChart *chart, const QSize &size)
{
    if (!checkSize(size, nullptr) || !chart || !chart->scene())
        return {};
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    withChartAt(chart, size, [&](QGraphicsScene *scene, const QRectF &source) {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), source);
    });
    return image;
}

bool ChartExport::saveChart(QChart *chart, const QString &fileName, const QSize &size, QString *error)
{
    if (!checkSize(size, error))
        return false;
    if (isSvg(fileName)) {
        QSvgGenerator svg;
        svg.setFileName(fileName);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(chart->title());
        withChartAt(chart, size, [&](QGraphicsScene *scene, const QRectF &source) {
            QPainter painter;
            if (!painter.begin(&svg))
                return;
            scene->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), source);
            painter.end();
        });
        if (!QFileInfo::exists(fileName)) {
            if (error)
                *error = tr("Cannot write %1.").arg(fileName);
            return false;
        }
        return true;
    }
    const QImage image = renderChart(chart, size);
    if (image.isNull() || !image.save(fileName, "PNG")) {
        if (error)
            *error = tr("Cannot write %1.").arg(fileName);
        return false;
    }
    return true;
}

QImage ChartExport::renderWidget(QWidget *widget, const QSize &size)
{
    if (!checkSize(size, nullptr) || !widget)
        return {};
    const QSize old = widget->size();
    widget->resize(size);
    if (widget->layout())
        widget->layout()->activate();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(widget->palette().color(QPalette::Window));
    widget->render(&image);
    widget->resize(old);
    return image;
}

bool ChartExport::saveWidget(QWidget *widget, const QString &fileName, const QSize &size, QString *error)
{
    if (!checkSize(size, error))
        return false;
    bool ok = false;
    if (isSvg(fileName)) {
        QSvgGenerator svg;
        svg.setFileName(fileName);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        const QSize old = widget->size();
        widget->resize(size);
        if (widget->layout())
            widget->layout()->activate();
        widget->render(&svg);
        widget->resize(old);
        ok = QFileInfo::exists(fileName);
    } else {
        const QImage image = renderWidget(widget, size);
        ok = !image.isNull() && image.save(fileName, "PNG");
    }
    if (!ok && error)
        *error = tr("Cannot write %1.").arg(fileName);
    return ok;
}

bool ChartExport::askCsv(QWidget *parent, CsvChoice *choice)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString file = QFileDialog::getSaveFileName(parent, tr("Export CSV"), dir + QStringLiteral("/chart.csv"),
                                                      tr("CSV files (*.csv)"));
    if (file.isEmpty())
        return false;
    choice->fileName = file;
    return true;
}

bool ChartExport::askImage(QWidget *parent, const QSize &suggested, ImageChoice *choice)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("Export Image"));
    auto *form = new QFormLayout(&dialog);
    auto *fileEdit = new QLineEdit(&dialog);
    fileEdit->setObjectName(QStringLiteral("fileEdit"));
    fileEdit->setText(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation) + QStringLiteral("/chart.png"));
    fileEdit->setToolTip(tr("A .png or .svg file"));
    auto *browse = new QPushButton(tr("Browse…"), &dialog);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(fileEdit, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("File:"), fileRow);
    auto *width = new QSpinBox(&dialog);
    auto *height = new QSpinBox(&dialog);
    for (QSpinBox *box : {width, height}) {
        box->setRange(16, MaxSide);
        box->setSuffix(tr(" px"));
    }
    width->setValue(qMax(16, suggested.width()));
    height->setValue(qMax(16, suggested.height()));
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), &dialog));
    sizeRow->addWidget(height);
    form->addRow(tr("Size:"), sizeRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(browse, &QPushButton::clicked, &dialog, [&] {
        const QString file = QFileDialog::getSaveFileName(&dialog, tr("Export Image"), fileEdit->text(),
                                                          tr("PNG images (*.png);;SVG drawings (*.svg)"));
        if (!file.isEmpty())
            fileEdit->setText(file);
    });
    if (dialog.exec() != QDialog::Accepted || fileEdit->text().isEmpty())
        return false;
    choice->fileName = fileEdit->text();
    choice->size = QSize(width->value(), height->value());
    return true;
}
