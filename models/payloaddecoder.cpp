#include "payloaddecoder.h"

#include "payloadtext.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamReader>
#include <QCborValue>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <msgpack.hpp>

namespace {

QString childPath(const QString &parent, const QString &key)
{
    bool plain = !key.isEmpty() && !key.at(0).isDigit();
    for (QChar c : key) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('_'))) {
            plain = false;
            break;
        }
    }
    if (plain)
        return parent + QLatin1Char('.') + key;
    QString escaped = key;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return parent + QLatin1String("[\"") + escaped + QLatin1String("\"]");
}

QString indexPath(const QString &parent, qsizetype i)
{
    return parent + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

// Builds trees with a depth and node budget shared by the whole payload.
struct Budget
{
    const PayloadDecoder::Limits &limits;
    int nodes = 0;
    bool depthCut = false;
    bool nodesCut = false;

    bool take()
    {
        if (nodes >= limits.maxNodes) {
            nodesCut = true;
            return false;
        }
        ++nodes;
        return true;
    }
};

QString containerSummary(PayloadNode::Kind kind, qsizetype count)
{
    return kind == PayloadNode::Kind::Object ? QStringLiteral("{%1}").arg(count) : QStringLiteral("[%1]").arg(count);
}

void fromJson(const QJsonValue &v, PayloadNode &node, int depth, Budget &budget)
{
    switch (v.type()) {
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        node.kind = PayloadNode::Kind::Object;
        node.value = containerSummary(node.kind, o.size());
        if (depth >= budget.limits.maxDepth) {
            budget.depthCut = !o.isEmpty() || budget.depthCut;
            return;
        }
        for (auto it = o.begin(); it != o.end() && budget.take(); ++it) {
            PayloadNode child;
            child.key = it.key();
            child.path = childPath(node.path, it.key());
            fromJson(it.value(), child, depth + 1, budget);
            node.children.push_back(std::move(child));
        }
        return;
    }
    case QJsonValue::Array: {
        const QJsonArray a = v.toArray();
        node.kind = PayloadNode::Kind::Array;
        node.value = containerSummary(node.kind, a.size());
        if (depth >= budget.limits.maxDepth) {
            budget.depthCut = !a.isEmpty() || budget.depthCut;
            return;
        }
        for (qsizetype i = 0; i < a.size() && budget.take(); ++i) {
            PayloadNode child;
            child.key = QStringLiteral("[%1]").arg(i);
            child.path = indexPath(node.path, i);
            fromJson(a.at(i), child, depth + 1, budget);
            node.children.push_back(std::move(child));
        }
        return;
    }
    case QJsonValue::String:
        node.kind = PayloadNode::Kind::String;
        node.value = v.toString();
        return;
    case QJsonValue::Double:
        node.kind = PayloadNode::Kind::Number;
        node.value = v.toVariant().toString();
        return;
    case QJsonValue::Bool:
        node.kind = PayloadNode::Kind::Bool;
        node.value = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        return;
    default:
        node.kind = PayloadNode::Kind::Null;
        node.value = QStringLiteral("null");
        return;
    }
}

