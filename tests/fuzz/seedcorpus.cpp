// Writes the seed corpus for fuzz_streamdecoder: every sample packet of both versions, a
// multi-packet stream, and a few hostile headers. Usage: fuzz_seedcorpus <directory>

#include "codec.h"
#include "fuzzexercise.h"
#include "samplepackets.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <cstdio>

using namespace Mqtt;

static bool writeSeed(const QDir &dir, const QByteArray &content)
{
    // Content-addressed like libFuzzer's own files, so re-running adds no duplicates.
    const QString name = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha1).toHex());
    QFile f(dir.filePath(name));
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s <corpus directory>\n", argv[0]);
        return 2;
    }
    QDir dir(QString::fromLocal8Bit(argv[1]));
    if (!dir.mkpath(QStringLiteral("."))) {
        std::fprintf(stderr, "cannot create %s\n", argv[1]);
        return 1;
    }
    int written = 0;
    for (ProtocolVersion v : {ProtocolVersion::V311, ProtocolVersion::V5}) {
        const bool v5 = v == ProtocolVersion::V5;
        QByteArray stream;
        for (const auto &row : CodecTest::samplePackets(v)) {
            const QByteArray bytes = Codec::encode(row.second, v);
            stream += bytes;
            written += writeSeed(dir, char(FuzzExercise::controlByte(v5)) + bytes);
        }
        written += writeSeed(dir, char(FuzzExercise::controlByte(v5, 0)) + stream);
        written += writeSeed(dir, char(FuzzExercise::controlByte(v5, 3, true)) + stream);
        // Remaining length claiming the maximum, and a five byte remaining length.
        written += writeSeed(dir, char(FuzzExercise::controlByte(v5)) + QByteArray::fromHex("30ffffff7f0003612f62"));
        written += writeSeed(dir, char(FuzzExercise::controlByte(v5)) + QByteArray::fromHex("30ffffffff01"));
    }
    // Packet recipes for the encoder check (control bit 5): one per packet kind.
    quint32 lcg = 12345;
    for (int kind = 0; kind < 15; ++kind) {
        QByteArray recipe(1, char(FuzzExercise::controlByte(kind & 1, 7, false, true)));
        recipe += char(kind);
        for (int i = 0; i < 48; ++i) {
            lcg = lcg * 1103515245u + 12345u;
            recipe += char(lcg >> 24);
        }
        written += writeSeed(dir, recipe);
    }
    std::printf("%d seed files written to %s\n", written, argv[1]);
    return 0;
}
