#pragma once

#include <QChartView>

class QRubberBand;

// The chart's canvas: rubber-band zoom (left drag), pan (middle drag or Shift + left drag),
// wheel zoom, reset (double-click) and hover. It only reports what the user did in pixels;
// ChartPanel owns the ranges.
class ChartView : public QChartView
{
    Q_OBJECT
public:
    explicit ChartView(QChart *chart, QWidget *parent = nullptr);

Q_SIGNALS:
    // A rectangle of the plot area, in view pixels.
    void zoomRequested(const QRectF &pixels);
    void panRequested(const QPointF &pixelDelta);
    // factor < 1 zooms in, around a point of the plot area.
    void wheelZoomRequested(double factor, const QPointF &pixel);
    void resetRequested();
    void hovered(const QPointF &pixel);
    void left();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QRubberBand *m_band = nullptr;
    QPoint m_origin;
    QPointF m_lastPan;
    bool m_selecting = false;
    bool m_panning = false;
};
