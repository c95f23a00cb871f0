// The zh_CN translation stays complete: every string in the .ts is translated, the .ts holds
// every tr() string of the sources (lupdate finds nothing new), placeholders and menu
// accelerators survive translation, and the compiled .qm is embedded and loads.
#include "apptranslations.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QStringList translations; // one, or the numerus forms
    QString type;             // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
};

bool readTs(const QString &path, QList<TsMessage> *messages, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = TsMessage();
                current.context = context;
                current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus)
                    current.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages->append(current);
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
        return false;
    }
    return true;
}

QString describe(const TsMessage &m)
{
    return QStringLiteral("[%1] \"%2\"").arg(m.context, m.source);
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(?:L)?([0-9]{1,2}|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(1));
    return found;
}

// "&File" has an accelerator; "&&" is a literal ampersand; "&amp;"-style entities are decoded
// by the XML reader already. HTML like "<h3>" has no '&'.
bool hasAccelerator(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (text.at(i + 1).isLetterOrNumber())
            return true;
    }
    return false;
}

const QString tsDir = QStringLiteral(MQTTSCOPE_TS_DIR);

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void complete_data();
    void complete();
    void upToDateWithSources_data() { complete_data(); }
    void upToDateWithSources();
    void embeddedAndLoads();
    void noUntranslatedLiterals();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = QDir(tsDir).entryList({QStringLiteral("mqttscope_*.ts")}, QDir::Files);
    QVERIFY2(files.contains(QStringLiteral("mqttscope_zh_CN.ts")), qPrintable(tsDir));
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << QDir(tsDir).filePath(f);
}

void TestTranslations::complete()
{
    QFETCH(QString, path);
    QList<TsMessage> messages;
    QString error;
    QVERIFY2(readTs(path, &messages, &error), qPrintable(error));
    QVERIFY(!messages.isEmpty());

    QStringList problems;
    for (const TsMessage &m : std::as_const(messages)) {
        if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
            continue; // no longer in the code; harmless
        if (m.type == QLatin1String("unfinished")) {
            problems << QStringLiteral("unfinished: %1").arg(describe(m));
            continue;
        }
        if (m.translations.isEmpty()
            || std::any_of(m.translations.cbegin(), m.translations.cend(), [](const QString &t) { return t.trimmed().isEmpty(); })) {
            problems << QStringLiteral("empty translation: %1").arg(describe(m));
            continue;
        }
        for (const QString &t : m.translations) {
            QSet<QString> want = placeholders(m.source);
            QSet<QString> got = placeholders(t);
            if (m.numerus) { // a numerus form may spell the number out instead of %n
                want.remove(QStringLiteral("n"));
                got.remove(QStringLiteral("n"));
            }
            if (want != got)
                problems << QStringLiteral("placeholders differ: %1 -> \"%2\"").arg(describe(m), t);
            if (hasAccelerator(m.source) && !hasAccelerator(t))
                problems << QStringLiteral("menu accelerator (&) lost: %1 -> \"%2\"").arg(describe(m), t);
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 problem(s) in %2 (translate them, see scripts/update-translations.sh):\n  %3")
                            .arg(problems.size())
                            .arg(path, problems.join(QStringLiteral("\n  ")))));
}

// Runs lupdate over the source folders into a copy of the .ts: every tr() string must
// already be there, translated.
void TestTranslations::upToDateWithSources()
{
    QFETCH(QString, path);
    const QString lupdate = QStringLiteral(MQTTSCOPE_LUPDATE);
    QVERIFY2(QFile::exists(lupdate), qPrintable(QStringLiteral("lupdate not found at %1").arg(lupdate)));
    const QString sourceDir = QStringLiteral(MQTTSCOPE_SOURCE_ROOT);

    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString copy = tmp.filePath(QFileInfo(path).fileName());
    QVERIFY(QFile::copy(path, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    // The same folders as scripts/update-translations.sh.
    QStringList args = {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-extensions"),
                        QStringLiteral("cpp,h")};
    for (const QString &dir : {QStringLiteral("mqtt"), QStringLiteral("models"), QStringLiteral("ui"), QStringLiteral("app")}) {
        if (QDir(sourceDir).exists(dir))
            args << QDir(sourceDir).filePath(dir);
    }
    // English is the source language: its file holds only the plural forms ("%n byte(s)").
    if (QFileInfo(path).fileName() == QLatin1String("mqttscope_en.ts"))
        args << QStringLiteral("-pluralonly");
    args << QStringLiteral("-ts") << copy;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(lupdate, args);
    QVERIFY2(p.waitForFinished(120000) && p.exitCode() == 0, p.readAll().constData());

    QList<TsMessage> messages;
    QString error;
    QVERIFY2(readTs(copy, &messages, &error), qPrintable(error));
    QStringList missing;
    for (const TsMessage &m : std::as_const(messages)) {
        if (m.type == QLatin1String("unfinished"))
            missing << describe(m);
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 tr() string(s) in the sources are not translated in %2; run "
                                       "scripts/update-translations.sh and translate them:\n  %3")
                            .arg(missing.size())
                            .arg(QFileInfo(path).fileName(), missing.join(QStringLiteral("\n  ")))));
}

