// Headless parts of the publisher: payload formats, drafts and their JSON, history, saved
// messages, placeholders, reading a file in slices.
#include "filepayloadreader.h"
#include "payloadencoder.h"
#include "payloadtemplate.h"
#include "publishdraft.h"
#include "profilestore.h"
#include "publishhistorymodel.h"
#include "publishprofilebinding.h"
#include "savedmessagesmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QTimer>
#include <QUuid>

class TestPublishModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hexPayload_data();
    void hexPayload();
    void jsonPayload_data();
    void jsonPayload();
    void jsonFormatting();
    void base64Payload();
    void guessFormat();
    void draftToMessage();
    void draftJsonRoundTrip();
    void draftRefusesBadInput_data();
    void draftRefusesBadInput();
    void history();
    void historyPersistence();
    void savedMessages();
    void savedMessagesBadJson();
    void templates();
    void templateErrors_data();
    void templateErrors();
    void fileReaderSlices();
    void fileReaderLimit();
    void savedMessagesSurviveRestart();
};

void TestPublishModels::hexPayload_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("errorPosition");
    QTest::newRow("plain") << "00ff10" << QByteArray("\x00\xff\x10", 3) << 0;
    QTest::newRow("spaces and newlines") << "00 FF\n10 " << QByteArray("\x00\xff\x10", 3) << 0;
    QTest::newRow("empty") << "" << QByteArray() << 0;
    QTest::newRow("odd") << "00 ff 1" << QByteArray() << 7;
    QTest::newRow("bad digit") << "00 fg" << QByteArray() << 5;
}

void TestPublishModels::hexPayload()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, bytes);
    QFETCH(int, errorPosition);
    const PayloadEncoder::Result r = PayloadEncoder::encode(PayloadFormat::Hex, text);
    QCOMPARE(r.ok(), errorPosition == 0);
    QCOMPARE(r.position, errorPosition);
    if (r.ok())
        QCOMPARE(r.bytes, bytes);
    else
        QVERIFY2(r.error.contains(QString::number(errorPosition)), qPrintable(r.error));
}

void TestPublishModels::jsonPayload_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("object") << "{\"t\": 21.5}" << 0 << 0;
    QTest::newRow("number") << "42" << 0 << 0;
    QTest::newRow("string") << "\"on\"" << 0 << 0;
    QTest::newRow("error on line 3") << "{\n  \"a\": 1,\n  \"b\": ]\n}" << 3 << 8;
    QTest::newRow("two values") << "1 2" << 1 << 3;
    QTest::newRow("empty") << "  " << 1 << 1;
}

void TestPublishModels::jsonPayload()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);
    const PayloadEncoder::Result r = PayloadEncoder::encode(PayloadFormat::Json, text);
    QCOMPARE(r.ok(), line == 0);
    if (r.ok()) {
        QCOMPARE(r.bytes, text.toUtf8()); // sent as typed
        return;
    }
    QCOMPARE(r.line, line);
    QVERIFY2(qAbs(r.column - column) <= 1, qPrintable(QStringLiteral("column %1: %2").arg(r.column).arg(r.error)));
    QVERIFY2(r.error.contains(QStringLiteral("line %1").arg(line)), qPrintable(r.error));
}

void TestPublishModels::jsonFormatting()
{
    QCOMPARE(PayloadEncoder::compactJson(QStringLiteral("{ \"a\" : [1, 2] }")), QStringLiteral("{\"a\":[1,2]}"));
    QVERIFY(PayloadEncoder::prettyJson(QStringLiteral("{\"a\":1}")).contains(u'\n'));
    QCOMPARE(PayloadEncoder::compactJson(QStringLiteral(" 42 ")), QStringLiteral("42"));
    PayloadEncoder::Result error;
    QVERIFY(PayloadEncoder::prettyJson(QStringLiteral("{"), &error).isEmpty());
    QVERIFY(!error.ok());
}

void TestPublishModels::base64Payload()
{
    PayloadEncoder::Result r = PayloadEncoder::encode(PayloadFormat::Base64, QStringLiteral("AAH/\nEA=="));
    QVERIFY(r.ok());
    QCOMPARE(r.bytes, QByteArray("\x00\x01\xff\x10", 4));
    r = PayloadEncoder::encode(PayloadFormat::Base64, QStringLiteral("AA*A"));
    QVERIFY(!r.ok());
    QCOMPARE(r.position, 3);
    r = PayloadEncoder::encode(PayloadFormat::Base64, QStringLiteral("A=AA"));
    QVERIFY(!r.ok());
}

