#include "codec.h"
#include "packets.h"
#include "protocol.h"
#include "samplepackets.h"

#include <QSet>
#include <QTest>

using namespace Mqtt;
using namespace CodecTest;

Q_DECLARE_METATYPE(Mqtt::Packet)
Q_DECLARE_METATYPE(Mqtt::ProtocolVersion)
Q_DECLARE_METATYPE(Mqtt::ReasonCode)

namespace {

// Splits an encoded packet into fixed header and body and decodes it.
bool decodeBytes(const QByteArray &bytes, ProtocolVersion v, Packet *packet, ProtocolError *error)
{
    StreamDecoder decoder(v);
    decoder.append(bytes);
    const StreamDecoder::Status s = decoder.next(packet);
    if (s == StreamDecoder::Status::Error) {
        *error = decoder.error();
        return false;
    }
    if (s != StreamDecoder::Status::PacketReady) {
        *error = {ReasonCode::MalformedPacket, QStringLiteral("incomplete")};
        return false;
    }
    if (decoder.bufferedBytes() != 0) {
        *error = {ReasonCode::MalformedPacket, QStringLiteral("extra bytes")};
        return false;
    }
    return true;
}

} // namespace

class tst_Codec : public QObject
{
    Q_OBJECT

private slots:
    void variableByteInteger_data();
    void variableByteInteger();
    void roundTrip_data();
    void roundTrip();
    void incrementalDecoding_data();
    void incrementalDecoding();
    void everyPropertyCovered();
};

void tst_Codec::variableByteInteger_data()
{
    QTest::addColumn<quint32>("value");
    QTest::addColumn<QByteArray>("bytes");
    // MQTT 5 §1.5.5 table: the boundaries of 1, 2, 3 and 4 byte encodings.
    QTest::newRow("0") << 0u << QByteArray::fromHex("00");
    QTest::newRow("127") << 127u << QByteArray::fromHex("7f");
    QTest::newRow("128") << 128u << QByteArray::fromHex("8001");
    QTest::newRow("16383") << 16383u << QByteArray::fromHex("ff7f");
    QTest::newRow("16384") << 16384u << QByteArray::fromHex("808001");
    QTest::newRow("2097151") << 2097151u << QByteArray::fromHex("ffff7f");
    QTest::newRow("2097152") << 2097152u << QByteArray::fromHex("80808001");
    QTest::newRow("268435455") << 268435455u << QByteArray::fromHex("ffffff7f");
}

void tst_Codec::variableByteInteger()
{
    QFETCH(quint32, value);
    QFETCH(QByteArray, bytes);
    QByteArray out;
    Codec::appendVariableByteInteger(out, value);
    QCOMPARE(out.toHex(), bytes.toHex());

    // The same value as a remaining length: the decoder reads it back (the body is not
    // supplied, so the decoder must wait for it, or reject it when above the maximum size).
    StreamDecoder decoder;
    decoder.setMaximumPacketSize(1 + bytes.size() + 16383);
    decoder.append(QByteArray(1, char(0xD0)) + bytes); // PINGRESP
    Packet packet;
    const StreamDecoder::Status s = decoder.next(&packet);
    if (value == 0) {
        QCOMPARE(s, StreamDecoder::Status::PacketReady);
    } else if (value <= 16383) {
        QCOMPARE(s, StreamDecoder::Status::NeedMoreData);
    } else {
        QCOMPARE(s, StreamDecoder::Status::Error);
        QCOMPARE(decoder.error().code, ReasonCode::PacketTooLarge);
    }
}

void tst_Codec::roundTrip_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<Packet>("packet");
    for (ProtocolVersion v : {ProtocolVersion::V311, ProtocolVersion::V5}) {
        const QByteArray prefix = v == ProtocolVersion::V5 ? "5.0 " : "3.1.1 ";
        for (const auto &row : samplePackets(v))
            QTest::newRow((prefix + row.first).constData()) << v << row.second;
    }
}

void tst_Codec::roundTrip()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(Packet, packet);
    ProtocolError error;
    const QByteArray bytes = Codec::encode(packet, version, &error);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QVERIFY(!bytes.isEmpty());

    Packet decoded;
    QVERIFY2(decodeBytes(bytes, version, &decoded, &error), qPrintable(error.message));
    QCOMPARE(packetTypeOf(decoded), packetTypeOf(packet));
    QVERIFY(decoded == packet);

    // Encoding the decoded packet gives the same bytes.
    QCOMPARE(Codec::encode(decoded, version).toHex(), bytes.toHex());
}

void tst_Codec::incrementalDecoding_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::newRow("3.1.1") << ProtocolVersion::V311;
    QTest::newRow("5.0") << ProtocolVersion::V5;
}

void tst_Codec::incrementalDecoding()
{
    QFETCH(ProtocolVersion, version);
    const auto rows = samplePackets(version);
    QByteArray stream;
    for (const auto &row : rows)
        stream += Codec::encode(row.second, version);

    // One byte at a time: every packet comes out exactly when its last byte arrives.
    StreamDecoder decoder(version);
    QList<Packet> decoded;
    for (char c : stream) {
        decoder.append(QByteArrayView(&c, 1));
        Packet p;
        StreamDecoder::Status s;
        while ((s = decoder.next(&p)) == StreamDecoder::Status::PacketReady)
            decoded.append(p);
        QVERIFY2(s == StreamDecoder::Status::NeedMoreData, qPrintable(decoder.error().message));
    }
    QCOMPARE(decoded.size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        QVERIFY2(decoded.at(i) == rows.at(i).second, rows.at(i).first.constData());
    QCOMPARE(decoder.bufferedBytes(), 0);

    // All at once.
    StreamDecoder whole(version);
    whole.append(stream);
    int count = 0;
    Packet p;
    while (whole.next(&p) == StreamDecoder::Status::PacketReady)
        ++count;
    QCOMPARE(count, rows.size());
}

void tst_Codec::everyPropertyCovered()
{
    // The round trips above use fullProperties(); make sure together they hold every property.
    QSet<PropertyId> covered;
    for (int t = 0; t <= 15; ++t)
        for (PropertyId id : allowedProperties(PacketType(t)))
            covered.insert(id);
    QCOMPARE(allPropertyIds().size(), 27);
    for (PropertyId id : allPropertyIds())
        QVERIFY2(covered.contains(id), qPrintable(propertyName(id)));
}

QTEST_GUILESS_MAIN(tst_Codec)
#include "tst_codec.moc"
