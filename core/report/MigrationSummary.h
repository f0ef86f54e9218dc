#pragma once

#include "scan/ScanResult.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Armlift {

// How ready one unit (a Dockerfile, a manifest, or a whole repository in a combined scan)
// is for arm64, and roughly how much work is left.
struct ReadinessRow
{
    enum class Readiness { Ready, FixesAvailable, ManualWork };

    QString name;
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    int fixable = 0;   // findings with at least one fix
    int manual = 0;    // errors and warnings without a fix
    int effort = 0;    // points, see MigrationSummary::effort()
    Readiness readiness = Readiness::Ready;
};

// Numbers for the readiness overview of the HTML and Markdown reports and the GUI summary:
// findings by category and severity, fixable versus manual, per file and per repository.
class MigrationSummary
{
    Q_DECLARE_TR_FUNCTIONS(Armlift::MigrationSummary)

public:
    // The rule family a finding belongs to, by the catalogue's numbering (ARM1xx platform …).
    static QString category(const QString &ruleId);
    static QStringList categories(); // in catalogue order
    // Effort points: a manual error 8, a fixable error 2, a manual warning 3, a fixable
    // warning 1, info 0. A relative ranking, not hours.
    static int effort(const Finding &finding);
    static QString readinessLabel(ReadinessRow::Readiness readiness);
    static QString readinessId(ReadinessRow::Readiness readiness); // "ready", "fixes-available", "manual-work"

    // One row per scanned file (files without findings are ready), most effort first.
    static QList<ReadinessRow> perFile(const ScanResult &result);
    // One row per root of a combined scan (files are named "<root>/…"), most effort first.
    static QList<ReadinessRow> perRoot(const ScanResult &result, const QStringList &roots);
    // Totals over the whole result.
    static ReadinessRow total(const ScanResult &result);
    // category -> severity -> count, for the overview chart.
    static QMap<QString, QMap<Severity, int>> byCategory(const ScanResult &result);
};

} // namespace Armlift
