#include "profilecommand.h"

#include "cli.h"
#include "profileimporter.h"
#include "profilestore.h"
#include "secretstore.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace {

const QString kName = QStringLiteral("profile");

QString kindLabel(ConnectionProfile::Kind kind)
{
    switch (kind) {
    case ConnectionProfile::Kind::User:
        return {};
    case ConnectionProfile::Kind::Example:
        return ProfileCommand::tr("example");
    case ConnectionProfile::Kind::LocalDemo:
        return ProfileCommand::tr("local demo, started by the GUI");
    }
    return {};
}

} // namespace

int ProfileCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("export: the file to write."), tr("FILE"));
    const QCommandLineOption includeSecrets(QStringLiteral("include-secrets"),
                                            tr("export: include passwords and passphrases (plain text in the file)."));
    const QCommandLineOption json(QStringLiteral("json"), tr("list: print a JSON array."));
    const QCommandLineOption help(QStringLiteral("help"), tr("Show this help."));
    parser.addOptions({output, includeSecrets, json, help});
    parser.addPositionalArgument(QStringLiteral("action"), tr("list, show NAME, import FILE or export NAME..."));
    const QString usage = tr("Usage: mqttscope-cli profile list [--json] | show NAME | import FILE | export NAME... -o FILE "
                             "[--include-secrets]\nThe saved connection profiles (%1).\n")
                              .arg(ProfileStore::defaultFilePath());
    if (!parser.parse(QStringList{QStringLiteral("mqttscope-cli")} + arguments))
        return Cli::usageError(kName, parser.errorText());
    if (parser.isSet(help)) {
        const QString text = parser.helpText();
        Cli::printOut((usage + text.mid(text.indexOf(QLatin1Char('\n')))).toUtf8());
        return Cli::Success;
    }
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const QStringList rest = args.mid(1);
    auto onlyFor = [&](const QCommandLineOption &option, const QString &forAction) -> bool {
        return !parser.isSet(option) || action == forAction;
    };
    if (!onlyFor(output, QStringLiteral("export")) || !onlyFor(includeSecrets, QStringLiteral("export")))
        return Cli::usageError(kName, tr("-o and --include-secrets only go with export"));
    if (!onlyFor(json, QStringLiteral("list")))
        return Cli::usageError(kName, tr("--json only goes with list"));

    ProfileStore store;
    SecretStore secrets;
    store.setSecretStore(&secrets);
    auto load = [&store] {
        if (!store.load())
            Cli::printErr(store.lastError());
    };
    if (action == QLatin1String("list")) {
        if (!rest.isEmpty())
            return Cli::usageError(kName, tr("unexpected argument '%1'").arg(rest.first()));
        load();
        return list(store, parser.isSet(json));
    }
    if (action == QLatin1String("show")) {
        if (rest.size() != 1)
            return Cli::usageError(kName, tr("show takes one profile name"));
        load();
        return show(store, rest.first());
    }
    if (action == QLatin1String("import")) {
        if (rest.size() != 1)
            return Cli::usageError(kName, tr("import takes one file"));
        load();
        return import(store, secrets, rest.first());
    }
    if (action == QLatin1String("export")) {
        if (rest.isEmpty())
            return Cli::usageError(kName, tr("name the profiles to export"));
        if (!parser.isSet(output))
            return Cli::usageError(kName, tr("export needs -o FILE"));
        load();
        return exportProfiles(store, secrets, rest, parser.value(output), parser.isSet(includeSecrets));
    }
    if (action.isEmpty())
        return Cli::usageError(kName, tr("name an action: list, show, import or export"));
    return Cli::usageError(kName, tr("unknown action '%1' (use list, show, import or export)").arg(action));
}

