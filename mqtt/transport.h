#pragma once

#include "certificateinfo.h"

#include <QByteArray>
#include <QNetworkProxy>
#include <QObject>
#include <QString>

#include <functional>

namespace Mqtt {

// A byte pipe to the broker. The Connection state machine only sees this interface, so TCP,
// TLS and WebSocket transports are interchangeable. Implementations live on the thread of
// their Connection and never block.
class Transport : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Transport() override;

    // Starts connecting; emits opened() or errorOccurred() later.
    virtual void open() = 0;
    // Flushes pending bytes and closes; emits closed().
    virtual void close() = 0;
    // Drops the connection at once without flushing (used for keep-alive timeouts and to
    // simulate a network failure in tests); emits closed().
    virtual void abort() = 0;
    virtual bool isOpen() const = 0;
    // Queues bytes for sending. Returns false when the transport is not open.
    virtual bool write(const QByteArray &bytes) = 0;
    // Bytes queued in the transport but not yet handed to the OS.
    virtual qint64 bytesToWrite() const = 0;
    // Human-readable endpoint, e.g. "mqtt://127.0.0.1:1883".
    virtual QString endpoint() const = 0;
    // Bounds how many received bytes the transport buffers before the reader takes them
    // (0 = unbounded, the default). A consumer that pauses reading to apply back-pressure
    // sets it so the backlog stays in the kernel and TCP slows the sender down.
    virtual void setReadBufferSize(qint64 bytes) = 0;
    // The proxy the socket goes through, applied at the next open(). The default
    // (QNetworkProxy::DefaultProxy) follows QNetworkProxy::applicationProxy().
    void setProxy(const QNetworkProxy &proxy) { m_proxy = proxy; }
    QNetworkProxy proxy() const { return m_proxy; }
    // MQTT 5 §4.11 Server Redirection: the next open() goes to this host and port (0: keep the
    // port), with the same TLS and WebSocket settings. False when the transport cannot move.
    virtual bool redirect(const QString &host, quint16 port);

    // TLS transports: the certificate the broker presented when the last open() failed
    // verification (null otherwise), so a GUI can show it and offer to pin it
    // (TlsOptions::pinnedFingerprints). Cleared by open().
    CertificateInfo rejectedCertificate() const { return m_rejectedCertificate; }

Q_SIGNALS:
    void opened();
    void bytesReceived(const QByteArray &bytes);
    // All queued bytes were written (useful for flow control of large batches).
    void bytesWritten(qint64 bytes);
    void closed();
    // A readable reason ("Connection refused by 127.0.0.1:1883"); closed() follows.
    void errorOccurred(const QString &message);
    // Verification of the broker's certificate failed; errorOccurred() with the sentence and
    // closed() follow. Emitted from the transport's thread.
    void certificateRejected(const Mqtt::CertificateInfo &certificate);

protected:
    void clearRejectedCertificate() { m_rejectedCertificate = {}; }
    void rejectCertificate(const CertificateInfo &certificate);

    // The bookkeeping every transport shares. An attempt runs from open() to closed(): each
    // open() begins one (beginAttempt), and reports queued for an earlier attempt are dropped
    // (their generation no longer matches). errorOccurred() and closed() are each reported at
    // most once per attempt, the error before the close.
    void beginAttempt();
    // Reports errorOccurred() unless this attempt already reported an error or its close.
    void reportError(const QString &message);
    // Reports closed() once per attempt.
    void reportClosed();
    // Runs `report` from the event loop unless another attempt began (or abort() ended this
    // one) meanwhile: open() promises its result later, never from inside the call.
    void reportLater(const std::function<void()> &report);
    // An open() that cannot start: the error and the close, later.
    void failLater(const QString &message);
    // Drops the socket for failLater() (the WebSocket transport makes a new one per attempt).
    virtual void discardConnection() {}

    quint64 m_generation = 0;     // bumped by every open() and abort()
    bool m_opened = false;        // the attempt reached opened()
    bool m_errorReported = false;
    bool m_closeRequested = false; // close() was called in this attempt
    bool m_closeReported = true;   // nothing to report until open() is called

private:
    QNetworkProxy m_proxy;
    CertificateInfo m_rejectedCertificate;
};

} // namespace Mqtt
