#pragma once

#include "model/Finding.h"
#include "scan/ScanResult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Armlift {

class ProjectScanner;

// Applies the first fix of every finding of a scanned tree (armlift-scan --fix): edits grouped by
// file, identical ones merged, overlapping ones refused, then the tree is re-scanned in memory and
// the next round applied, until nothing more applies. Only then is every changed file written,
// each with QSaveFile; if any file cannot be read, nothing is written at all. A fix may create a
// file (ARM702 adds a .dockerignore) in an existing folder inside the root: it starts empty.
class ProjectFixer
{
    Q_DECLARE_TR_FUNCTIONS(Armlift::ProjectFixer)

public:
    struct FileChange
    {
        QString path;   // relative to the scan root, '/' separated
        QString before; // the file as it was (a UTF-8 BOM kept as U+FEFF)
        QString after;  // the file as written
        bool created = false; // a new file (before is empty): its diff is one from empty
    };

    // What a fix could not complete by itself (Fix::note), e.g. a checksum to update by hand.
    struct Note
    {
        QString file;
        int line = 0;   // of the finding, in the text of the round that applied the fix
        QString ruleId;
        QString text;
        friend bool operator==(const Note &, const Note &) = default;
    };

    struct Result
    {
        QList<FileChange> changes;  // sorted by path; only files whose text changed
        // Edits refused in some round because they overlapped another edit (positions as in
        // that round's text). A later round may have fixed the problem anyway: finalScan says.
        QList<TextEdit> refused;
        QList<Note> notes;          // of the fixes that were applied
        QList<ScanError> errors;    // files that could not be read or written (nothing written then)
        int applied = 0;            // edits applied over all rounds
        int rounds = 0;             // rounds that changed something
        bool converged = true;      // false when the round cap stopped a fix that kept changing text
        bool written = false;       // the changes are on disk
        ScanResult finalScan;       // the scan of the fixed tree
    };

    explicit ProjectFixer(const ProjectScanner &scanner, int maxRounds = 10);

    // Whether a fix may create `rel` (relative to `root`): a file that does not exist, as a plain
    // name in an existing folder inside the root, never through a (dangling) symbolic link.
    static bool canCreate(const QString &root, const QString &rel);

    // `rootOrFile` is what was given to ProjectScanner::scan; `initial` is that scan's result.
    // With `write` false the changes are computed (and re-scanned) but not saved: a preview.
    Result fix(const QString &rootOrFile, const ScanResult &initial, bool write = true) const;

private:
    const ProjectScanner &m_scanner;
    int m_maxRounds;
};

} // namespace Armlift
