#pragma once

#include <QFile>
#include <QString>

// Whether a process id names a live process. A zombie (exited, not yet reaped: in a container
// without an init that reaps, an orphan can stay one) counts as gone.
inline bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const int close = line.lastIndexOf(')'); // the command name may contain spaces
    return close > 0 && line.size() > close + 2 && line.at(close + 2) != 'Z' && line.at(close + 2) != 'X';
}
