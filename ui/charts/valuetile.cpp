#include "valuetile.h"

#include "historystore.h"
#include "ingestpipeline.h"
#include "payloadtext.h"
#include "seriesmatcher.h"
#include "seriesmath.h"
#include "seriesstore.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

ValueTile::ValueTile(IngestPipeline *pipeline, QWidget *parent)
    : QWidget(parent), m_pipeline(pipeline), m_matcher(new SeriesMatcher(pipeline ? pipeline->series() : nullptr, this))
{
    setObjectName(QStringLiteral("valueTile"));
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    if (m_pipeline) {
        connect(m_pipeline->series(), &SeriesStore::updated, this, &ValueTile::refresh);
        connect(m_pipeline->history(), &HistoryStore::updated, this, &ValueTile::refresh);
        connect(m_pipeline->history(), &HistoryStore::cleared, this, &ValueTile::refresh);
    }
    connect(m_matcher, &SeriesMatcher::reset, this, &ValueTile::refresh);
    connect(m_matcher, &SeriesMatcher::entriesAdded, this, &ValueTile::refresh);
}

void ValueTile::setConfiguration(const TileConfig &config)
{
    m_config = config;
    setToolTip(config.source.path.isEmpty() ? config.source.topic : config.source.topic + QLatin1Char(' ') + config.source.path);
    // A text tile shows the payload; the others want a numeric series.
    m_matcher->setDefinitions(config.kind == TileConfig::Kind::Text ? QList<SeriesDefinition>{}
                                                                     : QList<SeriesDefinition>{config.source});
    refresh();
}

QString ValueTile::latestPayload() const
{
    if (!m_pipeline || m_config.source.isWildcard())
        return {};
    const quint32 id = m_pipeline->topics().id(m_config.source.topic);
    const HistoryStore::Lock locked = m_pipeline->history()->lock();
    const TopicHistory *history = id != TopicRegistry::NoTopic ? m_pipeline->history()->history(id) : nullptr;
    if (!history || history->count() == 0)
        return {};
    return PayloadText::preview(history->lastPayload(), 400, history->sizeAt(history->count() - 1));
}

void ValueTile::refresh()
{
    bool hasValue = false;
    double value = 0, time = 0;
    int trend = 0;
    // The newest point among the matching series (a wildcard: whichever topic spoke last).
    const SeriesStore *store = m_pipeline ? m_pipeline->series() : nullptr;
    for (const SeriesMatcher::Entry &e : m_matcher->entries()) {
        const Series *s = store ? store->series(e.seriesId) : nullptr;
        if (!s || s->count() == 0)
            continue;
        const SeriesPoint last = s->at(s->count() - 1);
        if (hasValue && last.time < time)
            continue;
        hasValue = true;
        time = last.time;
        value = m_config.source.apply(last.value);
        SeriesPoint before{};
        trend = 0;
        if (SeriesMath::nearest(*s, last.time - 60000, last.time - 60000, last.time, &before)) {
            const double then = m_config.source.apply(before.value);
            const double eps = 1e-9 * std::max(1.0, std::fabs(value));
            trend = value > then + eps ? 1 : value < then - eps ? -1 : 0;
        }
    }
    QString text;
    bool on = hasValue && value != 0;
    if (m_config.kind == TileConfig::Kind::Text || (m_config.kind == TileConfig::Kind::Lamp && !hasValue)) {
        text = latestPayload();
        if (m_config.kind == TileConfig::Kind::Lamp)
            on = TileConfig::isOn(text);
    }
    const TileConfig::Level level = hasValue ? m_config.levelOf(value) : TileConfig::Level::Normal;
    if (hasValue == m_hasValue && value == m_value && time == m_time && trend == m_trend && text == m_text && on == m_on
        && level == m_level)
        return;
    m_hasValue = hasValue;
    m_value = value;
    m_time = time;
    m_trend = trend;
    m_text = text;
    m_on = on;
    m_level = level;
    update();
}

QString ValueTile::displayText() const
{
    switch (m_config.kind) {
    case TileConfig::Kind::Text:
        return m_text.isEmpty() ? tr("No message yet") : m_text;
    case TileConfig::Kind::Lamp:
        if (!m_hasValue && m_text.isEmpty())
            return tr("No value yet");
        return m_on ? tr("On") : tr("Off");
    case TileConfig::Kind::Number:
    case TileConfig::Kind::Gauge:
        break;
    }
    if (!m_hasValue)
        return tr("No value yet");
    return QLocale().toString(m_value, 'f', m_config.decimals);
}

QColor ValueTile::levelColor() const
{
    switch (m_level) {
    case TileConfig::Level::Amber:
        return QColor(0xf0, 0xa2, 0x02);
    case TileConfig::Level::Red:
        return QColor(0xd6, 0x27, 0x28);
    case TileConfig::Level::Normal:
        break;
    }
    return QColor(0x1f, 0x77, 0xb4);
}