void TestTranslations::embeddedAndLoads()
{
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/mqttscope_zh_CN.qm")));
    QVERIFY(AppTranslations::install(QCoreApplication::instance(), QLocale(QStringLiteral("zh_CN"))));
    const QString file = QCoreApplication::translate("MainWindow", "&File");
    QVERIFY(file != QLatin1String("&File"));
    QVERIFY(file.contains(QLatin1String("&F")));
    // English has a file of its own only for plurals: "%n byte(s)" reads "1 byte", "2 bytes".
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/mqttscope_en.qm")));
    QVERIFY(AppTranslations::install(QCoreApplication::instance(), QLocale(QStringLiteral("en_US"))));
    const char *source = "%n byte(s) are not valid UTF-8 text; shown as \\xNN.";
    QCOMPARE(QCoreApplication::translate("PayloadView", source, nullptr, 1),
             QStringLiteral("1 byte is not valid UTF-8 text; shown as \\xNN."));
    QCOMPARE(QCoreApplication::translate("PayloadView", source, nullptr, 2),
             QStringLiteral("2 bytes are not valid UTF-8 text; shown as \\xNN."));
}

// lupdate only sees what goes through tr(). This finds the user-visible text that bypasses it:
// a string literal with a letter handed straight to a widget's or the command line's text
// setter. A line may opt out with a comment "// no tr: <why>" (a URL, a protocol token).
void TestTranslations::noUntranslatedLiterals()
{
    // A member call of a text setter, or a widget made with its text; markup ("<span ...")
    // is left out, it carries no words of its own.
    static const QRegularExpression setter(QString::fromLatin1(
        R"re((?:(?:->|\.)(?:setText|setToolTip|setStatusTip|setWhatsThis|setWindowTitle|setPlaceholderText|setTitle|)re"
        R"re(setLabelText|setApplicationDescription|showMessage|addTab|setTabText|setHeaderLabels?)|)re"
        R"re(new\s+(?:QLabel|QPushButton|QAction|QCheckBox|QGroupBox|QRadioButton)))re"
        R"re(\s*\((?:[^()"]*,\s*)?(?:QStringLiteral\(|QLatin1String\(|u)?"([^"<][^"]*)")re"));
    static const QRegularExpression letter(QStringLiteral("[A-Za-z]{2,}"));
    const QDir root(QStringLiteral(MQTTSCOPE_SOURCE_ROOT));
    QStringList problems;
    for (const QString &dir : {QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("models")}) {
        QDirIterator it(root.filePath(dir), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            int lineNumber = 0;
            for (const QByteArray &raw : file.readAll().split('\n')) {
                ++lineNumber;
                const QString line = QString::fromUtf8(raw);
                if (line.contains(QLatin1String("// no tr:")) || line.trimmed().startsWith(QLatin1String("//")))
                    continue;
                for (auto m = setter.globalMatch(line); m.hasNext();) {
                    const QString text = m.next().captured(1);
                    if (text.contains(letter))
                        problems << QStringLiteral("%1:%2: \"%3\"").arg(root.relativeFilePath(path)).arg(lineNumber).arg(text);
                }
            }
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 user-visible literal(s) bypass tr() (wrap them in tr(), or mark the line "
                                       "\"// no tr: <why>\"):\n  %2")
                            .arg(problems.size())
                            .arg(problems.join(QStringLiteral("\n  ")))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
