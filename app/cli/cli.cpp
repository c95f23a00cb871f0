#include "cli.h"

#include "benchcommand.h"
#include "profilecommand.h"
#include "pubcommand.h"
#include "simulatecommand.h"
#include "subcommand.h"

#include <QCommandLineParser>

#include <cstdio>

namespace Cli {

const std::vector<Command> &commands()
{
    // New subcommands (bench, record ...) add one entry here.
    static const std::vector<Command> table = {
        {QStringLiteral("sub"), QT_TRANSLATE_NOOP("Cli", "Subscribe to topic filters and print the messages"),
         [](const QStringList &args) { return SubCommand().run(args); }},
        {QStringLiteral("pub"), QT_TRANSLATE_NOOP("Cli", "Publish messages"),
         [](const QStringList &args) { return PubCommand().run(args); }},
        {QStringLiteral("bench"), QT_TRANSLATE_NOOP("Cli", "Measure how fast MqttScope takes in messages (bench ingest)"),
         [](const QStringList &args) { return BenchCommand().run(args); }},
        {QStringLiteral("profile"), QT_TRANSLATE_NOOP("Cli", "List, show, import and export saved connection profiles"),
         [](const QStringList &args) { return ProfileCommand().run(args); }},
        {QStringLiteral("simulate"), QT_TRANSLATE_NOOP("Cli", "Publish a simulated smart home (the Local demo's data) to a broker"),
         [](const QStringList &args) { return SimulateCommand().run(args); }},
    };
    return table;
}

static QString usageText()
{
    QString text = QCoreApplication::translate("Cli", "Usage: %1 <command> [options]\n"
                      "A command line MQTT 3.1.1 / 5.0 client.\n\nCommands:\n")
                       .arg(QStringLiteral("mqttscope-cli"));
    for (const Command &command : commands())
        text += QStringLiteral("  %1  %2\n").arg(command.name, -8).arg(QCoreApplication::translate("Cli", command.summary));
    text += QCoreApplication::translate("Cli", "\nRun '%1 <command> --help' for the options of a command.\n"
               "Exit codes: 0 success, 1 failure (refused, network or protocol error), 2 bad command line.\n")
                .arg(QStringLiteral("mqttscope-cli"));
    return text;
}

int run(const QStringList &arguments)
{
    const QString name = arguments.value(1);
    if (name == QLatin1String("--help") || name == QLatin1String("help")) {
        printOut(usageText().toUtf8());
        return Success;
    }
    if (name == QLatin1String("--version")) {
        printOut(QStringLiteral("mqttscope-cli %1\n").arg(QCoreApplication::applicationVersion()).toUtf8());
        return Success;
    }
    if (name.isEmpty()) {
        std::fputs(usageText().toLocal8Bit().constData(), stderr);
        return UsageError;
    }
    for (const Command &command : commands()) {
        if (command.name == name)
            return command.run(arguments.mid(2));
    }
    printErr(QCoreApplication::translate("Cli", "mqttscope-cli: unknown command '%1'").arg(name));
    std::fputs(usageText().toLocal8Bit().constData(), stderr);
    return UsageError;
}

std::optional<int> parseArguments(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                                  const QCommandLineOption &help, const QString &usage)
{
    if (!parser.parse(QStringList{QStringLiteral("mqttscope-cli")} + arguments))
        return usageError(command, parser.errorText());
    if (parser.isSet(help)) {
        // Qt's help starts with its own "Usage:" line; ours names the subcommand.
        const QString text = parser.helpText();
        printOut((usage + text.mid(text.indexOf(QLatin1Char('\n')))).toUtf8());
        return Success;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(command, QCoreApplication::translate("Cli", "unexpected argument '%1'")
                                       .arg(parser.positionalArguments().constFirst()));
    return std::nullopt;
}

int usageError(const QString &command, const QString &message)
{
    printErr(QStringLiteral("mqttscope-cli %1: %2").arg(command, message));
    printErr(QCoreApplication::translate("Cli", "Try 'mqttscope-cli %1 --help'.").arg(command));
    return UsageError;
}

int failure(const QString &message)
{
    printErr(message);
    return Failure;
}

void printOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printErr(const QString &line)
{
    const QByteArray bytes = line.toLocal8Bit() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace Cli