void ValueTile::paintGauge(QPainter &p, const QRectF &area, const QColor &accent)
{
    const double side = std::min(area.width(), area.height() * 1.6);
    QRectF arc(0, 0, side * 0.8, side * 0.8);
    arc.moveCenter(QPointF(area.center().x(), area.top() + side * 0.45));
    const double range = m_config.maximum - m_config.minimum;
    const double fraction = m_hasValue && range > 0 ? std::clamp((m_value - m_config.minimum) / range, 0.0, 1.0) : 0.0;
    QPen track(palette().color(QPalette::Midlight), side * 0.08, Qt::SolidLine, Qt::FlatCap);
    p.setPen(track);
    p.drawArc(arc, 210 * 16, -240 * 16);
    QPen value(accent, side * 0.08, Qt::SolidLine, Qt::FlatCap);
    p.setPen(value);
    p.drawArc(arc, 210 * 16, int(-240 * 16 * fraction));
    p.setPen(palette().color(QPalette::Text));
    QFont f = font();
    f.setPointSizeF(std::max(8.0, side * 0.11));
    f.setBold(true);
    p.setFont(f);
    const QString unit = m_config.source.unit.isEmpty() ? QString() : QLatin1Char(' ') + m_config.source.unit;
    p.drawText(arc, Qt::AlignCenter, displayText() + (m_hasValue ? unit : QString()));
    QFont small = font();
    small.setPointSizeF(std::max(7.0, side * 0.06));
    p.setFont(small);
    p.setPen(palette().color(QPalette::PlaceholderText));
    const QLocale locale;
    p.drawText(QRectF(arc.left() - 10, arc.bottom() - side * 0.12, arc.width() / 2, side * 0.12), Qt::AlignLeft,
               locale.toString(m_config.minimum, 'g', 6));
    p.drawText(QRectF(arc.center().x(), arc.bottom() - side * 0.12, arc.width() / 2 + 10, side * 0.12), Qt::AlignRight,
               locale.toString(m_config.maximum, 'g', 6));
}

void ValueTile::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(1, 1, -1, -1);
    const QColor accent = levelColor();
    QColor background = palette().color(QPalette::Base);
    if (m_level != TileConfig::Level::Normal) {
        QColor tint = accent;
        tint.setAlpha(60);
        p.fillRect(box, background);
        background = tint;
    }
    QPainterPath frame;
    frame.addRoundedRect(box, 6, 6);
    p.fillPath(frame, background);
    p.setPen(QPen(m_level == TileConfig::Level::Normal ? palette().color(QPalette::Mid) : accent, 1));
    p.drawPath(frame);

    const QRectF content = box.adjusted(10, 6, -10, -8);
    const QString unit = m_config.source.unit;
    switch (m_config.kind) {
    case TileConfig::Kind::Gauge:
        paintGauge(p, content, accent);
        return;
    case TileConfig::Kind::Lamp: {
        const double d = std::min(content.width(), content.height()) * 0.45;
        QRectF lamp(0, 0, d, d);
        lamp.moveCenter(QPointF(content.center().x(), content.top() + content.height() * 0.42));
        QRadialGradient glow(lamp.center(), d / 2);
        const QColor on = QColor(0x2c, 0xa0, 0x2c);
        glow.setColorAt(0, m_on ? on.lighter(150) : palette().color(QPalette::Midlight));
        glow.setColorAt(1, m_on ? on : palette().color(QPalette::Mid));
        p.setPen(Qt::NoPen);
        p.setBrush(glow);
        p.drawEllipse(lamp);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRectF(content.left(), lamp.bottom() + 4, content.width(), content.bottom() - lamp.bottom() - 4),
                   Qt::AlignHCenter | Qt::AlignTop, displayText());
        return;
    }
    case TileConfig::Kind::Text: {
        p.setPen(m_text.isEmpty() ? palette().color(QPalette::PlaceholderText) : palette().color(QPalette::Text));
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 1.2);
        p.setFont(f);
        p.drawText(content, Qt::AlignCenter | Qt::TextWordWrap, displayText());
        return;
    }
    case TileConfig::Kind::Number:
        break;
    }
    // Big number, then unit and trend arrow, centred together; the font shrinks to fit.
    const QString number = displayText();
    const QString arrow = m_trend > 0 ? QStringLiteral("▲") : m_trend < 0 ? QStringLiteral("▼") : QStringLiteral("▶");
    const QString suffix = m_hasValue ? (unit.isEmpty() ? arrow : unit + QLatin1Char(' ') + arrow) : QString();
    QFont big = font();
    big.setBold(true);
    QFont small = font();
    double size = std::clamp(content.height() * 0.32, 8.0, 48.0);
    double numberWidth = 0, suffixWidth = 0;
    for (;; size *= 0.9) {
        big.setPointSizeF(size);
        small.setPointSizeF(std::max(7.0, size * 0.45));
        numberWidth = QFontMetricsF(big).horizontalAdvance(number);
        suffixWidth = suffix.isEmpty() ? 0 : QFontMetricsF(small).horizontalAdvance(suffix) + 4;
        if (numberWidth + suffixWidth <= content.width() || size < 8)
            break;
    }
    QRectF numberRect = content;
    numberRect.setBottom(content.bottom() - content.height() * 0.15);
    const double left = numberRect.center().x() - (numberWidth + suffixWidth) / 2;
    p.setFont(big);
    p.setPen(m_hasValue ? (m_level == TileConfig::Level::Normal ? palette().color(QPalette::Text) : accent.darker(130))
                        : palette().color(QPalette::PlaceholderText));
    p.drawText(QRectF(left, numberRect.top(), numberWidth + 1, numberRect.height()), Qt::AlignLeft | Qt::AlignVCenter, number);
    if (suffix.isEmpty())
        return;
    p.setFont(small);
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRectF(left + numberWidth + 4, numberRect.top(), suffixWidth, numberRect.height()), Qt::AlignLeft | Qt::AlignVCenter,
               suffix);
}
