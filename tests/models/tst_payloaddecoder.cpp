// PayloadDecoder (detection, JSON/CBOR/MessagePack trees, text with invalid bytes, hex),
// PayloadDiff and MessageJson, with the hostile inputs of issue 8 §6: fake JSON, 10,000-level
// nesting, CBOR and MessagePack "bombs" declaring huge lengths, invalid UTF-8.
#include "messagejson.h"
#include "payloaddecoder.h"
#include "payloaddiff.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QElapsedTimer>
#include <QTest>

using Format = PayloadDecoder::Format;

class TestPayloadDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void detect_data();
    void detect();
    void jsonTree();
    void cborTree();
    void messagePackTree();
    void invalidUtf8Shown();
    void hexLine();
    void fakeJson();
    void deepJson();
    void cborBombs();
    void messagePackBombs();
    void nodeLimit();
    void jsonDiffNamesKeys();
    void textDiff();
    void binaryDiff();
    void jsonLinesRoundTrip();
    void csvQuotes();
};

static QByteArray msgpackMap()
{
    // {"a": 1, "b": [1, 2]}
    return QByteArray::fromHex("82a16101a162920102");
}

void TestPayloadDecoder::detect_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<Format>("format");
    QTest::newRow("json object") << QByteArray(R"({"temperature": 22.5})") << QString() << Format::Json;
    QTest::newRow("json number") << QByteArray("42.5") << QString() << Format::Json;
    QTest::newRow("text") << QByteArray("hello world") << QString() << Format::Text;
    QTest::newRow("fake json") << QByteArray("{temperature: 22}") << QString() << Format::Text;
    QTest::newRow("empty") << QByteArray() << QString() << Format::Text;
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << QString() << Format::Image;
    QTest::newRow("jpeg") << QByteArray("\xff\xd8\xff\xe0\0\x10JFIF", 10) << QString() << Format::Image;
    QTest::newRow("gif") << QByteArray("GIF89a\x01\0\x01\0", 10) << QString() << Format::Image;
    QTest::newRow("svg") << QByteArray("<svg xmlns='http://www.w3.org/2000/svg'/>") << QString() << Format::Image;
    QTest::newRow("cbor") << QCborValue(QCborMap{{QStringLiteral("t"), 21.5}, {QStringLiteral("on"), true}}).toCbor()
                          << QString() << Format::Cbor;
    QTest::newRow("msgpack") << msgpackMap() << QString() << Format::MessagePack;
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff\xfe", 5) << QString() << Format::Hex;
    QTest::newRow("content type cbor") << QCborValue(3).toCbor() << QStringLiteral("application/cbor") << Format::Cbor;
    QTest::newRow("content type image") << QByteArray("xx") << QStringLiteral("image/png") << Format::Image;
}

void TestPayloadDecoder::detect()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, contentType);
    QFETCH(Format, format);
    QCOMPARE(PayloadDecoder::detect(bytes, contentType), format);
}

void TestPayloadDecoder::jsonTree()
{
    const DecodedPayload d = PayloadDecoder::decodeJson(QByteArray(R"({"a": {"b c": [1, "x", null]}, "ok": true})"));
    QVERIFY2(d.ok, qPrintable(d.error));
    QCOMPARE(d.root.kind, PayloadNode::Kind::Object);
    QCOMPARE(d.root.children.size(), size_t(2));
    const PayloadNode &a = d.root.children[0];
    QCOMPARE(a.path, QStringLiteral("$.a"));
    const PayloadNode &list = a.children[0];
    QCOMPARE(list.path, QStringLiteral("$.a[\"b c\"]"));
    QCOMPARE(list.value, QStringLiteral("[3]"));
    QCOMPARE(list.children[1].path, QStringLiteral("$.a[\"b c\"][1]"));
    QCOMPARE(list.children[1].value, QStringLiteral("x"));
    QVERIFY(d.text.contains(QStringLiteral("\n")));
    QVERIFY(d.note.isEmpty());
}

void TestPayloadDecoder::cborTree()
{
    QCborMap map{{QStringLiteral("temp"), 21.5}, {QStringLiteral("raw"), QByteArray("\x01\x02", 2)}};
    map.insert(QStringLiteral("list"), QCborArray{1, 2, 3});
    const DecodedPayload d = PayloadDecoder::decodeCbor(QCborValue(map).toCbor());
    QVERIFY2(d.ok, qPrintable(d.error));
    QCOMPARE(d.root.children.size(), size_t(3));
    QVERIFY(d.text.contains(QStringLiteral("\"temp\": 21.5")));
    // Trailing bytes: not one CBOR item.
    QVERIFY(!PayloadDecoder::decodeCbor(QCborValue(1).toCbor() + "xyz").ok);
}

