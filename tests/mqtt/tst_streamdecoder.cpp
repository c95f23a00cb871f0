// StreamDecoder memory for large packets, and the codec rules that depend on who speaks:
// a 3.1.1 CONNACK read by an MQTT 5 client, a Subscription Identifier sent by a client.
#include "codec.h"
#include "packets.h"

#include <QTest>
#include <QThread>

#include <vector>

using namespace Mqtt;

class tst_StreamDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void largePublishTakesTheBuffer_data();
    void largePublishTakesTheBuffer();
    void smallPacketsAfterLargeOne();
    void v311RefusalReadByV5Client();
    void clientMustNotSendSubscriptionIdentifier();
    void smallPayloadsShareBlocksSafely();
    void messagesMadeAndFreedOnDifferentThreads();
};

static QByteArray largePublish(ProtocolVersion version, qsizetype payloadSize, char fill)
{
    Message m(QStringLiteral("big/topic"), QByteArray(payloadSize, fill), 1);
    m.setPacketId(7);
    return Codec::encode(PublishPacket{m}, version);
}

void tst_StreamDecoder::largePublishTakesTheBuffer_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<int>("chunk");
    QTest::newRow("3.1.1, 64 KiB reads") << ProtocolVersion::V311 << 64 * 1024;
    QTest::newRow("5.0, 64 KiB reads") << ProtocolVersion::V5 << 64 * 1024;
    QTest::newRow("5.0, one read") << ProtocolVersion::V5 << 0;
}

// Defect 5: a 16 MB message arriving in socket-sized reads is held once (the buffer is sized
// for the packet instead of doubling, and the payload takes it over instead of being copied),
// and nothing of that size stays allocated in the decoder afterwards.
void tst_StreamDecoder::largePublishTakesTheBuffer()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(int, chunk);
    const qsizetype payloadSize = 16 * 1024 * 1024;
    const QByteArray bytes = largePublish(version, payloadSize, 'x') + Codec::encode(PingrespPacket(), version);
    StreamDecoder decoder(version);
    Packet packet;
    qsizetype peakCapacity = 0;
    qsizetype offset = 0;
    bool ready = false;
    while (offset < bytes.size() && !ready) {
        const qsizetype n = chunk == 0 ? bytes.size() : qMin<qsizetype>(chunk, bytes.size() - offset);
        decoder.append(QByteArrayView(bytes.constData() + offset, n));
        offset += n;
        peakCapacity = qMax(peakCapacity, decoder.bufferCapacity());
        ready = decoder.next(&packet) == StreamDecoder::Status::PacketReady;
    }
    QVERIFY(ready);
    const Message m = std::get<PublishPacket>(packet).message;
    QCOMPARE(m.payload().size(), payloadSize);
    QVERIFY(m.payload() == QByteArray(payloadSize, 'x'));
    // One buffer of (nearly) exactly the packet, not a doubled one.
    QVERIFY2(peakCapacity < bytes.size() + 256 * 1024, qPrintable(QString::number(peakCapacity)));
    // The payload is the decoder's former buffer: no second 16 MB block.
    QVERIFY2(m.payload().capacity() < payloadSize + 256 * 1024, qPrintable(QString::number(m.payload().capacity())));
    // Released afterwards; the bytes that followed are still there.
    QVERIFY2(decoder.bufferCapacity() < 256 * 1024, qPrintable(QString::number(decoder.bufferCapacity())));
    if (offset < bytes.size())
        decoder.append(QByteArrayView(bytes.constData() + offset, bytes.size() - offset));
    QCOMPARE(decoder.next(&packet), StreamDecoder::Status::PacketReady);
    QVERIFY(std::holds_alternative<PingrespPacket>(packet));
    QCOMPARE(decoder.bufferedBytes(), 0);
}

void tst_StreamDecoder::smallPacketsAfterLargeOne()
{
    StreamDecoder decoder(ProtocolVersion::V5);
    QByteArray bytes = largePublish(ProtocolVersion::V5, 1024 * 1024, 'a');
    for (int i = 0; i < 100; ++i) {
        Message m(QStringLiteral("small/%1").arg(i), QByteArray::number(i), 0);
        bytes += Codec::encode(PublishPacket{m}, ProtocolVersion::V5);
    }
    decoder.append(bytes);
    Packet packet;
    QCOMPARE(decoder.next(&packet), StreamDecoder::Status::PacketReady);
    QCOMPARE(std::get<PublishPacket>(packet).message.payload().size(), 1024 * 1024);
    for (int i = 0; i < 100; ++i) {
        QCOMPARE(decoder.next(&packet), StreamDecoder::Status::PacketReady);
        QCOMPARE(std::get<PublishPacket>(packet).message.payload(), QByteArray::number(i));
    }
    QCOMPARE(decoder.next(&packet), StreamDecoder::Status::NeedMoreData);
}

