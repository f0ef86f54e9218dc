#include "lint/IncrementalLinter.h"
#include "scan/ProjectConfig.h"
#include "scan/ProjectScanner.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Armlift;
using namespace Qt::StringLiterals;

namespace {

// A canonical order: ties of the scanner's sort (same file, range and rule) may come out in
// any order, and the two linters assemble their findings differently.
QList<Finding> canonical(QList<Finding> findings)
{
    std::sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        return std::tie(a.file, a.range, a.ruleId, a.message, a.help)
            < std::tie(b.file, b.range, b.ruleId, b.message, b.help);
    });
    return findings;
}

QStringList describe(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out.append(u"%1 %2:%3:%4 %5 (%6 fixes)"_s.arg(f.ruleId, f.file).arg(f.range.line).arg(f.range.column)
                       .arg(f.message).arg(f.fixes.size()));
    return out;
}

QStringList detail(const Finding &f)
{
    QStringList out{f.ruleId, f.message, f.help, severityName(f.severity), f.source};
    for (const Fix &fix : f.fixes) {
        out.append(u"fix: "_s + fix.title + u" / "_s + fix.note);
        for (const TextEdit &e : fix.edits)
            out.append(u"  %1 %2:%3-%4:%5 %6"_s.arg(e.file).arg(e.range.line).arg(e.range.column).arg(e.range.endLine)
                           .arg(e.range.endColumn).arg(e.newText));
    }
    return out;
}

QStringList errorKeys(const QList<ScanError> &errors)
{
    QStringList out;
    for (const ScanError &e : errors)
        out.append(u"%1:%2:%3"_s.arg(e.file).arg(e.line).arg(e.message));
    out.sort();
    return out;
}

QStringList fileKeys(const QList<ScannedFile> &files)
{
    QStringList out;
    for (const ScannedFile &f : files)
        out.append(f.path + u'|' + f.kind);
    out.sort();
    return out;
}

// The benchmark's kind of file, smaller: stages chained by COPY --from, pip pins, Go tarballs,
// x86 flags; one stage built FROM another so edits reach a descendant.
QString generatedDockerfile(int stages)
{
    QString out;
    for (int s = 1; s <= stages; ++s) {
        out += u"# stage %1\n"_s.arg(s);
        out += s % 4 == 0 ? u"FROM s%1 AS s%2\n"_s.arg(s - 1).arg(s) : u"FROM ubuntu:22.04 AS s%1\n"_s.arg(s);
        out += u"ARG TARGETARCH\nENV APP_HOME=/opt/app%1 PATH=$PATH:/usr/local/go/bin\nWORKDIR $APP_HOME\n"_s.arg(s);
        out += u"RUN apt-get update && \\\n    apt-get install -y --no-install-recommends \\\n"
               u"        ca-certificates curl git build-essential python3-pip \\\n"
               u"        libssl-dev zlib1g-dev && \\\n    rm -rf /var/lib/apt/lists/*\n"_s;
        out += u"RUN curl -fsSLO https://go.dev/dl/go1.20.2.linux-amd64.tar.gz && \\\n"
               u"    tar -C /usr/local -xzf go1.20.2.linux-amd64.tar.gz && \\\n    rm go1.20.2.linux-amd64.tar.gz\n"_s;
        out += u"COPY requirements.txt .\nRUN pip install numpy==1.18.5 scipy==1.5.2 mysqlclient==2.2.4 && \\\n"
               u"    pip install -r requirements.txt\n"_s;
        out += u"RUN go test -tags amd64 -v ./... && \\\n    CFLAGS='-O2 -msse4.2 -mavx2' make -j$(nproc)\n"_s;
        out += u"RUN curl -fsSLo /usr/local/bin/kubectl https://dl.k8s.io/release/v1.29.0/bin/linux/amd64/kubectl\n"_s;
        out += u"COPY --from=s%1 /opt /opt\nENTRYPOINT [\"/usr/local/bin/app\", \"--serve\"]\n\n"_s.arg(qMax(1, s - 1));
    }
    return out;
}

