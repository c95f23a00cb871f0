#pragma once

#include "serverurl.h"
#include "tlsoptions.h"
#include "websockettransport.h"

#include <QString>

class QObject;

namespace Mqtt {

class Client;
class Transport;
struct ClientOptions;

// Builds the transport a URL asks for: TcpTransport for mqtt://, SslTransport for mqtts://,
// WebSocketTransport for ws:// and wss://. The TLS files are loaded here once so a bad CA file
// or a wrong passphrase is reported before any connection attempt (and again at each open(),
// which re-reads them). Returns nullptr and sets *error on failure, including TLS options given
// for a URL that is not encrypted (they would silently do nothing).
Transport *createTransport(const ServerUrl &url, const TlsOptions &tls, QObject *parent, QString *error,
                           const HttpHeaders &headers = {});

// Copies host, port and (when the URL has them) user name and password into the options.
void applyUrl(const ServerUrl &url, ClientOptions *options);

// Parses "Name: value" (a --header argument) and appends it. False with *error for text that
// is not a valid HTTP header (RFC 9110 §5.1 token name, no line breaks in the value).
bool appendHttpHeader(const QString &text, HttpHeaders *headers, QString *error);

// The one call the CLI and the GUI need: parses the URL, applies it to the client's options,
// creates the transport and hands it to the client. On failure nothing is changed and *error
// says why (bad URL, unreadable certificate, ...).
bool configureClient(Client *client, const QString &url, const TlsOptions &tls, QString *error,
                     const HttpHeaders &headers = {});

} // namespace Mqtt
