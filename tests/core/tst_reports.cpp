// The report writers on a hand-built scan result: structure of each format, escaping of
// hostile text, and UTF-16 columns passed through unchanged.
#include "report/ReportWriter.h"
#include "report/ReportWriters.h"
#include "rules/RuleRegistry.h"
#include "text/TextDocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Armlift;
using namespace Qt::StringLiterals;

namespace {

const QString Hostile = u"<script>alert('x')</script> a|b, \"q\" & `c` *d* [e](javascript:f)\nsecond line"_s;

ReportContext context()
{
    ReportContext c;
    c.toolVersion = u"9.8.7"_s;
    c.rules = {
        {u"ARM201"_s, Severity::Error, u"Go amd64 tarball"_s, u"Go toolchain tarball built for amd64."_s},
        {u"ARM401"_s, Severity::Error, u"amd64 build tags"_s, u"Go build tags or GOARCH fixed to amd64."_s},
        {u"ARM402"_s, Severity::Info, u"Old Go"_s, u"Go older than 1.18."_s},
    };
    c.helpUris = {{u"ARM201"_s, u"https://example.org/rules/ARM201.md"_s},
                  {u"ARM401"_s, u"javascript:alert(1)"_s},
                  {u"ARM402"_s, u"https://example.org/rules/ARM402.md"_s}};
    c.documentation = {{u"ARM201"_s, u"# ARM201: Go\n\nSeverity: error\n\nFinds the **amd64** Go tarball.\n"_s}};
    return c;
}

// Line 2 has an emoji (two UTF-16 code units) before the file name the finding points at.
const QString DockerfileText = u"FROM debian\nRUN echo 😀 go1.20.2.linux-amd64.tar.gz\n"_s;

ScanResult result()
{
    const TextDocument doc(DockerfileText);
    const int start = int(DockerfileText.indexOf(u"go1.20.2"_s));
    const int end = start + int(u"go1.20.2.linux-amd64.tar.gz"_s.size());

    ScanResult r;
    r.root = u"/tmp/project dir"_s;
    r.files = {{u"Dockerfile"_s, u"dockerfile"_s}, {u"app/requirements.txt"_s, u"requirements"_s}};
    Finding go;
    go.ruleId = u"ARM201"_s;
    go.severity = Severity::Error;
    go.file = u"Dockerfile"_s;
    go.range = doc.rangeOf(start, end);
    go.message = u"Go tarball for amd64"_s;
    go.help = u"Use linux-${TARGETARCH}"_s;
    Fix fix;
    fix.title = u"Use ${TARGETARCH}"_s;
    fix.edits = {{u"Dockerfile"_s, doc.rangeOf(start + 9, start + 20), u"linux-${TARGETARCH}"_s},
                 {u"Dockerfile"_s, doc.rangeOf(12, 12), u"ARG TARGETARCH\n"_s}};
    go.fixes = {fix, Fix{u"Use arm64"_s, {{u"Dockerfile"_s, doc.rangeOf(start + 9, start + 20), u"linux-arm64"_s}}, {}}};
    Finding hostile;
    hostile.ruleId = u"ARM401"_s;
    hostile.severity = Severity::Warning;
    hostile.file = u"app/we|ird,<name>.Dockerfile"_s;
    hostile.range = {3, 5, 3, 9};
    hostile.message = Hostile;
    hostile.help = Hostile;
    hostile.source = u"pypi"_s;
    Finding info;
    info.ruleId = u"ARM999"_s; // not in the catalogue
    info.severity = Severity::Info;
    info.file = u"app/requirements.txt"_s;
    info.range = {1, 1, 1, 6};
    info.message = u"advice"_s;
    r.findings = {go, hostile, info};
    r.errors = {{u"broken/Dockerfile"_s, 7, u"broken/Dockerfile:7: unterminated heredoc <<EOT"_s},
                {u"big.Dockerfile"_s, 0, u"too big"_s}};
    return r;
}

QByteArray write(const QString &format, const ScanResult &r = result())
{
    const auto writer = ReportWriter::create(format);
    return writer ? writer->write(r, context()) : QByteArray();
}

QSet<QString> keys(const QJsonObject &o)
{
    const QStringList k = o.keys();
    return {k.cbegin(), k.cend()};
}

QSet<QString> set(std::initializer_list<QString> l)
{
    return QSet<QString>(l);
}

// RFC 4180 reader, strict: used to check that what the writer quotes reads back verbatim.
QList<QStringList> parseCsv(const QString &text, bool *ok)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    *ok = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            if (!field.isEmpty())
                *ok = false;
            quoted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record << field;
            records << record;
            record.clear();
            field.clear();
            ++i;
        } else if (c == u'\n' || c == u'\r') {
            *ok = false; // a bare line break outside quotes
        } else {
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !record.isEmpty())
        *ok = false; // every record must end with CRLF
    return records;
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void factory();
    void text();
    void jsonSchema();
    void jsonUtf16Columns();
    void sarifStructure();
    void sarifUris();
    void markdownEscapes();
    void htmlEscapesAndSelfContained();
    void csvRoundTrips();
    void contextFromBundledRegistry();
};

