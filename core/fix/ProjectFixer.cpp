#include "fix/ProjectFixer.h"

#include "fix/FixApplier.h"
#include "scan/ProjectFiles.h"
#include "scan/ProjectScanner.h"
#include "text/TextEncoding.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSaveFile>
#include <QSet>
#include <QStringDecoder>

#include <memory>

namespace Armlift {

ProjectFixer::ProjectFixer(const ProjectScanner &scanner, int maxRounds)
    : m_scanner(scanner)
    , m_maxRounds(qMax(1, maxRounds))
{
}

// Reads the file as it is on disk, BOM kept, so that writing it back changes only the edits.
// Files that would not survive the round trip (invalid UTF-8, NUL bytes) are refused.
static bool readExact(const QString &root, const QString &rel, QString *text, QString *error)
{
    const QString abs = root + u'/' + rel;
    const QString canonical = QFileInfo(abs).canonicalFilePath();
    const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
    if (canonical.isEmpty() || !canonical.startsWith(canonicalRoot + u'/')) {
        *error = ProjectFixer::tr("%1: not a file inside the scanned folder; the fix was not applied").arg(rel);
        return false;
    }
    QFile f(abs);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = ProjectFixer::tr("%1: cannot read: %2; nothing was changed").arg(rel, f.errorString());
        return false;
    }
    const QByteArray data = f.readAll();
    if (data.contains('\0')) {
        *error = ProjectFixer::tr("%1: binary file (contains NUL bytes); nothing was changed").arg(rel);
        return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    *text = decoder.decode(data);
    if (decoder.hasError()) {
        *error = ProjectFixer::tr("%1: not valid UTF-8, writing it back would damage it; convert it to UTF-8 "
                                  "and run --fix again. Nothing was changed")
                     .arg(rel);
        return false;
    }
    return true;
}

bool ProjectFixer::canCreate(const QString &root, const QString &rel)
{
    const QFileInfo info(root + u'/' + rel);
    if (info.exists() || info.isSymLink())
        return false;
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
    return !folder.isEmpty() && (folder == canonicalRoot || folder.startsWith(canonicalRoot + u'/'));
}

ProjectFixer::Result ProjectFixer::fix(const QString &rootOrFile, const ScanResult &initial, bool write) const
{
    Result result;
    result.finalScan = initial;
    const QString root = initial.root;
    QMap<QString, QString> original; // sorted: the diff lists files in path order
    QSet<QString> created;           // files a fix creates: original text empty
    QHash<QString, QString> current;
    ScanResult scan = initial;
    QList<TextEdit> refused;

    for (int round = 0;; ++round) {
        QMap<QString, QList<TextEdit>> byFile;
        for (const Finding &f : std::as_const(scan.findings)) {
            if (f.fixes.isEmpty())
                continue;
            for (const TextEdit &e : f.fixes.first().edits)
                byFile[e.file].append(e);
        }
        QList<Note> roundNotes;
        for (const Finding &f : std::as_const(scan.findings)) {
            if (!f.fixes.isEmpty() && !f.fixes.first().note.isEmpty())
                roundNotes.append({f.file, f.range.line, f.ruleId, f.fixes.first().note});
        }
        QHash<QString, QString> next = current;
        QList<TextEdit> roundRefused;
        int roundApplied = 0;
        for (auto it = byFile.cbegin(); it != byFile.cend(); ++it) {
            const QString rel = ProjectFiles::normalize(it.key());
            QString error;
            if (rel.isEmpty()) {
                result.errors.append({it.key(), 0, tr("%1: outside the scanned folder; nothing was changed").arg(it.key())});
                return result;
            }
            if (!current.contains(rel)) {
                QString text;
                if (canCreate(root, rel)) {
                    created.insert(rel);
                } else if (!readExact(root, rel, &text, &error)) {
                    result.errors.append({rel, 0, error});
                    return result;
                }
                original.insert(rel, text);
                current.insert(rel, text);
                next.insert(rel, text);
            }
            QList<TextEdit> edits = it.value();
            for (TextEdit &e : edits)
                e.file = rel;
            const FixApplier::Result applied = FixApplier::apply(current.value(rel), edits);
            roundRefused += applied.refused;
            if (applied.text != current.value(rel)) {
                next.insert(rel, applied.text);
                roundApplied += applied.applied;
            }
        }
        for (const TextEdit &e : std::as_const(roundRefused)) {
            if (!refused.contains(e))
                refused.append(e);
        }
        if (next == current)
            break;
        if (round == m_maxRounds) {
            // A fix that keeps changing the text would never end; stop and report it.
            result.converged = false;
            break;
        }
        current = next;
        result.applied += roundApplied;
        for (const Note &n : std::as_const(roundNotes)) {
            if (!result.notes.contains(n))
                result.notes.append(n);
        }
        ++result.rounds;
        ProjectScanner::Options options;
        for (auto c = current.cbegin(); c != current.cend(); ++c)
            options.overrides.insert(c.key(), withoutBom(c.value()));
        scan = m_scanner.scan(rootOrFile, options);
    }
    result.refused = refused;

    for (auto it = original.cbegin(); it != original.cend(); ++it) {
        if (current.value(it.key()) != it.value())
            result.changes.append({it.key(), it.value(), current.value(it.key()), created.contains(it.key())});
    }
    if (result.changes.isEmpty() || !write) {
        result.finalScan = scan;
        return result;
    }

    // Everything was computed; now write. Each file goes to a temporary first, and the renames
    // happen only after every temporary was written, so a full disk changes nothing.
    std::vector<std::unique_ptr<QSaveFile>> files;
    for (const FileChange &c : std::as_const(result.changes)) {
        auto file = std::make_unique<QSaveFile>(root + u'/' + c.path);
        if (!file->open(QIODevice::WriteOnly) || file->write(c.after.toUtf8()) < 0) {
            result.errors.append({c.path, 0, tr("%1: cannot write: %2; nothing was changed").arg(c.path, file->errorString())});
            for (auto &f : files)
                f->cancelWriting();
            return result;
        }
        files.push_back(std::move(file));
    }
    bool allWritten = true;
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (!files[i]->commit()) {
            allWritten = false;
            const QString path = result.changes.at(qsizetype(i)).path;
            result.errors.append({path, 0, tr("%1: cannot write: %2").arg(path, files[i]->errorString())});
        }
    }
    result.written = allWritten;
    // The final scan reads the files back from disk: what the user now has, even after a
    // failed rename left some files unchanged.
    result.finalScan = m_scanner.scan(rootOrFile);
    return result;
}

} // namespace Armlift
