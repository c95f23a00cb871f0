#include "chartview.h"

#include <QMouseEvent>
#include <QRubberBand>
#include <QWheelEvent>

ChartView::ChartView(QChart *chart, QWidget *parent) : QChartView(chart, parent)
{
    setRubberBand(QChartView::NoRubberBand); // ours: the panel decides what a zoom means
    setMouseTracking(true);
    setRenderHint(QPainter::Antialiasing, true);
    setCursor(Qt::CrossCursor);
}

void ChartView::mousePressEvent(QMouseEvent *event)
{
    const bool pan = event->button() == Qt::MiddleButton
        || (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier));
    if (pan) {
        m_panning = true;
        m_lastPan = event->position();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton && chart()->plotArea().contains(event->position())) {
        m_selecting = true;
        m_origin = event->pos();
        if (!m_band)
            m_band = new QRubberBand(QRubberBand::Rectangle, viewport());
        m_band->setGeometry(QRect(m_origin, QSize()));
        m_band->show();
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void ChartView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPointF delta = event->position() - m_lastPan;
        m_lastPan = event->position();
        Q_EMIT panRequested(delta);
        event->accept();
        return;
    }
    if (m_selecting) {
        m_band->setGeometry(QRect(m_origin, event->pos()).normalized());
        event->accept();
        return;
    }
    Q_EMIT hovered(event->position());
    QChartView::mouseMoveEvent(event);
}

void ChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        setCursor(Qt::CrossCursor);
        event->accept();
        return;
    }
    if (m_selecting) {
        m_selecting = false;
        m_band->hide();
        const QRectF rect = QRectF(m_origin, event->position()).normalized().intersected(chart()->plotArea());
        // A click (or a sliver) is not a zoom.
        if (rect.width() > 4 && rect.height() > 4)
            Q_EMIT zoomRequested(rect);
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void ChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        Q_EMIT resetRequested();
        event->accept();
        return;
    }
    QChartView::mouseDoubleClickEvent(event);
}

void ChartView::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y();
    if (steps == 0) {
        event->ignore();
        return;
    }
    Q_EMIT wheelZoomRequested(steps > 0 ? 0.8 : 1.25, event->position());
    event->accept();
}

void ChartView::leaveEvent(QEvent *event)
{
    Q_EMIT left();
    QChartView::leaveEvent(event);
}
