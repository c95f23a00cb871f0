// Micro-benchmark: extracting every numeric leaf (path + value) of small MQTT JSON payloads.
// Compares QJsonDocument, simdjson DOM, simdjson On-Demand and the library's JsonExtractor
// (which is what the ingest pipeline uses). Prints payloads/s for each on the reference
// payload and on a nested payload with arrays.
#include "jsonextractor.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <simdjson.h>

#include <cstdio>
#include <functional>
#include <string>
#include <vector>

namespace {

struct Sink
{
    double sum = 0;
    qint64 leaves = 0;
};

// --- QJsonDocument -----------------------------------------------------------------------
void walkQt(const QJsonValue &v, QString &path, Sink &sink)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const qsizetype mark = path.size();
            if (mark)
                path += QLatin1Char('.');
            path += it.key();
            walkQt(it.value(), path, sink);
            path.truncate(mark);
        }
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const qsizetype mark = path.size();
            path += QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
            walkQt(a.at(i), path, sink);
            path.truncate(mark);
        }
    } else if (v.isDouble()) {
        sink.sum += v.toDouble();
        ++sink.leaves;
    }
}

void extractQt(const QByteArray &payload, Sink &sink)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &err);
    if (err.error != QJsonParseError::NoError)
        return;
    QString path;
    if (doc.isObject())
        walkQt(doc.object(), path, sink);
    else if (doc.isArray())
        walkQt(doc.array(), path, sink);
}

// --- simdjson DOM ------------------------------------------------------------------------
void walkDom(simdjson::dom::element e, std::string &path, Sink &sink)
{
    using simdjson::dom::element_type;
    switch (e.type()) {
    case element_type::OBJECT:
        for (auto field : simdjson::dom::object(e)) {
            const size_t mark = path.size();
            if (mark)
                path += '.';
            path += field.key;
            walkDom(field.value, path, sink);
            path.resize(mark);
        }
        break;
    case element_type::ARRAY: {
        size_t i = 0;
        for (auto child : simdjson::dom::array(e)) {
            const size_t mark = path.size();
            path += '[';
            path += std::to_string(i++);
            path += ']';
            walkDom(child, path, sink);
            path.resize(mark);
        }
        break;
    }
    case element_type::INT64:
    case element_type::UINT64:
    case element_type::DOUBLE: {
        double d = 0;
        if (!e.get_double().get(d)) {
            sink.sum += d;
            ++sink.leaves;
        }
        break;
    }
    default:
        break;
    }
}

void extractDom(simdjson::dom::parser &parser, const QByteArray &payload, Sink &sink)
{
    simdjson::dom::element root;
    if (parser.parse(payload.constData(), size_t(payload.size())).get(root))
        return;
    std::string path;
    walkDom(root, path, sink);
}

// --- simdjson On-Demand ------------------------------------------------------------------
bool walkOnDemand(simdjson::ondemand::value v, std::string &path, Sink &sink)
{
    using simdjson::ondemand::json_type;
    json_type t;
    if (v.type().get(t))
        return false;
    switch (t) {
    case json_type::object: {
        simdjson::ondemand::object o;
        if (v.get_object().get(o))
            return false;
        for (auto field : o) {
            std::string_view key;
            if (field.unescaped_key().get(key))
                return false;
            const size_t mark = path.size();
            if (mark)
                path += '.';
            path += key;
            if (!walkOnDemand(field.value(), path, sink))
                return false;
            path.resize(mark);
        }
        return true;
    }
    case json_type::array: {
        simdjson::ondemand::array a;
        if (v.get_array().get(a))
            return false;
        size_t i = 0;
        for (auto child : a) {
            simdjson::ondemand::value cv;
            if (child.get(cv))
                return false;
            const size_t mark = path.size();
            path += '[';
            path += std::to_string(i++);
            path += ']';
            if (!walkOnDemand(cv, path, sink))
                return false;
            path.resize(mark);
        }
        return true;
    }
    case json_type::number: {
        double d = 0;
        if (v.get_double().get(d))
            return false;
        sink.sum += d;
        ++sink.leaves;
        return true;
    }
    default:
        return true;
    }
}

