#pragma once

#include "report/MigrationSummary.h"
#include "report/ReportWriter.h"

#include <QCoreApplication>
#include <QString>

namespace Armlift {

// The migration parts of the HTML and Markdown reports: readiness overview (inline SVG),
// readiness per file and per repository, per-file sections with code excerpts, rule
// explanations with their sources, and maintainer requests. Every piece is self-contained
// markup: no scripts, no external resources, no links but the rule pages.
class ReportSections
{
    Q_DECLARE_TR_FUNCTIONS(Armlift::ReportSections)

public:
    static QString htmlEscape(const QString &text);

    static QString htmlOverviewSvg(const ScanResult &result);
    static QString htmlReadinessTable(const QList<ReadinessRow> &rows, const QString &title, const QString &nameHeader);
    static QString htmlFileSections(const ScanResult &result);
    static QString htmlRuleExplanations(const ScanResult &result, const ReportContext &context);
    static QString htmlMaintainerRequests(const ScanResult &result);

    static QString markdownReadiness(const ScanResult &result, const ReportContext &context);
    static QString markdownMaintainerRequests(const ScanResult &result);

    // Lines around `line` of a scanned file (read below the root only), or empty.
    static QStringList excerpt(const ScanResult &result, const QString &file, int line, int context, int *firstLine);
    // The bullet items of a rule page's "## Sources" section.
    static QStringList sources(const QString &documentation);
};

} // namespace Armlift
