#pragma once

#include "seriesdefinition.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// A chart panel: time chart of several series, or X-Y (each series against xSeries).
struct ChartConfig
{
    enum class Mode { Time, XY };
    QString title;
    Mode mode = Mode::Time;
    int windowSeconds = 600; // live window; 0 = all points
    QList<SeriesDefinition> series;
    SeriesDefinition xSeries; // X-Y mode only
    bool operator==(const ChartConfig &o) const
    {
        return title == o.title && mode == o.mode && windowSeconds == o.windowSeconds && series == o.series
            && xSeries == o.xSeries;
    }
};

// A value tile: the latest value of one series (a topic's payload for Text).
struct TileConfig
{
    enum class Kind { Number, Gauge, Lamp, Text };
    QString title;
    Kind kind = Kind::Number;
    SeriesDefinition source; // Text: only the topic counts
    double minimum = 0;      // gauge range
    double maximum = 100;
    int decimals = 1;
    // Thresholds (NaN: none). amber <= red: at or above turns the tile amber/red; amber > red:
    // at or below (a battery running low).
    double amber = qQNaN();
    double red = qQNaN();

    enum class Level { Normal, Amber, Red };
    Level levelOf(double value) const;
    // "on" for a lamp: a value other than 0, or a payload like on / true / open / online / 1.
    static bool isOn(const QString &payload);
    bool operator==(const TileConfig &o) const;
};

struct DashboardItem
{
    enum class Type { Chart, Tile };
    Type type = Type::Chart;
    int row = 0;
    int column = 0;
    int rowSpan = 1;
    int columnSpan = 1;
    ChartConfig chart;
    TileConfig tile;
    bool operator==(const DashboardItem &o) const;
};

struct DashboardPage
{
    QString name;
    int columns = 2;
    QList<DashboardItem> items;
    bool operator==(const DashboardPage &o) const { return name == o.name && columns == o.columns && items == o.items; }
};

// The dashboards of a profile (one tab each), kept in the profile's "dashboards" section.
// The JSON form is versioned; reading is tolerant: what cannot be read is skipped and each
// problem said in words ("dashboard 'Home', item 3: unknown tile kind 'dial' (skipped)").
struct DashboardConfig
{
    Q_DECLARE_TR_FUNCTIONS(DashboardConfig)
public:
    static constexpr int Version = 1;
    static constexpr int MaxColumns = 6;
    static constexpr int MaxSpan = 6;

    QList<DashboardPage> pages;
    int currentPage = 0;

    bool isEmpty() const { return pages.isEmpty(); }
    QJsonObject toJson() const;
    // Reads what it can; *problems lists what was skipped and why. A document of a newer
    // version, or not an object, reads as an empty configuration with one problem.
    static DashboardConfig fromJson(const QJsonValue &json, QStringList *problems);

    // The Local demo's dashboard: temperature and humidity of every room (home/+/sensor) as
    // charts, with tiles for the living room.
    static DashboardConfig demo();

    static QString tileKindName(TileConfig::Kind kind);

    bool operator==(const DashboardConfig &o) const { return pages == o.pages && currentPage == o.currentPage; }
    bool operator!=(const DashboardConfig &o) const { return !(*this == o); }
};
