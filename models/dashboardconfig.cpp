#include "dashboardconfig.h"

#include <QJsonArray>

#include <cmath>

namespace {
bool sameNumber(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

QString modeName(ChartConfig::Mode mode)
{
    return mode == ChartConfig::Mode::XY ? QStringLiteral("xy") : QStringLiteral("time");
}

int readInt(const QJsonObject &o, const QString &key, int fallback, int lo, int hi)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble())
        return fallback;
    const double d = v.toDouble();
    if (!std::isfinite(d))
        return fallback;
    return int(qBound(double(lo), std::round(d), double(hi)));
}

double readNumber(const QJsonObject &o, const QString &key, double fallback)
{
    const QJsonValue v = o.value(key);
    return v.isDouble() && std::isfinite(v.toDouble()) ? v.toDouble() : fallback;
}
} // namespace

bool TileConfig::operator==(const TileConfig &o) const
{
    return title == o.title && kind == o.kind && source == o.source && minimum == o.minimum && maximum == o.maximum
        && decimals == o.decimals && sameNumber(amber, o.amber) && sameNumber(red, o.red);
}

bool DashboardItem::operator==(const DashboardItem &o) const
{
    if (type != o.type || row != o.row || column != o.column || rowSpan != o.rowSpan || columnSpan != o.columnSpan)
        return false;
    return type == Type::Chart ? chart == o.chart : tile == o.tile;
}

TileConfig::Level TileConfig::levelOf(double value) const
{
    if (std::isnan(value))
        return Level::Normal;
    const bool hasAmber = !std::isnan(amber);
    const bool hasRed = !std::isnan(red);
    // Falling thresholds when amber lies above red (battery, signal); rising otherwise.
    const bool falling = hasAmber && hasRed && amber > red;
    auto crossed = [&](double threshold) { return falling ? value <= threshold : value >= threshold; };
    if (hasRed && crossed(red))
        return Level::Red;
    if (hasAmber && crossed(amber))
        return Level::Amber;
    return Level::Normal;
}

bool TileConfig::isOn(const QString &payload)
{
    static const QStringList on = {QStringLiteral("on"),   QStringLiteral("true"),   QStringLiteral("1"),
                                   QStringLiteral("open"), QStringLiteral("online"), QStringLiteral("yes"),
                                   QStringLiteral("high"), QStringLiteral("active")};
    return on.contains(payload.trimmed(), Qt::CaseInsensitive);
}

QString DashboardConfig::tileKindName(TileConfig::Kind kind)
{
    switch (kind) {
    case TileConfig::Kind::Number:
        return QStringLiteral("number");
    case TileConfig::Kind::Gauge:
        return QStringLiteral("gauge");
    case TileConfig::Kind::Lamp:
        return QStringLiteral("lamp");
    case TileConfig::Kind::Text:
        return QStringLiteral("text");
    }
    return QStringLiteral("number");
}

QJsonObject DashboardConfig::toJson() const
{
    QJsonArray pagesJson;
    for (const DashboardPage &page : pages) {
        QJsonArray items;
        for (const DashboardItem &item : page.items) {
            QJsonObject o;
            o.insert(QStringLiteral("row"), item.row);
            o.insert(QStringLiteral("column"), item.column);
            o.insert(QStringLiteral("rowSpan"), item.rowSpan);
            o.insert(QStringLiteral("columnSpan"), item.columnSpan);
            if (item.type == DashboardItem::Type::Chart) {
                o.insert(QStringLiteral("type"), QStringLiteral("chart"));
                o.insert(QStringLiteral("title"), item.chart.title);
                o.insert(QStringLiteral("mode"), modeName(item.chart.mode));
                o.insert(QStringLiteral("windowSeconds"), item.chart.windowSeconds);
                QJsonArray series;
                for (const SeriesDefinition &d : item.chart.series)
                    series.append(d.toJson());
                o.insert(QStringLiteral("series"), series);
                if (item.chart.mode == ChartConfig::Mode::XY)
                    o.insert(QStringLiteral("x"), item.chart.xSeries.toJson());
            } else {
                const TileConfig &t = item.tile;
                o.insert(QStringLiteral("type"), QStringLiteral("tile"));
                o.insert(QStringLiteral("title"), t.title);
                o.insert(QStringLiteral("kind"), tileKindName(t.kind));
                o.insert(QStringLiteral("source"), t.source.toJson());
                o.insert(QStringLiteral("min"), t.minimum);
                o.insert(QStringLiteral("max"), t.maximum);
                o.insert(QStringLiteral("decimals"), t.decimals);
                if (!std::isnan(t.amber))
                    o.insert(QStringLiteral("amber"), t.amber);
                if (!std::isnan(t.red))
                    o.insert(QStringLiteral("red"), t.red);
            }
            items.append(o);
        }
        QJsonObject p;
        p.insert(QStringLiteral("name"), page.name);
        p.insert(QStringLiteral("columns"), page.columns);
        p.insert(QStringLiteral("items"), items);
        pagesJson.append(p);
    }
    QJsonObject root;
    root.insert(QStringLiteral("version"), Version);
    root.insert(QStringLiteral("current"), currentPage);
    root.insert(QStringLiteral("dashboards"), pagesJson);
    return root;
}