void TestReports::factory()
{
    for (const QString &f : ReportWriter::formats())
        QVERIFY2(ReportWriter::create(f), qPrintable(f));
    QVERIFY(ReportWriter::create(u"MarkDown"_s));
    QVERIFY(!ReportWriter::create(u"xml"_s));
}

void TestReports::text()
{
    const QStringList lines = QString::fromUtf8(write(u"text"_s)).split(u'\n');
    QCOMPARE(lines.size(), 4); // three findings and the final newline
    QCOMPARE(lines.at(0), u"Dockerfile:2:13: error: Go tarball for amd64 [ARM201]"_s);
    QVERIFY(lines.at(1).startsWith(u"app/we|ird,<name>.Dockerfile:3:5: warning: <script>"_s));
    QVERIFY(lines.at(1).endsWith(u"second line [ARM401]"_s)); // the message's line break is flattened
    QCOMPARE(lines.at(2), u"app/requirements.txt:1:1: info: advice [ARM999]"_s);
    QVERIFY(lines.at(3).isEmpty());
}

void TestReports::jsonSchema()
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(write(u"json"_s), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    QCOMPARE(keys(root), set({u"tool"_s, u"root"_s, u"files"_s, u"findings"_s, u"errors"_s}));
    QCOMPARE(root.value(u"tool"_s).toObject(), (QJsonObject{{u"name"_s, u"armlift"_s}, {u"version"_s, u"9.8.7"_s}}));
    QCOMPARE(root.value(u"root"_s).toString(), u"/tmp/project dir"_s);
    const QJsonArray files = root.value(u"files"_s).toArray();
    QCOMPARE(files.size(), 2);
    QCOMPARE(files.at(1).toObject(), (QJsonObject{{u"path"_s, u"app/requirements.txt"_s}, {u"kind"_s, u"requirements"_s}}));

    const QJsonArray findings = root.value(u"findings"_s).toArray();
    QCOMPARE(findings.size(), 3);
    for (const QJsonValue &v : findings) {
        const QJsonObject f = v.toObject();
        QCOMPARE(keys(f), set({u"rule"_s, u"severity"_s, u"file"_s, u"line"_s, u"column"_s, u"endLine"_s,
                               u"endColumn"_s, u"message"_s, u"help"_s, u"source"_s, u"fixes"_s}));
        for (const QString &k : {u"line"_s, u"column"_s, u"endLine"_s, u"endColumn"_s})
            QVERIFY2(f.value(k).isDouble(), qPrintable(k));
        for (const QString &k : {u"rule"_s, u"severity"_s, u"file"_s, u"message"_s, u"help"_s, u"source"_s})
            QVERIFY2(f.value(k).isString(), qPrintable(k));
        QVERIFY(f.value(u"fixes"_s).isArray());
    }
    const QJsonObject go = findings.at(0).toObject();
    QCOMPARE(go.value(u"severity"_s).toString(), u"error"_s);
    QCOMPARE(go.value(u"source"_s).toString(), u"rules"_s);
    QCOMPARE(findings.at(1).toObject().value(u"message"_s).toString(), Hostile);
    QCOMPARE(findings.at(1).toObject().value(u"severity"_s).toString(), u"warning"_s);
    QCOMPARE(findings.at(2).toObject().value(u"severity"_s).toString(), u"info"_s);

    const QJsonArray fixes = go.value(u"fixes"_s).toArray();
    QCOMPARE(fixes.size(), 2);
    const QJsonObject fix = fixes.at(0).toObject();
    QCOMPARE(keys(fix), set({u"title"_s, u"edits"_s}));
    QCOMPARE(fix.value(u"title"_s).toString(), u"Use ${TARGETARCH}"_s);
    const QJsonArray edits = fix.value(u"edits"_s).toArray();
    QCOMPARE(edits.size(), 2);
    const QJsonObject insertion = edits.at(1).toObject();
    QCOMPARE(keys(insertion), set({u"file"_s, u"line"_s, u"column"_s, u"endLine"_s, u"endColumn"_s, u"newText"_s}));
    QCOMPARE(insertion.value(u"line"_s).toInt(), 2);
    QCOMPARE(insertion.value(u"column"_s).toInt(), 1);
    QCOMPARE(insertion.value(u"endColumn"_s).toInt(), 1);
    QCOMPARE(insertion.value(u"newText"_s).toString(), u"ARG TARGETARCH\n"_s);

    const QJsonArray errors = root.value(u"errors"_s).toArray();
    QCOMPARE(errors.size(), 2);
    QCOMPARE(keys(errors.at(0).toObject()), set({u"file"_s, u"line"_s, u"message"_s}));
    QCOMPARE(errors.at(0).toObject().value(u"line"_s).toInt(), 7);
}