int ProfileCommand::list(ProfileStore &store, bool json)
{
    const QList<ConnectionProfile> profiles = store.profiles();
    if (json) {
        QJsonArray array;
        for (const ConnectionProfile &p : profiles)
            array.append(QJsonObject{{QStringLiteral("id"), p.id},
                                     {QStringLiteral("name"), p.name},
                                     {QStringLiteral("url"), p.endpoint()},
                                     {QStringLiteral("kind"), ConnectionProfile::kindName(p.kind)}});
        Cli::printOut(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Cli::Success;
    }
    qsizetype width = 0;
    for (const ConnectionProfile &p : profiles)
        width = qMax(width, p.name.size());
    QString text;
    for (const ConnectionProfile &p : profiles) {
        const QString kind = kindLabel(p.kind);
        text += QStringLiteral("%1  %2%3\n")
                    .arg(p.name, -int(width))
                    .arg(p.endpoint(), kind.isEmpty() ? QString() : QStringLiteral("  (%1)").arg(kind));
    }
    Cli::printOut(text.toUtf8());
    return Cli::Success;
}

int ProfileCommand::show(ProfileStore &store, const QString &name)
{
    QString error;
    const std::optional<ConnectionProfile> profile = store.find(name, &error);
    if (!profile)
        return Cli::failure(QStringLiteral("mqttscope-cli profile: %1").arg(error));
    // Never a secret, whatever the profile keeps where.
    Cli::printOut(QJsonDocument(profile->toJson(ConnectionProfile::Secrets::Omit)).toJson(QJsonDocument::Indented));
    return Cli::Success;
}

int ProfileCommand::import(ProfileStore &store, SecretStore &secrets, const QString &file)
{
    const ProfileImporter::Result result = ProfileImporter::importFile(file, store.certificateDirectory());
    if (!result.ok)
        return Cli::failure(QStringLiteral("mqttscope-cli profile: %1").arg(result.error));
    for (const QString &warning : result.warnings)
        Cli::printErr(tr("Warning: %1").arg(warning));

    // The secrets go to the keyring asynchronously: wait for every answer before exiting.
    int pending = 0;
    for (const ConnectionProfile &p : result.profiles)
        pending += (!p.storeSecretsInFile && p.hasSecrets()) ? 1 : 0;
    QEventLoop loop;
    QStringList keyringProblems;
    QObject::connect(&secrets, &SecretStore::secretsWritten, &loop, [&](const QString &, const QString &message) {
        if (!message.isEmpty())
            keyringProblems << message;
        if (--pending <= 0)
            loop.quit();
    });
    bool saved = false;
    const QList<ConnectionProfile> added = store.addProfiles(result.profiles, &saved);
    if (pending > 0) {
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!saved)
        return Cli::failure(QStringLiteral("mqttscope-cli profile: %1").arg(store.lastError()));
    if (secrets.status() == SecretStore::Status::Unavailable)
        Cli::printErr(tr("Warning: %1").arg(secrets.unavailableText()));
    else if (!keyringProblems.isEmpty())
        Cli::printErr(tr("Warning: %1").arg(keyringProblems.first()));
    QStringList names;
    for (const ConnectionProfile &p : added)
        names << p.name;
    Cli::printOut(tr("Imported %n profile(s) from %1 (%2): %3\n", nullptr, int(added.size()))
                      .arg(file, ProfileImporter::formatName(result.format), names.join(QStringLiteral(", ")))
                      .toUtf8());
    return Cli::Success;
}

int ProfileCommand::exportProfiles(ProfileStore &store, SecretStore &secrets, const QStringList &names,
                                   const QString &file, bool includeSecrets)
{
    QList<ConnectionProfile> profiles;
    for (const QString &name : names) {
        QString error;
        std::optional<ConnectionProfile> profile = store.find(name, &error);
        if (!profile)
            return Cli::failure(QStringLiteral("mqttscope-cli profile: %1").arg(error));
        if (includeSecrets && !profile->storeSecretsInFile) {
            const std::optional<ProfileSecrets> stored = secrets.readBlocking(profile->id, &error);
            if (!stored)
                return Cli::failure(QStringLiteral("mqttscope-cli profile: %1").arg(error));
            stored->applyTo(&*profile);
        }
        profiles << *profile;
    }
    QString error;
    if (!ProfileStore::exportProfiles(profiles, file, includeSecrets, &error))
        return Cli::failure(QStringLiteral("mqttscope-cli profile: %1").arg(error));
    if (includeSecrets)
        Cli::printErr(tr("Warning: %1").arg(ProfileStore::secretsIncludedWarning(file)));
    Cli::printOut(tr("Exported %n profile(s) to %1\n", nullptr, int(profiles.size())).arg(file).toUtf8());
    return Cli::Success;
}