DashboardConfig DashboardConfig::fromJson(const QJsonValue &json, QStringList *problems)
{
    DashboardConfig config;
    auto problem = [problems](const QString &text) {
        if (problems)
            problems->append(text);
    };
    if (json.isUndefined() || json.isNull())
        return config;
    if (!json.isObject()) {
        problem(tr("The dashboards are not a JSON object; none were loaded."));
        return config;
    }
    const QJsonObject root = json.toObject();
    const int version = readInt(root, QStringLiteral("version"), 0, 0, 1 << 30);
    if (version < 1) {
        problem(tr("The dashboards have no valid version; none were loaded."));
        return config;
    }
    if (version > Version) {
        problem(tr("The dashboards were saved by a newer MqttScope (format %1, this one reads %2); none were loaded.")
                    .arg(version)
                    .arg(Version));
        return config;
    }
    const QJsonArray pagesJson = root.value(QStringLiteral("dashboards")).toArray();
    for (int p = 0; p < pagesJson.size(); ++p) {
        if (!pagesJson.at(p).isObject()) {
            problem(tr("Dashboard %1 is not a JSON object (skipped).").arg(p + 1));
            continue;
        }
        const QJsonObject po = pagesJson.at(p).toObject();
        DashboardPage page;
        page.name = po.value(QStringLiteral("name")).toString();
        if (page.name.isEmpty())
            page.name = tr("Dashboard %1").arg(p + 1);
        page.columns = readInt(po, QStringLiteral("columns"), 2, 1, MaxColumns);
        const QJsonArray items = po.value(QStringLiteral("items")).toArray();
        for (int i = 0; i < items.size(); ++i) {
            auto skip = [&](const QString &why) {
                problem(tr("Dashboard '%1', item %2: %3 (skipped).").arg(page.name).arg(i + 1).arg(why));
            };
            if (!items.at(i).isObject()) {
                skip(tr("not a JSON object"));
                continue;
            }
            const QJsonObject o = items.at(i).toObject();
            DashboardItem item;
            item.row = readInt(o, QStringLiteral("row"), 0, 0, 1000);
            item.column = readInt(o, QStringLiteral("column"), 0, 0, MaxColumns - 1);
            item.rowSpan = readInt(o, QStringLiteral("rowSpan"), 1, 1, MaxSpan);
            item.columnSpan = readInt(o, QStringLiteral("columnSpan"), 1, 1, MaxSpan);
            const QString type = o.value(QStringLiteral("type")).toString();
            QString error;
            if (type == QLatin1String("chart")) {
                item.type = DashboardItem::Type::Chart;
                item.chart.title = o.value(QStringLiteral("title")).toString();
                const QString mode = o.value(QStringLiteral("mode")).toString(QStringLiteral("time"));
                if (mode != QLatin1String("time") && mode != QLatin1String("xy")) {
                    skip(tr("unknown chart mode '%1'").arg(mode));
                    continue;
                }
                item.chart.mode = mode == QLatin1String("xy") ? ChartConfig::Mode::XY : ChartConfig::Mode::Time;
                item.chart.windowSeconds = readInt(o, QStringLiteral("windowSeconds"), 600, 0, 365 * 24 * 3600);
                const QJsonArray series = o.value(QStringLiteral("series")).toArray();
                for (int s = 0; s < series.size(); ++s) {
                    if (auto d = SeriesDefinition::fromJson(series.at(s), &error))
                        item.chart.series.append(*d);
                    else
                        problem(tr("Dashboard '%1', item %2, series %3: %4 (skipped).").arg(page.name).arg(i + 1).arg(s + 1).arg(error));
                }
                if (item.chart.mode == ChartConfig::Mode::XY) {
                    auto x = SeriesDefinition::fromJson(o.value(QStringLiteral("x")), &error);
                    if (!x) {
                        skip(tr("X-Y chart without a usable X series: %1").arg(error));
                        continue;
                    }
                    item.chart.xSeries = *x;
                }
            } else if (type == QLatin1String("tile")) {
                item.type = DashboardItem::Type::Tile;
                TileConfig &t = item.tile;
                t.title = o.value(QStringLiteral("title")).toString();
                const QString kind = o.value(QStringLiteral("kind")).toString();
                bool known = false;
                for (auto k : {TileConfig::Kind::Number, TileConfig::Kind::Gauge, TileConfig::Kind::Lamp, TileConfig::Kind::Text}) {
                    if (kind == tileKindName(k)) {
                        t.kind = k;
                        known = true;
                    }
                }
                if (!known) {
                    skip(tr("unknown tile kind '%1'").arg(kind));
                    continue;
                }
                auto source = SeriesDefinition::fromJson(o.value(QStringLiteral("source")), &error);
                if (!source) {
                    skip(error);
                    continue;
                }
                t.source = *source;
                t.minimum = readNumber(o, QStringLiteral("min"), 0);
                t.maximum = readNumber(o, QStringLiteral("max"), 100);
                if (t.maximum <= t.minimum)
                    t.maximum = t.minimum + 1;
                t.decimals = readInt(o, QStringLiteral("decimals"), 1, 0, 6);
                t.amber = readNumber(o, QStringLiteral("amber"), qQNaN());
                t.red = readNumber(o, QStringLiteral("red"), qQNaN());
            } else {
                skip(tr("unknown item type '%1'").arg(type));
                continue;
            }
            page.items.append(item);
        }
        config.pages.append(page);
    }
    config.currentPage = qBound(0, readInt(root, QStringLiteral("current"), 0, 0, 1000), qMax(0, int(config.pages.size()) - 1));
    return config;
}