// One random edit: mostly typing inside a line (the incremental case), sometimes a line break
// or an edit of another instruction (the fallback).
QString randomEdit(const QString &text, QRandomGenerator &rng)
{
    static const QStringList tokens = {
        u"amd64"_s, u"arm64"_s, u"x86_64"_s, u"==1.19.0"_s, u"1"_s, u"0"_s, u"."_s, u"-"_s, u" "_s, u"="_s, u"$"_s,
        u"${TARGETARCH}"_s, u"\""_s, u"'"_s, u"&&"_s, u";"_s, u"#"_s, u"\\"_s, u"-mavx2"_s, u"pip install "_s,
        u"numpy==1.18.5 "_s, u"case \"$(uname -m)\" in x86_64) "_s, u" ;; esac"_s, u"-r requirements.txt"_s,
        u"apt-get install -y libmysqlclient-dev "_s, u"make "_s, u"<<EOF"_s, u"--from=s1 "_s,
    };
    QString out = text;
    const int at = int(rng.bounded(quint32(out.size() + 1)));
    const int kind = int(rng.bounded(10u));
    if (kind == 0) {
        out.insert(at, u'\n');
    } else if (kind <= 3 && at < out.size()) {
        const int len = qMin(int(rng.bounded(6u)) + 1, int(out.size()) - at);
        if (!QStringView(out).mid(at, len).contains(u'\n'))
            out.remove(at, len);
    } else if (kind <= 5 && at < out.size() && out.at(at) != u'\n') {
        out[at] = QChar(u'a' + char16_t(rng.bounded(26u)));
    } else {
        out.insert(at, tokens.at(int(rng.bounded(quint32(tokens.size())))));
    }
    return out;
}

} // namespace

// IncrementalLinter must give exactly what a full lint gives; the tests compare the two after
// many edits, on generated and real-world Dockerfiles.
class TestIncrementalLinter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    void write(const QString &rel, const QByteArray &data)
    {
        const QString path = m_dir.filePath(rel);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }

    // Edits `text` `edits` times; after each edit the incremental result must equal lintText's.
    void compareAfterEdits(const QString &root, const QString &rel, QString text, int edits, quint32 seed,
                           int *incrementalCount)
    {
        QRandomGenerator rng(seed);
        IncrementalLinter linter;
        const ProjectScanner scanner;
        for (int i = 0; i <= edits; ++i) {
            if (i > 0)
                text = randomEdit(text, rng);
            const ScanResult inc = linter.lint(root, rel, text);
            const ScanResult full = scanner.lintText(root, rel, text);
            *incrementalCount += linter.lastWasIncremental() ? 1 : 0;
            const QList<Finding> a = canonical(inc.findings);
            const QList<Finding> b = canonical(full.findings);
            if (a != b) {
                qWarning("seed %u, edit %d of %s: incremental and full lint differ; text:\n%s", seed, i,
                         qPrintable(rel), qPrintable(text));
                QCOMPARE(describe(a), describe(b));
                for (qsizetype k = 0; k < a.size(); ++k)
                    if (!(a.at(k) == b.at(k)))
                        QCOMPARE(detail(a.at(k)), detail(b.at(k)));
                QFAIL("findings differ");
            }
            QCOMPARE(errorKeys(inc.errors), errorKeys(full.errors));
            QCOMPARE(fileKeys(inc.files), fileKeys(full.files));
        }
    }

    // Applies each replacement (the first occurrence of `from` at or after `after`, to `to`) in
    // turn; each must be re-linted incrementally with exactly the full lint's result.
    struct Replacement
    {
        QString after;
        QString from;
        QString to;
    };
    void compareScriptedEdits(const QString &root, QString text, const QList<Replacement> &edits,
                              const ProjectConfig &config = {})
    {
        IncrementalLinter linter;
        const ProjectScanner scanner;
        linter.lint(root, u"Dockerfile"_s, text, config);
        for (const Replacement &r : edits) {
            const qsizetype at = text.indexOf(r.from, text.indexOf(r.after));
            QVERIFY2(at >= 0, qPrintable(r.from));
            text.replace(at, r.from.size(), r.to);
            const ScanResult inc = linter.lint(root, u"Dockerfile"_s, text, config);
            QVERIFY2(linter.lastWasIncremental(), qPrintable(r.to));
            const ScanResult full = scanner.lintText(root, u"Dockerfile"_s, text, config);
            QCOMPARE(describe(canonical(inc.findings)), describe(canonical(full.findings)));
            QCOMPARE(canonical(inc.findings), canonical(full.findings));
            QCOMPARE(errorKeys(inc.errors), errorKeys(full.errors));
            QCOMPARE(fileKeys(inc.files), fileKeys(full.files));
        }
    }

    static QStringList ruleMessages(const ScanResult &r, const QString &ruleId)
    {
        QStringList out;
        for (const Finding &f : r.findings)
            if (f.ruleId == ruleId)
                out.append(u"%1:%2 %3"_s.arg(f.file).arg(f.range.line).arg(f.message));
        return out;
    }

    // ARM402 and ARM603 combine every stage (a go.mod finding only without any Go tarball, one
    // estimate for the file, Go builds that ARM602 takes over): they keep per-stage results and
    // redo the edited stage. Edits that change what the other stages' results combine into.
    static QString wholeFileRulesDockerfile()
    {
        return u"FROM ubuntu:22.04 AS tools\n"
               u"RUN curl -fsSLO https://go.dev/dl/go1.20.2.linux-amd64.tar.gz && make -j4\n"
               u"RUN cmake --build build\n"
               u"FROM debian:12 AS gobuild\n"
               u"COPY go.mod go.sum ./\n"
               u"RUN go build -o /out/app ./cmd/app\n"
               u"FROM ubuntu:22.04 AS compile\n"
               u"RUN ./configure && make install\n"
               u"FROM gcr.io/distroless/base\n"
               u"COPY --from=gobuild /out/app /app\n"
               u"COPY --from=tools /usr/local/go /go\n"_s;
    }

