#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// What the publisher's payload editor holds, and how its text becomes the bytes sent.
enum class PayloadFormat : quint8 { Text, Json, Hex, Base64, File };

// Turns the editor's text into payload bytes for a format, or says why it cannot, with the
// place of the problem (JSON: line and column; Hex/Base64: character position, 1-based).
// Headless: the publisher, saved messages and the CLI share it.
class PayloadEncoder
{
    Q_DECLARE_TR_FUNCTIONS(PayloadEncoder)
public:
    struct Result
    {
        QByteArray bytes;
        QString error; // empty when ok
        int line = 0;  // JSON: 1-based line of the error, 0 when not applicable
        int column = 0;
        int position = 0; // 1-based character position of the error, 0 when not applicable
        bool ok() const { return error.isEmpty(); }
    };

    // File has no text form: encode() refuses it (the publisher reads files itself).
    static Result encode(PayloadFormat format, const QString &text);

    // JSON helpers for the editor's buttons: the same value re-indented or on one line.
    // Any JSON value is accepted (not only objects and arrays). Empty with *error on invalid input.
    static QString prettyJson(const QString &text, Result *error = nullptr);
    static QString compactJson(const QString &text, Result *error = nullptr);

    // Text for the editor from bytes, in a format (Hex: "0a 1b ..."; Base64; Text/JSON: UTF-8).
    static QString decode(PayloadFormat format, const QByteArray &bytes);
    // The natural format for received bytes: JSON for a JSON object/array, Text for other
    // UTF-8 text, otherwise Hex.
    static PayloadFormat guessFormat(const QByteArray &bytes);

    static QString formatName(PayloadFormat format);
    static QString formatKey(PayloadFormat format);   // stable, for JSON files: "text", "json" ...
    static PayloadFormat formatFromKey(const QString &key, bool *ok = nullptr);

private:
    static Result parseJson(const QString &text, QByteArray *compact, QByteArray *indented);
};
