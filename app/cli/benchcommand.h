#pragma once

#include <QCoreApplication>
#include <QStringList>

// `mqttscope-cli bench ingest`: receives COUNT messages through MqttScope's real pipeline (see
// IngestBenchmark) and prints the rate, peak memory and the longest GUI-thread stall, plus one
// machine-readable line for bench/compare.sh:
//   RESULT messages=N seconds=S rate=R rss_mb=M stall_ms=T dropped=D json=0|1 threaded=0|1
class BenchCommand
{
    Q_DECLARE_TR_FUNCTIONS(BenchCommand)
public:
    int run(const QStringList &arguments);

private:
    int runIngest(const QStringList &arguments);
};
