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
    // A failure is reported as one line (Cli::failure); the library's own diagnostics (and Qt's
    // OpenSSL backend's, e.g. on a wrong PKCS#12 password) would repeat it. -d turns them back
    // on, QT_LOGGING_RULES still overrides both.
    QLoggingCategory::setFilterRules(QStringLiteral("mqttscope.*=false\nqt.tlsbackend.*=false"));
    return Cli::run(QCoreApplication::arguments());
}