void TestPayloadDecoder::messagePackTree()
{
    const DecodedPayload d = PayloadDecoder::decodeMessagePack(msgpackMap());
    QVERIFY2(d.ok, qPrintable(d.error));
    QCOMPARE(d.root.children.size(), size_t(2));
    QCOMPARE(d.root.children[1].path, QStringLiteral("$.b"));
    QCOMPARE(d.root.children[1].children[1].value, QStringLiteral("2"));
    QVERIFY(!PayloadDecoder::decodeMessagePack(msgpackMap().left(5)).ok); // cut short
}

void TestPayloadDecoder::invalidUtf8Shown()
{
    int invalid = 0;
    const QString t = PayloadDecoder::text(QByteArray("ok \xff\xfe end \xc3\xa9", 12), &invalid);
    QCOMPARE(t, QStringLiteral("ok \\xFF\\xFE end \u00e9"));
    QCOMPARE(invalid, 2);
    QCOMPARE(PayloadDecoder::detect(QByteArray("abc\xff", 4)), Format::Hex);
}

void TestPayloadDecoder::hexLine()
{
    const QByteArray bytes("0123456789abcdefXY");
    QCOMPARE(PayloadDecoder::hexLine(bytes, 0),
             QStringLiteral("00000000  30 31 32 33 34 35 36 37  38 39 61 62 63 64 65 66  |0123456789abcdef|"));
    QVERIFY(PayloadDecoder::hexLine(bytes, 16).startsWith(QStringLiteral("00000010  58 59 ")));
    QVERIFY(PayloadDecoder::hexLine(bytes, 16).endsWith(QStringLiteral("|XY|")));
}

void TestPayloadDecoder::fakeJson()
{
    const DecodedPayload d = PayloadDecoder::decodeJson(QByteArray(R"({"a": 1, "b": })"));
    QVERIFY(!d.ok);
    QVERIFY2(d.error.contains(QStringLiteral("byte")), qPrintable(d.error));
}

void TestPayloadDecoder::deepJson()
{
    const QByteArray deep = QByteArray(10000, '[') + QByteArray(10000, ']');
    QCOMPARE(PayloadDecoder::detect(deep), Format::Text);
    const DecodedPayload d = PayloadDecoder::decodeJson(deep);
    QVERIFY(!d.ok);
    QVERIFY(!d.error.isEmpty());
    // 500 levels parse; the tree stops at its depth limit and says so.
    const QByteArray medium = QByteArray(500, '[') + QByteArray(500, ']');
    const DecodedPayload m = PayloadDecoder::decodeJson(medium);
    QVERIFY2(m.ok, qPrintable(m.error));
    QVERIFY(m.note.contains(QStringLiteral("256")));
}

void TestPayloadDecoder::cborBombs()
{
    QElapsedTimer timer;
    timer.start();
    // Array declaring 2^32-1 elements, map declaring 2^63, byte string declaring 2^62 bytes.
    for (const QByteArray &bomb : {QByteArray::fromHex("9affffffff01"), QByteArray::fromHex("bb7fffffffffffffff01"),
                                   QByteArray::fromHex("5b400000000000000061"), QByteArray(100000, char(0x81)) + '\x01'}) {
        const DecodedPayload d = PayloadDecoder::decodeCbor(bomb);
        QVERIFY2(!d.ok || d.nodes < 200000, qPrintable(bomb.left(8).toHex()));
        if (!d.ok)
            QVERIFY(!d.error.isEmpty());
        PayloadDecoder::detect(bomb); // must not hang or crash
    }
}

void TestPayloadDecoder::messagePackBombs()
{
    for (const QByteArray &bomb : {QByteArray::fromHex("ddffffffff01"), QByteArray::fromHex("dfffffffff01"),
                                   QByteArray::fromHex("dbffffffff61"), QByteArray::fromHex("c6ffffffff00"),
                                   QByteArray(10000, char(0x91)) + '\x01'}) {
        const DecodedPayload d = PayloadDecoder::decodeMessagePack(bomb);
        QVERIFY2(!d.ok, qPrintable(bomb.left(8).toHex()));
        QVERIFY(!d.error.isEmpty());
        QCOMPARE(PayloadDecoder::detect(bomb), Format::Hex);
    }
}

