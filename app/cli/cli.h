#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QCommandLineOption;
class QCommandLineParser;

#include <functional>
#include <optional>
#include <vector>

// mqttscope-cli: subcommand dispatch. Each subcommand ("sub", "pub", later "bench" ...) is one
// entry in Cli::commands() and parses its own arguments.
//
// Exit codes, for scripts: 0 success, 1 failure (refused, network or protocol error),
// 2 bad command line.
namespace Cli {

enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

struct Command
{
    QString name;
    const char *summary; // QT_TRANSLATE_NOOP("Cli", ...): shown in `mqttscope-cli --help`
    // Gets the arguments after the subcommand name; returns the process exit code.
    std::function<int(const QStringList &arguments)> run;
};

const std::vector<Command> &commands();

// arguments as QCoreApplication::arguments(): program name first, then the subcommand.
int run(const QStringList &arguments);

// Parses a subcommand's arguments (those after its name) with the options already added to
// parser. Returns the exit code when the command is done before it starts: --help printed
// `usage` and the options (Success), or a bad or surplus argument was reported (UsageError).
// Returns nothing when the command should go on.
std::optional<int> parseArguments(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                                  const QCommandLineOption &help, const QString &usage);

// Writes "mqttscope-cli <command>: <message>" and a hint to stderr; returns UsageError.
int usageError(const QString &command, const QString &message);
// Writes one line to stderr; returns Failure.
int failure(const QString &message);
void printOut(const QByteArray &bytes); // stdout, flushed
void printErr(const QString &line);     // stderr, newline added

} // namespace Cli
