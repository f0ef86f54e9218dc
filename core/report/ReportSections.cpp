#include "report/ReportSections.h"

#include "report/MaintainerRequest.h"
#include "report/ReportWriters.h"
#include "scan/TextFileReader.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace Armlift {

using namespace Qt::StringLiterals;

namespace {

const char *fillFor(Severity s)
{
    switch (s) {
    case Severity::Error: return "#cf222e";
    case Severity::Warning: return "#bf8700";
    case Severity::Info: return "#0969da";
    }
    return "#cf222e";
}

QString num(int n)
{
    return QString::number(n);
}

} // namespace

QString ReportSections::htmlEscape(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\'', u"&#39;"_s);
}

QString ReportSections::htmlOverviewSvg(const ScanResult &result)
{
    // Findings by category as stacked bars (error, warning, info), then fixable versus manual.
    const QMap<QString, QMap<Severity, int>> counts = MigrationSummary::byCategory(result);
    QStringList rows;
    for (const QString &c : MigrationSummary::categories()) {
        if (counts.contains(c))
            rows.append(c);
    }
    const ReadinessRow total = MigrationSummary::total(result);
    int widest = 1;
    for (const QString &c : std::as_const(rows)) {
        int sum = 0;
        for (int v : counts.value(c))
            sum += v;
        widest = qMax(widest, sum);
    }
    widest = qMax(widest, total.fixable + total.manual);
    const int labelWidth = 250, barWidth = 420, rowHeight = 26;
    const int height = (int(rows.size()) + 3) * rowHeight + 10;
    const QString title = tr("Readiness overview: findings by category and severity, fixable versus manual");
    QString svg = u"<svg class=\"overview\" role=\"img\" aria-label=\""_s + htmlEscape(title) + u"\" width=\""_s
        + num(labelWidth + barWidth + 60) + u"\" height=\""_s + num(height) + u"\" viewBox=\"0 0 "_s
        + num(labelWidth + barWidth + 60) + u' ' + num(height) + u"\" xmlns=\"http://www.w3.org/2000/svg\">\n<title>"_s
        + htmlEscape(title) + u"</title>\n"_s;
    int y = 6;
    auto bar = [&](const QString &label, const QList<QPair<int, QString>> &parts) {
        svg += u"<text x=\"0\" y=\""_s + num(y + 16) + u"\" font-size=\"13\" fill=\"currentColor\">"_s + htmlEscape(label)
            + u"</text>\n"_s;
        int x = labelWidth;
        int sum = 0;
        for (const auto &[count, fill] : parts) {
            if (count <= 0)
                continue;
            const int w = qMax(2, count * barWidth / widest);
            svg += u"<rect x=\""_s + num(x) + u"\" y=\""_s + num(y + 3) + u"\" width=\""_s + num(w) + u"\" height=\""_s
                + num(rowHeight - 8) + u"\" fill=\""_s + fill + u"\"/>\n"_s;
            x += w;
            sum += count;
        }
        svg += u"<text x=\""_s + num(x + 6) + u"\" y=\""_s + num(y + 16) + u"\" font-size=\"13\" fill=\"currentColor\">"_s
            + num(sum) + u"</text>\n"_s;
        y += rowHeight;
    };
    for (const QString &c : std::as_const(rows)) {
        const QMap<Severity, int> s = counts.value(c);
        bar(c, {{s.value(Severity::Error), QString::fromLatin1(fillFor(Severity::Error))},
                {s.value(Severity::Warning), QString::fromLatin1(fillFor(Severity::Warning))},
                {s.value(Severity::Info), QString::fromLatin1(fillFor(Severity::Info))}});
    }
    y += rowHeight / 2;
    bar(tr("Fixable (green) / manual (grey)"), {{total.fixable, u"#1a7f37"_s}, {total.manual, u"#8c959f"_s}});
    svg += u"<text x=\"0\" y=\""_s + num(y + 16) + u"\" font-size=\"12\" fill=\"currentColor\">"_s
        + htmlEscape(tr("Red: errors, amber: warnings, blue: info.")) + u"</text>\n</svg>\n"_s;
    return svg;
}

