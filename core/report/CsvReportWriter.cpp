#include "report/ReportWriters.h"

namespace Armlift {

using namespace Qt::StringLiterals;

QString CsvReportWriter::field(const QString &text)
{
    const bool quote = text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r');
    if (!quote)
        return text;
    QString out = text;
    out.replace(u'"', u"\"\""_s);
    return u'"' + out + u'"';
}

QByteArray CsvReportWriter::write(const ScanResult &result, const ReportContext &) const
{
    // Column names are stable identifiers (like the JSON keys), not translated.
    QString out = u"file,line,column,endLine,endColumn,severity,rule,message,help,source,fix\r\n"_s;
    for (const Finding &f : result.findings) {
        const QStringList fields = {
            field(f.file),
            QString::number(f.range.line),
            QString::number(f.range.column),
            QString::number(f.range.endLine),
            QString::number(f.range.endColumn),
            severityName(f.severity),
            field(f.ruleId),
            field(f.message),
            field(f.help),
            field(f.source),
            field(f.fixes.isEmpty() ? QString() : f.fixes.first().title),
        };
        out += fields.join(u',') + u"\r\n"_s;
    }
    return out.toUtf8();
}

} // namespace Armlift
