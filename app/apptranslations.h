#pragma once

#include <QLocale>

class QCoreApplication;

// Loads the translations compiled into the executables (:/i18n/mqttscope_<locale>.qm) and
// Qt's own (qtbase_<locale>.qm from the system, for standard dialogs) for `locale`, and
// installs them on the application. English, the source language, needs none.
namespace AppTranslations {
// Returns true when a MqttScope translation for the locale was found.
bool install(QCoreApplication *app, const QLocale &locale = QLocale());
}
