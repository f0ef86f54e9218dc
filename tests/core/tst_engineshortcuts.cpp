#include "dockerfile/Dockerfile.h"
#include "kb/KnowledgeBase.h"
#include "manifest/Requirements.h"
#include "rules/downloads/DownloadSites.h"
#include "rules/python/PythonRequirementCollector.h"
#include "scan/ProjectConfig.h"
#include "scan/TextFileReader.h"
#include "shell/ShellScript.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Armlift;
using namespace Qt::StringLiterals;

// The engine skips work with cheap tests before the expensive ones (a literal before a regex, a
// hand-written scan instead of a regex, patterns compiled once, reads sized to the file). Each
// shortcut must give the answer the slow path gives: these tests hold them to it.
class TestEngineShortcuts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requiredLiteral_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("literal");
        QTest::newRow("longest run") << u"google-chrome-(?:stable|beta)_current_amd64\\.deb"_s << u"_current_amd64.deb"_s;
        QTest::newRow("escapes") << u"jq-linux64(?![A-Za-z0-9_])"_s << u"jq-linux64"_s;
        QTest::newRow("escaped dot") << u"s6-overlay-(x86_64)\\.tar\\.xz"_s << u"s6-overlay-"_s;
        QTest::newRow("optional char splits") << u"kubectl?-linux"_s << u"kubect"_s;
        QTest::newRow("optional char splits, later run longer") << u"ab?-linux-x"_s << u"-linux-x"_s;
        QTest::newRow("repeated char ends the run") << u"ab+cd"_s << u"ab"_s;
        QTest::newRow("counted repeat is not certain") << u"abc{2}de"_s << u"ab"_s;
        QTest::newRow("top-level alternative") << u"abc|def"_s << QString();
        QTest::newRow("alternative in a group is fine") << u"abc(?:d|e)"_s << u"abc"_s;
        QTest::newRow("optional group skipped") << u"protoc(?:-x)?-linux-(x86_64)\\.zip"_s << u"-linux-"_s;
        QTest::newRow("anchor") << u"^-msse"_s << u"-msse"_s;
        QTest::newRow("lookbehind first") << u"(?<![A-Za-z])terraform_"_s << u"terraform_"_s;
        QTest::newRow("class first") << u"[a-z]+_amd64"_s << u"_amd64"_s;
        QTest::newRow("class with bracket") << u"x[]a]yz"_s << u"yz"_s;
        QTest::newRow("letter escape ends it") << u"go\\d+"_s << u"go"_s;
        QTest::newRow("bar inside a class") << u"a[|]b"_s << u"a"_s;
        QTest::newRow("bar inside a group") << u"(a|b)cd"_s << u"cd"_s;
        QTest::newRow("case-insensitive") << u"(?i)linux-amd64"_s << QString();
        QTest::newRow("dot ends it") << u"ab.cd"_s << u"ab"_s;
    }

    void requiredLiteral()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, literal);
        QCOMPARE(Internal::requiredLiteral(pattern), literal);
    }

    // The knowledge base's artefact patterns: every match contains the literal.
    void requiredLiteralHoldsForMatches()
    {
        const QStringList samples = {u"google-chrome-stable_current_amd64.deb"_s, u"jq-linux64"_s,
                                     u"https://x/phantomjs-2.1.1-linux-x86_64.tar.bz2"_s, u"kubectl-linux"_s};
        for (const QString &p : {u"google-chrome-(?:stable|beta|unstable)_current_amd64\\.deb"_s,
                                 u"jq-linux64(?![A-Za-z0-9_])"_s, u"phantomjs-[0-9][^/\\s\"']*-linux-x86_64"_s,
                                 u"kubectl?-linux"_s}) {
            const QRegularExpression re(p);
            const QString literal = Internal::requiredLiteral(p);
            QVERIFY2(!literal.isEmpty(), qPrintable(p));
            for (const QString &s : samples) {
                const auto m = re.match(s);
                if (m.hasMatch())
                    QVERIFY2(m.captured(0).contains(literal), qPrintable(p + u" / "_s + s));
            }
        }
    }

    // Every download and artefact pattern of the knowledge base, against every line of the
    // real-world corpus and the workshop: where the pattern matches, the match holds the literal.
    void requiredLiteralHoldsForKnowledgeBase()
    {
        const KnowledgeBase &kb = KnowledgeBase::bundled();
        QStringList patterns;
        for (const auto &v : kb.section(u"downloads"_s).value(u"tools").toArray()) {
            patterns << v.toObject().value(u"pattern").toString();
            if (v.toObject().contains(u"also"))
                patterns << v.toObject().value(u"also").toString();
        }
        for (const auto &v : kb.section(u"artifacts"_s).value(u"artifacts").toArray())
            if (v.toObject().contains(u"pattern"))
                patterns << v.toObject().value(u"pattern").toString();
        QVERIFY(patterns.size() > 30);
        QStringList lines;
        for (const QString &root : {QStringLiteral(ARMLIFT_SOURCE_DIR "/tests/data/realworld"),
                                    QStringLiteral(ARMLIFT_SOURCE_DIR "/resources/workshop")}) {
            QDirIterator it(root, {u"Dockerfile*"_s}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                lines << QString::fromUtf8(f.readAll()).split(u'\n');
            }
        }
        int matched = 0;
        for (const QString &p : patterns) {
            const QRegularExpression re(p);
            QVERIFY2(re.isValid(), qPrintable(p));
            const QString literal = Internal::requiredLiteral(p);
            for (const QString &line : std::as_const(lines)) {
                auto it = re.globalMatch(line);
                while (it.hasNext()) {
                    ++matched;
                    QVERIFY2(it.next().captured(0).contains(literal), qPrintable(p + u" / "_s + line));
                }
            }
        }
        QVERIFY2(matched > 10, "the corpus should exercise the patterns");
    }

    void pipAndPythonNamesMatchTheirRegex()
    {
        const QRegularExpression pip(u"^pip(\\d+(\\.\\d+)?)?$"_s);
        const QRegularExpression python(u"^python(\\d+(\\.\\d+)?)?$"_s);
        for (const QString &name : {u"pip"_s, u"pip3"_s, u"pip3.11"_s, u"pip3."_s, u"pip.3"_s, u"pipx"_s, u"pip3.1.2"_s,
                                    u"pip311"_s, u"xpip"_s, u""_s, u"python"_s, u"python3"_s, u"python3.12"_s,
                                    u"python3-config"_s, u"python2.7"_s, u"pythonx"_s, u"python3.a"_s, u"py"_s}) {
            QCOMPARE(isPipName(name), pip.match(name).hasMatch());
            QCOMPARE(isPythonName(name), python.match(name).hasMatch());
        }
    }

    void commandNameSkipsAssignments_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("name");
        QTest::newRow("plain") << u"pip install x"_s << u"pip"_s;
        QTest::newRow("assignment") << u"CFLAGS=-O2 make"_s << u"make"_s;
        QTest::newRow("append") << u"PATH+=/x make"_s << u"make"_s;
        QTest::newRow("two") << u"A=1 _B2=2 /usr/bin/gcc -c"_s << u"gcc"_s;
        QTest::newRow("digit first is a command") << u"1A=2 ls"_s << u"1A=2"_s;
        QTest::newRow("only assignments") << u"A=1 B=2"_s << QString();
        QTest::newRow("plus without equals") << u"A+ x"_s << u"A+"_s;
        QTest::newRow("equals alone") << u"= x"_s << u"="_s;
    }

    void commandNameSkipsAssignments()
    {
        QFETCH(QString, script);
        QFETCH(QString, name);
        const QList<ShellCommand> cmds = ShellScript::parse(script);
        QCOMPARE(cmds.size(), 1);
        QCOMPARE(cmds.first().name(), name);
    }

    void plainVersionsCompareLikeThePep440Parser_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("expected");
        QTest::newRow("equal padded") << u"1.18"_s << u"1.18.0"_s << 0;
        QTest::newRow("less") << u"1.18.5"_s << u"1.19.0"_s << -1;
        QTest::newRow("numeric not text") << u"1.10"_s << u"1.9"_s << 1;
        QTest::newRow("final after rc") << u"2.0"_s << u"2.0rc1"_s << 1;
        QTest::newRow("post after final") << u"2.0.post1"_s << u"2.0"_s << 1;
        QTest::newRow("dev before final") << u"2.0.dev1"_s << u"2.0"_s << -1;
        QTest::newRow("v prefix") << u"v1.2"_s << u"1.2"_s << 0;
        QTest::newRow("double dot is not a version") << u"1..2"_s << u"1.2"_s << -1;
    }

    void plainVersionsCompareLikeThePep440Parser()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, expected);
        QCOMPARE(compareVersions(a, b), expected);
        QCOMPARE(compareVersions(b, a), -expected);
    }

    void ignoreGlobsCompiledOrNot()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(u".armlift.json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        // A plain literal: moc reads raw strings holding "/*" as the start of a comment.
        f.write("{\"ignore\": [\"legacy/\x2a*\", \"*.old\", \"tools/[ab]*\"]}");
        f.close();
        const ProjectConfig loaded = ProjectConfig::load(dir.path());
        ProjectConfig direct; // globs set without load(): compiled on each call
        direct.m_ignoreGlobs = loaded.m_ignoreGlobs;
        for (const QString &path : {u"legacy/Dockerfile"_s, u"legacy"_s, u"a/legacy/Dockerfile"_s, u"x.old"_s,
                                    u"dir/x.old"_s, u"tools/a1/Dockerfile"_s, u"tools/c/Dockerfile"_s, u"Dockerfile"_s})
            QCOMPARE(loaded.isIgnored(path), direct.isIgnored(path));
        QVERIFY(loaded.isIgnored(u"legacy/Dockerfile"_s));
        QVERIFY(!loaded.isIgnored(u"Dockerfile"_s));
    }

    void readsExactlyWhatTheFileHolds()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"Dockerfile"_s);
        QByteArray data;
        for (int i = 0; i < 40000; ++i)
            data += "RUN echo " + QByteArray::number(i) + "\n";
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
        f.close();
        QString text, error, warning;
        QVERIFY(TextFileReader::read(path, u"Dockerfile"_s, &text, &error, &warning));
        QCOMPARE(text.toUtf8(), data);
        // The limit still holds for a file above it.
        QVERIFY(!TextFileReader::read(path, u"Dockerfile"_s, &text, &error, &warning, data.size() - 1));
        QVERIFY(error.contains(u"Dockerfile"_s));
        QVERIFY(TextFileReader::read(path, u"Dockerfile"_s, &text, &error, &warning, data.size()));
    }

    void stageUseIsRecordedAtParse()
    {
        const Dockerfile df = Dockerfile::parse(u"Dockerfile"_s,
                                                u"FROM golang AS Build\nRUN go build\n"
                                                u"FROM alpine AS tools\n"
                                                u"FROM tools AS final\nCOPY --from=BUILD /app /app\n"
                                                u"RUN --mount=type=bind,from=tools,target=/t true\n"_s);
        QCOMPARE(df.stages().size(), 3);
        QVERIFY(df.stages().at(0).copiedByLaterStage);  // COPY --from=BUILD: names are case-insensitive
        QVERIFY(!df.stages().at(0).baseOfLaterStage);
        QVERIFY(df.stages().at(1).baseOfLaterStage);    // FROM tools
        QVERIFY(df.stages().at(1).copiedByLaterStage);  // the bind mount
        QVERIFY(!df.stages().at(2).copiedByLaterStage);
        QCOMPARE(df.stageByName(u"BUILD"_s), 0);
        QCOMPARE(df.stageByName(u"2"_s), 2);
        QCOMPARE(df.stageByName(u"nope"_s), -1);
    }
};

QTEST_GUILESS_MAIN(TestEngineShortcuts)
#include "tst_engineshortcuts.moc"