void TestReports::jsonUtf16Columns()
{
    // "RUN echo 😀 " is 12 UTF-16 code units (the emoji counts two): the name starts at column 13.
    const QJsonObject go = QJsonDocument::fromJson(write(u"json"_s)).object().value(u"findings"_s).toArray().at(0).toObject();
    QCOMPARE(go.value(u"line"_s).toInt(), 2);
    QCOMPARE(go.value(u"column"_s).toInt(), 13);
    QCOMPARE(go.value(u"endColumn"_s).toInt(), 13 + 27);
    const QJsonObject sarif = QJsonDocument::fromJson(write(u"sarif"_s)).object();
    const QJsonObject run = sarif.value(u"runs"_s).toArray().at(0).toObject();
    QCOMPARE(run.value(u"columnKind"_s).toString(), u"utf16CodeUnits"_s);
    const QJsonObject region = run.value(u"results"_s).toArray().at(0).toObject().value(u"locations"_s).toArray().at(0)
                                   .toObject().value(u"physicalLocation"_s).toObject().value(u"region"_s).toObject();
    QCOMPARE(region.value(u"startColumn"_s).toInt(), 13);
    QCOMPARE(region.value(u"endColumn"_s).toInt(), 40);
}

void TestReports::sarifStructure()
{
    QJsonParseError error;
    const QJsonObject log = QJsonDocument::fromJson(write(u"sarif"_s), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(log.value(u"version"_s).toString(), u"2.1.0"_s);
    QVERIFY(log.value(u"$schema"_s).toString().contains(u"sarif-schema-2.1.0.json"_s));
    const QJsonArray runs = log.value(u"runs"_s).toArray();
    QCOMPARE(runs.size(), 1);
    const QJsonObject run = runs.at(0).toObject();
    const QJsonObject driver = run.value(u"tool"_s).toObject().value(u"driver"_s).toObject();
    QCOMPARE(driver.value(u"name"_s).toString(), u"armlift"_s);
    QCOMPARE(driver.value(u"version"_s).toString(), u"9.8.7"_s);
    QVERIFY(driver.value(u"informationUri"_s).toString().startsWith(u"https://"_s));
    const QJsonArray rules = driver.value(u"rules"_s).toArray();
    QCOMPARE(rules.size(), 4); // three from the catalogue and one for ARM999
    const QJsonObject arm201 = rules.at(0).toObject();
    QCOMPARE(arm201.value(u"id"_s).toString(), u"ARM201"_s);
    QCOMPARE(arm201.value(u"name"_s).toString(), u"Go amd64 tarball"_s);
    QCOMPARE(arm201.value(u"helpUri"_s).toString(), u"https://example.org/rules/ARM201.md"_s);
    QCOMPARE(arm201.value(u"shortDescription"_s).toObject().value(u"text"_s).toString(), u"Go toolchain tarball built for amd64."_s);
    QCOMPARE(arm201.value(u"fullDescription"_s).toObject().value(u"text"_s).toString(), u"Finds the **amd64** Go tarball."_s);
    QVERIFY(arm201.value(u"help"_s).toObject().value(u"markdown"_s).toString().startsWith(u"# ARM201"_s));
    QVERIFY(!arm201.value(u"help"_s).toObject().value(u"text"_s).toString().isEmpty());
    QCOMPARE(arm201.value(u"defaultConfiguration"_s).toObject().value(u"level"_s).toString(), u"error"_s);
    QCOMPARE(rules.at(2).toObject().value(u"defaultConfiguration"_s).toObject().value(u"level"_s).toString(), u"note"_s);

    const QJsonArray results = run.value(u"results"_s).toArray();
    QCOMPARE(results.size(), 3);
    const QStringList levels = {u"error"_s, u"warning"_s, u"note"_s};
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject r = results.at(i).toObject();
        QCOMPARE(r.value(u"level"_s).toString(), levels.at(i));
        const int index = r.value(u"ruleIndex"_s).toInt(-1);
        QVERIFY(index >= 0 && index < rules.size());
        QCOMPARE(rules.at(index).toObject().value(u"id"_s).toString(), r.value(u"ruleId"_s).toString());
        const QJsonObject artifact = r.value(u"locations"_s).toArray().at(0).toObject().value(u"physicalLocation"_s)
                                         .toObject().value(u"artifactLocation"_s).toObject();
        QCOMPARE(artifact.value(u"uriBaseId"_s).toString(), u"SRCROOT"_s);
        QVERIFY(!artifact.value(u"uri"_s).toString().isEmpty());
    }
    const QJsonObject hostileLocation = results.at(1).toObject().value(u"locations"_s).toArray().at(0).toObject();
    QCOMPARE(hostileLocation.value(u"physicalLocation"_s).toObject().value(u"artifactLocation"_s).toObject()
                 .value(u"uri"_s).toString(),
             u"app/we%7Cird%2C%3Cname%3E.Dockerfile"_s);
    QCOMPARE(results.at(1).toObject().value(u"message"_s).toObject().value(u"text"_s).toString(), Hostile);

    const QJsonArray fixes = results.at(0).toObject().value(u"fixes"_s).toArray();
    QCOMPARE(fixes.size(), 2);
    const QJsonObject fix = fixes.at(0).toObject();
    QCOMPARE(fix.value(u"description"_s).toObject().value(u"text"_s).toString(), u"Use ${TARGETARCH}"_s);
    const QJsonArray changes = fix.value(u"artifactChanges"_s).toArray();
    QCOMPARE(changes.size(), 1); // both edits are in the Dockerfile
    QCOMPARE(changes.at(0).toObject().value(u"artifactLocation"_s).toObject().value(u"uri"_s).toString(), u"Dockerfile"_s);
    const QJsonArray replacements = changes.at(0).toObject().value(u"replacements"_s).toArray();
    QCOMPARE(replacements.size(), 2);
    const QJsonObject insertion = replacements.at(1).toObject();
    QCOMPARE(insertion.value(u"deletedRegion"_s).toObject(),
             (QJsonObject{{u"startLine"_s, 2}, {u"startColumn"_s, 1}, {u"endLine"_s, 2}, {u"endColumn"_s, 1}}));
    QCOMPARE(insertion.value(u"insertedContent"_s).toObject().value(u"text"_s).toString(), u"ARG TARGETARCH\n"_s);
    QVERIFY(!results.at(2).toObject().contains(u"fixes"_s));

    const QString base = run.value(u"originalUriBaseIds"_s).toObject().value(u"SRCROOT"_s).toObject().value(u"uri"_s).toString();
    QCOMPARE(base, u"file:///tmp/project%20dir/"_s);
    const QJsonArray notifications = run.value(u"invocations"_s).toArray().at(0).toObject()
                                         .value(u"toolExecutionNotifications"_s).toArray();
    QCOMPARE(notifications.size(), 2);
    QCOMPARE(notifications.at(0).toObject().value(u"locations"_s).toArray().at(0).toObject()
                 .value(u"physicalLocation"_s).toObject().value(u"region"_s).toObject().value(u"startLine"_s).toInt(),
             7);
    QVERIFY(run.value(u"invocations"_s).toArray().at(0).toObject().value(u"executionSuccessful"_s).toBool());
}