void TestPayloadDecoder::nodeLimit()
{
    QByteArray big = "[";
    for (int i = 0; i < 150000; ++i)
        big += i ? ",1" : "1";
    big += ']';
    const DecodedPayload d = PayloadDecoder::decodeJson(big);
    QVERIFY(d.ok);
    QVERIFY(d.nodes <= PayloadDecoder::Limits().maxNodes);
    QVERIFY(d.note.contains(QStringLiteral("100")));
}

void TestPayloadDecoder::jsonDiffNamesKeys()
{
    const PayloadDiff::Result r = PayloadDiff::diff(QByteArray(R"({"temperature": 21.5, "humidity": 40, "old": 1})"),
                                                    QByteArray(R"({"temperature": 22.0, "humidity": 40, "new": [1]})"));
    QCOMPARE(r.mode, PayloadDiff::Mode::Json);
    QCOMPARE(r.entries.size(), 3);
    // Keys in the older message's order (QJsonObject sorts them), then the added ones.
    QCOMPARE(r.entries[0].kind, DiffEntry::Kind::Removed);
    QCOMPARE(r.entries[0].where, QStringLiteral("$.old"));
    QCOMPARE(r.entries[1].kind, DiffEntry::Kind::Changed);
    QCOMPARE(r.entries[1].where, QStringLiteral("$.temperature"));
    QCOMPARE(r.entries[1].oldValue, QStringLiteral("21.5"));
    QCOMPARE(r.entries[1].newValue, QStringLiteral("22"));
    QCOMPARE(r.entries[2].kind, DiffEntry::Kind::Added);
    QCOMPARE(r.entries[2].where, QStringLiteral("$.new[0]"));
}

void TestPayloadDecoder::textDiff()
{
    const PayloadDiff::Result r = PayloadDiff::diff("a\nb\nc\nd", "a\nB\nc\nd\ne");
    QCOMPARE(r.mode, PayloadDiff::Mode::Text);
    QCOMPARE(r.entries.size(), 3);
    QCOMPARE(r.entries[0].kind, DiffEntry::Kind::Removed);
    QCOMPARE(r.entries[0].oldValue, QStringLiteral("b"));
    QCOMPARE(r.entries[1].kind, DiffEntry::Kind::Added);
    QCOMPARE(r.entries[1].newValue, QStringLiteral("B"));
    QCOMPARE(r.entries[2].where, QStringLiteral("line 5"));
}

void TestPayloadDecoder::binaryDiff()
{
    const PayloadDiff::Result r = PayloadDiff::diff(QByteArray("\x00\x01\x02\x03\x04", 5), QByteArray("\x00\xff\xfe\x03", 4));
    QCOMPARE(r.mode, PayloadDiff::Mode::Binary);
    QCOMPARE(r.entries.size(), 2);
    QCOMPARE(r.entries[0].where, QStringLiteral("bytes 1–2"));
    QCOMPARE(r.entries[1].kind, DiffEntry::Kind::Removed);
    QCOMPARE(r.entries[1].where, QStringLiteral("byte 4"));
}

void TestPayloadDecoder::jsonLinesRoundTrip()
{
    Mqtt::Message m(QStringLiteral("a/b"), QByteArray("\x00\xff", 2), 1, true);
    m.setTimestamp(1732550000123);
    m.properties().setValue(Mqtt::PropertyId::ContentType, QStringLiteral("application/octet-stream"));
    m.properties().addUserProperty(QStringLiteral("k"), QStringLiteral("1"));
    m.properties().addUserProperty(QStringLiteral("k"), QStringLiteral("2"));
    const QByteArray line = MessageJson::toLine(m);
    QVERIFY(line.endsWith('\n'));
    QVERIFY(line.contains("\"payload_base64\":true"));
    Mqtt::Message back;
    QVERIFY(MessageJson::fromLine(line, &back));
    QCOMPARE(back.topic(), m.topic());
    QCOMPARE(back.payload(), m.payload());
    QCOMPARE(back.qos(), m.qos());
    QCOMPARE(back.retain(), true);
    QCOMPARE(back.timestamp(), m.timestamp());
    QCOMPARE(back.properties().userProperties(), m.properties().userProperties());
    QVERIFY(!MessageJson::fromLine("not json", &back));
}

void TestPayloadDecoder::csvQuotes()
{
    Mqtt::Message m(QStringLiteral("a,b"), "say \"hi\"\nbye");
    const QByteArray row = MessageJson::csvRow(m);
    QVERIFY(row.contains("\"a,b\""));
    QVERIFY(row.contains("\"say \"\"hi\"\"\nbye\""));
    QVERIFY(row.endsWith("\r\n"));
}

QTEST_GUILESS_MAIN(TestPayloadDecoder)
#include "tst_payloaddecoder.moc"
