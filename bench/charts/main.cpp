#include "chartbench.h"
#include "ingestpipeline.h"
#include "timedapplication.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>

#include <cstdio>

// mqttscope-bench-charts redraw [--series N] [--points N] [--frames N] [--no-undecimated]
// mqttscope-bench-charts live --port P [--host H] [-C COUNT] [--worker-nice N] [--slow-events]
int main(int argc, char **argv)
{
    TimedApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Chart benchmarks: redraw cost and a live dashboard."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("redraw or live"));
    const QCommandLineOption series(QStringLiteral("series"), QStringLiteral("Series (redraw)."), QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption points(QStringLiteral("points"), QStringLiteral("Points per series (redraw)."), QStringLiteral("N"),
                                    QStringLiteral("1000000"));
    const QCommandLineOption frames(QStringLiteral("frames"), QStringLiteral("Frames (redraw)."), QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption noRaw(QStringLiteral("no-undecimated"), QStringLiteral("Skip the undecimated comparison."));
    const QCommandLineOption host(QStringLiteral("host"), QStringLiteral("Broker host (live)."), QStringLiteral("H"),
                                  QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Broker port (live)."), QStringLiteral("P"));
    const QCommandLineOption count(QStringList{QStringLiteral("C"), QStringLiteral("count")},
                                   QStringLiteral("Messages to ingest (live)."), QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption slowEvents(QStringLiteral("slow-events"),
                                        QStringLiteral("List the slowest events the GUI thread handled (live; diagnosis)."));
    const QCommandLineOption workerNice(QStringLiteral("worker-nice"),
                                        QStringLiteral("Niceness of the ingest worker thread (live; 0: as the GUI thread)."),
                                        QStringLiteral("N"), QString::number(IngestOptions().workerNice));
    parser.addOptions({series, points, frames, noRaw, host, port, count, workerNice, slowEvents});
    parser.process(app);
    const QString mode = parser.positionalArguments().value(0);
    if (mode == QLatin1String("redraw"))
        return ChartBench::redraw(parser.value(series).toInt(), parser.value(points).toLongLong(), parser.value(frames).toInt(),
                                  !parser.isSet(noRaw));
    if (mode == QLatin1String("live") && parser.isSet(port)) {
        QElapsedTimer clock;
        clock.start();
        app.clock = &clock;
        app.timing = parser.isSet(slowEvents);
        const int status = ChartBench::live(parser.value(host), quint16(parser.value(port).toUInt()), parser.value(count).toLongLong(),
                                            parser.value(workerNice).toInt());
        printSlowEvents(app);
        return status;
    }
    std::fprintf(stderr, "usage: mqttscope-bench-charts redraw|live --port P (see --help)\n");
    return 2;
}
