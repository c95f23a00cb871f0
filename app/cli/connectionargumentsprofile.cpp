// ConnectionArguments::readProfile(): --profile NAME, the connection of a saved profile (the
// GUI's profiles.json, secrets from the keyring), instead of the connection options.
#include "connectionarguments.h"

#include "cli.h"
#include "profilestore.h"
#include "secretstore.h"

#include <QCommandLineParser>

bool ConnectionArguments::readProfile(const QCommandLineParser &parser, ConnectionSettings *settings,
                                      QString *error) const
{
    // The profile is the whole connection: mixing in options would leave it unclear which wins.
    const QList<const QCommandLineOption *> connectionOptions = {
        &m_url, &m_host, &m_port, &m_id, &m_user, &m_password, &m_version, &m_keepAlive, &m_noCleanSession,
        &m_sessionExpiry, &m_willTopic, &m_willPayload, &m_willQos, &m_willRetain, &m_reconnect, &m_reconnectDelay,
        &m_reconnectMaxDelay, &m_caFile, &m_osCerts, &m_cert, &m_key, &m_passKey, &m_p12, &m_p12Pass, &m_insecure,
        &m_alpn, &m_sni, &m_tlsVersion, &m_header};
    for (const QCommandLineOption *option : connectionOptions) {
        if (parser.isSet(*option)) {
            *error = tr("--profile cannot be combined with -%1%2: change the profile instead")
                         .arg(option->names().first().size() > 1 ? QStringLiteral("-") : QString(),
                              option->names().first());
            return false;
        }
    }
    ProfileStore store;
    if (!store.load())
        Cli::printErr(store.lastError());
    std::optional<ConnectionProfile> profile = store.find(parser.value(m_profile), error);
    if (!profile)
        return false;
    if (profile->kind == ConnectionProfile::Kind::LocalDemo) {
        *error = tr("the Local demo profile has no fixed address: the GUI starts its broker");
        return false;
    }
    if (!profile->storeSecretsInFile) {
        SecretStore secrets;
        QString problem;
        const std::optional<ProfileSecrets> stored = secrets.readBlocking(profile->id, &problem);
        if (stored)
            stored->applyTo(&*profile);
        if (secrets.status() == SecretStore::Status::Unavailable)
            Cli::printErr(tr("Warning: %1").arg(secrets.unavailableText()));
        else if (!stored)
            Cli::printErr(tr("Warning: %1").arg(problem));
    }
    m_loadedProfile = *profile;
    *settings = profile->connection;
    return true;
}