void TestPublishModels::guessFormat()
{
    QCOMPARE(PayloadEncoder::guessFormat("{\"a\":1}"), PayloadFormat::Json);
    QCOMPARE(PayloadEncoder::guessFormat("hello"), PayloadFormat::Text);
    QCOMPARE(PayloadEncoder::guessFormat(QByteArray("\x00\x01", 2)), PayloadFormat::Hex);
    QCOMPARE(PayloadEncoder::decode(PayloadFormat::Hex, QByteArray("\x00\xab", 2)), QStringLiteral("00 ab"));
}

void TestPublishModels::draftToMessage()
{
    PublishDraft d;
    d.topic = QStringLiteral("a/b");
    d.format = PayloadFormat::Hex;
    d.payloadText = QStringLiteral("01 02");
    d.qos = 2;
    d.retain = true;
    d.contentType = QStringLiteral("application/octet-stream");
    d.payloadFormatIndicator = 0;
    d.messageExpiry = 60;
    d.responseTopic = QStringLiteral("reply/here");
    d.correlationData = QStringLiteral("c0 ff ee"); // not UTF-8
    d.correlationHex = true;
    d.userProperties = {{QStringLiteral("k"), QStringLiteral("1")}, {QStringLiteral("k"), QStringLiteral("2")}};
    d.topicAlias = 3;
    Mqtt::Message m;
    QString why;
    QVERIFY2(d.toMessage(&m, &why), qPrintable(why));
    QCOMPARE(m.topic(), d.topic);
    QCOMPARE(m.payload(), QByteArray("\x01\x02", 2));
    QCOMPARE(m.qos(), quint8(2));
    QVERIFY(m.retain());
    const Mqtt::Properties p = m.properties();
    QCOMPARE(p.contentType().value_or(QString()), d.contentType);
    QCOMPARE(p.payloadFormatIndicator().value_or(9), 0u);
    QCOMPARE(p.messageExpiryInterval().value_or(0), 60u);
    QCOMPARE(p.responseTopic().value_or(QString()), d.responseTopic);
    QCOMPARE(p.correlationData().value_or(QByteArray()), QByteArray("\xc0\xff\xee", 3));
    QCOMPARE(p.userProperties(), d.userProperties);
    QCOMPARE(p.topicAlias().value_or(0), 3u);

    // Back again: the message becomes an equal draft (payload in its natural format).
    const PublishDraft back = PublishDraft::fromMessage(m);
    QCOMPARE(back.format, PayloadFormat::Hex);
    QCOMPARE(back.payloadText, QStringLiteral("01 02"));
    QCOMPARE(back.correlationData, QStringLiteral("c0 ff ee"));
    QVERIFY(back.correlationHex);
    QCOMPARE(back.userProperties, d.userProperties);
}

void TestPublishModels::draftJsonRoundTrip()
{
    PublishDraft d;
    d.topic = QStringLiteral("x/y");
    d.format = PayloadFormat::Json;
    d.payloadText = QStringLiteral("{\"t\": 1}");
    d.qos = 1;
    d.messageExpiry = 0;
    d.userProperties = {{QStringLiteral("a"), QStringLiteral("1")}, {QStringLiteral("a"), QStringLiteral("1")}};
    const QJsonObject json = QJsonDocument::fromJson(QJsonDocument(d.toJson()).toJson()).object();
    QCOMPARE(PublishDraft::fromJson(json), d);

    PublishDraft file;
    file.topic = QStringLiteral("f");
    file.format = PayloadFormat::File;
    file.fileBytes = QByteArray("\x00\x01\x02", 3);
    file.fileName = QStringLiteral("/tmp/x.bin");
    const PublishDraft stored = PublishDraft::fromJson(file.toJson());
    QCOMPARE(stored.format, PayloadFormat::Base64);
    QCOMPARE(stored.payload().bytes, file.fileBytes);
}