QString ReportSections::htmlReadinessTable(const QList<ReadinessRow> &rows, const QString &title, const QString &nameHeader)
{
    QString out = u"<h2>"_s + htmlEscape(title) + u"</h2>\n<table class=\"readiness\">\n<tr><th>"_s + htmlEscape(nameHeader)
        + u"</th><th>"_s + htmlEscape(tr("Readiness")) + u"</th><th>"_s + htmlEscape(tr("Errors")) + u"</th><th>"_s
        + htmlEscape(tr("Warnings")) + u"</th><th>"_s + htmlEscape(tr("Info")) + u"</th><th>"_s + htmlEscape(tr("Fixable"))
        + u"</th><th>"_s + htmlEscape(tr("Manual")) + u"</th><th>"_s + htmlEscape(tr("Effort")) + u"</th></tr>\n"_s;
    for (const ReadinessRow &r : rows) {
        out += u"<tr><td><code>"_s + htmlEscape(r.name) + u"</code></td><td class=\"ready "_s
            + MigrationSummary::readinessId(r.readiness) + u"\">"_s + htmlEscape(MigrationSummary::readinessLabel(r.readiness))
            + u"</td><td class=\"num\">"_s + num(r.errors) + u"</td><td class=\"num\">"_s + num(r.warnings)
            + u"</td><td class=\"num\">"_s + num(r.infos) + u"</td><td class=\"num\">"_s + num(r.fixable)
            + u"</td><td class=\"num\">"_s + num(r.manual) + u"</td><td class=\"num\">"_s + num(r.effort) + u"</td></tr>\n"_s;
    }
    out += u"</table>\n<p class=\"help\">"_s
        + htmlEscape(tr("Effort points: a manual error 8, a fixable error 2, a manual warning 3, a fixable warning 1. "
                        "They rank the work; they are not hours."))
        + u"</p>\n"_s;
    return out;
}

QStringList ReportSections::excerpt(const ScanResult &result, const QString &file, int line, int context, int *firstLine)
{
    // Only files below the root: a report never quotes a file the scan did not cover.
    const QString clean = QDir::cleanPath(file);
    if (result.root.isEmpty() || line <= 0 || QDir::isAbsolutePath(clean) || clean.startsWith(u"../"_s) || clean == u".."_s)
        return {};
    QString text, error;
    if (!TextFileReader::read(QDir(result.root).filePath(clean), clean, &text, &error, nullptr, 1024 * 1024))
        return {};
    const QStringList lines = text.split(u'\n');
    if (line > lines.size())
        return {};
    const int from = qMax(1, line - context);
    const int to = qMin(int(lines.size()), line + context);
    *firstLine = from;
    QStringList out;
    for (int i = from; i <= to; ++i) {
        QString l = lines.at(i - 1);
        if (l.endsWith(u'\r'))
            l.chop(1);
        out.append(l);
    }
    return out;
}

QString ReportSections::htmlFileSections(const ScanResult &result)
{
    QStringList files;
    for (const Finding &f : result.findings) {
        if (!files.contains(f.file))
            files.append(f.file);
    }
    if (files.isEmpty())
        return {};
    QString out = u"<h2>"_s + htmlEscape(tr("Findings by file")) + u"</h2>\n"_s;
    for (const QString &file : std::as_const(files)) {
        out += u"<section class=\"file\">\n<h3><code>"_s + htmlEscape(file) + u"</code></h3>\n"_s;
        for (const Finding &f : result.findings) {
            if (f.file != file)
                continue;
            out += u"<div class=\"finding\"><p><span class=\"sev "_s + severityName(f.severity) + u"\">"_s
                + htmlEscape(ReportWriter::severityLabel(f.severity)) + u"</span> "_s + htmlEscape(f.ruleId) + u", "_s
                + htmlEscape(tr("line %1").arg(f.range.line)) + u": "_s + htmlEscape(f.message) + u"</p>\n"_s;
            int first = 0;
            const QStringList lines = excerpt(result, f.file, f.range.line, 2, &first);
            if (!lines.isEmpty()) {
                out += u"<pre class=\"excerpt\">"_s;
                for (qsizetype i = 0; i < lines.size(); ++i) {
                    const int n = first + int(i);
                    const QString row = QString::number(n).rightJustified(5) + u" | "_s + htmlEscape(lines.at(i));
                    out += n == f.range.line ? QString(u"<mark>"_s + row + u"</mark>\n"_s) : QString(row + u'\n');
                }
                out += u"</pre>\n"_s;
            }
            for (const Fix &fix : f.fixes)
                out += u"<div class=\"fix\">"_s + htmlEscape(tr("Fix: %1").arg(fix.title)) + u"</div>\n"_s;
            out += u"</div>\n"_s;
        }
        out += u"</section>\n"_s;
    }
    return out;
}

QStringList ReportSections::sources(const QString &documentation)
{
    QStringList items;
    bool inSources = false;
    for (const QString &raw : documentation.split(u'\n')) {
        const QString line = raw.trimmed();
        if (line.startsWith(u"## "_s)) {
            inSources = line.mid(3).trimmed().compare(u"Sources"_s, Qt::CaseInsensitive) == 0;
            continue;
        }
        if (inSources && line.startsWith(u"- "_s)) {
            QString item = line.mid(2);
            item.remove(u'<').remove(u'>'); // Markdown autolinks: the URL stays, as text
            items.append(item);
        }
    }
    return items;
}