private Q_SLOTS:
    void wholeFileRulesRedoOnlyTheEditedStage()
    {
        write(u"whole/go.mod"_s, "module example.com/app\n\ngo 1.16\n");
        const QString root = m_dir.filePath(u"whole"_s);
        const QString text = wholeFileRulesDockerfile();
        const ProjectScanner scanner;
        // The scripted edits do change what the rules report.
        QVERIFY(ruleMessages(scanner.lintText(root, u"Dockerfile"_s, text), u"ARM402"_s).isEmpty());
        QString noTarball = text;
        noTarball.replace(u"amd64.tar.gz"_s, u"amd64.tar.gx"_s);
        QCOMPARE(ruleMessages(scanner.lintText(root, u"Dockerfile"_s, noTarball), u"ARM402"_s).size(), 1);
        compareScriptedEdits(root, text, {
            {u"AS tools"_s, u"go1.20.2"_s, u"go1.16.5"_s},          // an old tarball: ARM402 in stage 0
            {u"AS tools"_s, u"amd64.tar.gz"_s, u"amd64.tar.gx"_s},  // no tarball: the go.mod finding instead
            {u"AS tools"_s, u"amd64.tar.gx"_s, u"amd64.tar.gz"_s},  // and back
            {u"AS tools"_s, u"make -j4"_s, u"mak -j4"_s},           // one compile step less: another estimate
            {u"AS compile"_s, u"make install"_s, u"echo install"_s}, // the first hint's stage loses it
            {u"AS compile"_s, u"echo install"_s, u"make install"_s},
            {u"AS gobuild"_s, u"RUN go build"_s, u"RUN GOARCH=amd64 go build"_s}, // no longer ARM602's
            {u"AS gobuild"_s, u"GOARCH=amd64 go build"_s, u"GOARCH=$TARGETARCH go build"_s},
            {u"AS gobuild"_s, u"GOARCH=$TARGETARCH go build"_s, u"go  build"_s},
            {u"AS gobuild"_s, u"go  build"_s, u"go vet"_s},           // no Go build, still uses go.mod
        });
    }

    void wholeFileRulesAfterConfigChanges()
    {
        write(u"whole/go.mod"_s, "module example.com/app\n\ngo 1.16\n");
        const QString root = m_dir.filePath(u"whole"_s);
        QString text = wholeFileRulesDockerfile();
        ProjectConfig off;
        off.m_disabled = {u"ARM402"_s, u"ARM603"_s, u"ARM602"_s};
        // Disabled rules keep nothing; enabled again, they start from scratch.
        IncrementalLinter linter;
        const ProjectScanner scanner;
        for (int round = 0; round < 4; ++round) {
            const ProjectConfig &config = round % 2 ? off : ProjectConfig();
            if (text.contains(u"make -j4"_s))
                text.replace(u"make -j4"_s, u"mak  -j4"_s);
            else
                text.replace(u"mak  -j4"_s, u"make -j4"_s);
            const ScanResult inc = linter.lint(root, u"Dockerfile"_s, text, config);
            QCOMPARE(canonical(inc.findings), canonical(scanner.lintText(root, u"Dockerfile"_s, text, config).findings));
            text.replace(u"go1.20.2"_s, round % 2 ? u"go1.20.2"_s : u"go1.16.5"_s);
            text.replace(u"go1.16.5"_s, round % 2 ? u"go1.20.2"_s : u"go1.16.5"_s);
            const ScanResult again = linter.lint(root, u"Dockerfile"_s, text, config);
            QVERIFY(linter.lastWasIncremental());
            QCOMPARE(canonical(again.findings), canonical(scanner.lintText(root, u"Dockerfile"_s, text, config).findings));
        }
    }

    void randomEditsWithWholeFileRules()
    {
        write(u"whole/go.mod"_s, "module example.com/app\n\ngo 1.16\n");
        int incremental = 0;
        QString text;
        for (int i = 0; i < 3; ++i)
            text += wholeFileRulesDockerfile();
        compareAfterEdits(m_dir.filePath(u"whole"_s), u"Dockerfile"_s, text, 250, 603402u, &incremental);
        QVERIFY2(incremental > 20, qPrintable(u"only %1 incremental relints"_s.arg(incremental)));
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        write(u"gen/requirements.txt"_s, "flask==1.0\nnumpy==1.18.5\ngrpcio==1.20.0\n");
    }

    void randomEditsOnGeneratedFile()
    {
        int incremental = 0;
        compareAfterEdits(m_dir.filePath(u"gen"_s), u"Dockerfile"_s, generatedDockerfile(8), 150, 20261126u,
                          &incremental);
        // Most edits type inside a line: the test is only worth something if they took the fast path.
        QVERIFY2(incremental > 40, qPrintable(u"only %1 incremental relints"_s.arg(incremental)));
    }

    void randomEditsOnRealWorldFiles()
    {
        int incremental = 0;
        quint32 seed = 7;
        QDirIterator it(QStringLiteral(ARMLIFT_TEST_DATA "/realworld"), {u"Dockerfile"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QFileInfo info(path);
            compareAfterEdits(info.absolutePath(), u"Dockerfile"_s, QString::fromUtf8(f.readAll()), 25, ++seed,
                              &incremental);
            ++files;
        }
        QVERIFY(files >= 10);
        QVERIFY(incremental > files * 5);
    }

    void typingInsideARunOnlyChecksThatStage()
    {
        IncrementalLinter linter;
        const QString root = m_dir.filePath(u"gen"_s);
        QString text = generatedDockerfile(8);
        linter.lint(root, u"Dockerfile"_s, text);
        QVERIFY(!linter.lastWasIncremental());
        text.replace(text.indexOf(u"scipy==1.5.2"_s), 12, u"scipy==1.5.3"_s);
        const ScanResult r = linter.lint(root, u"Dockerfile"_s, text);
        QVERIFY(linter.lastWasIncremental());
        QCOMPARE(linter.lastStagesChecked(), 1); // stage 1; stage 4 is built FROM s3, not s1
        QCOMPARE(canonical(r.findings), canonical(ProjectScanner().lintText(root, u"Dockerfile"_s, text).findings));

        // Stage 3 is the base of stage 4: an edit there checks both.
        const int s3 = text.indexOf(u"AS s3"_s);
        text.replace(text.indexOf(u"scipy==1.5.2"_s, s3), 12, u"scipy==1.5.3"_s);
        linter.lint(root, u"Dockerfile"_s, text);
        QVERIFY(linter.lastWasIncremental());
        QCOMPARE(linter.lastStagesChecked(), 2);
    }

    void lineBreaksAndOtherInstructionsRelintEverything()
    {
        IncrementalLinter linter;
        const QString root = m_dir.filePath(u"gen"_s);
        QString text = generatedDockerfile(3);
        linter.lint(root, u"Dockerfile"_s, text);
        text.insert(text.indexOf(u"scipy"_s), u"\\\n    "_s);
        linter.lint(root, u"Dockerfile"_s, text);
        QVERIFY(!linter.lastWasIncremental());
        text.replace(u"ENV APP_HOME=/opt/app2"_s, u"ENV APP_HOME=/opt/app9"_s);
        linter.lint(root, u"Dockerfile"_s, text);
        QVERIFY(!linter.lastWasIncremental());
    }

    void aChangedManifestOnDiskIsReadAgain()
    {
        write(u"disk/requirements.txt"_s, "flask==1.0\n");
        const QString root = m_dir.filePath(u"disk"_s);
        QString text = u"FROM python:3.11-slim\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n"_s;
        IncrementalLinter linter;
        QVERIFY(linter.lint(root, u"Dockerfile"_s, text).findings.isEmpty());
        // A later modification time, as an editor saving the file would leave.
        QTest::qWait(20);
        write(u"disk/requirements.txt"_s, "flask==1.0\nnumpy==1.18.5\n");
        QFile f(m_dir.filePath(u"disk/requirements.txt"_s));
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime));
        f.close();
        text.replace(u"-r requirements.txt"_s, u"-r  requirements.txt"_s);
        const ScanResult r = linter.lint(root, u"Dockerfile"_s, text);
        QVERIFY(!linter.lastWasIncremental());
        QCOMPARE(canonical(r.findings), canonical(ProjectScanner().lintText(root, u"Dockerfile"_s, text).findings));
        QVERIFY(!r.findings.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIncrementalLinter)
#include "tst_incrementallinter.moc"
