#pragma once

#include "payloadencoder.h"

#include <QWidget>

class FilePayloadReader;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QToolButton;

// The publisher's payload: a format (Text, JSON, Hex, Base64, File), the text, and the reason
// when the text is not valid for the format (JSON line and column, hex digit position),
// checked as the user types. A file is read in slices without freezing the window.
class PayloadEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PayloadEditor(QWidget *parent = nullptr);

    PayloadFormat format() const;
    void setFormat(PayloadFormat format);
    QString text() const;
    void setText(const QString &text);
    // File format: what was read (empty while reading or before a file was chosen).
    QByteArray fileBytes() const { return m_fileBytes; }
    QString fileName() const { return m_fileName; }
    void setFileBytes(const QString &fileName, const QByteArray &bytes);
    // Starts reading a file (switches to the File format). maxBytes: the broker's limit.
    void loadFile(const QString &path);
    void setMaximumSize(qint64 bytes) { m_maxBytes = bytes; }
    bool isLoading() const;

    // Empty when the payload is valid for its format; otherwise the reason shown under it.
    QString problem() const { return m_problem; }
    // When placeholders are on, JSON is checked after they are rendered, not as typed.
    void setTemplated(bool on);

    QPlainTextEdit *textEdit() const { return m_edit; }

Q_SIGNALS:
    // The payload's validity or contents changed.
    void changed();

private:
    void validate();
    void onFormatChanged();
    void reformat(bool pretty);
    void chooseFile();

    QComboBox *m_format;
    QToolButton *m_pretty;
    QToolButton *m_compact;
    QToolButton *m_open;
    QPlainTextEdit *m_edit;
    QLabel *m_problemLabel;
    QLabel *m_fileLabel;
    FilePayloadReader *m_reader;
    QByteArray m_fileBytes;
    QString m_fileName;
    QString m_problem;
    qint64 m_maxBytes = 268435455; // MQTT's largest packet
    bool m_templated = false;
};