void extractOnDemand(simdjson::ondemand::parser &parser, std::vector<char> &buffer, const QByteArray &payload, Sink &sink)
{
    // On-Demand reads up to SIMDJSON_PADDING bytes past the end: copy into a padded buffer.
    const size_t n = size_t(payload.size());
    if (buffer.size() < n + simdjson::SIMDJSON_PADDING)
        buffer.resize(n + simdjson::SIMDJSON_PADDING);
    memcpy(buffer.data(), payload.constData(), n);
    simdjson::ondemand::document doc;
    if (parser.iterate(simdjson::padded_string_view(buffer.data(), n, buffer.size())).get(doc))
        return;
    bool scalar = false;
    if (doc.is_scalar().get(scalar))
        return;
    std::string path;
    if (scalar) {
        double d = 0;
        if (!doc.get_double().get(d)) {
            sink.sum += d;
            ++sink.leaves;
        }
        return;
    }
    simdjson::ondemand::value root;
    if (doc.get_value().get(root))
        return;
    walkOnDemand(root, path, sink);
}

// --- the library's extractor -------------------------------------------------------------
class LibrarySink : public JsonExtractor::Visitor
{
public:
    explicit LibrarySink(Sink &s) : m_sink(s) {}
    void numericLeaf(std::string_view, double value) override
    {
        m_sink.sum += value;
        ++m_sink.leaves;
    }
    void stringLeaf(std::string_view, std::string_view) override {}

private:
    Sink &m_sink;
};

double run(const char *name, const QList<QByteArray> &payloads, int iterations, const std::function<void(const QByteArray &, Sink &)> &fn)
{
    Sink sink;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < iterations; ++i)
        fn(payloads.at(i % payloads.size()), sink);
    const double secs = double(timer.nsecsElapsed()) / 1e9;
    const double rate = iterations / secs;
    std::printf("  %-22s %12.0f payloads/s  %7.1f ns/payload  (leaves %lld, checksum %.3f)\n", name, rate,
                secs * 1e9 / iterations, static_cast<long long>(sink.leaves), sink.sum);
    return rate;
}

void runAll(const char *title, const QList<QByteArray> &payloads, int iterations)
{
    std::printf("%s (%d payloads, e.g. %s)\n", title, iterations, payloads.first().constData());
    run("QJsonDocument", payloads, iterations / 4, extractQt); // slow: fewer rounds, rate is per payload
    simdjson::dom::parser dom;
    run("simdjson DOM", payloads, iterations, [&](const QByteArray &p, Sink &s) { extractDom(dom, p, s); });
    simdjson::ondemand::parser od;
    std::vector<char> buffer;
    run("simdjson On-Demand", payloads, iterations,
        [&](const QByteArray &p, Sink &s) { extractOnDemand(od, buffer, p, s); });
    JsonExtractor extractor;
    run("JsonExtractor (models)", payloads, iterations, [&](const QByteArray &p, Sink &s) {
        LibrarySink visitor(s);
        extractor.extract(p, visitor);
    });
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int iterations = argc > 1 ? QByteArray(argv[1]).toInt() : 2000000;

    QList<QByteArray> reference;
    QList<QByteArray> nested;
    for (int i = 0; i < 1000; ++i) {
        reference.append(QByteArrayLiteral("{\"temperature\":") + QByteArray::number(20 + (i % 100) / 10.0)
                         + QByteArrayLiteral(",\"humidity\":") + QByteArray::number(40 + (i % 300) / 10.0)
                         + QByteArrayLiteral(",\"timestamp\":") + QByteArray::number(1764000000.123 + i, 'f', 3) + '}');
        nested.append(QByteArrayLiteral("{\"device\":\"dev") + QByteArray::number(i)
                      + QByteArrayLiteral("\",\"data\":{\"sensors\":[{\"value\":") + QByteArray::number(i)
                      + QByteArrayLiteral(",\"ok\":true},{\"value\":2.5},{\"value\":-1e3,\"unit\":\"C\"}],\"battery\":97},\"ts\":1764000000123}"));
    }
    runAll("Reference payload", reference, iterations);
    runAll("Nested payload", nested, iterations / 2);
    return 0;
}
