// The migration parts of the reports: readiness per file and per repository, effort ranking,
// the inline SVG overview, code excerpts, rule sources and maintainer requests (HTML, Markdown).
#include "report/MaintainerRequest.h"
#include "report/MigrationSummary.h"
#include "report/ReportFile.h"
#include "report/ReportSections.h"
#include "report/ReportWriter.h"
#include "rules/RuleRegistry.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Armlift;
using namespace Qt::StringLiterals;

namespace {

Finding finding(const QString &rule, Severity s, const QString &file, int line, const QString &message, bool fixable)
{
    Finding f;
    f.ruleId = rule;
    f.severity = s;
    f.file = file;
    f.range = {line, 1, line, 5};
    f.message = message;
    if (fixable)
        f.fixes = {Fix{u"Pin a good version"_s, {{file, {line, 1, line, 5}, u"x"_s}}, {}}};
    return f;
}

// Two repositories as a combined scan names them: "svc-a/…" and "svc-b/…".
ScanResult combined(const QString &root)
{
    ScanResult r;
    r.root = root;
    r.files = {{u"svc-a/Dockerfile"_s, u"dockerfile"_s}, {u"svc-b/Dockerfile"_s, u"dockerfile"_s},
               {u"svc-b/requirements.txt"_s, u"requirements"_s}, {u"svc-c/Dockerfile"_s, u"dockerfile"_s}};
    r.findings = {
        finding(u"ARM201"_s, Severity::Error, u"svc-a/Dockerfile"_s, 2, u"Go tarball for amd64"_s, true),
        finding(u"ARM304"_s, Severity::Error, u"svc-b/Dockerfile"_s, 3,
                u"apache-tvm==0.9.0 has no aarch64 wheel: pip fails with \"No matching distribution found\""_s, false),
        finding(u"ARM301"_s, Severity::Error, u"svc-b/requirements.txt"_s, 1,
                u"numpy==1.18.5 has no aarch64 wheel: pip builds it from source"_s, true),
        finding(u"ARM402"_s, Severity::Info, u"svc-b/Dockerfile"_s, 1, u"Go older than 1.18"_s, false),
        finding(u"ARM102"_s, Severity::Error, u"svc-a/Dockerfile"_s, 1,
                u"mcr.microsoft.com/mssql/server:2019-latest has no arm64 variant"_s, false),
    };
    return r;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QStringList hrefs(const QString &html)
{
    static const QRegularExpression url(u"(href|src)\\s*=\\s*\"([^\"]*)\""_s);
    QStringList targets;
    for (auto it = url.globalMatch(html); it.hasNext();)
        targets << it.next().captured(2);
    return targets;
}

} // namespace

class TestMigrationReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void categories();
    void effortAndReadiness();
    void perRootRanking();
    void maintainerRequests();
    void htmlSections();
    void htmlSvgIsWellFormed();
    void markdownSections();
    void sourcesOfARulePage();
    void excerptStaysBelowTheRoot();
    void exportByFileName();
};

void TestMigrationReport::categories()
{
    QCOMPARE(MigrationSummary::category(u"ARM101"_s), MigrationSummary::categories().at(0));
    QCOMPARE(MigrationSummary::category(u"ARM304"_s), MigrationSummary::categories().at(2));
    QCOMPARE(MigrationSummary::category(u"ARM601"_s), MigrationSummary::categories().at(5));
    QCOMPARE(MigrationSummary::category(u"XYZ"_s), MigrationSummary::categories().last());
    QCOMPARE(MigrationSummary::categories().size(), 8);
}

void TestMigrationReport::effortAndReadiness()
{
    const QList<ReadinessRow> rows = MigrationSummary::perFile(combined(u"/tmp"_s));
    QCOMPARE(rows.size(), 4);
    // svc-a: manual error (8) + fixable error (2) = 10; svc-b/Dockerfile: manual error 8 + info 0.
    QCOMPARE(rows.at(0).name, u"svc-a/Dockerfile"_s);
    QCOMPARE(rows.at(0).effort, 10);
    QCOMPARE(rows.at(0).readiness, ReadinessRow::Readiness::ManualWork);
    QCOMPARE(rows.at(1).name, u"svc-b/Dockerfile"_s);
    QCOMPARE(rows.at(1).effort, 8);
    QCOMPARE(rows.at(1).infos, 1);
    QCOMPARE(rows.at(2).name, u"svc-b/requirements.txt"_s);
    QCOMPARE(rows.at(2).readiness, ReadinessRow::Readiness::FixesAvailable);
    QCOMPARE(rows.at(3).name, u"svc-c/Dockerfile"_s);
    QCOMPARE(rows.at(3).readiness, ReadinessRow::Readiness::Ready);
    QCOMPARE(rows.at(3).effort, 0);

    const ReadinessRow total = MigrationSummary::total(combined(u"/tmp"_s));
    QCOMPARE(total.errors, 4);
    QCOMPARE(total.fixable, 2);
    QCOMPARE(total.manual, 2);
    QCOMPARE(total.effort, 2 + 8 + 2 + 0 + 8);
}

