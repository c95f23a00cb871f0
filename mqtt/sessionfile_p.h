#pragma once

#include "sessionstate.h"

#include <QCoreApplication>
#include <QString>

namespace Mqtt {

// The client side of a persistent session on disk, so that a restarted app or CLI finishes
// what it had in flight (MQTT 5 §4.1: the client's session state is the QoS 1/2 messages sent
// but not completed, those waiting to be sent, and the QoS 2 messages received but not
// released). One small file per client identifier, replaced atomically (QSaveFile: a crash
// leaves the old file or the new one, never half of one).
class SessionFile
{
    Q_DECLARE_TR_FUNCTIONS(Mqtt::SessionFile)
public:
    // "<directory>/<client id as hex>.session": any client id is a valid file name.
    static QString path(const QString &directory, const QString &clientId);
    // Writes the session's in-flight and queued publishes and the incoming QoS 2 ids; removes
    // the file when there is nothing to keep.
    static bool save(const QString &path, const SessionState &session, QString *error);
    // Reads what save() wrote into an empty session (tokens are left 0 for the caller to
    // assign). A missing file is an empty session; a damaged one is an error.
    static bool load(const QString &path, SessionState *session, QString *error);
};

} // namespace Mqtt
