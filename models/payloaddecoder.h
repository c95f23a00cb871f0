#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <vector>

// One node of a decoded structured payload (JSON, CBOR, MessagePack), shown as a tree with
// copy-path / copy-value on every node.
struct PayloadNode
{
    enum class Kind { Object, Array, String, Number, Bool, Null, Binary, Tag, Other };

    QString key;   // member name, or "[i]" for array elements; empty for the root
    QString value; // scalar as text, or a summary ("{3}", "[12]") for containers
    QString path;  // "$.a.b[3]"
    Kind kind = Kind::Null;
    std::vector<PayloadNode> children;
};

// What a decoder made of a payload. Bounded: at most Limits::maxNodes nodes and
// Limits::maxDepth levels are built, and `note` says what was left out.
struct DecodedPayload
{
    bool ok = false;
    QString error; // why the bytes are not this format (empty when ok)
    QString note;  // what is not shown ("only the first 100,000 values")
    PayloadNode root;
    QString text;  // the pretty form (indented JSON, CBOR/MessagePack as JSON-like text)
    int nodes = 0;
};

// Detection and decoding of payloads for the message inspector. Pure functions, safe on any
// thread (the inspector runs them off the GUI thread for large payloads). Every decoder is
// meant for hostile input: declared lengths are checked against the bytes present, nesting
// and node counts are bounded, nothing recurses without a depth limit.
class PayloadDecoder
{
    Q_DECLARE_TR_FUNCTIONS(PayloadDecoder)
public:
    enum class Format { Text, Json, Hex, Base64, Cbor, MessagePack, Image };

    struct Limits
    {
        int maxDepth = 256;
        int maxNodes = 100000;
        qsizetype maxTextChars = 4 * 1024 * 1024;
    };

    // The most fitting view: content type first (MQTT 5), then image signatures, JSON that
    // parses, text, CBOR or MessagePack that decode completely, else hex.
    static Format detect(QByteArrayView bytes, const QString &contentType = {}, bool cut = false);
    static QString formatName(Format format);
    static bool isImage(QByteArrayView bytes);

    static DecodedPayload decodeJson(QByteArrayView bytes, const Limits &limits);
    static DecodedPayload decodeCbor(QByteArrayView bytes, const Limits &limits);
    static DecodedPayload decodeMessagePack(QByteArrayView bytes, const Limits &limits);
    static DecodedPayload decodeJson(QByteArrayView bytes) { return decodeJson(bytes, Limits()); }
    static DecodedPayload decodeCbor(QByteArrayView bytes) { return decodeCbor(bytes, Limits()); }
    static DecodedPayload decodeMessagePack(QByteArrayView bytes) { return decodeMessagePack(bytes, Limits()); }

    // UTF-8 text with every byte that is not valid UTF-8 (and every control character but
    // tab and newlines) shown as \xNN, never dropped. *invalid counts them.
    static QString text(QByteArrayView bytes, int *invalid = nullptr);
    // "00000000  7b 22 61 22 ...  |{"a"...|" lines, 16 bytes each.
    static QString hexLine(QByteArrayView bytes, qsizetype offset);
    // "1.5 KiB", "12.3 MiB".
    static QString sizeText(qsizetype bytes);
};
