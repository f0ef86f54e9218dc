#pragma once

#include "cli/ScanOptions.h"
#include "scan/ScanResult.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

namespace Armlift {

class ProjectScanner;

// What armlift-scan does once its options are parsed. The report (or, with --fix, the diff)
// is the only thing written to `out`; progress, summary and errors go to `err`.
class ScanCommand
{
    Q_DECLARE_TR_FUNCTIONS(Armlift::ScanCommand)

public:
    enum ExitCode { Clean = 0, FindingsFound = 1, UsageError = 2 };

    ScanCommand(QIODevice &out, QIODevice &err, bool errIsTerminal = false);

    // `arguments` as QCoreApplication::arguments() returns them (program name first).
    int run(const QStringList &arguments);

    // "N files, N problems (E errors, W warnings, I info), N fixable"
    static QString summary(const ScanResult &result);
    // Combines the scans of several roots: files are prefixed with their root as given.
    static ScanResult combine(const QStringList &roots, const QList<ScanResult> &results);
    // `prefix` + '/' + `path`, cleaned; "." as prefix leaves the path alone.
    static QString prefixed(const QString &prefix, const QString &path);

private:
    int scan(const ScanOptions &options);
    int scanRoots(const ScanOptions &options);
    int buildLog(const ScanOptions &options);
    int exitCode(const ScanOptions &options, const ScanResult &result, bool reportWritten) const;
    int listRules(const ScanOptions &options);
    int explain(const ScanOptions &options);
    bool checkRoot(const QString &path);
    bool prepareCommit(const ScanOptions &options, QString *workTree);
    bool commitFixes(const ScanOptions &options, const QString &workTree, int filesChanged, const QStringList &ruleIds);
    void printErrors(const QList<ScanError> &errors);
    bool writeReport(const ScanOptions &options, const ScanResult &result);
    void say(const QString &line);  // one line on stderr

    QIODevice &m_out;
    QIODevice &m_err;
    bool m_errIsTerminal;
};

} // namespace Armlift