void TestPublishModels::draftRefusesBadInput_data()
{
    QTest::addColumn<QString>("topic");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("payload");
    QTest::addColumn<int>("alias");
    QTest::addColumn<QString>("reason");
    QTest::newRow("wildcard") << "a/+" << int(PayloadFormat::Text) << "" << 0 << "+";
    QTest::newRow("empty topic") << "" << int(PayloadFormat::Text) << "" << 0 << "empty";
    QTest::newRow("bad hex") << "a" << int(PayloadFormat::Hex) << "abc" << 0 << "position 3";
    QTest::newRow("bad json") << "a" << int(PayloadFormat::Json) << "{" << 0 << "line 1";
    QTest::newRow("alias only is fine") << "" << int(PayloadFormat::Text) << "x" << 5 << "";
}

void TestPublishModels::draftRefusesBadInput()
{
    QFETCH(QString, topic);
    QFETCH(int, format);
    QFETCH(QString, payload);
    QFETCH(int, alias);
    QFETCH(QString, reason);
    PublishDraft d;
    d.topic = topic;
    d.format = PayloadFormat(format);
    d.payloadText = payload;
    d.topicAlias = alias;
    Mqtt::Message m;
    QString why;
    QCOMPARE(d.toMessage(&m, &why), reason.isEmpty());
    if (!reason.isEmpty())
        QVERIFY2(why.contains(reason), qPrintable(why));
}

void TestPublishModels::history()
{
    PublishHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &PublishHistoryModel::changed);
    model.setLimit(3);
    for (int i = 1; i <= 5; ++i) {
        PublishDraft d;
        d.topic = QStringLiteral("t/%1").arg(i);
        model.add(d, i);
    }
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.draft(0).topic, QStringLiteral("t/5"));
    QCOMPARE(model.draft(2).topic, QStringLiteral("t/3"));
    // The same message again moves to the top instead of adding a copy.
    PublishDraft again;
    again.topic = QStringLiteral("t/3");
    model.add(again, 10);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.draft(0).topic, QStringLiteral("t/3"));
    QCOMPARE(model.time(0), 10);
    QVERIFY(changed.count() >= 6);
    QVERIFY(model.removeRows(0, 1));
    QCOMPARE(model.rowCount(), 2);
    model.clearHistory();
    QCOMPARE(model.rowCount(), 0);
}

