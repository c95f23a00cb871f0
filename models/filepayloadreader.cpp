#include "filepayloadreader.h"

#include <QLocale>

FilePayloadReader::FilePayloadReader(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &FilePayloadReader::readSlice);
}

void FilePayloadReader::start(const QString &path, qint64 maxBytes)
{
    cancel();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        Q_EMIT failed(path, tr("Cannot read %1: %2").arg(path, m_file.errorString()));
        return;
    }
    m_total = m_file.size();
    if (m_total > maxBytes) {
        m_file.close();
        Q_EMIT failed(path, tr("%1 is %2, more than a message may carry here (%3)")
                                .arg(path, QLocale().formattedDataSize(m_total), QLocale().formattedDataSize(maxBytes)));
        return;
    }
    m_bytes.clear();
    m_bytes.reserve(m_total);
    m_timer.start();
}

void FilePayloadReader::cancel()
{
    m_timer.stop();
    if (m_file.isOpen())
        m_file.close();
    m_bytes.clear();
}

void FilePayloadReader::readSlice()
{
    const QByteArray chunk = m_file.read(SliceBytes);
    if (chunk.isEmpty() && !m_file.atEnd()) {
        const QString path = m_file.fileName();
        const QString why = m_file.errorString();
        cancel();
        Q_EMIT failed(path, tr("Cannot read %1: %2").arg(path, why));
        return;
    }
    m_bytes.append(chunk);
    Q_EMIT progress(m_bytes.size(), m_total);
    if (m_file.atEnd() || chunk.isEmpty()) {
        m_timer.stop();
        const QString path = m_file.fileName();
        m_file.close();
        const QByteArray bytes = std::exchange(m_bytes, {});
        Q_EMIT finished(path, bytes);
    }
}
