// The bundled workshop repository (resources/workshop/): every case folder gives exactly the
// findings its README promises, every folder explains itself, and every rule has its page.
#include "rules/RuleRegistry.h"
#include "scan/ProjectScanner.h"
#include "scan/ScanResult.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Armlift;

namespace {

const QString workshopDir = QStringLiteral(ARMLIFT_SOURCE_DIR "/resources/workshop");

// The catalogue of DESIGN.md: these IDs are stable and must stay registered and documented.
const QStringList catalogueIds = {
    u"ARM101"_s, u"ARM102"_s, u"ARM103"_s, u"ARM201"_s, u"ARM202"_s, u"ARM203"_s,
    u"ARM301"_s, u"ARM302"_s, u"ARM303"_s, u"ARM304"_s, u"ARM305"_s, u"ARM401"_s,
    u"ARM402"_s, u"ARM501"_s, u"ARM502"_s, u"ARM601"_s, u"ARM602"_s, u"ARM603"_s, u"ARM604"_s,
    u"ARM701"_s, u"ARM702"_s, u"ARM703"_s, u"ARM711"_s, u"ARM712"_s,
};

// "ARM201 Dockerfile:7": the identity of a finding as the README and this table state it.
QString keyOf(const Finding &f)
{
    return u"%1 %2:%3"_s.arg(f.ruleId, f.file).arg(f.range.line);
}

QString describe(const Finding &f)
{
    return u"%1:%2:%3: %4 [%5]"_s.arg(f.file).arg(f.range.line).arg(f.range.column).arg(f.message, f.ruleId);
}

QStringList caseFolders()
{
    return QDir(workshopDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

QString firstLine(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(f.readLine()).trimmed();
}

} // namespace

class TestWorkshop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findings_data();
    void findings();
    void everyFolderHasExpectations();
    void readmes();
    void ruleDocumentation_data();
    void ruleDocumentation();
    void everyRegisteredRuleIsDocumented();
};

void TestWorkshop::findings_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QStringList>("expected"); // exactly these, "RULE file:line"
    QTest::addColumn<QStringList>("optional"); // may or may not be reported (rule author's choice)
    QTest::addColumn<QStringList>("scanned");  // "path kind" that the scan must have read

    // Talk case 1: multi-arch base image, wheels for both architectures, pure Python.
    QTest::newRow("case1") << u"case1-no-change"_s << QStringList{} << QStringList{}
                           << QStringList{u"Dockerfile dockerfile"_s, u"requirements.txt requirements"_s};
    QTest::newRow("case2") << u"case2-old-numpy"_s << QStringList{u"ARM301 Dockerfile:8"_s}
                           << QStringList{} << QStringList{u"Dockerfile dockerfile"_s};
    QTest::newRow("case3") << u"case3-no-binary-tvm"_s << QStringList{u"ARM304 Dockerfile:5"_s}
                           << QStringList{} << QStringList{u"Dockerfile dockerfile"_s};
    QTest::newRow("case4") << u"case4-dependency-kafka"_s << QStringList{u"ARM303 Dockerfile:5"_s}
                           << QStringList{} << QStringList{u"Dockerfile dockerfile"_s};
    // The tarball name occurs twice in one RUN (wget on line 7, tar on line 8): one finding
    // per occurrence or one per instruction are both fine, the download line is required.
    QTest::newRow("case5") << u"case5-go-amd64"_s
                           << QStringList{u"ARM201 Dockerfile:7"_s, u"ARM401 Dockerfile:12"_s}
                           << QStringList{u"ARM201 Dockerfile:8"_s} << QStringList{u"Dockerfile dockerfile"_s};
    // The finding belongs on the requirements line, not on the `pip install -r` line.
    QTest::newRow("tensorflow-gpu") << u"other-tensorflow-gpu"_s
                                    << QStringList{u"ARM305 requirements.txt:3"_s} << QStringList{}
                                    << QStringList{u"Dockerfile dockerfile"_s, u"requirements.txt requirements"_s};
    // The source build also runs under emulation when built for arm64 on x86_64 (ARM603, info).
    QTest::newRow("postgres-lse") << u"other-postgres-lse"_s << QStringList{u"ARM502 Dockerfile:14"_s, u"ARM603 Dockerfile:14"_s}
                                  << QStringList{} << QStringList{u"Dockerfile dockerfile"_s};
    QTest::newRow("emsdk") << u"other-emsdk"_s << QStringList{u"ARM601 Dockerfile:11"_s} << QStringList{}
                           << QStringList{u"Dockerfile dockerfile"_s};
    // Manifest findings sit in the file that decides the version: package.json, Gemfile, Gemfile.lock.
    QTest::newRow("node-sharp") << u"case-node-sharp"_s << QStringList{u"ARM701 package.json:13"_s}
                                << QStringList{} << QStringList{u"Dockerfile dockerfile"_s};
    QTest::newRow("ruby-nokogiri") << u"case-ruby-nokogiri"_s
                                   << QStringList{u"ARM711 Gemfile:6"_s, u"ARM712 Gemfile.lock:29"_s}
                                   << QStringList{} << QStringList{u"Dockerfile dockerfile"_s};
}

