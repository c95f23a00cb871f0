#pragma once

#include <QVector>
#include <QWidget>

// A small line of numbers (a topic's numeric history) with its last, minimum and maximum value.
class Sparkline : public QWidget
{
    Q_OBJECT
public:
    explicit Sparkline(QWidget *parent = nullptr);

    void setValues(const QVector<double> &values, const QString &label = {});
    QVector<double> values() const { return m_values; }
    QSize sizeHint() const override { return {200, 36}; }
    QSize minimumSizeHint() const override { return {60, 24}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QVector<double> m_values;
    QString m_label;
};
