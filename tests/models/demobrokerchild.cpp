// Helper for tst_demobroker: starts a DemoBroker, prints the broker's pid and waits to be
// killed, so the test can check that the broker dies with its parent.
#include "demobroker.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    DemoBroker broker;
    QObject::connect(&broker, &DemoBroker::started, &app, [&broker] {
        std::printf("%lld\n", static_cast<long long>(broker.processId()));
        std::fflush(stdout);
    });
    QObject::connect(&broker, &DemoBroker::failed, &app, [](const QString &reason) {
        std::fprintf(stderr, "%s\n", qPrintable(reason));
        QCoreApplication::exit(1);
    });
    broker.start();
    return app.exec();
}