void TestWorkshop::findings()
{
    QFETCH(QString, folder);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, optional);
    QFETCH(QStringList, scanned);

    const QString root = workshopDir + u'/' + folder;
    QVERIFY2(QFileInfo(root).isDir(), qPrintable(root));

    ProjectScanner scanner;
    const ScanResult r = scanner.scan(root);
    QVERIFY(!r.cancelled);
    for (const ScanError &e : r.errors)
        qWarning().noquote() << "scan error:" << e.file << e.line << e.message;
    QVERIFY2(r.errors.isEmpty(), "the workshop files must all read and parse");

    QSet<QString> files;
    for (const ScannedFile &f : r.files)
        files.insert(f.path + u' ' + f.kind);
    for (const QString &s : std::as_const(scanned))
        QVERIFY2(files.contains(s), qPrintable(u"not scanned: %1 (scanned: %2)"_s.arg(s, QStringList(files.values()).join(u", "_s))));

    const QSet<QString> want(expected.cbegin(), expected.cend());
    const QSet<QString> allowed = want + QSet<QString>(optional.cbegin(), optional.cend());
    QSet<QString> got;
    QStringList unexpected;
    for (const Finding &f : r.findings) {
        const QString key = keyOf(f);
        got.insert(key);
        if (!allowed.contains(key))
            unexpected << describe(f);

        // The reported severity is the catalogue's (no project config in the workshop).
        const Rule *rule = RuleRegistry::bundled().rule(f.ruleId);
        QVERIFY2(rule, qPrintable(u"finding from an unregistered rule: "_s + describe(f)));
        QCOMPARE(severityName(f.severity), severityName(rule->info().severity));
        QVERIFY2(f.range.isValid(), qPrintable(describe(f)));
    }
    QStringList missing;
    for (const QString &k : std::as_const(expected))
        if (!got.contains(k))
            missing << k;

    if (!missing.isEmpty() || !unexpected.isEmpty()) {
        QStringList all;
        for (const Finding &f : r.findings)
            all << describe(f);
        qWarning().noquote() << "findings in" << folder << u":\n  "_s + all.join(u"\n  "_s);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(u"missing: "_s + missing.join(u"; "_s)));
    QVERIFY2(unexpected.isEmpty(), qPrintable(u"unexpected: "_s + unexpected.join(u"; "_s)));
}

// A new case folder needs a row in findings_data(): a folder without expectations would
// silently escape the check above.
void TestWorkshop::everyFolderHasExpectations()
{
    QStringList tested = {u"case-node-sharp"_s, u"case-ruby-nokogiri"_s,
                          u"case1-no-change"_s, u"case2-old-numpy"_s, u"case3-no-binary-tvm"_s,
                          u"case4-dependency-kafka"_s, u"case5-go-amd64"_s, u"other-emsdk"_s,
                          u"other-postgres-lse"_s, u"other-tensorflow-gpu"_s};
    tested.sort();
    QCOMPARE(caseFolders(), tested);
}

