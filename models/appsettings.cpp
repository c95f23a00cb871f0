#include "appsettings.h"

#include "historystore.h"
#include "ingestpipeline.h"
#include "messagelogmodel.h"
#include "seriesstore.h"

#include <QDateTime>
#include <QLocale>
#include <QSettings>

namespace {
// Bookkeeping per stored message besides its payload (log entry, history slot, Message).
constexpr qint64 OverheadPerMessage = 96;
constexpr qint64 BytesPerPoint = 16; // 12 while a series's times are whole ms (Series), 16 at most

int bounded(const QVariant &value, int fallback, int low, int high)
{
    bool ok = false;
    const int n = value.toInt(&ok);
    return ok ? qBound(low, n, high) : fallback;
}
} // namespace

AppSettings AppSettings::load()
{
    AppSettings s;
    QSettings settings;
    settings.beginGroup(QStringLiteral("preferences"));
    const QString language = settings.value(QStringLiteral("language")).toString();
    if (language == QLatin1String("en") || language == QLatin1String("zh_CN"))
        s.language = language;
    s.historyDepth = bounded(settings.value(QStringLiteral("historyDepth")), s.historyDepth, MinHistoryDepth, MaxHistoryDepth);
    s.logSize = bounded(settings.value(QStringLiteral("logSize")), s.logSize, MinLogSize, MaxLogSize);
    s.payloadBytes = bounded(settings.value(QStringLiteral("payloadBytes")), s.payloadBytes, MinPayloadBytes, MaxPayloadBytes);
    s.seriesPoints = bounded(settings.value(QStringLiteral("seriesPoints")), s.seriesPoints, MinSeriesPoints, MaxSeriesPoints);
    s.timeFormat = TimeFormat(bounded(settings.value(QStringLiteral("timeFormat")), int(s.timeFormat), 0, 2));
    return s;
}

void AppSettings::save() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("preferences"));
    settings.setValue(QStringLiteral("language"), language);
    settings.setValue(QStringLiteral("historyDepth"), historyDepth);
    settings.setValue(QStringLiteral("logSize"), logSize);
    settings.setValue(QStringLiteral("payloadBytes"), payloadBytes);
    settings.setValue(QStringLiteral("seriesPoints"), seriesPoints);
    settings.setValue(QStringLiteral("timeFormat"), int(timeFormat));
}

void AppSettings::apply(IngestPipeline *pipeline) const
{
    pipeline->history()->setDepth(historyDepth);
    pipeline->history()->setMaxPayloadSize(payloadBytes);
    pipeline->messageLog()->setMaxMessages(logSize);
    pipeline->series()->setCapacity(seriesPoints);
}

qint64 AppSettings::typicalMemory(int topics, int series, int typicalPayload) const
{
    const qint64 perMessage = OverheadPerMessage + qMin<qint64>(typicalPayload, payloadBytes);
    const qint64 history = qint64(topics) * historyDepth * perMessage;
    const qint64 log = qint64(logSize) * (OverheadPerMessage / 2);
    const qint64 points = qint64(series) * seriesPoints * BytesPerPoint;
    return history + log + points;
}

qint64 AppSettings::worstCaseMemory(int topics, int series) const
{
    return typicalMemory(topics, series, payloadBytes);
}

QString AppSettings::formatBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString AppSettings::formatTime(qint64 msecsSinceEpoch) const
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch);
    switch (timeFormat) {
    case TimeFormat::Local:
        return t.toString(QStringLiteral("HH:mm:ss.zzz"));
    case TimeFormat::LocalWithDate:
        return t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    case TimeFormat::Iso8601:
        return t.toUTC().toString(Qt::ISODateWithMs);
    }
    return {};
}
