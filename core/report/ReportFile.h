#pragma once

#include "report/ReportWriter.h"

#include <QCoreApplication>
#include <QString>

namespace Armlift {

// Saving a report to a file (the GUI's File > Export Report; the CLI's --output does the same):
// the format follows the file name, the file is replaced atomically.
class ReportFile
{
    Q_DECLARE_TR_FUNCTIONS(Armlift::ReportFile)

public:
    // "html" for report.html/.htm, "markdown" for .md, "sarif" for .sarif/.sarif.json,
    // "json", "csv", "text" for .txt; empty for anything else.
    static QString formatForPath(const QString &path);
    // A QFileDialog name filter listing the formats, HTML first.
    static QString fileDialogFilter();
    // Writes `result` in the format of `path`; false with `error` naming the file and the cause.
    static bool save(const QString &path, const ScanResult &result, const ReportContext &context, QString *error);
};

} // namespace Armlift
