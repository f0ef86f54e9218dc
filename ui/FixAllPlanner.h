#pragma once

#include "FixPlan.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <functional>

namespace Armlift {

// What "Fix All of This Kind in This File" and "Fix All Safe Problems in Project" should do.
struct FixAllRequest
{
    enum class Scope { File, Project };
    Scope scope = Scope::Project;
    QString file;        // Scope::File: the findings of this file only
    QString ruleId;      // non-empty: the findings of this rule only
    bool safeOnly = false; // use each finding's safe fix (FixSafety), skip findings without one
    int fixIndex = 0;    // otherwise: this fix of each finding (its first when it has fewer)
    QString root;
    QHash<QString, QString> openTexts; // path -> the text of its open editor ("\n" line breaks)
    int maxRounds = 10;
};

struct FixAllResult
{
    QList<FileChange> changes; // sorted by path; `before` is the editor's or the disk's text
    int applied = 0;           // edits applied over all rounds
    int rounds = 0;            // rounds that changed something
    int refused = 0;           // edits refused because they overlapped another one
    int remaining = 0;         // matching findings still reported after the last round
    bool converged = true;     // false when the round cap stopped fixes that kept changing text
    bool cancelled = false;
    QStringList notes;         // "file:line: note" of the applied fixes that need a person
    QString error;             // a file could not be read: nothing is proposed
};

// Plans a fix-all against the current texts (open editors' unsaved text, else the files on
// disk) without changing anything: scan, apply the chosen fix of every matching finding with
// FixApplier (identical edits merged, overlapping ones refused), re-scan the changed texts, and
// repeat until a round changes nothing. Runs on any thread; `isCancelled` is polled between
// files and rounds.
FixAllResult planFixAll(const FixAllRequest &request, const std::function<bool()> &isCancelled = {});

} // namespace Armlift