void TestPublishModels::historyPersistence()
{
    PublishHistoryModel model;
    for (int i = 0; i < 250; ++i) {
        PublishDraft d;
        d.topic = QStringLiteral("t/%1").arg(i);
        d.payloadText = QStringLiteral("payload %1").arg(i);
        model.add(d, 1000 + i);
    }
    QCOMPARE(model.rowCount(), 200); // the default limit
    PublishDraft big;
    big.topic = QStringLiteral("big");
    big.payloadText = QString(PublishHistoryModel::MaxPersistedPayload + 1, u'x');
    model.add(big, 5000);
    const QJsonValue json = QJsonDocument::fromJson(QJsonDocument(model.toJson().toObject()).toJson()).object();

    PublishHistoryModel restored;
    QAbstractItemModelTester tester(&restored, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&restored, &PublishHistoryModel::changed);
    QVERIFY(restored.load(json));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(restored.rowCount(), 199); // the oversized payload stays out of the file
    QCOMPARE(restored.draft(0).topic, QStringLiteral("t/249"));
    QCOMPARE(restored.draft(0).payloadText, QStringLiteral("payload 249"));
    QCOMPARE(restored.time(0), 1249);

    QString error;
    QVERIFY(!restored.load(QJsonValue(42), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(restored.rowCount(), 0);
    QVERIFY(restored.load(QJsonValue())); // a profile without history
}

void TestPublishModels::savedMessages()
{
    SavedMessagesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &SavedMessagesModel::changed);
    PublishDraft on;
    on.topic = QStringLiteral("lamp/cmd");
    on.payloadText = QStringLiteral("ON");
    PublishDraft off = on;
    off.payloadText = QStringLiteral("OFF");
    model.save(QStringLiteral("Lamp"), QStringLiteral("On"), on);
    model.save(QStringLiteral("Lamp"), QStringLiteral("Off"), off);
    model.save(QStringLiteral("Other"), QStringLiteral("Ping"), on);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.messageCount(), 3);
    const QModelIndex lamp = model.folderIndex(QStringLiteral("Lamp"));
    QVERIFY(model.isFolder(lamp));
    QCOMPARE(model.rowCount(lamp), 2);
    const QList<PublishDraft> sequence = model.sequence(lamp);
    QCOMPARE(sequence.size(), 2);
    QCOMPARE(sequence.at(0).payloadText, QStringLiteral("ON"));
    QCOMPARE(sequence.at(1).payloadText, QStringLiteral("OFF"));

    // Saving under an existing name replaces the message.
    PublishDraft toggle = on;
    toggle.payloadText = QStringLiteral("TOGGLE");
    model.save(QStringLiteral("Lamp"), QStringLiteral("On"), toggle);
    QCOMPARE(model.messageCount(), 3);
    QCOMPARE(model.draft(model.messageIndex(QStringLiteral("Lamp"), QStringLiteral("On"))).payloadText,
             QStringLiteral("TOGGLE"));

    // Renaming keeps names unique.
    const QModelIndex offIndex = model.messageIndex(QStringLiteral("Lamp"), QStringLiteral("Off"));
    QVERIFY(!model.setData(offIndex, QStringLiteral("On")));
    QVERIFY(model.setData(offIndex, QStringLiteral("Switch off")));
    QVERIFY(model.messageIndex(QStringLiteral("Lamp"), QStringLiteral("Switch off")).isValid());

    const QJsonValue json = QJsonDocument::fromJson(QJsonDocument(model.toJson().toObject()).toJson()).object();
    SavedMessagesModel restored;
    QAbstractItemModelTester tester2(&restored, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(restored.load(json));
    QCOMPARE(restored.folderNames(), model.folderNames());
    QCOMPARE(restored.messageCount(), 3);
    QCOMPARE(restored.draft(restored.messageIndex(QStringLiteral("Lamp"), QStringLiteral("On"))), toggle);

    QVERIFY(model.removeRow(0, QModelIndex()));
    QCOMPARE(model.messageCount(), 1);
    QVERIFY(changed.count() >= 6);
}

void TestPublishModels::savedMessagesBadJson()
{
    SavedMessagesModel model;
    QString error;
    QVERIFY(!model.load(QJsonValue(QStringLiteral("nonsense")), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(model.rowCount(), 0);
}

void TestPublishModels::templates()
{
    QString error;
    const PayloadTemplate t = PayloadTemplate::parse(
        QStringLiteral("{\"n\": {{counter}}, \"t\": {{random:20:30}}, \"h\": {{random.int:40:60}}, "
                       "\"s\": {{sine:10:-1:1}}, \"ms\": {{timestamp}}, \"iso\": \"{{timestamp.iso}}\", "
                       "\"id\": \"{{uuid}}\"}"),
        &error);
    QVERIFY2(t.isValid(), qPrintable(error));
    QVERIFY(t.hasPlaceholders());
    QRandomGenerator random(42);
    PayloadTemplate::Context context;
    context.random = &random;
    context.nowMs = 1700000000123;
    for (quint64 i = 1; i <= 200; ++i) {
        context.counter = i;
        const QString out = t.render(context);
        QJsonParseError parseError;
        const QJsonObject o = QJsonDocument::fromJson(out.toUtf8(), &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(out));
        QCOMPARE(o.value(QLatin1String("n")).toInteger(), qint64(i));
        const double temperature = o.value(QLatin1String("t")).toDouble();
        QVERIFY(temperature >= 20 && temperature <= 30);
        const QJsonValue humidity = o.value(QLatin1String("h"));
        QVERIFY(humidity.toDouble() == double(humidity.toInteger()));
        QVERIFY(humidity.toInteger() >= 40 && humidity.toInteger() <= 60);
        const double sine = o.value(QLatin1String("s")).toDouble();
        QVERIFY(sine >= -1 && sine <= 1);
        QCOMPARE(o.value(QLatin1String("ms")).toInteger(), context.nowMs);
        QCOMPARE(o.value(QLatin1String("iso")).toString(), QStringLiteral("2023-11-14T22:13:20.123Z"));
        QVERIFY(QUuid::fromString(o.value(QLatin1String("id")).toString()).isNull() == false);
    }
    // A text without placeholders is copied as it is.
    const PayloadTemplate plain = PayloadTemplate::parse(QStringLiteral("just {text}"));
    QVERIFY(plain.isValid());
    QVERIFY(!plain.hasPlaceholders());
    QCOMPARE(plain.render({}), QStringLiteral("just {text}"));
}

void TestPublishModels::templateErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unknown") << "a {{nope}}" << "position 3";
    QTest::newRow("unclosed") << "{{counter" << "position 1";
    QTest::newRow("min > max") << "{{random:5:1}}" << "MIN";
    QTest::newRow("not a number") << "{{random:a:1}}" << "MIN:MAX";
    QTest::newRow("integer bounds") << "{{random.int:1.5:3}}" << "integers";
    QTest::newRow("zero period") << "{{sine:0:1:2}}" << "period";
}

void TestPublishModels::templateErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!PayloadTemplate::parse(text, &error).isValid());
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void TestPublishModels::fileReaderSlices()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    QByteArray bytes(3 * FilePayloadReader::SliceBytes + 17, '\0');
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = char(i * 7);
    file.write(bytes);
    file.flush();

    FilePayloadReader reader;
    QSignalSpy progress(&reader, &FilePayloadReader::progress);
    QSignalSpy finished(&reader, &FilePayloadReader::finished);
    // The event loop turns between slices: a timer keeps firing while the file is read.
    int turns = 0;
    QTimer heartbeat;
    connect(&heartbeat, &QTimer::timeout, this, [&] { ++turns; });
    heartbeat.start(0);
    reader.start(file.fileName(), bytes.size());
    QVERIFY(reader.isReading());
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(1).toByteArray(), bytes);
    QCOMPARE(progress.count(), 4);
    QVERIFY(turns >= 3);
}