// Defect 4: "20 02 00 01" is a 3.1.1 broker saying "unacceptable protocol version".
void tst_StreamDecoder::v311RefusalReadByV5Client()
{
    StreamDecoder decoder(ProtocolVersion::V5);
    decoder.append(QByteArray::fromHex("20020001"));
    Packet packet;
    QCOMPARE(decoder.next(&packet), StreamDecoder::Status::PacketReady);
    QCOMPARE(std::get<ConnackPacket>(packet).reasonCode, ReasonCode::UnsupportedProtocolVersion);
    // Other 2-byte MQTT 5 CONNACKs stay malformed (no properties length).
    StreamDecoder other(ProtocolVersion::V5);
    other.append(QByteArray::fromHex("20020002"));
    QCOMPARE(other.next(&packet), StreamDecoder::Status::Error);
}

// Defect 6: [MQTT-3.3.4-6].
void tst_StreamDecoder::clientMustNotSendSubscriptionIdentifier()
{
    Message m(QStringLiteral("t"), "x", 0);
    m.properties().addSubscriptionIdentifier(3);
    ProtocolError error;
    QVERIFY(Codec::encode(PublishPacket{m}, ProtocolVersion::V5, &error, Codec::Sender::Client).isEmpty());
    QCOMPARE(error.code, ReasonCode::ProtocolError);
    QVERIFY(error.message.contains(QLatin1String("3.3.4-6")));
    // A broker sends it.
    QVERIFY(!Codec::encode(PublishPacket{m}, ProtocolVersion::V5, &error, Codec::Sender::Server).isEmpty());
}


// Small payloads are copied into shared blocks (CodecPrivate::PayloadBlocks). Each must read
// exactly as sent, NUL-terminated, after the decoder has moved on to new blocks, been reset
// and been destroyed; writing to one must not change another.
void tst_StreamDecoder::smallPayloadsShareBlocksSafely()
{
    QList<Message> received;
    QList<QByteArray> sent;
    {
        StreamDecoder decoder(ProtocolVersion::V311);
        QByteArray stream;
        for (int i = 0; i < 2000; ++i) {
            // Sizes around the shared/own boundary (1,024) and empty ones.
            const qsizetype size = (i % 7 == 0) ? 0 : (i * 37) % 1100;
            QByteArray payload(size, Qt::Uninitialized);
            for (qsizetype k = 0; k < size; ++k)
                payload[k] = char('a' + (i + k) % 26);
            sent.append(payload);
            stream += Codec::encode(PublishPacket{Message(QStringLiteral("t/%1").arg(i % 10), payload)}, ProtocolVersion::V311);
        }
        // Delivered in reads of odd sizes, as a socket would.
        for (qsizetype offset = 0; offset < stream.size(); offset += 1499) {
            decoder.append(QByteArrayView(stream).sliced(offset, qMin<qsizetype>(1499, stream.size() - offset)));
            Packet packet;
            while (decoder.next(&packet) == StreamDecoder::Status::PacketReady)
                received.append(std::get<PublishPacket>(packet).message);
        }
        QCOMPARE(decoder.bufferedBytes(), qsizetype(0));
        decoder.reset();
    }
    QCOMPARE(received.size(), sent.size());
    for (qsizetype i = 0; i < sent.size(); ++i) {
        const QByteArray payload = received.at(i).payload();
        QCOMPARE(payload, sent.at(i));
        QCOMPARE(payload.constData()[payload.size()], '\0');
    }
    // Writing to one payload copies it first; its neighbours in the block stay as they were.
    QByteArray changed = received.at(1).payload();
    changed[0] = '#';
    changed.append("more");
    QCOMPARE(received.at(1).payload(), sent.at(1));
    QCOMPARE(received.at(2).payload(), sent.at(2));
    // The last holder of a block may append in place without touching anything alive.
    QByteArray last = received.takeLast().payload();
    received.clear();
    last.append(QByteArray(5000, 'z'));
    QCOMPARE(last.left(sent.last().size()), sent.last());
    QCOMPARE(last.size(), sent.last().size() + 5000);
}

// Message data comes from per-thread slabs and may be freed on any thread; a slab outlives the
// thread that filled it while its messages live.
void tst_StreamDecoder::messagesMadeAndFreedOnDifferentThreads()
{
    std::vector<QList<Message>> batches(4);
    QThread *maker = QThread::create([&batches] {
        for (size_t b = 0; b < batches.size(); ++b) {
            for (int i = 0; i < 1000; ++i)
                batches[b].append(Message(QStringLiteral("a/%1").arg(i), QByteArray::number(i)));
        }
    });
    maker->start();
    QVERIFY(maker->wait(30000));
    delete maker; // the thread is gone, its slabs stay while messages use them
    QList<Message> kept;
    QThread *freer = QThread::create([&batches, &kept] {
        for (QList<Message> &batch : batches) {
            kept.append(batch.at(500));
            batch.clear();
        }
    });
    freer->start();
    QVERIFY(freer->wait(30000));
    delete freer;
    QCOMPARE(kept.size(), 4);
    for (const Message &m : kept) {
        QCOMPARE(m.topic(), QStringLiteral("a/500"));
        QCOMPARE(m.payload(), QByteArray("500"));
    }
    Message copy = kept.first();
    copy.setTopic(QStringLiteral("changed")); // detaches into this thread's slab
    QCOMPARE(kept.first().topic(), QStringLiteral("a/500"));
    QCOMPARE(copy.topic(), QStringLiteral("changed"));
}

QTEST_GUILESS_MAIN(tst_StreamDecoder)
#include "tst_streamdecoder.moc"
