#pragma once

#include <QByteArray>
#include <QFile>
#include <QObject>
#include <QTimer>

// Reads a file for a payload in slices from the event loop, so a large file never freezes the
// window: at most SliceBytes per turn, progress after each, refused when larger than the
// limit (the broker's Maximum Packet Size, or MQTT's 256 MB).
class FilePayloadReader : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 SliceBytes = 1 << 20;

    explicit FilePayloadReader(QObject *parent = nullptr);

    // Starts reading (a read in progress is cancelled). Errors arrive as failed().
    void start(const QString &path, qint64 maxBytes);
    void cancel();
    bool isReading() const { return m_timer.isActive(); }

Q_SIGNALS:
    void progress(qint64 read, qint64 total);
    void finished(const QString &path, const QByteArray &bytes);
    void failed(const QString &path, const QString &reason);

private:
    void readSlice();

    QFile m_file;
    QByteArray m_bytes;
    qint64 m_total = 0;
    QTimer m_timer;
};