void TestReports::sarifUris()
{
    ScanResult r;
    r.root = u"/srv/répo"_s;
    for (const QString &file : {u"c:d/Dockerfile"_s, u"a b/Dockerfile"_s, u"/abs/x/Dockerfile"_s}) {
        Finding f;
        f.ruleId = u"ARM201"_s;
        f.file = file;
        f.range = {1, 1, 1, 2};
        r.findings.append(f);
    }
    const QJsonObject run = QJsonDocument::fromJson(write(u"sarif"_s, r)).object().value(u"runs"_s).toArray().at(0).toObject();
    QStringList uris;
    QStringList bases;
    for (const QJsonValue &v : run.value(u"results"_s).toArray()) {
        const QJsonObject a = v.toObject().value(u"locations"_s).toArray().at(0).toObject().value(u"physicalLocation"_s)
                                  .toObject().value(u"artifactLocation"_s).toObject();
        uris << a.value(u"uri"_s).toString();
        bases << a.value(u"uriBaseId"_s).toString();
    }
    // A colon never reads as a scheme; an absolute path (several absolute roots) is a file: URI.
    QCOMPARE(uris, (QStringList{u"c%3Ad/Dockerfile"_s, u"a%20b/Dockerfile"_s, u"file:///abs/x/Dockerfile"_s}));
    QCOMPARE(bases, (QStringList{u"SRCROOT"_s, u"SRCROOT"_s, QString()}));
    QCOMPARE(run.value(u"originalUriBaseIds"_s).toObject().value(u"SRCROOT"_s).toObject().value(u"uri"_s).toString(),
             u"file:///srv/r%C3%A9po/"_s);
}