void fromCbor(const QCborValue &v, PayloadNode &node, int depth, Budget &budget)
{
    if (v.isMap()) {
        const QCborMap m = v.toMap();
        node.kind = PayloadNode::Kind::Object;
        node.value = containerSummary(node.kind, m.size());
        if (depth >= budget.limits.maxDepth) {
            budget.depthCut = !m.isEmpty() || budget.depthCut;
            return;
        }
        for (auto it = m.begin(); it != m.end() && budget.take(); ++it) {
            PayloadNode child;
            child.key = it.key().isString() ? it.key().toString() : it.key().toDiagnosticNotation();
            child.path = childPath(node.path, child.key);
            fromCbor(it.value(), child, depth + 1, budget);
            node.children.push_back(std::move(child));
        }
    } else if (v.isArray()) {
        const QCborArray a = v.toArray();
        node.kind = PayloadNode::Kind::Array;
        node.value = containerSummary(node.kind, a.size());
        if (depth >= budget.limits.maxDepth) {
            budget.depthCut = !a.isEmpty() || budget.depthCut;
            return;
        }
        for (qsizetype i = 0; i < a.size() && budget.take(); ++i) {
            PayloadNode child;
            child.key = QStringLiteral("[%1]").arg(i);
            child.path = indexPath(node.path, i);
            fromCbor(a.at(i), child, depth + 1, budget);
            node.children.push_back(std::move(child));
        }
    } else if (v.isTag()) {
        node.kind = PayloadNode::Kind::Tag;
        node.value = QStringLiteral("tag %1").arg(quint64(v.tag()));
        if (depth < budget.limits.maxDepth && budget.take()) {
            PayloadNode child;
            child.key = QStringLiteral("value");
            child.path = node.path;
            fromCbor(v.taggedValue(), child, depth + 1, budget);
            node.children.push_back(std::move(child));
        }
    } else if (v.isString()) {
        node.kind = PayloadNode::Kind::String;
        node.value = v.toString();
    } else if (v.isByteArray()) {
        node.kind = PayloadNode::Kind::Binary;
        const QByteArray b = v.toByteArray();
        node.value = PayloadText::hex(b, 64, b.size() > 64);
    } else if (v.isBool()) {
        node.kind = PayloadNode::Kind::Bool;
        node.value = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    } else if (v.isInteger() || v.isDouble()) {
        node.kind = PayloadNode::Kind::Number;
        node.value = v.isInteger() ? QString::number(v.toInteger()) : QString::number(v.toDouble(), 'g', 17);
    } else if (v.isNull() || v.isUndefined()) {
        node.kind = PayloadNode::Kind::Null;
        node.value = v.isNull() ? QStringLiteral("null") : QStringLiteral("undefined");
    } else {
        node.kind = PayloadNode::Kind::Other;
        node.value = v.toDiagnosticNotation();
    }
}

void fromMsgPack(const msgpack::object &o, PayloadNode &node, int depth, Budget &budget)
{
    switch (o.type) {
    case msgpack::type::MAP:
        node.kind = PayloadNode::Kind::Object;
        node.value = containerSummary(node.kind, o.via.map.size);
        if (depth >= budget.limits.maxDepth) {
            budget.depthCut = o.via.map.size > 0 || budget.depthCut;
            return;
        }
        for (quint32 i = 0; i < o.via.map.size && budget.take(); ++i) {
            const msgpack::object_kv &kv = o.via.map.ptr[i];
            PayloadNode child;
            if (kv.key.type == msgpack::type::STR) {
                child.key = QString::fromUtf8(kv.key.via.str.ptr, int(kv.key.via.str.size));
            } else {
                PayloadNode keyNode;
                Budget keyBudget{budget.limits};
                keyBudget.nodes = budget.limits.maxNodes - 1;
                fromMsgPack(kv.key, keyNode, budget.limits.maxDepth, keyBudget);
                child.key = keyNode.value;
            }
            child.path = childPath(node.path, child.key);
            fromMsgPack(kv.val, child, depth + 1, budget);
            node.children.push_back(std::move(child));
        }
        return;
    case msgpack::type::ARRAY:
        node.kind = PayloadNode::Kind::Array;
        node.value = containerSummary(node.kind, o.via.array.size);
        if (depth >= budget.limits.maxDepth) {
            budget.depthCut = o.via.array.size > 0 || budget.depthCut;
            return;
        }
        for (quint32 i = 0; i < o.via.array.size && budget.take(); ++i) {
            PayloadNode child;
            child.key = QStringLiteral("[%1]").arg(i);
            child.path = indexPath(node.path, i);
            fromMsgPack(o.via.array.ptr[i], child, depth + 1, budget);
            node.children.push_back(std::move(child));
        }
        return;
    case msgpack::type::STR:
        node.kind = PayloadNode::Kind::String;
        node.value = QString::fromUtf8(o.via.str.ptr, int(o.via.str.size));
        return;
    case msgpack::type::BIN: {
        node.kind = PayloadNode::Kind::Binary;
        const QByteArrayView b(o.via.bin.ptr, qsizetype(o.via.bin.size));
        node.value = PayloadText::hex(b, 64, b.size() > 64);
        return;
    }
    case msgpack::type::EXT: {
        node.kind = PayloadNode::Kind::Other;
        const QByteArrayView b(o.via.ext.data(), qsizetype(o.via.ext.size));
        node.value = QStringLiteral("ext %1: ").arg(int(o.via.ext.type())) + PayloadText::hex(b, 64, b.size() > 64);
        return;
    }
    case msgpack::type::BOOLEAN:
        node.kind = PayloadNode::Kind::Bool;
        node.value = o.via.boolean ? QStringLiteral("true") : QStringLiteral("false");
        return;
    case msgpack::type::POSITIVE_INTEGER:
        node.kind = PayloadNode::Kind::Number;
        node.value = QString::number(o.via.u64);
        return;
    case msgpack::type::NEGATIVE_INTEGER:
        node.kind = PayloadNode::Kind::Number;
        node.value = QString::number(o.via.i64);
        return;
    case msgpack::type::FLOAT32:
    case msgpack::type::FLOAT64:
        node.kind = PayloadNode::Kind::Number;
        node.value = QString::number(o.via.f64, 'g', 17);
        return;
    case msgpack::type::NIL:
    default:
        node.kind = PayloadNode::Kind::Null;
        node.value = QStringLiteral("null");
        return;
    }
}

