// Translations: every .ts file is complete (no unfinished entry, placeholders, accelerators
// and plural forms kept) and stays complete (lupdate re-run on copies against today's sources
// finds nothing new), each language loads from :/i18n and translates what users see,
// installTranslators() follows the override, and armlift-scan speaks the system language.
#include "i18n/Translations.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

const QString TsDir = QStringLiteral(ARMLIFT_TS_DIR);
const QStringList Languages = {u"de"_s, u"ja"_s, u"zh_CN"_s};

struct Message
{
    QString context;
    QString source;
    QString comment;
    QString type; // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList translations; // one, or one per plural form
};

struct TsFile
{
    QString language;
    QList<Message> messages; // without vanished/obsolete entries
    QString error;
};

// Element text where lupdate writes control characters as <byte value="xd"/> children.
QString readText(QXmlStreamReader &xml)
{
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters()) {
            text += xml.text();
        } else if (xml.isStartElement() && xml.name() == u"byte") {
            const QStringView v = xml.attributes().value(u"value");
            bool ok = false;
            const uint code = v.startsWith(u'x') ? v.mid(1).toUInt(&ok, 16) : v.toUInt(&ok);
            if (ok)
                text += QChar(char16_t(code));
        } else if (xml.isEndElement() && xml.name() != u"byte") {
            break;
        }
    }
    return text;
}

TsFile parseTs(const QString &path)
{
    TsFile ts;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ts.error = u"cannot open "_s + path;
        return ts;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            ts.language = xml.attributes().value(u"language").toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            m = Message{context, {}, {}, {}, xml.attributes().value(u"numerus") == u"yes", {}};
        } else if (name == u"source") {
            m.source = readText(xml);
        } else if (name == u"comment") {
            m.comment = xml.readElementText();
        } else if (name == u"translation") {
            m.type = xml.attributes().value(u"type").toString();
            if (m.numerus) {
                while (xml.readNextStartElement())
                    m.translations << readText(xml);
            } else {
                m.translations << readText(xml);
            }
            if (m.type != u"vanished" && m.type != u"obsolete")
                ts.messages << m;
        }
    }
    if (xml.hasError())
        ts.error = path + u": "_s + xml.errorString();
    return ts;
}