void TestReports::markdownEscapes()
{
    const QString md = QString::fromUtf8(write(u"markdown"_s));
    QVERIFY(md.startsWith(u"# "_s));
    QVERIFY(md.contains(u"| Error | 1 |"_s));
    QVERIFY(md.contains(u"| Warning | 1 |"_s));
    QVERIFY(md.contains(u"| Info | 1 |"_s));
    QCOMPARE(MarkdownReportWriter::escape(u"a|b"_s), u"a\\|b"_s);
    QCOMPARE(MarkdownReportWriter::escape(u"x\r\ny\nz"_s), u"x<br>y<br>z"_s);
    QCOMPARE(MarkdownReportWriter::escape(u"<b>*_`"_s), u"\\<b\\>\\*\\_\\`"_s);

    // Every finding row has exactly the header's cell count: no pipe leaked out of a cell.
    const QStringList lines = md.split(u'\n');
    const qsizetype header = lines.indexOf(u"|---|---|---|---|---|"_s);
    QVERIFY(header > 0);
    const QRegularExpression unescapedPipe(u"(?<!\\\\)\\|"_s);
    int rows = 0;
    for (qsizetype i = header + 1; i < lines.size() && lines.at(i).startsWith(u'|'); ++i) {
        QCOMPARE(lines.at(i).count(unescapedPipe), 6);
        ++rows;
    }
    QCOMPARE(rows, 3);
    QVERIFY(!md.contains(u"<script>"_s));
    QVERIFY(md.contains(u"[ARM201](https://example.org/rules/ARM201.md)"_s));
    QVERIFY(!md.contains(u"javascript:alert"_s)); // not a web link: plain rule ID
    QVERIFY(md.contains(u"broken/Dockerfile:7"_s));
}

