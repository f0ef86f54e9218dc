#include "report/ReportWriters.h"

#include "report/ReportSections.h"

#include <QUrl>

namespace Armlift {

using namespace Qt::StringLiterals;

QString MarkdownReportWriter::escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'\r':
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            out += u"<br>"_s;
            break;
        case u'\n': out += u"<br>"_s; break;
        // Every character that could end a table cell, start emphasis, code, a link, raw HTML
        // or an entity gets a backslash (CommonMark allows it before any ASCII punctuation).
        case u'\\': case u'|': case u'`': case u'*': case u'_': case u'[': case u']':
        case u'<': case u'>': case u'&': case u'#': case u'~': case u'!':
            out += u'\\';
            out += c;
            break;
        default: out += c;
        }
    }
    return out;
}

QByteArray MarkdownReportWriter::write(const ScanResult &result, const ReportContext &context) const
{
    QString out = u"# "_s + tr("Armlift report") + u"\n\n"_s;
    out += tr("%1 files scanned, %2 problems, %3 fixable.")
               .arg(result.files.size())
               .arg(result.findings.size())
               .arg(result.fixableCount())
        + u"\n\n"_s;
    out += u"| "_s + tr("Severity") + u" | "_s + tr("Count") + u" |\n|---|---:|\n"_s;
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info})
        out += u"| "_s + severityLabel(s) + u" | "_s + QString::number(result.count(s)) + u" |\n"_s;
    out += ReportSections::markdownReadiness(result, context);

    if (!result.findings.isEmpty()) {
        out += u"\n## "_s + tr("Findings") + u"\n\n| "_s + tr("Severity") + u" | "_s + tr("Rule") + u" | "_s
            + tr("Location") + u" | "_s + tr("Message") + u" | "_s + tr("Fix") + u" |\n|---|---|---|---|---|\n"_s;
        for (const Finding &f : result.findings) {
            const QString uri = context.helpUri(f.ruleId);
            const QString rule = isWebLink(uri)
                ? u"["_s + escape(f.ruleId) + u"]("_s
                      + QString::fromLatin1(QUrl(uri).toEncoded()).replace(u'(', u"%28"_s).replace(u')', u"%29"_s)
                      + u')'
                : escape(f.ruleId);
            const QString location = escape(f.file + u':' + QString::number(f.range.line) + u':'
                                            + QString::number(f.range.column));
            QString message = escape(f.message);
            if (!f.help.isEmpty())
                message += u"<br>"_s + escape(f.help);
            const QString fix = f.fixes.isEmpty() ? QString() : escape(f.fixes.first().title);
            out += u"| "_s + severityLabel(f.severity) + u" | "_s + rule + u" | "_s + location + u" | "_s
                + message + u" | "_s + fix + u" |\n"_s;
        }
    }

    out += ReportSections::markdownMaintainerRequests(result);

    if (!result.errors.isEmpty()) {
        out += u"\n## "_s + tr("Files that could not be scanned") + u"\n\n"_s;
        for (const ScanError &e : result.errors) {
            const QString where = e.line > 0 ? e.file + u':' + QString::number(e.line) : e.file;
            out += u"- "_s + escape(where) + u": "_s + escape(e.message) + u'\n';
        }
    }
    return out.toUtf8();
}

} // namespace Armlift
