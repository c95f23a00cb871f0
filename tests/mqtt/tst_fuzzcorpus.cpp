#include "codec.h"
#include "fuzzexercise.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTest>

using namespace Mqtt;

// Replays every file of the fuzzing corpus (tests/fuzz/corpus) through the same checks the
// libFuzzer harness makes, so whatever the fuzzer once found stays fixed in an ordinary build.
class tst_FuzzCorpus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void replayCorpus();
    void corpusCoversEveryPacketType();

private:
    QStringList m_files;
};

void tst_FuzzCorpus::initTestCase()
{
    const QString source = qEnvironmentVariable("MQTTSCOPE_SOURCE_DIR");
    QVERIFY2(!source.isEmpty(), "MQTTSCOPE_SOURCE_DIR is not set (run the test through ctest)");
    QDir dir(source + QStringLiteral("/tests/fuzz/corpus"));
    QVERIFY2(dir.exists(), qPrintable(QStringLiteral("corpus folder missing: %1").arg(dir.path())));
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
        m_files.append(dir.filePath(name));
    QVERIFY2(!m_files.isEmpty(), qPrintable(QStringLiteral("corpus folder is empty: %1").arg(dir.path())));
    qInfo("%lld corpus files", qlonglong(m_files.size()));
}

void tst_FuzzCorpus::replayCorpus()
{
    for (const QString &path : std::as_const(m_files)) {
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray data = f.readAll();
        QString failure;
        const bool ok = FuzzExercise::run(reinterpret_cast<const unsigned char *>(data.constData()),
                                          std::size_t(data.size()), &failure);
        QVERIFY2(ok, qPrintable(QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), failure)));
    }
}

void tst_FuzzCorpus::corpusCoversEveryPacketType()
{
    // The seeds hold valid packets of all 15 types; a corpus without them lost its seeds.
    QSet<PacketType> seen;
    for (const QString &path : std::as_const(m_files)) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        if (data.isEmpty())
            continue;
        StreamDecoder decoder((data[0] & 1) ? ProtocolVersion::V5 : ProtocolVersion::V311);
        decoder.append(QByteArrayView(data).sliced(1));
        Packet packet;
        while (decoder.next(&packet) == StreamDecoder::Status::PacketReady)
            seen.insert(packetTypeOf(packet));
    }
    for (int t = 1; t <= 15; ++t)
        QVERIFY2(seen.contains(PacketType(t)), qPrintable(packetTypeName(PacketType(t))));
}

QTEST_GUILESS_MAIN(tst_FuzzCorpus)
#include "tst_fuzzcorpus.moc"
