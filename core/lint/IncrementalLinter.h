#pragma once

#include "dockerfile/Dockerfile.h"
#include "lint/IncrementalRule.h"
#include "rules/RuleContext.h"
#include "scan/ProjectConfig.h"
#include "scan/ScanResult.h"

#include <QDateTime>
#include <QMap>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <vector>

namespace Armlift {

class Rule;
class RuleRegistry;

// Re-lints one Dockerfile while it is edited, reusing what the previous lint found where the
// edit cannot have changed it. The result is always the one ProjectScanner::lintText gives for
// the same text (tests compare the two after many random edits).
//
// How: rules whose findings about a stage depend only on that stage, the stages it is built
// FROM and the instruction-level facts of the file (variables, COPY sources, stage links) are
// "stage-local"; they run once per stage, each run seeing only the shell of that stage's FROM
// chain, and each stage keeps the findings located in it. An edit inside one RUN instruction
// that keeps every line break where it was (typing within a line) changes none of those facts
// and no other stage's text or positions, so only the edited stage and the stages built FROM it
// are checked again. Whole-file rules that implement IncrementalRule (ARM402, ARM603) keep
// per-stage results themselves and redo only those stages too; all other rules (rules this
// class does not know) run on the whole file every time. Anything else (a line added or removed, an edit outside a
// RUN, another root, path or config, a changed manifest on disk) re-lints everything.
//
// Not thread-safe: one lint at a time (RelintScheduler serialises them).
class IncrementalLinter
{
public:
    explicit IncrementalLinter(const RuleRegistry &rules);
    IncrementalLinter(); // the bundled rules
    ~IncrementalLinter();

    ScanResult lint(const QString &root, const QString &relativePath, const QString &text,
                    const ProjectConfig &config = {});
    // Forgets the previous lint: the next one checks everything.
    void reset();

    // How the last lint() went, for tests and the benchmark.
    bool lastWasIncremental() const { return m_lastIncremental; }
    int lastStagesChecked() const { return m_lastStagesChecked; }

    // Stage-local rule IDs (see above). Public so tests can check each one keeps its promise.
    static bool isStageLocal(const QString &ruleId);

private:
    struct FileStamp
    {
        QString path;
        QDateTime modified;
        qint64 size = -1;
    };

    // What one pass found, with the manifests it read (each pass reads them afresh, so the
    // files and errors it reports are exactly those of the text it checked).
    struct Pass
    {
        QList<Finding> findings;
        QList<QPair<QString, QString>> usedFiles;
        QList<ScanError> errors;
    };

    void lintAll(const QString &text);
    bool tryIncremental(const QString &text);
    Pass checkStage(int stage) const;
    // The other rules over the whole file; `changedStages` as IncrementalRule::checkIncremental.
    Pass checkOthers(const QSet<int> *changedStages);
    ScanResult assemble() const;
    bool usedFilesUnchanged() const;
    void restamp();

    const RuleRegistry &m_rules;
    QList<const Rule *> m_localRules;
    QList<const Rule *> m_otherRules;
    QList<const IncrementalRule *> m_otherIncremental; // per other rule; null: not incremental
    std::vector<std::unique_ptr<IncrementalRule::Memo>> m_memos; // per other rule

    // The previous lint.
    bool m_valid = false;
    QString m_root;
    QString m_rel;
    ProjectConfig m_config;
    QString m_text;
    std::shared_ptr<Dockerfile> m_df;
    QList<ShellSource> m_shell;
    QList<FileStamp> m_stamps;         // the manifests read, as they were on disk
    // Stage-local rules per stage (-1: outside every stage), in stage order: a manifest finding
    // several stages report is kept in the version of the first, as a full lint keeps it.
    QMap<int, Pass> m_stages;
    Pass m_others;                     // the other rules over the whole file

    bool m_lastIncremental = false;
    int m_lastStagesChecked = 0;
};

} // namespace Armlift
