#include "report/ReportWriters.h"

#include "report/MigrationSummary.h"
#include "report/ReportSections.h"

#include <QUrl>

namespace Armlift {

using namespace Qt::StringLiterals;

namespace {

QString esc(const QString &text)
{
    // toHtmlEscaped leaves the single quote alone; attributes here are double-quoted anyway,
    // but escaping it too keeps every context safe.
    return text.toHtmlEscaped().replace(u'\'', u"&#39;"_s);
}

// Inline only: the page must open from a CI artefact with no network and no other file.
const char16_t Style[] = uR"css(
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2em;color:#1f2328;background:#fff}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid #d0d7de;padding:.35em .6em;text-align:left;vertical-align:top}
th{background:#f6f8fa}
td.num{text-align:right}
code{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.95em}
.sev{font-weight:600;white-space:nowrap}
.error{color:#cf222e}.warning{color:#9a6700}.info{color:#0969da}
.help{color:#57606a;margin-top:.3em}
.fix{color:#1a7f37;margin-top:.3em}
svg.overview{max-width:100%;height:auto;margin:1em 0}
pre.excerpt{background:#f6f8fa;padding:.5em;overflow-x:auto;font-family:ui-monospace,"DejaVu Sans Mono",monospace}
pre.excerpt mark{background:#fff8c5;color:inherit}
section.file,section.rule{margin-bottom:1.5em}
.ready.ready{color:#1a7f37}.ready.fixes-available{color:#9a6700}.ready.manual-work{color:#cf222e}
details.request pre{white-space:pre-wrap;background:#f6f8fa;padding:.5em}
@media (prefers-color-scheme:dark){
 body{color:#e6edf3;background:#0d1117}th{background:#161b22}th,td{border-color:#30363d}
 .help{color:#8d96a0}.error{color:#ff7b72}.warning{color:#d29922}.info{color:#58a6ff}.fix{color:#3fb950}
 pre.excerpt,details.request pre{background:#161b22}pre.excerpt mark{background:#4d3800}
 a{color:#58a6ff}}
)css";

} // namespace

QByteArray HtmlReportWriter::write(const ScanResult &result, const ReportContext &context) const
{
    const QString title = tr("Armlift report");
    QString out = u"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                  u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"_s
        + esc(title) + u"</title>\n<style>"_s + QString::fromUtf16(Style) + u"</style>\n</head>\n<body>\n"_s;
    out += u"<h1>"_s + esc(title) + u"</h1>\n<p>"_s
        + esc(tr("%1 %2, root %3: %4 files scanned, %5 problems, %6 fixable.")
                  .arg(context.toolName, context.toolVersion, result.root,
                       QString::number(result.files.size()), QString::number(result.findings.size()),
                       QString::number(result.fixableCount())))
        + u"</p>\n"_s;

    out += u"<table class=\"summary\">\n<tr><th>"_s + esc(tr("Severity")) + u"</th><th>"_s + esc(tr("Count"))
        + u"</th></tr>\n"_s;
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info}) {
        out += u"<tr><td class=\"sev "_s + severityName(s) + u"\">"_s + esc(severityLabel(s))
            + u"</td><td class=\"num\">"_s + QString::number(result.count(s)) + u"</td></tr>\n"_s;
    }
    out += u"</table>\n"_s;

    if (!result.findings.isEmpty())
        out += ReportSections::htmlOverviewSvg(result);
    if (context.roots.size() > 1)
        out += ReportSections::htmlReadinessTable(MigrationSummary::perRoot(result, context.roots),
                                                  tr("Migration effort by repository"), tr("Repository"));
    if (!result.files.isEmpty())
        out += ReportSections::htmlReadinessTable(MigrationSummary::perFile(result), tr("Readiness by file"), tr("File"));

    if (!result.findings.isEmpty()) {
        out += u"<h2>"_s + esc(tr("Findings")) + u"</h2>\n<table class=\"findings\">\n<tr><th>"_s
            + esc(tr("Severity")) + u"</th><th>"_s + esc(tr("Rule")) + u"</th><th>"_s + esc(tr("Location"))
            + u"</th><th>"_s + esc(tr("Message")) + u"</th></tr>\n"_s;
        for (const Finding &f : result.findings) {
            const QString uri = context.helpUri(f.ruleId);
            const QString rule = isWebLink(uri)
                ? u"<a href=\""_s + esc(QString::fromLatin1(QUrl(uri).toEncoded())) + u"\">"_s + esc(f.ruleId) + u"</a>"_s
                : esc(f.ruleId);
            out += u"<tr><td class=\"sev "_s + severityName(f.severity) + u"\">"_s + esc(severityLabel(f.severity))
                + u"</td><td>"_s + rule + u"</td><td><code>"_s
                + esc(f.file + u':' + QString::number(f.range.line) + u':' + QString::number(f.range.column))
                + u"</code></td><td>"_s + esc(f.message);
            if (!f.help.isEmpty())
                out += u"<div class=\"help\">"_s + esc(f.help) + u"</div>"_s;
            for (const Fix &fix : f.fixes)
                out += u"<div class=\"fix\">"_s + esc(tr("Fix: %1").arg(fix.title)) + u"</div>"_s;
            out += u"</td></tr>\n"_s;
        }
        out += u"</table>\n"_s;
        out += ReportSections::htmlFileSections(result);
        out += ReportSections::htmlRuleExplanations(result, context);
        out += ReportSections::htmlMaintainerRequests(result);
    }

    if (!result.errors.isEmpty()) {
        out += u"<h2>"_s + esc(tr("Files that could not be scanned")) + u"</h2>\n<ul>\n"_s;
        for (const ScanError &e : result.errors) {
            const QString where = e.line > 0 ? e.file + u':' + QString::number(e.line) : e.file;
            out += u"<li><code>"_s + esc(where) + u"</code>: "_s + esc(e.message) + u"</li>\n"_s;
        }
        out += u"</ul>\n"_s;
    }
    out += u"</body>\n</html>\n"_s;
    return out.toUtf8();
}

} // namespace Armlift
