#pragma once

#include "model/Finding.h"

#include <QString>
#include <QStringList>
#include <functional>

namespace Armlift {

// What applying one fix would do, file by file, before anything is changed: the input of the
// preview dialog and of the editors' single-step replacement.
struct FileChange
{
    QString path;   // relative to the project root
    QString before; // "\n" line breaks, as the editor holds the text
    QString after;
};

struct FixPlan
{
    QString title;
    QString note;
    QList<FileChange> changes;
    QString error; // non-empty: the fix cannot be applied (named file unreadable, edits overlap)

    bool isValid() const { return error.isEmpty() && !changes.isEmpty(); }
    // Loads a file's current text: an open editor's text or the file on disk. False with a
    // message naming the file when it cannot be read.
    using TextSource = std::function<bool(const QString &path, QString *text, QString *error)>;
    static FixPlan build(const Fix &fix, const TextSource &source);
    // Reads a file below `root` with the editor's conventions ("\n" line breaks, no BOM).
    static bool readNormalized(const QString &root, const QString &path, QString *text, QString *error);
};

} // namespace Armlift