// JSON-like indented text of a tree (CBOR and MessagePack, whose maps may have any keys).
void appendText(const PayloadNode &node, QString &out, int indent, qsizetype maxChars)
{
    if (out.size() > maxChars)
        return;
    const bool container = node.kind == PayloadNode::Kind::Object || node.kind == PayloadNode::Kind::Array;
    if (!container || node.children.empty()) {
        if (node.kind == PayloadNode::Kind::String) {
            QString s = node.value;
            s.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
            out += QLatin1Char('"') + s + QLatin1Char('"');
        } else if (container) {
            out += node.kind == PayloadNode::Kind::Object ? QLatin1String("{}") : QLatin1String("[]");
        } else {
            out += node.value;
        }
        return;
    }
    const bool object = node.kind == PayloadNode::Kind::Object;
    out += object ? QLatin1Char('{') : QLatin1Char('[');
    out += QLatin1Char('\n');
    for (size_t i = 0; i < node.children.size(); ++i) {
        out += QString(indent + 4, QLatin1Char(' '));
        if (object)
            out += QLatin1Char('"') + node.children[i].key + QLatin1String("\": ");
        appendText(node.children[i], out, indent + 4, maxChars);
        if (i + 1 < node.children.size())
            out += QLatin1Char(',');
        out += QLatin1Char('\n');
    }
    out += QString(indent, QLatin1Char(' '));
    out += object ? QLatin1Char('}') : QLatin1Char(']');
}

void finish(DecodedPayload &d, const Budget &budget, const PayloadDecoder::Limits &limits)
{
    d.ok = true;
    d.nodes = budget.nodes;
    QStringList notes;
    if (budget.nodesCut)
        notes << PayloadDecoder::tr("The tree shows the first %L1 values only.").arg(limits.maxNodes);
    if (budget.depthCut)
        notes << PayloadDecoder::tr("Levels deeper than %1 are not shown in the tree.").arg(limits.maxDepth);
    d.note = notes.join(QLatin1Char(' '));
}

} // namespace

bool PayloadDecoder::isImage(QByteArrayView b)
{
    if (b.startsWith("\x89PNG\r\n\x1a\n") || b.startsWith("\xff\xd8\xff") || b.startsWith("GIF87a")
        || b.startsWith("GIF89a"))
        return true;
    const QByteArrayView head = b.first(qMin<qsizetype>(b.size(), 512));
    const QByteArray lower = head.toByteArray().trimmed().toLower();
    return (lower.startsWith("<svg") || lower.startsWith("<?xml")) && lower.contains("<svg");
}

