#pragma once

#include "dashboardconfig.h"

#include <QWidget>

class IngestPipeline;
class SeriesMatcher;

// A dashboard tile: the latest value of one series as a big number with unit and trend arrow,
// a gauge between min and max, an on/off lamp, or the latest payload of a topic as text.
// Thresholds turn it amber or red. Repaints on the pipeline's ticks, only when what it shows
// changed.
class ValueTile : public QWidget
{
    Q_OBJECT
public:
    explicit ValueTile(IngestPipeline *pipeline, QWidget *parent = nullptr);

    TileConfig configuration() const { return m_config; }
    void setConfiguration(const TileConfig &config);

    bool hasValue() const { return m_hasValue; }
    double value() const { return m_value; }
    // What the tile says: the formatted number, "On"/"Off", or the payload text.
    QString displayText() const;
    TileConfig::Level level() const { return m_level; }
    // +1 rising, -1 falling, 0 steady, over the last minute.
    int trend() const { return m_trend; }
    bool isOn() const { return m_on; }

    QSize sizeHint() const override { return QSize(180, 120); }
    QSize minimumSizeHint() const override { return QSize(120, 90); }

public Q_SLOTS:
    void refresh();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString latestPayload() const;
    void paintGauge(QPainter &p, const QRectF &area, const QColor &accent);
    QColor levelColor() const;

    IngestPipeline *m_pipeline;
    SeriesMatcher *m_matcher;
    TileConfig m_config;
    bool m_hasValue = false;
    double m_value = 0;
    double m_time = 0;
    int m_trend = 0;
    bool m_on = false;
    QString m_text;
    TileConfig::Level m_level = TileConfig::Level::Normal;
};