void TestReports::htmlEscapesAndSelfContained()
{
    const QString html = QString::fromUtf8(write(u"html"_s));
    QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
    QVERIFY(html.contains(u"<meta charset=\"utf-8\">"_s));
    QVERIFY(html.contains(u"<style>"_s));
    QVERIFY(!html.contains(u"<script"_s));
    QVERIFY(html.contains(u"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"_s));
    QVERIFY(html.contains(u"app/we|ird,&lt;name&gt;.Dockerfile:3:5"_s));
    QVERIFY(html.contains(u"&quot;q&quot; &amp; `c`"_s));
    // The only URLs are the rule pages; a javascript: rule URI is not linked.
    const QRegularExpression url(u"(href|src)\\s*=\\s*\"([^\"]*)\""_s);
    QStringList targets;
    for (auto it = url.globalMatch(html); it.hasNext();)
        targets << it.next().captured(2);
    QCOMPARE(targets, (QStringList{u"https://example.org/rules/ARM201.md"_s}));
    QVERIFY(!html.contains(u"javascript:alert(1)"_s));
    QVERIFY(!html.contains(u"@import"_s));
    QVERIFY(!html.contains(u"url("_s));
    QVERIFY(html.contains(u"Fix: Use ${TARGETARCH}"_s));
    QVERIFY(html.contains(u"broken/Dockerfile:7"_s));
    QVERIFY(html.trimmed().endsWith(u"</html>"_s));
}

void TestReports::csvRoundTrips()
{
    const QByteArray bytes = write(u"csv"_s);
    bool ok = false;
    const QList<QStringList> records = parseCsv(QString::fromUtf8(bytes), &ok);
    QVERIFY(ok);
    QCOMPARE(records.size(), 4);
    QCOMPARE(records.at(0), (QStringList{u"file"_s, u"line"_s, u"column"_s, u"endLine"_s, u"endColumn"_s, u"severity"_s,
                                         u"rule"_s, u"message"_s, u"help"_s, u"source"_s, u"fix"_s}));
    QCOMPARE(records.at(1), (QStringList{u"Dockerfile"_s, u"2"_s, u"13"_s, u"2"_s, u"40"_s, u"error"_s, u"ARM201"_s,
                                         u"Go tarball for amd64"_s, u"Use linux-${TARGETARCH}"_s, u"rules"_s,
                                         u"Use ${TARGETARCH}"_s}));
    QCOMPARE(records.at(2).at(0), u"app/we|ird,<name>.Dockerfile"_s);
    QCOMPARE(records.at(2).at(7), Hostile); // comma, quotes and line break survive
    QCOMPARE(records.at(2).at(9), u"pypi"_s);
    QCOMPARE(CsvReportWriter::field(u"plain"_s), u"plain"_s);
    QCOMPARE(CsvReportWriter::field(u"a \"b\""_s), u"\"a \"\"b\"\"\""_s);
    QCOMPARE(CsvReportWriter::field(u"a\r\nb"_s), u"\"a\r\nb\""_s);
}

void TestReports::contextFromBundledRegistry()
{
    const ReportContext c = ReportContext::fromRegistry(RuleRegistry::bundled());
    QCOMPARE(c.toolVersion, QStringLiteral(ARMLIFT_VERSION));
    const RuleInfo *go = c.rule(u"ARM201"_s);
    QVERIFY(go);
    QCOMPARE(go->severity, Severity::Error);
    QVERIFY(ReportWriter::isWebLink(c.helpUri(u"ARM201"_s)));
    QVERIFY(c.documentation.value(u"ARM201"_s).contains(u"ARM201"_s));
    QVERIFY(!ReportWriter::isWebLink(u"javascript:alert(1)"_s));
    QVERIFY(!ReportWriter::isWebLink(u"file:///etc/passwd"_s));
}

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
