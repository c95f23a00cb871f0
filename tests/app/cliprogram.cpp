#include "cliprogram.h"

#include <QDeadlineTimer>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

CliProgram::CliProgram(const QString &program, const QStringList &arguments, const QByteArray &input,
                       const QString &language)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), language);
    env.insert(QStringLiteral("LANGUAGE"), language);
    // Saved sessions (-c) go to a directory of this test run, not the user's.
    static QTemporaryDir dataHome;
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome.path());
    m_process.setProcessEnvironment(env);
    m_process.start(program, arguments);
    if (!input.isNull()) {
        m_process.write(input);
        m_process.closeWriteChannel();
    }
}

CliProgram::~CliProgram()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool CliProgram::started()
{
    return m_process.waitForStarted(10000);
}

QByteArray CliProgram::out()
{
    m_out += m_process.readAllStandardOutput();
    return m_out;
}

QByteArray CliProgram::err()
{
    m_err += m_process.readAllStandardError();
    return m_err;
}

bool CliProgram::waitForFinished(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_process.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(10);
    out();
    err();
    return m_process.state() == QProcess::NotRunning;
}

bool CliProgram::waitForText(const QByteArray &needle, bool onStdout, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if ((onStdout ? out() : err()).contains(needle))
            return true;
        if (m_process.state() == QProcess::NotRunning)
            return (onStdout ? out() : err()).contains(needle);
        QTest::qWait(10);
    }
    return false;
}

void CliProgram::kill()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}

int CliProgram::exitCode() const
{
    if (m_process.state() != QProcess::NotRunning)
        return -2;
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

QString CliProgram::describe()
{
    const QString status = finished() ? QStringLiteral("exit %1").arg(exitCode()) : QStringLiteral("STILL RUNNING");
    return QStringLiteral("%1\nstdout: %2\nstderr: %3").arg(status, QString::fromUtf8(out()), QString::fromUtf8(err()));
}