PayloadDecoder::Format PayloadDecoder::detect(QByteArrayView bytes, const QString &contentType, bool cut)
{
    const QString ct = contentType.trimmed().toLower();
    if (ct.startsWith(QLatin1String("image/")))
        return Format::Image;
    if (ct.contains(QLatin1String("json")) && decodeJson(bytes).ok)
        return Format::Json;
    if (ct.contains(QLatin1String("cbor")))
        return Format::Cbor;
    if (ct.contains(QLatin1String("msgpack")) || ct.contains(QLatin1String("messagepack")))
        return Format::MessagePack;
    if (bytes.isEmpty())
        return Format::Text;
    if (isImage(bytes))
        return Format::Image;
    if (PayloadText::isText(bytes, cut)) {
        const QByteArrayView t = bytes.trimmed();
        if (!cut && !t.isEmpty() && (t.front() == '{' || t.front() == '[' || t.front() == '"' || t.front() == '-'
                                     || (t.front() >= '0' && t.front() <= '9') || t == "true" || t == "false" || t == "null")) {
            if (decodeJson(bytes).ok)
                return Format::Json;
        }
        return Format::Text;
    }
    if (!cut) {
        const uchar first = uchar(bytes.front());
        // CBOR major types 4 (array), 5 (map), 6 (tag); MessagePack fixmap/fixarray, array/map 16/32.
        if ((first >= 0x80 && first <= 0xbf) || (first >= 0xc0 && first <= 0xdb)) {
            if (decodeCbor(bytes).ok)
                return Format::Cbor;
        }
        if ((first >= 0x80 && first <= 0x9f) || (first >= 0xdc && first <= 0xdf)) {
            if (decodeMessagePack(bytes).ok)
                return Format::MessagePack;
        }
    }
    return Format::Hex;
}

QString PayloadDecoder::formatName(Format format)
{
    switch (format) {
    case Format::Text: return tr("Text");
    case Format::Json: return tr("JSON");
    case Format::Hex: return tr("Hex");
    case Format::Base64: return tr("Base64");
    case Format::Cbor: return tr("CBOR");
    case Format::MessagePack: return tr("MessagePack");
    case Format::Image: return tr("Image");
    }
    return {};
}

