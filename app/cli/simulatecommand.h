#pragma once

#include <QCoreApplication>
#include <QStringList>

// `mqttscope-cli simulate`: runs the Local demo's simulator (SensorSimulator) against any
// broker (-L URL, -h/-p or --profile NAME, as sub and pub): a small smart home's sensors, text, binary and retained topics, a doorbell with a
// Last Will that drops off and comes back, bursts now and then. Runs until Ctrl+C, -C messages
// or --duration seconds; then disconnects cleanly.
class SimulateCommand
{
    Q_DECLARE_TR_FUNCTIONS(SimulateCommand)
public:
    int run(const QStringList &arguments);
};