void TestPublishModels::fileReaderLimit()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(QByteArray(100, 'x'));
    file.flush();
    FilePayloadReader reader;
    QSignalSpy failed(&reader, &FilePayloadReader::failed);
    reader.start(file.fileName(), 99);
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("more than")));
    reader.start(QStringLiteral("/nonexistent/file"), 100);
    QCOMPARE(failed.count(), 2);
}

void TestPublishModels::savedMessagesSurviveRestart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profiles.json"));
    QString id;
    PublishDraft command;
    command.topic = QStringLiteral("lamp/cmd");
    command.payloadText = QStringLiteral("ON");
    command.qos = 1;
    command.userProperties = {{QStringLiteral("by"), QStringLiteral("test")}};
    {
        ProfileStore store(path);
        QVERIFY(store.load());
        ConnectionProfile profile;
        profile.name = QStringLiteral("Lab");
        profile.connection.url = *Mqtt::ServerUrl::parse(QStringLiteral("mqtt://127.0.0.1:1883"));
        QVERIFY(store.saveProfile(profile));
        id = store.userProfiles().constFirst().id;
        QVERIFY(!id.isEmpty());

        PublishHistoryModel history;
        SavedMessagesModel saved;
        PublishProfileBinding binding(&store, &history, &saved);
        binding.bind(id);
        QCOMPARE(saved.messageCount(), 0);
        saved.save(QStringLiteral("Lamp"), QStringLiteral("On"), command);
        history.add(command, 1234);
        QVERIFY(binding.isDirty());
        // Written a moment later, once for the burst.
        QTRY_VERIFY_WITH_TIMEOUT(!binding.isDirty(), 5000);
        history.add(command, 5678); // pending at destruction: written then
    }
    // "Restart": a new store reads the file; the profile's sections hold both.
    ProfileStore store(path);
    QVERIFY(store.load());
    QVERIFY(QFile::exists(store.backupFilePath()));
    PublishHistoryModel history;
    SavedMessagesModel saved;
    PublishProfileBinding binding(&store, &history, &saved);
    binding.bind(id);
    QCOMPARE(saved.messageCount(), 1);
    QCOMPARE(saved.draft(saved.messageIndex(QStringLiteral("Lamp"), QStringLiteral("On"))), command);
    QCOMPARE(history.rowCount(), 1);
    QCOMPARE(history.time(0), 5678);
    // Another profile (or none) has its own, empty, sections.
    binding.bind(QString());
    QCOMPARE(saved.messageCount(), 0);
    QVERIFY(!binding.isDirty());
}

QTEST_GUILESS_MAIN(TestPublishModels)
#include "tst_publishmodels.moc"