DecodedPayload PayloadDecoder::decodeJson(QByteArrayView bytes, const Limits &limits)
{
    DecodedPayload d;
    QJsonParseError error;
    // A bare scalar ("42", "\"on\"") is JSON too: wrap it so QJsonDocument accepts it.
    const QByteArrayView t = bytes.trimmed();
    const bool scalar = !t.isEmpty() && t.front() != '{' && t.front() != '[';
    const QJsonDocument doc = scalar ? QJsonDocument::fromJson(QByteArray("[") + t.toByteArray() + "]", &error)
                                     : QJsonDocument::fromJson(bytes.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || doc.isNull()) {
        const int offset = qMax(0, error.offset - (scalar ? 1 : 0));
        d.error = tr("Not valid JSON: %1 at byte %2.").arg(error.errorString()).arg(offset);
        return d;
    }
    Budget budget{limits};
    d.root.path = QStringLiteral("$");
    const QJsonValue root = scalar ? doc.array().at(0) : (doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
    fromJson(root, d.root, 0, budget);
    if (scalar) {
        d.text = QString::fromUtf8(t.toByteArray());
    } else {
        const QByteArray pretty = doc.toJson(QJsonDocument::Indented);
        d.text = QString::fromUtf8(pretty.left(limits.maxTextChars));
    }
    finish(d, budget, limits);
    return d;
}

DecodedPayload PayloadDecoder::decodeCbor(QByteArrayView bytes, const Limits &limits)
{
    DecodedPayload d;
    QCborStreamReader reader(bytes.toByteArray());
    const QCborValue value = QCborValue::fromCbor(reader);
    if (reader.lastError() != QCborError::NoError) {
        d.error = tr("Not valid CBOR: %1 at byte %2.").arg(reader.lastError().toString()).arg(reader.currentOffset());
        return d;
    }
    if (reader.currentOffset() < bytes.size()) {
        d.error = tr("Not valid CBOR: %1 bytes follow the first item.").arg(bytes.size() - reader.currentOffset());
        return d;
    }
    Budget budget{limits};
    d.root.path = QStringLiteral("$");
    fromCbor(value, d.root, 0, budget);
    appendText(d.root, d.text, 0, limits.maxTextChars);
    finish(d, budget, limits);
    return d;
}

DecodedPayload PayloadDecoder::decodeMessagePack(QByteArrayView bytes, const Limits &limits)
{
    DecodedPayload d;
    // Every declared length is bounded by the bytes present: a "bomb" declaring 4 billion
    // elements is refused before anything is allocated for it.
    const std::size_t n = std::size_t(bytes.size());
    const msgpack::unpack_limit limit(n, n / 2, n, n, n, std::size_t(limits.maxDepth));
    try {
        std::size_t offset = 0;
        msgpack::object_handle handle = msgpack::unpack(bytes.data(), n, offset, nullptr, nullptr, limit);
        if (offset < n) {
            d.error = tr("Not valid MessagePack: %1 bytes follow the first item.").arg(n - offset);
            return d;
        }
        Budget budget{limits};
        d.root.path = QStringLiteral("$");
        fromMsgPack(handle.get(), d.root, 0, budget);
        appendText(d.root, d.text, 0, limits.maxTextChars);
        finish(d, budget, limits);
    } catch (const msgpack::insufficient_bytes &) {
        d.error = tr("Not valid MessagePack: the data ends early.");
    } catch (const msgpack::depth_size_overflow &) {
        d.error = tr("Not shown as MessagePack: nested deeper than %1 levels.").arg(limits.maxDepth);
    } catch (const msgpack::size_overflow &) {
        d.error = tr("Not valid MessagePack: a declared length is larger than the payload.");
    } catch (const std::exception &e) {
        d.error = tr("Not valid MessagePack: %1.").arg(QString::fromUtf8(e.what()));
    }
    return d;
}

QString PayloadDecoder::text(QByteArrayView bytes, int *invalid)
{
    QString out;
    out.reserve(bytes.size());
    int bad = 0;
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    static const char digits[] = "0123456789ABCDEF";
    auto escape = [&](uchar c) {
        out += QLatin1String("\\x");
        out += QLatin1Char(digits[c >> 4]);
        out += QLatin1Char(digits[c & 15]);
    };
    qsizetype runStart = 0;
    auto flush = [&](qsizetype end) {
        if (end > runStart)
            out += QString::fromUtf8(reinterpret_cast<const char *>(p + runStart), end - runStart);
    };
    for (qsizetype i = 0; i < n;) {
        const uchar c = p[i];
        int len = 0;
        if (c < 0x80)
            len = ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) ? 0 : 1;
        else if (c >= 0xC2 && c <= 0xDF)
            len = 2;
        else if (c >= 0xE0 && c <= 0xEF)
            len = 3;
        else if (c >= 0xF0 && c <= 0xF4)
            len = 4;
        bool ok = len > 0 && i + len <= n;
        for (int k = 1; ok && k < len; ++k)
            ok = (p[i + k] & 0xC0) == 0x80;
        if (ok && len > 2
            && ((c == 0xE0 && p[i + 1] < 0xA0) || (c == 0xED && p[i + 1] >= 0xA0) || (c == 0xF0 && p[i + 1] < 0x90)
                || (c == 0xF4 && p[i + 1] >= 0x90)))
            ok = false;
        if (ok) {
            i += len;
            continue;
        }
        flush(i);
        escape(c);
        if (c >= 0x80 || c == 0x7F || c < 0x20)
            ++bad;
        ++i;
        runStart = i;
    }
    flush(n);
    if (invalid)
        *invalid = bad;
    return out;
}

QString PayloadDecoder::hexLine(QByteArrayView bytes, qsizetype offset)
{
    static const char digits[] = "0123456789abcdef";
    QString line = QStringLiteral("%1  ").arg(qulonglong(offset), 8, 16, QLatin1Char('0'));
    const qsizetype n = qMin<qsizetype>(16, bytes.size() - offset);
    for (qsizetype i = 0; i < 16; ++i) {
        if (i < n) {
            const uchar c = uchar(bytes[offset + i]);
            line += QLatin1Char(digits[c >> 4]);
            line += QLatin1Char(digits[c & 15]);
        } else {
            line += QLatin1String("  ");
        }
        line += QLatin1Char(' ');
        if (i == 7)
            line += QLatin1Char(' ');
    }
    line += QLatin1String(" |");
    for (qsizetype i = 0; i < n; ++i) {
        const uchar c = uchar(bytes[offset + i]);
        line += (c >= 0x20 && c < 0x7F) ? QLatin1Char(char(c)) : QLatin1Char('.');
    }
    line += QLatin1Char('|');
    return line;
}

QString PayloadDecoder::sizeText(qsizetype bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}