DashboardConfig DashboardConfig::demo()
{
    auto chart = [](const QString &title, const QString &path, const QString &unit, int row, int column) {
        DashboardItem item;
        item.type = DashboardItem::Type::Chart;
        item.row = row;
        item.column = column;
        item.columnSpan = 2;
        item.chart.title = title;
        item.chart.windowSeconds = 60;
        SeriesDefinition d = SeriesDefinition::of(QStringLiteral("home/+/sensor"), path);
        d.unit = unit;
        item.chart.series.append(d);
        return item;
    };
    auto tile = [](TileConfig::Kind kind, const QString &title, const QString &topic, const QString &path,
                   const QString &unit, int column) {
        DashboardItem item;
        item.type = DashboardItem::Type::Tile;
        item.row = 0;
        item.column = column;
        item.tile.kind = kind;
        item.tile.title = title;
        item.tile.source = SeriesDefinition::of(topic, path);
        item.tile.source.unit = unit;
        return item;
    };
    DashboardPage page;
    page.name = tr("Home");
    page.columns = 4;
    DashboardItem temperature = tile(TileConfig::Kind::Number, tr("Living room"), QStringLiteral("home/livingroom/sensor"),
                                     QStringLiteral("temperature"), QStringLiteral("°C"), 0);
    temperature.tile.amber = 26;
    temperature.tile.red = 30;
    page.items.append(temperature);
    DashboardItem humidity = tile(TileConfig::Kind::Gauge, tr("Humidity, living room"), QStringLiteral("home/livingroom/sensor"),
                                  QStringLiteral("humidity"), QStringLiteral("%"), 1);
    humidity.tile.amber = 65;
    humidity.tile.red = 80;
    page.items.append(humidity);
    page.items.append(tile(TileConfig::Kind::Lamp, tr("Living room light"), QStringLiteral("home/livingroom/light"),
                           QString(), QString(), 2));
    page.items.append(tile(TileConfig::Kind::Text, tr("Notifications"), QStringLiteral("home/notifications"), QString(),
                           QString(), 3));
    page.items.append(chart(tr("Temperature"), QStringLiteral("temperature"), QStringLiteral("°C"), 1, 0));
    page.items.append(chart(tr("Humidity"), QStringLiteral("humidity"), QStringLiteral("%"), 1, 2));
    DashboardConfig config;
    config.pages.append(page);
    return config;
}