void TestMigrationReport::perRootRanking()
{
    const QList<ReadinessRow> rows =
        MigrationSummary::perRoot(combined(u"/tmp"_s), {u"svc-c"_s, u"svc-b"_s, u"svc-a"_s});
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).name, u"svc-a"_s); // 10 and svc-b's 10: the tie is broken by name
    QCOMPARE(rows.at(0).effort, 10);
    QCOMPARE(rows.at(1).name, u"svc-b"_s);
    QCOMPARE(rows.at(1).effort, 10);
    QCOMPARE(rows.at(2).name, u"svc-c"_s);
    QCOMPARE(rows.at(2).readiness, ReadinessRow::Readiness::Ready);
}

void TestMigrationReport::maintainerRequests()
{
    const ScanResult r = combined(u"/tmp"_s);
    QVERIFY(!MaintainerRequests::applies(r.findings.at(0))); // ARM201: our Dockerfile, not upstream
    const QList<MaintainerRequest> requests = MaintainerRequests::forResult(r);
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(0).subject, u"apache-tvm"_s);
    QCOMPARE(requests.at(0).kind, u"wheel"_s);
    QVERIFY(requests.at(0).title.contains(u"apache-tvm"_s));
    QVERIFY(requests.at(0).body.contains(u"manylinux2014_aarch64"_s));
    QVERIFY(requests.at(0).body.contains(u"No matching distribution found"_s));
    QCOMPARE(requests.at(1).subject, u"numpy"_s);
    QCOMPARE(requests.at(2).subject, u"mcr.microsoft.com/mssql/server:2019-latest"_s);
    QCOMPARE(requests.at(2).kind, u"image"_s);
    QVERIFY(requests.at(2).title.contains(u"linux/arm64"_s));

    // Build-log wording names the package after "release of".
    Finding log = finding(u"ARM304"_s, Severity::Error, u"Dockerfile"_s, 3,
                          u"pip found no release of apache-tvm==0.9.0 that installs on arm64: …"_s, false);
    QCOMPARE(MaintainerRequests::forFinding(log).subject, u"apache-tvm"_s);
    // The same package twice gives one request.
    ScanResult twice;
    twice.findings = {log, log};
    QCOMPARE(MaintainerRequests::forResult(twice).size(), 1);
}

void TestMigrationReport::htmlSections()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(u"svc-a/Dockerfile"_s), "FROM mcr.microsoft.com/mssql/server:2019-latest\n"
                                                          "RUN wget https://go.dev/dl/go1.20.2.linux-amd64.tar.gz\n"
                                                          "RUN echo <b>done</b>\n"));
    ReportContext context = ReportContext::fromRegistry(RuleRegistry::bundled());
    context.roots = {u"svc-a"_s, u"svc-b"_s, u"svc-c"_s};
    const QString html = QString::fromUtf8(ReportWriter::create(u"html"_s)->write(combined(dir.path()), context));
    QVERIFY(html.contains(u"<svg class=\"overview\""_s));
    QVERIFY(html.contains(u"Migration effort by repository"_s));
    QVERIFY(html.contains(u"Readiness by file"_s));
    QVERIFY(html.indexOf(u"<code>svc-a</code>"_s) < html.indexOf(u"<code>svc-c</code>"_s));
    // The excerpt of svc-a/Dockerfile, the finding's line marked, the file's text escaped.
    QVERIFY(html.contains(u"<mark>    2 | RUN wget https://go.dev/dl/go1.20.2.linux-amd64.tar.gz</mark>"_s));
    QVERIFY(html.contains(u"RUN echo &lt;b&gt;done&lt;/b&gt;"_s));
    QVERIFY(html.contains(u"Findings by file"_s));
    // Rule explanations with the sources of the rule pages, as text.
    QVERIFY(html.contains(u"Rules in this report"_s));
    QVERIFY(html.contains(u"ARM201: "_s));
    QVERIFY(html.contains(u"<ul class=\"sources\">"_s));
    QVERIFY(html.contains(u"<details class=\"request\">"_s));
    QVERIFY(html.contains(u"Please publish manylinux aarch64 wheels for apache-tvm"_s));
    // Still one self-contained file: no scripts, and links only to the rule pages.
    QVERIFY(!html.contains(u"<script"_s));
    QVERIFY(!html.contains(u"url("_s));
    for (const QString &target : hrefs(html))
        QVERIFY2(target.startsWith(u"https://github.com/armlift/armlift/blob/main/resources/rules/ARM"_s), qPrintable(target));
}

void TestMigrationReport::htmlSvgIsWellFormed()
{
    const QString svg = ReportSections::htmlOverviewSvg(combined(u"/tmp"_s));
    QXmlStreamReader xml(svg);
    int rects = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"rect")
            ++rects;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    // Categories: platform (2 errors), downloads (1), python (2 errors), go (1 info): 4 bars,
    // one rect per non-zero severity, plus fixable and manual.
    QCOMPARE(rects, 4 + 2);
    QVERIFY(svg.contains(u"<title>"_s));
}

