#include "report/ReportWriters.h"

namespace Armlift {

QByteArray TextReportWriter::write(const ScanResult &result, const ReportContext &) const
{
    QString out;
    for (const Finding &f : result.findings) {
        // A message never spans lines here: tools split this format on line breaks.
        QString message = f.message;
        message.replace(u'\n', u' ');
        out += f.file + u':' + QString::number(f.range.line) + u':' + QString::number(f.range.column)
            + u": " + severityName(f.severity) + u": " + message + u" [" + f.ruleId + u"]\n";
    }
    return out.toUtf8();
}

} // namespace Armlift
