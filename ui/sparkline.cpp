#include "sparkline.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

Sparkline::Sparkline(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("sparkline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMinimumHeight(32);
}

void Sparkline::setValues(const QVector<double> &values, const QString &label)
{
    m_values = values;
    m_label = label;
    setToolTip(values.isEmpty() ? tr("No numeric values in this topic's history")
                                : tr("%1: %n value(s) from the history", nullptr, int(values.size())).arg(label));
    update();
}

void Sparkline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRect r = rect().adjusted(2, 2, -2, -2);
    if (m_values.size() < 2) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(r, Qt::AlignCenter, m_values.isEmpty() ? tr("no numeric history") : QString::number(m_values.first()));
        return;
    }
    const auto [lo, hi] = std::minmax_element(m_values.cbegin(), m_values.cend());
    const double min = *lo;
    const double span = qMax(1e-12, *hi - min);
    const QString text = QStringLiteral("%1  [%2 … %3]").arg(m_values.last()).arg(min).arg(*hi);
    const int textWidth = fontMetrics().horizontalAdvance(text) + 8;
    const QRectF plot(r.left(), r.top(), qMax(20, r.width() - textWidth), r.height());
    QPainterPath path;
    for (int i = 0; i < m_values.size(); ++i) {
        const QPointF pt(plot.left() + plot.width() * i / (m_values.size() - 1),
                         plot.bottom() - plot.height() * (m_values[i] - min) / span);
        i ? path.lineTo(pt) : path.moveTo(pt);
    }
    p.setPen(QPen(palette().color(QPalette::Highlight), 1.5));
    p.drawPath(path);
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRectF(plot.right() + 6, r.top(), textWidth, r.height()), Qt::AlignVCenter | Qt::AlignLeft, text);
}