void TestWorkshop::readmes()
{
    const QString rootReadme = firstLine(workshopDir + u"/README.md"_s);
    QVERIFY2(rootReadme.startsWith(u"# "_s), "resources/workshop/README.md must start with a title");

    QFile index(workshopDir + u"/README.md"_s);
    QVERIFY(index.open(QIODevice::ReadOnly));
    const QString indexText = QString::fromUtf8(index.readAll());

    static const QRegularExpression title(u"^# Case \\d+: \\S"_s);
    const QStringList folders = caseFolders();
    QVERIFY(!folders.isEmpty());
    for (const QString &folder : folders) {
        const QString path = workshopDir + u'/' + folder + u"/README.md"_s;
        QVERIFY2(QFileInfo::exists(path), qPrintable(u"missing "_s + path));
        const QString line = firstLine(path);
        QVERIFY2(line.startsWith(u"# "_s), qPrintable(path + u": "_s + line));
        QVERIFY2(title.match(line).hasMatch(), qPrintable(path + u": expected '# Case N: title', got "_s + line));
        QVERIFY2(QFileInfo::exists(workshopDir + u'/' + folder + u"/Dockerfile"_s), qPrintable(folder));
        // The index lists every case.
        QVERIFY2(indexText.contains(u'`' + folder + u"/`"_s), qPrintable(u"README.md does not list "_s + folder));
    }
}

void TestWorkshop::ruleDocumentation_data()
{
    QTest::addColumn<QString>("id");
    for (const QString &id : catalogueIds)
        QTest::newRow(qPrintable(id)) << id;
}

// The page shape the app and `armlift-scan --explain` rely on.
void TestWorkshop::ruleDocumentation()
{
    QFETCH(QString, id);
    const QString doc = RuleRegistry::documentation(id);
    QVERIFY2(!doc.isEmpty(), qPrintable(u"no page :/armlift/rules/%1.md"_s.arg(id)));
    QVERIFY2(doc.startsWith(u"# %1: "_s.arg(id)), qPrintable(doc.left(80)));
    QVERIFY(doc.section(u'\n', 0, 0).size() > id.size() + 3); // a title after the ID

    const QStringList lines = doc.split(u'\n');
    static const QRegularExpression severityLine(u"^Severity: (error|warning|info)$"_s);
    QString severity;
    for (const QString &l : lines) {
        const auto m = severityLine.match(l);
        if (m.hasMatch())
            severity = m.captured(1);
    }
    QVERIFY2(!severity.isEmpty(), "no 'Severity: error|warning|info' line");
    if (const Rule *rule = RuleRegistry::bundled().rule(id))
        QCOMPARE(severity, severityName(rule->info().severity));

    for (const QString &section : {u"## What it finds"_s, u"## Why it "_s, u"## How to fix"_s,
                                   u"## When it stays silent"_s, u"## Suppress"_s, u"## Sources"_s})
        QVERIFY2(doc.contains(u'\n' + section), qPrintable(id + u": missing section "_s + section));
    QVERIFY2(doc.contains(u"# armlift-ignore=%1"_s.arg(id)), "the Suppress section shows the comment");
    QVERIFY2(doc.contains(u"{\"disable\": [\"%1\"]}"_s.arg(id)), "the Suppress section shows .armlift.json");
    QVERIFY2(doc.contains(u"```dockerfile"_s), "a Dockerfile example");
    QVERIFY2(lines.size() >= 40 && lines.size() <= 95, qPrintable(u"%1 lines"_s.arg(lines.size())));
}

void TestWorkshop::everyRegisteredRuleIsDocumented()
{
    const QList<RuleInfo> infos = RuleRegistry::bundled().infos();
    QVERIFY(!infos.isEmpty());
    QSet<QString> registered;
    for (const RuleInfo &info : infos) {
        registered.insert(info.id);
        const QString doc = RuleRegistry::documentation(info.id);
        QVERIFY2(!doc.isEmpty(), qPrintable(u"no doc page for "_s + info.id));
        QVERIFY2(doc.startsWith(u"# %1: "_s.arg(info.id)), qPrintable(info.id));
    }
    for (const QString &id : catalogueIds)
        QVERIFY2(registered.contains(id), qPrintable(u"catalogue rule not registered: "_s + id));
}

QTEST_GUILESS_MAIN(TestWorkshop)
#include "tst_workshop.moc"
