#include "FixAllPlanner.h"

#include "FixSafety.h"
#include "fix/FixApplier.h"
#include "scan/ProjectFiles.h"
#include "scan/ProjectScanner.h"

#include <QCoreApplication>
#include <QMap>

using namespace Qt::StringLiterals;

namespace Armlift {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Armlift::FixAllPlanner", text);
}

// The fix to apply for this finding under the request, or -1 when the finding is not part of it.
int chosenFix(const FixAllRequest &request, const Finding &finding)
{
    if (finding.fixes.isEmpty())
        return -1;
    if (request.scope == FixAllRequest::Scope::File && finding.file != request.file)
        return -1;
    if (!request.ruleId.isEmpty() && finding.ruleId != request.ruleId)
        return -1;
    if (request.safeOnly)
        return FixSafety::safeFixIndex(finding);
    return request.fixIndex >= 0 && request.fixIndex < finding.fixes.size() ? request.fixIndex : 0;
}

} // namespace

FixAllResult planFixAll(const FixAllRequest &request, const std::function<bool()> &isCancelled)
{
    FixAllResult result;
    const ProjectScanner scanner;
    QMap<QString, QString> original; // sorted, so the preview lists files in path order
    QHash<QString, QString> current = request.openTexts;
    auto cancelled = [&] { return isCancelled && isCancelled(); };
    auto scan = [&] {
        ProjectScanner::Options options;
        options.overrides = current;
        options.isCancelled = isCancelled;
        return scanner.scan(request.root, options);
    };

    ScanResult scanned = scan();
    for (int round = 0;; ++round) {
        if (cancelled() || scanned.cancelled) {
            result.cancelled = true;
            return result;
        }
        QMap<QString, QList<TextEdit>> byFile;
        QStringList roundNotes;
        for (const Finding &f : std::as_const(scanned.findings)) {
            const int index = chosenFix(request, f);
            if (index < 0)
                continue;
            const Fix &fix = f.fixes.at(index);
            for (const TextEdit &e : fix.edits)
                byFile[ProjectFiles::normalize(e.file)].append(e);
            if (!fix.note.isEmpty())
                roundNotes.append(u"%1:%2: %3"_s.arg(f.file).arg(f.range.line).arg(fix.note));
        }
        bool changed = false;
        int roundApplied = 0;
        for (auto it = byFile.cbegin(); it != byFile.cend(); ++it) {
            const QString &path = it.key();
            if (path.isEmpty()) {
                result.error = tr("A fix edits a file outside the project; nothing was changed.");
                return result;
            }
            if (!current.contains(path)) {
                QString text;
                QString error;
                if (!FixPlan::readNormalized(request.root, path, &text, &error)) {
                    result.error = error;
                    return result;
                }
                current.insert(path, text);
            }
            if (!original.contains(path))
                original.insert(path, current.value(path));
            QList<TextEdit> edits = it.value();
            for (TextEdit &e : edits)
                e.file = path;
            const FixApplier::Result applied = FixApplier::apply(current.value(path), edits);
            result.refused += int(applied.refused.size());
            QString after = applied.text;
            after.replace(u"\r\n"_s, u"\n"_s); // the editors hold "\n"
            if (after != current.value(path)) {
                current.insert(path, after);
                roundApplied += applied.applied;
                changed = true;
            }
        }
        if (!changed)
            break;
        result.applied += roundApplied;
        ++result.rounds;
        for (const QString &note : std::as_const(roundNotes)) {
            if (!result.notes.contains(note))
                result.notes.append(note);
        }
        if (round + 1 >= request.maxRounds) {
            // A fix that keeps changing the text would never end; stop and say so.
            result.converged = false;
            scanned = scan();
            break;
        }
        scanned = scan();
    }
    if (cancelled() || scanned.cancelled) {
        result.cancelled = true;
        return result;
    }
    for (const Finding &f : std::as_const(scanned.findings))
        result.remaining += chosenFix(request, f) >= 0 ? 1 : 0;
    for (auto it = original.cbegin(); it != original.cend(); ++it) {
        if (current.value(it.key()) != it.value())
            result.changes.append({it.key(), it.value(), current.value(it.key())});
    }
    return result;
}

} // namespace Armlift
