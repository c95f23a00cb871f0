#include "messageformatter.h"

#include <QJsonDocument>
#include <QTest>

// sub --json writes a message without properties directly; every line must be the bytes
// QJsonDocument writes for the same object.
class TestMessageFormatter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonLinesEqualQJsonDocument_data();
    void jsonLinesEqualQJsonDocument();
    void propertiesTakeTheDocumentPath();
};

void TestMessageFormatter::jsonLinesEqualQJsonDocument_data()
{
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("qos");
    QTest::addColumn<bool>("retain");
    QTest::addColumn<qint64>("timestamp");
    QTest::addColumn<bool>("direct"); // expected to take the direct path

    const qint64 t = 1764000000123;
    QTest::newRow("seed") << "home/livingroom/sensor" << QByteArray(R"({"temperature": 22.5, "humidity": 45.2})") << 0
                          << false << t << true;
    QTest::newRow("number") << "home/t" << QByteArray("21.5") << 1 << true << t << true;
    QTest::newRow("no time") << "a/b" << QByteArray("on") << 2 << false << qint64(0) << true;
    QTest::newRow("empty") << "a/b" << QByteArray() << 0 << true << t << true;
    QTest::newRow("utf8") << QStringLiteral("家/客厅") << QByteArray("grüß 温度") << 0 << false << t << true;
    QTest::newRow("del and high") << "x" << QByteArray("a\x7f" "b") << 0 << false << t << true;
    QTest::newRow("binary") << "bin" << QByteArray("\x00\x01\xff\xfe", 4) << 1 << false << t << true; // base64
    QTest::newRow("newline") << "x" << QByteArray("a\nb\r\n") << 0 << false << t << true;
    QTest::newRow("tab") << "x" << QByteArray("a\tb\b\f") << 0 << false << t << true;
    QTest::newRow("backslash") << "x" << QByteArray("a\\b") << 0 << false << t << true;
    QTest::newRow("controls") << "x" << QByteArray("\x01\x1f\x1b[0m") << 0 << false << t << true;
    QTest::newRow("nul") << "x" << QByteArray("a\0b", 3) << 0 << false << t << true;
    QTest::newRow("quote in topic") << "a\"b\\c" << QByteArray("1") << 0 << false << t << true;
    QTest::newRow("utf8 topic with quote") << QStringLiteral("客\"厅") << QByteArray("1") << 0 << false << t << true;
}

void TestMessageFormatter::jsonLinesEqualQJsonDocument()
{
    QFETCH(QString, topic);
    QFETCH(QByteArray, payload);
    QFETCH(int, qos);
    QFETCH(bool, retain);
    QFETCH(qint64, timestamp);
    QFETCH(bool, direct);
    Mqtt::Message message(topic, payload, quint8(qos), retain);
    message.setTimestamp(timestamp);
    const QByteArray expected = QJsonDocument(MessageFormatter::toJson(message)).toJson(QJsonDocument::Compact) + '\n';

    QByteArray out("previous line\n");
    MessageFormatter(MessageFormatter::Style::Json).appendTo(out, message);
    QCOMPARE(out, QByteArray("previous line\n") + expected);
    QCOMPARE(MessageFormatter(MessageFormatter::Style::Json).format(message), expected);

    QByteArray direct_("x");
    QCOMPARE(MessageFormatter::appendPlainJson(direct_, message), direct);
    QCOMPARE(direct_, direct ? QByteArray("x") + expected : QByteArray("x"));
}

void TestMessageFormatter::propertiesTakeTheDocumentPath()
{
    Mqtt::Message message(QStringLiteral("v5/t"), QByteArray("{\"a\":1}"), 1, false);
    message.setTimestamp(1764000000123);
    message.properties().setUserProperties({{QStringLiteral("unit"), QStringLiteral("C")}});
    QByteArray out;
    QVERIFY(!MessageFormatter::appendPlainJson(out, message));
    QVERIFY(out.isEmpty());
    MessageFormatter(MessageFormatter::Style::Json).appendTo(out, message);
    QCOMPARE(out, QJsonDocument(MessageFormatter::toJson(message)).toJson(QJsonDocument::Compact) + '\n');
    QVERIFY(out.contains("\"user_properties\":[[\"unit\",\"C\"]]"));
}

QTEST_GUILESS_MAIN(TestMessageFormatter)
#include "tst_messageformatter.moc"
