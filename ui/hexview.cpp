#include "hexview.h"

#include "payloaddecoder.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>

namespace {
// A scroll bar counts ints: past this many lines one step covers several lines.
constexpr qsizetype MaxScrollLines = 1 << 30;
} // namespace

HexView::HexView(QWidget *parent) : QAbstractScrollArea(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setBackgroundRole(QPalette::Base);
    setToolTip(tr("Offset, bytes in hex, bytes as ASCII. Ctrl+C copies the lines on screen."));
}

void HexView::setData(const QByteArray &data)
{
    m_data = data;
    verticalScrollBar()->setValue(0);
    updateScrollBars();
    viewport()->update();
}

int HexView::lineHeight() const
{
    return fontMetrics().height();
}

QString HexView::lines(qsizetype first, qsizetype count) const
{
    QStringList out;
    for (qsizetype l = first; l < first + count && l < lineCount(); ++l)
        out << PayloadDecoder::hexLine(m_data, l * 16);
    return out.join(QLatin1Char('\n'));
}

void HexView::updateScrollBars()
{
    const int visible = qMax(1, viewport()->height() / lineHeight());
    const qsizetype total = qMin(lineCount(), MaxScrollLines);
    verticalScrollBar()->setRange(0, int(qMax<qsizetype>(0, total - visible)));
    verticalScrollBar()->setPageStep(visible);
    const int width = fontMetrics().horizontalAdvance(QLatin1Char('0')) * 78;
    horizontalScrollBar()->setRange(0, qMax(0, width - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
}

void HexView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void HexView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    painter.setFont(font());
    const int h = lineHeight();
    const qsizetype first = verticalScrollBar()->value();
    const int rows = viewport()->height() / h + 1;
    const int x = 4 - horizontalScrollBar()->value();
    const int ascent = fontMetrics().ascent();
    const QColor offsetColor = palette().color(QPalette::PlaceholderText);
    const int offsetWidth = fontMetrics().horizontalAdvance(QStringLiteral("00000000"));
    for (int r = 0; r < rows && first + r < lineCount(); ++r) {
        const QString line = PayloadDecoder::hexLine(m_data, (first + r) * 16);
        const int y = r * h + ascent;
        painter.setPen(offsetColor);
        painter.drawText(x, y, line.left(8));
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(x + offsetWidth, y, line.mid(8));
    }
}

void HexView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        QApplication::clipboard()->setText(lines(verticalScrollBar()->value(), verticalScrollBar()->pageStep()));
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}
