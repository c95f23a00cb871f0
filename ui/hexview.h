#pragma once

#include <QAbstractScrollArea>
#include <QByteArray>

// Offset · hex · ASCII view of any number of bytes. Paints only the lines on screen, so a
// 100 MB payload costs nothing to show; selecting and copying work by whole lines.
class HexView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit HexView(QWidget *parent = nullptr);

    void setData(const QByteArray &data);
    QByteArray data() const { return m_data; }
    qsizetype lineCount() const { return (m_data.size() + 15) / 16; }
    // The text of lines [first, first + count).
    QString lines(qsizetype first, qsizetype count) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateScrollBars();
    int lineHeight() const;

    QByteArray m_data;
};