int pluralForms(const QString &language)
{
    // Qt's plural rules (lupdate writes this many numerusform entries).
    return (language == u"ja" || language == u"zh_CN") ? 1 : 2;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(u"%(\\d+|n)"_s);
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

bool hasAccelerator(const QString &text)
{
    // "&File", "(&F)"; not "&&", not an entity such as "&lt;".
    static const QRegularExpression re(u"(?<!&)&(?!&)(?![a-zA-Z]+;)\\S"_s);
    return re.match(text).hasMatch();
}

// Everything wrong with one file; empty when it is complete and consistent. pluralOnly: the
// English file, which only carries plural forms.
QStringList problems(const TsFile &ts, bool pluralOnly)
{
    QStringList out;
    if (!ts.error.isEmpty())
        out << ts.error;
    for (const Message &m : ts.messages) {
        if (pluralOnly && !m.numerus)
            continue;
        const QString where = m.context + u" | "_s + m.source.left(80);
        if (m.type == u"unfinished") {
            out << u"unfinished: "_s + where;
            continue;
        }
        if (m.numerus && m.translations.size() != pluralForms(ts.language)) {
            out << u"wrong number of plural forms: "_s + where;
            continue;
        }
        const QSet<QString> expected = placeholders(m.source);
        QSet<QString> inAll;
        for (const QString &t : m.translations) {
            if (t.trimmed().isEmpty()) {
                out << u"empty translation: "_s + where;
                break;
            }
            QSet<QString> got = placeholders(t);
            inAll.unite(got);
            // A singular form may spell the number out ("1 Datei" / "eine Datei").
            if (m.numerus)
                got.insert(u"%n"_s);
            QSet<QString> numbered = expected;
            if (m.numerus)
                numbered.insert(u"%n"_s);
            if (got != numbered)
                out << u"placeholders differ (%1 vs %2): "_s.arg(QStringList(expected.values()).join(u','),
                                                                   QStringList(got.values()).join(u','))
                        + where;
            if (hasAccelerator(m.source) && !hasAccelerator(t))
                out << u"accelerator lost: "_s + where;
        }
        if (m.numerus && m.source.contains(u"%n"_s) && !inAll.contains(u"%n"_s))
            out << u"%n in no plural form: "_s + where;
    }
    return out;
}

QString tsPath(const QString &language)
{
    return TsDir + u"/armlift_"_s + language + u".ts"_s;
}

struct Result
{
    int code = -1;
    QString out;
    QString err;
};

Result run(const QString &program, const QStringList &args, const QProcessEnvironment &env,
           int timeoutMs = 240000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    Result r;
    if (!p.waitForStarted(10000) || !p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = u"%1 did not finish: %2"_s.arg(program, p.errorString());
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString translationIn(const TsFile &ts, const QString &context, const QString &source)
{
    for (const Message &m : ts.messages) {
        if (m.context == context && m.source == source && !m.translations.isEmpty())
            return m.translations.first();
    }
    return {};
}

// Strings users see first: window title bits, menus, the CLI's usage line, a rule message.
// Each must exist in the sources (so the test notices renames) and be translated.
const QList<std::pair<QString, QString>> Visible = {
    {u"main"_s, u"Folder (or Dockerfile) to open."_s},
    {u"Armlift::MainWindow"_s, u"&About Armlift"_s},
    {u"Armlift::ScanCommand"_s, u"Try 'armlift-scan --help' for the options."_s},
};

} // namespace

class TstTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        Armlift::installTranslators(*QCoreApplication::instance(), u"en"_s);
        QLocale::setDefault(QLocale::c());
    }

    void tsFileComplete_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &l : Languages)
            QTest::newRow(qPrintable(l)) << l;
    }
    void tsFileComplete()
    {
        QFETCH(QString, language);
        const TsFile ts = parseTs(tsPath(language));
        QCOMPARE(ts.language, language);
        const QStringList issues = problems(ts, false);
        QVERIFY2(issues.isEmpty(), qPrintable(issues.mid(0, 25).join(u'\n')
                                              + u"\n(%1 problems)"_s.arg(issues.size())));
        // Non-trivial: the GUI, the CLI and the rule catalogue together have hundreds.
        QVERIFY2(ts.messages.size() >= 200, qPrintable(QString::number(ts.messages.size())));
        QSet<QString> contexts;
        for (const Message &m : ts.messages)
            contexts.insert(m.context);
        for (const QString &c : {u"main"_s, u"Armlift::MainWindow"_s, u"Armlift::ScanCommand"_s, u"knowledge"_s})
            QVERIFY2(contexts.contains(c), qPrintable(c));
    }

    void englishPluralsComplete()
    {
        const TsFile ts = parseTs(tsPath(u"en"_s));
        QCOMPARE(ts.language, u"en"_s);
        const QStringList issues = problems(ts, true);
        QVERIFY2(issues.isEmpty(), qPrintable(issues.join(u'\n')));
        QVERIFY(!ts.messages.isEmpty());
        for (const Message &m : ts.messages)
            QVERIFY2(m.numerus, qPrintable(m.source));
    }

    void checkerCatchesBrokenEntries()
    {
        // The rules above are only worth something if they reject bad translations.
        TsFile ts;
        ts.language = u"de"_s;
        ts.messages = {
            {u"c"_s, u"Open %1"_s, {}, u"unfinished"_s, false, {u""_s}},
            {u"c"_s, u"Open %1 in %2"_s, {}, {}, false, {u"%1 öffnen"_s}},
            {u"c"_s, u"&Save"_s, {}, {}, false, {u"Speichern"_s}},
            {u"c"_s, u"%n file(s)"_s, {}, {}, true, {u"%n Datei"_s}},
        };
        QCOMPARE(problems(ts, false).size(), 4);
        ts.messages = {{u"c"_s, u"&Save %1"_s, {}, {}, false, {u"&Speichern: %1"_s}},
                       {u"c"_s, u"%n file(s)"_s, {}, {}, true, {u"eine Datei"_s, u"%n Dateien"_s}}};
        QVERIFY(problems(ts, false).isEmpty());
    }

    void sourcesStayTranslated()
    {
        // lupdate on copies of the .ts files with the build's own project description (the
        // sources of armlift-core, -ui, -scan and armlift plus the knowledge-base texts): a
        // string added since the last `update_translations` shows up as unfinished here.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString projectJson = dir.filePath(u"project.json"_s);
        const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        Result r = run(QStringLiteral(ARMLIFT_CMAKE_COMMAND),
                       {u"-DIN_FILE="_s + QStringLiteral(ARMLIFT_LUPDATE_PROJECT_IN), u"-DOUT_FILE="_s + projectJson,
                        u"-P"_s, QStringLiteral(ARMLIFT_LUPDATE_PROJECT_SCRIPT)},
                       env);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile f(projectJson);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
        f.close();
        QVERIFY(doc.isObject());
        QJsonArray copies;
        for (const QString &l : Languages + QStringList{u"en"_s}) {
            const QString copy = dir.filePath(u"armlift_"_s + l + u".ts"_s);
            QVERIFY(QFile::copy(tsPath(l), copy));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            copies.append(copy);
        }
        QJsonObject project = doc.object();
        project[u"translations"_s] = copies;
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(project).toJson());
        f.close();
        // lupdate itself needs seconds. Qt 6.8's lupdate never returns on a '/' inside the
        // parentheses of a plural translate()'s count argument, e.g. `nullptr, int(s / 60))`
        // (and silently skips the message for `int(s) / 60`): compute the count into a
        // variable first when this times out.
        r = run(QStringLiteral(ARMLIFT_LUPDATE),
                {u"-project"_s, projectJson, u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-silent"_s}, env, 300000);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));

        QStringList issues;
        for (const QString &l : Languages + QStringList{u"en"_s}) {
            const QStringList p = problems(parseTs(dir.filePath(u"armlift_"_s + l + u".ts"_s)), l == u"en");
            for (const QString &issue : p)
                issues << l + u": "_s + issue;
        }
        QVERIFY2(issues.isEmpty(),
                 qPrintable(u"run `cmake --build <build> --target update_translations` and translate:\n"_s
                            + issues.mid(0, 30).join(u'\n') + u"\n(%1 problems)"_s.arg(issues.size())));
    }

    void qmMatchesTs_data() { tsFileComplete_data(); }
    void qmMatchesTs()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(u":/i18n/armlift_"_s + language + u".qm"_s));
        QCOMPARE(translator.language(), language);
        const TsFile ts = parseTs(tsPath(language));
        int checked = 0;
        for (const Message &m : ts.messages) {
            if (m.numerus)
                continue;
            const QByteArray context = m.context.toUtf8();
            const QByteArray source = m.source.toUtf8();
            const QByteArray comment = m.comment.isEmpty() ? QByteArray() : m.comment.toUtf8();
            const QString got = translator.translate(context.constData(), source.constData(),
                                                     comment.isEmpty() ? nullptr : comment.constData());
            QVERIFY2(got == m.translations.first(), qPrintable(m.context + u" | "_s + m.source));
            ++checked;
        }
        QVERIFY(checked > 100);
        for (const auto &[context, source] : Visible) {
            const QString expected = translationIn(ts, context, source);
            QVERIFY2(!expected.isEmpty(), qPrintable(u"not in the sources any more: "_s + source));
            QVERIFY2(expected != source, qPrintable(source));
        }
    }

    void pluralsFollowTheNumber()
    {
        // One plural message from the sources, in English (two forms) and German.
        const TsFile en = parseTs(tsPath(u"en"_s));
        QVERIFY(!en.messages.isEmpty());
        const Message &m = en.messages.first();
        QTranslator translator;
        QVERIFY(translator.load(u":/i18n/armlift_en.qm"_s));
        const QByteArray context = m.context.toUtf8();
        const QByteArray source = m.source.toUtf8();
        QCOMPARE(translator.translate(context.constData(), source.constData(), nullptr, 1), m.translations.at(0));
        QCOMPARE(translator.translate(context.constData(), source.constData(), nullptr, 2), m.translations.at(1));
        QVERIFY(m.translations.at(0) != m.translations.at(1));
    }

    void installTranslatorsFollowsOverride()
    {
        QCOMPARE(Armlift::availableLanguages(), (QStringList{u"en"_s, u"de"_s, u"ja"_s, u"zh_CN"_s}));
        const auto &[context, source] = Visible.at(1);
        const QByteArray c = context.toUtf8();
        const QByteArray s = source.toUtf8();
        for (const QString &language : Languages) {
            QCOMPARE(Armlift::installTranslators(*QCoreApplication::instance(), language), language);
            QCOMPARE(QCoreApplication::translate(c.constData(), s.constData()),
                     translationIn(parseTs(tsPath(language)), context, source));
            QCOMPARE(QLocale().name().left(2), language.left(2));
        }
        // English, and a language without a translation, leave the source text.
        QCOMPARE(Armlift::installTranslators(*QCoreApplication::instance(), u"en"_s), u"en"_s);
        QCOMPARE(QCoreApplication::translate(c.constData(), s.constData()), source);
        QCOMPARE(Armlift::installTranslators(*QCoreApplication::instance(), u"fr"_s), u"en"_s);
        QCOMPARE(QCoreApplication::translate(c.constData(), s.constData()), source);
        QCOMPARE(Armlift::nativeLanguageName(u"de"_s), u"Deutsch"_s);
        QCOMPARE(Armlift::nativeLanguageName(u"ja"_s), u"日本語"_s);
    }

    void cliFollowsSystemLanguage_data() { tsFileComplete_data(); }
    void cliFollowsSystemLanguage()
    {
        QFETCH(QString, language);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString locale = language.contains(u'_') ? language : language + u'_' + language.toUpper();
        env.insert(u"LC_ALL"_s, locale + u".UTF-8"_s);
        env.insert(u"LANG"_s, locale + u".UTF-8"_s);
        env.insert(u"LANGUAGE"_s, language);
        const Result r = run(QStringLiteral(ARMLIFT_BIN_DIR) + u"/armlift-scan"_s, {u"--no-such-option"_s}, env);
        QCOMPARE(r.code, 2);
        const QString expected = translationIn(parseTs(tsPath(language)), Visible.at(2).first, Visible.at(2).second);
        QVERIFY(!expected.isEmpty());
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    }
};

int main(int argc, char *argv[])
{
    // sourcesStayTranslated runs lupdate over every source file: more than Qt Test's default
    // 5 minutes per function on a loaded machine (ctest's TIMEOUT is raised to match).
    if (qEnvironmentVariableIsEmpty("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "1200000");
    QCoreApplication app(argc, argv);
    TstTranslations test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_translations.moc"