void TestMigrationReport::markdownSections()
{
    ReportContext context = ReportContext::fromRegistry(RuleRegistry::bundled());
    context.roots = {u"svc-a"_s, u"svc-b"_s, u"svc-c"_s};
    const QString md = QString::fromUtf8(ReportWriter::create(u"markdown"_s)->write(combined(u"/nonexistent"_s), context));
    QVERIFY(md.contains(u"## Migration effort by repository"_s));
    QVERIFY(md.contains(u"| svc-a | Manual work | 2 | 0 | 1 | 1 | 10 |"_s));
    QVERIFY(md.contains(u"| svc-c | Ready | 0 | 0 | 0 | 0 | 0 |"_s));
    QVERIFY(md.contains(u"## Readiness by file"_s));
    QVERIFY(md.contains(u"<details><summary>Please publish manylinux aarch64 wheels for apache-tvm</summary>"_s));
    QVERIFY(md.contains(u"```markdown\n"_s));
    // The findings table keeps its shape: header, separator, one row per finding.
    const QStringList lines = md.split(u'\n');
    const qsizetype header = lines.indexOf(u"|---|---|---|---|---|"_s);
    QVERIFY(header > 0);
    int rows = 0;
    for (qsizetype i = header + 1; i < lines.size() && lines.at(i).startsWith(u'|'); ++i)
        ++rows;
    QCOMPARE(rows, 5);

    // A single root: no repository table.
    const QString single = QString::fromUtf8(ReportWriter::create(u"markdown"_s)
                                                 ->write(combined(u"/nonexistent"_s), ReportContext::fromRegistry(RuleRegistry::bundled())));
    QVERIFY(!single.contains(u"Migration effort by repository"_s));
}

void TestMigrationReport::sourcesOfARulePage()
{
    const QStringList s = ReportSections::sources(RuleRegistry::documentation(u"ARM601"_s));
    QVERIFY(s.size() >= 3);
    QVERIFY(s.first().contains(u"https://github.com/puppeteer/puppeteer/issues/7740"_s));
    QVERIFY(!s.first().contains(u'<'));
    QVERIFY(ReportSections::sources(u"# X\n\n- not a source\n"_s).isEmpty());
}

void TestMigrationReport::excerptStaysBelowTheRoot()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(u"inner/Dockerfile"_s), "FROM a\nRUN b\nRUN c\n"));
    QVERIFY(writeFile(dir.filePath(u"secret.txt"_s), "one\ntwo\n"));
    ScanResult r;
    r.root = dir.filePath(u"inner"_s);
    int first = 0;
    QCOMPARE(ReportSections::excerpt(r, u"Dockerfile"_s, 2, 1, &first), (QStringList{u"FROM a"_s, u"RUN b"_s, u"RUN c"_s}));
    QCOMPARE(first, 1);
    QVERIFY(ReportSections::excerpt(r, u"../secret.txt"_s, 1, 1, &first).isEmpty());
    QVERIFY(ReportSections::excerpt(r, dir.filePath(u"secret.txt"_s), 1, 1, &first).isEmpty());
    QVERIFY(ReportSections::excerpt(r, u"Dockerfile"_s, 99, 1, &first).isEmpty());
}

void TestMigrationReport::exportByFileName()
{
    QCOMPARE(ReportFile::formatForPath(u"/x/Report.HTML"_s), u"html"_s);
    QCOMPARE(ReportFile::formatForPath(u"r.md"_s), u"markdown"_s);
    QCOMPARE(ReportFile::formatForPath(u"r.sarif.json"_s), u"sarif"_s);
    QCOMPARE(ReportFile::formatForPath(u"r.json"_s), u"json"_s);
    QCOMPARE(ReportFile::formatForPath(u"r.csv"_s), u"csv"_s);
    QVERIFY(ReportFile::formatForPath(u"r.pdf"_s).isEmpty());
    QVERIFY(ReportFile::fileDialogFilter().startsWith(u"HTML"_s));

    QTemporaryDir dir;
    QString error;
    const ReportContext context = ReportContext::fromRegistry(RuleRegistry::bundled());
    QVERIFY2(ReportFile::save(dir.filePath(u"report.html"_s), combined(dir.path()), context, &error), qPrintable(error));
    QFile html(dir.filePath(u"report.html"_s));
    QVERIFY(html.open(QIODevice::ReadOnly));
    QVERIFY(html.readAll().startsWith("<!DOCTYPE html>"));
    QVERIFY(!ReportFile::save(dir.filePath(u"report.pdf"_s), combined(dir.path()), context, &error));
    QVERIFY(error.contains(u"report.pdf"_s));
    QVERIFY(!ReportFile::save(dir.filePath(u"missing/dir/report.md"_s), combined(dir.path()), context, &error));
    QVERIFY(error.contains(u"report.md"_s));
}

QTEST_GUILESS_MAIN(TestMigrationReport)
#include "tst_migrationreport.moc"
