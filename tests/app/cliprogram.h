#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

// A running program (mqttscope-cli, a python interop script ...) whose output is collected
// while the test keeps the event loop turning (fake brokers in the test need it). Killed on
// destruction if still running. Messages are compared in English unless a test asks for
// another language.
class CliProgram
{
public:
    CliProgram(const QString &program, const QStringList &arguments, const QByteArray &input = {},
               const QString &language = QStringLiteral("C"));
    ~CliProgram();

    bool started();
    QByteArray out();
    QByteArray err();
    bool waitForFinished(int timeoutMs = 30000);
    // Waits until `needle` appears on stderr (or stdout); false when the program ended first.
    bool waitForText(const QByteArray &needle, bool onStdout = false, int timeoutMs = 20000);
    void kill();
    // -1 after a crash, -2 while still running: a test that checks the exit code of a program
    // that never exits (or did not wait for it) fails instead of reading 0.
    int exitCode() const;
    bool finished() const { return m_process.state() == QProcess::NotRunning; }
    // Exit code, stdout and stderr, for failure messages.
    QString describe();

private:
    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
};
