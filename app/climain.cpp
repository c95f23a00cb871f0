#include "apptranslations.h"
#include "cli.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mqttscope-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MQTTSCOPE_VERSION));
    AppTranslations::install(&app);
    // A failure is reported as one line (Cli::failure); the library's own diagnostics would
    // repeat it. -d turns its warnings back on, QT_LOGGING_RULES still overrides both.
    QLoggingCategory::setFilterRules(QStringLiteral("mqttscope.*=false"));
    return Cli::run(QCoreApplication::arguments());
}
