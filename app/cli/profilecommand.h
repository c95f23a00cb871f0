#pragma once

#include <QCoreApplication>
#include <QStringList>

class ProfileStore;
class SecretStore;

// `mqttscope-cli profile list | show NAME | import FILE | export NAME... -o FILE
// [--include-secrets]`: the GUI's saved connection profiles from the command line (the same
// profiles.json and keyring entries). `show` never prints a secret; `export` leaves secrets out
// unless --include-secrets, and then warns.
class ProfileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCommand)
public:
    int run(const QStringList &arguments);

private:
    int list(ProfileStore &store, bool json);
    int show(ProfileStore &store, const QString &name);
    int import(ProfileStore &store, SecretStore &secrets, const QString &file);
    int exportProfiles(ProfileStore &store, SecretStore &secrets, const QStringList &names, const QString &file,
                       bool includeSecrets);
};
