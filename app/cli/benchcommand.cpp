#include "benchcommand.h"

#include "cli.h"
#include "connectionarguments.h"
#include "ingestbenchmark.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

int BenchCommand::run(const QStringList &arguments)
{
    const QString name = QStringLiteral("bench");
    const QString what = arguments.value(0);
    if (what == QLatin1String("ingest"))
        return runIngest(arguments.mid(1));
    if (what == QLatin1String("--help") || what == QLatin1String("help")) {
        Cli::printOut(tr("Usage: mqttscope-cli bench ingest [options]\n"
                         "Benchmarks: 'ingest' measures how fast MqttScope takes in messages.\n"
                         "Run 'mqttscope-cli bench ingest --help' for its options.\n")
                          .toUtf8());
        return Cli::Success;
    }
    if (what.isEmpty())
        return Cli::usageError(name, tr("name a benchmark: ingest"));
    return Cli::usageError(name, tr("unknown benchmark '%1' (known: ingest)").arg(what));
}

int BenchCommand::runIngest(const QStringList &arguments)
{
    const QString name = QStringLiteral("bench ingest");
    QCommandLineParser parser;
    ConnectionArguments connection;
    const QCommandLineOption topic({QStringLiteral("t"), QStringLiteral("topic")},
                                   tr("Topic filter to subscribe to (default: #)."), tr("FILTER"), QStringLiteral("#"));
    const QCommandLineOption count({QStringLiteral("C"), QStringLiteral("count")},
                                   tr("Messages to receive and apply (default: 1000000)."), tr("COUNT"),
                                   QStringLiteral("1000000"));
    const QCommandLineOption timeout({QStringLiteral("W"), QStringLiteral("timeout")},
                                     tr("Give up after SECONDS (default: 120)."), tr("SECONDS"), QStringLiteral("120"));
    const QCommandLineOption noJson(QStringLiteral("no-json"),
                                    tr("Do not extract numeric JSON fields into series."));
    const QCommandLineOption unthreaded(QStringLiteral("unthreaded"),
                                        tr("Extract JSON fields in slices on the GUI thread instead of a worker thread."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as one JSON object."));
    const QCommandLineOption tick(QStringLiteral("tick-interval"),
                                  tr("Tuning: apply batches every MS milliseconds instead of the GUI's default."), tr("MS"));
    const QCommandLineOption budget(QStringLiteral("apply-budget"),
                                    tr("Tuning: let one tick apply for at most MS milliseconds instead of the GUI's default."),
                                    tr("MS"));
    const QCommandLineOption catchUp(QStringLiteral("catch-up-interval"),
                                     tr("Tuning: while behind, apply again MS milliseconds after a tick instead of the "
                                        "GUI's default (0: wait for the next regular tick)."),
                                     tr("MS"));
    const QCommandLineOption help(QStringLiteral("help"), tr("Show this help."));
    parser.addOptions({topic, count, timeout, noJson, unthreaded, json, tick, budget, catchUp, help});
    connection.addTo(parser);

    if (!parser.parse(QStringList{QStringLiteral("mqttscope-cli")} + arguments))
        return Cli::usageError(name, parser.errorText());
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text = tr("Usage: mqttscope-cli bench ingest [options]\n"
                  "Receives COUNT messages through MqttScope's pipeline (decoding on a network thread, "
                  "topic tree, message log, history, JSON series, Qt models with proxies attached) and "
                  "prints messages per second from the first message to the last one applied, peak memory "
                  "and the longest stall of the GUI thread.")
            + text.mid(text.indexOf(QLatin1Char('\n')));
        Cli::printOut(text.toUtf8());
        return Cli::Success;
    }
    if (!parser.positionalArguments().isEmpty())
        return Cli::usageError(name, tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));

    IngestBenchmark::Settings settings;
    QString error;
    if (!connection.read(parser, &settings.connection, &error))
        return Cli::usageError(name, error);
    settings.filter = parser.value(topic);
    if (settings.filter.isEmpty())
        return Cli::usageError(name, tr("the topic filter must not be empty"));
    quint64 n = 0;
    if (!ConnectionArguments::parseNumber(parser.value(count), 1, quint64(std::numeric_limits<qint64>::max()), &n))
        return Cli::usageError(name, tr("invalid count '%1': expected a positive number").arg(parser.value(count)));
    settings.count = qint64(n);
    if (!ConnectionArguments::parseNumber(parser.value(timeout), 1, 2000000, &n))
        return Cli::usageError(name, tr("invalid timeout '%1': expected seconds").arg(parser.value(timeout)));
    settings.timeoutSeconds = int(n);
    settings.extractJson = !parser.isSet(noJson);
    settings.threaded = !parser.isSet(unthreaded);
    settings.debug = connection.debug(parser);
    for (const auto &[option, target] : {std::pair{&tick, &settings.tickIntervalMs}, std::pair{&budget, &settings.applyBudgetMs}}) {
        if (!parser.isSet(*option))
            continue;
        if (!ConnectionArguments::parseNumber(parser.value(*option), 1, 1000, &n))
            return Cli::usageError(name, tr("invalid --%1 '%2': expected 1 to 1000 milliseconds")
                                             .arg(option->names().constFirst(), parser.value(*option)));
        *target = int(n);
    }
    if (parser.isSet(catchUp)) {
        if (!ConnectionArguments::parseNumber(parser.value(catchUp), 0, 1000, &n))
            return Cli::usageError(name, tr("invalid --%1 '%2': expected 0 to 1000 milliseconds")
                                             .arg(catchUp.names().constFirst(), parser.value(catchUp)));
        settings.catchUpIntervalMs = int(n);
    }

    IngestBenchmark benchmark(settings);
    const bool ok = benchmark.run(&error);
    if (!ok)
        return Cli::failure(tr("mqttscope-cli bench ingest: %1").arg(error));
    const IngestBenchmark::Result r = benchmark.result();

    QJsonObject threadCpu;
    QStringList cpuParts;
    for (const auto &[thread, ms] : r.threadCpuMs) {
        threadCpu.insert(thread, ms);
        cpuParts.append(QStringLiteral("%1 %2").arg(thread).arg(ms, 0, 'f', 0));
    }
    // Allocations per message, by thread and in all (only with the counting allocator).
    QJsonObject threadAllocations;
    QStringList allocationParts;
    quint64 allAllocations = 0;
    const double messages = qMax<double>(1, r.messages);
    for (const auto &[thread, count] : r.threadAllocations) {
        threadAllocations.insert(thread, double(count) / messages);
        allocationParts.append(QStringLiteral("%1 %2").arg(thread).arg(double(count) / messages, 0, 'f', 2));
        allAllocations += count;
    }
    if (parser.isSet(json)) {
        QJsonObject object{
            {QStringLiteral("messages"), r.messages},
            {QStringLiteral("dropped"), qint64(r.dropped)},
            {QStringLiteral("seconds"), r.seconds},
            {QStringLiteral("rate"), r.rate},
            {QStringLiteral("peakRssMb"), r.peakRssMb},
            {QStringLiteral("longestStallMs"), r.longestStallMs},
            {QStringLiteral("longestApplyMs"), r.longestApplyMs},
            {QStringLiteral("ticks"), qint64(r.ticks)},
            {QStringLiteral("heartbeats"), qint64(r.heartbeats)},
            {QStringLiteral("topics"), r.topics},
            {QStringLiteral("series"), r.series},
            {QStringLiteral("modelSignals"), qint64(r.modelSignals)},
            {QStringLiteral("networkWaitMs"), r.networkWaitMs},
            {QStringLiteral("threadCpuMs"), threadCpu},
            {QStringLiteral("logMb"), r.logMb},
            {QStringLiteral("historyMb"), r.historyMb},
            {QStringLiteral("seriesPoints"), r.seriesPoints},
            {QStringLiteral("heapMb"), r.heapMb},
            {QStringLiteral("storePoolUsedMb"), r.storePoolUsedMb},
            {QStringLiteral("storePoolCarvedMb"), r.storePoolCarvedMb},
            {QStringLiteral("json"), settings.extractJson},
            {QStringLiteral("threaded"), settings.threaded},
        };
        if (r.allocationsCounted) {
            object.insert(QStringLiteral("allocationsPerMessage"), double(allAllocations) / messages);
            object.insert(QStringLiteral("threadAllocationsPerMessage"), threadAllocations);
        }
        Cli::printOut(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
        return Cli::Success;
    }

    QString text;
    text += tr("Messages applied: %1 in %2 s (first received to last applied)\n").arg(r.messages).arg(r.seconds, 0, 'f', 3);
    text += tr("Rate: %1 messages/s\n").arg(r.rate, 0, 'f', 0);
    if (r.dropped > 0)
        text += tr("Dropped because the pipeline was behind: %1\n").arg(r.dropped);
    text += tr("Peak memory (RSS): %1 MB\n").arg(r.peakRssMb, 0, 'f', 1);
    text += tr("Longest GUI thread stall: %1 ms (longest apply tick %2 ms, %3 ticks)\n")
                .arg(r.longestStallMs, 0, 'f', 1)
                .arg(r.longestApplyMs, 0, 'f', 1)
                .arg(r.ticks);
    text += tr("Topics in the tree: %1, series: %2, model signals: %3\n").arg(r.topics).arg(r.series).arg(r.modelSignals);
    text += tr("The network thread waited %1 ms for the pipeline to catch up.\n").arg(r.networkWaitMs, 0, 'f', 0);
    text += tr("CPU time per thread (ms): %1\n").arg(cpuParts.join(QStringLiteral(", ")));
    if (r.allocationsCounted) {
        text += tr("Heap allocations per message: %1 in all (%2)\n")
                    .arg(double(allAllocations) / messages, 0, 'f', 2)
                    .arg(allocationParts.join(QStringLiteral(", ")));
    }
    text += tr("Memory: log %1 MB, history %2 MB, %3 series points; heap in use %4 MB\n")
                .arg(r.logMb, 0, 'f', 1)
                .arg(r.historyMb, 0, 'f', 1)
                .arg(r.seriesPoints)
                .arg(r.heapMb, 0, 'f', 1);
    text += tr("Store memory (rings, chunks, log entries, points): %1 MB in use, in %2 MB of slabs\n")
                .arg(r.storePoolUsedMb, 0, 'f', 1)
                .arg(r.storePoolCarvedMb, 0, 'f', 1);
    // Not translated: read by bench/compare.sh.
    text += QStringLiteral("RESULT messages=%1 seconds=%2 rate=%3 rss_mb=%4 stall_ms=%5 dropped=%6 json=%7 threaded=%8\n")
                .arg(r.messages)
                .arg(r.seconds, 0, 'f', 4)
                .arg(r.rate, 0, 'f', 0)
                .arg(r.peakRssMb, 0, 'f', 1)
                .arg(r.longestStallMs, 0, 'f', 2)
                .arg(r.dropped)
                .arg(settings.extractJson ? 1 : 0)
                .arg(settings.threaded ? 1 : 0);
    // The GUI ("main") thread's CPU time, and allocations per message when counted.
    double guiCpuMs = 0;
    for (const auto &[thread, ms] : r.threadCpuMs) {
        if (thread == QLatin1String("main"))
            guiCpuMs = ms;
    }
    text.insert(text.size() - 1, QStringLiteral(" gui_cpu_ms=%1").arg(guiCpuMs, 0, 'f', 0));
    if (r.allocationsCounted)
        text.insert(text.size() - 1, QStringLiteral(" allocs_per_msg=%1").arg(double(allAllocations) / messages, 0, 'f', 2));
    Cli::printOut(text.toUtf8());
    return Cli::Success;
}