QString ReportSections::htmlRuleExplanations(const ScanResult &result, const ReportContext &context)
{
    QStringList ids;
    for (const Finding &f : result.findings) {
        if (!ids.contains(f.ruleId))
            ids.append(f.ruleId);
    }
    std::sort(ids.begin(), ids.end());
    QString out;
    for (const QString &id : std::as_const(ids)) {
        const RuleInfo *info = context.rule(id);
        if (!info)
            continue;
        out += u"<section class=\"rule\"><h3>"_s + htmlEscape(id + u": "_s + info->title) + u"</h3>\n<p>"_s
            + htmlEscape(info->summary) + u"</p>\n"_s;
        const QStringList list = sources(context.documentation.value(id));
        if (!list.isEmpty()) {
            out += u"<p class=\"help\">"_s + htmlEscape(tr("Sources:")) + u"</p>\n<ul class=\"sources\">\n"_s;
            for (const QString &s : list)
                out += u"<li>"_s + htmlEscape(s) + u"</li>\n"_s;
            out += u"</ul>\n"_s;
        }
        out += u"</section>\n"_s;
    }
    if (out.isEmpty())
        return out;
    return u"<h2>"_s + htmlEscape(tr("Rules in this report")) + u"</h2>\n"_s + out;
}

QString ReportSections::htmlMaintainerRequests(const ScanResult &result)
{
    const QList<MaintainerRequest> requests = MaintainerRequests::forResult(result);
    if (requests.isEmpty())
        return {};
    QString out = u"<h2>"_s + htmlEscape(tr("Ask the maintainers")) + u"</h2>\n<p>"_s
        + htmlEscape(tr("These have no arm64 build upstream. Newer versions often do; if not, open (or +1) an issue "
                        "upstream with the text below."))
        + u"</p>\n"_s;
    for (const MaintainerRequest &r : requests) {
        out += u"<details class=\"request\"><summary>"_s + htmlEscape(r.title) + u"</summary>\n<pre>"_s
            + htmlEscape(r.title + u"\n\n"_s + r.body) + u"</pre></details>\n"_s;
    }
    return out;
}

QString ReportSections::markdownReadiness(const ScanResult &result, const ReportContext &context)
{
    auto table = [](const QList<ReadinessRow> &rows, const QString &title, const QString &nameHeader) {
        QString out = u"\n## "_s + title + u"\n\n| "_s + nameHeader + u" | "_s + tr("Readiness") + u" | "_s + tr("Errors")
            + u" | "_s + tr("Warnings") + u" | "_s + tr("Fixable") + u" | "_s + tr("Manual") + u" | "_s + tr("Effort")
            + u" |\n|---|---|---:|---:|---:|---:|---:|\n"_s;
        for (const ReadinessRow &r : rows) {
            out += u"| "_s + MarkdownReportWriter::escape(r.name) + u" | "_s + MigrationSummary::readinessLabel(r.readiness)
                + u" | "_s + num(r.errors) + u" | "_s + num(r.warnings) + u" | "_s + num(r.fixable) + u" | "_s + num(r.manual)
                + u" | "_s + num(r.effort) + u" |\n"_s;
        }
        return out;
    };
    QString out;
    if (context.roots.size() > 1)
        out += table(MigrationSummary::perRoot(result, context.roots), tr("Migration effort by repository"), tr("Repository"));
    const QList<ReadinessRow> files = MigrationSummary::perFile(result);
    if (!files.isEmpty())
        out += table(files, tr("Readiness by file"), tr("File"));
    return out;
}

QString ReportSections::markdownMaintainerRequests(const ScanResult &result)
{
    const QList<MaintainerRequest> requests = MaintainerRequests::forResult(result);
    if (requests.isEmpty())
        return {};
    QString out = u"\n## "_s + tr("Ask the maintainers") + u"\n\n"_s
        + tr("These have no arm64 build upstream; open (or +1) an issue with the prefilled text.") + u"\n"_s;
    for (const MaintainerRequest &r : requests) {
        // The body is quoted in a fenced block so none of it is interpreted as Markdown here.
        QString body = r.title + u"\n\n"_s + r.body;
        body.replace(u"```"_s, u"'''"_s);
        out += u"\n<details><summary>"_s + htmlEscape(r.title) + u"</summary>\n\n```markdown\n"_s + body
            + u"\n```\n\n</details>\n"_s;
    }
    return out;
}

} // namespace Armlift
