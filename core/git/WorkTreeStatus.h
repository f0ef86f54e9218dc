#pragma once

#include "git/GitError.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Armlift::Git {

struct ChangedFile
{
    enum class Change { Modified, Added, Deleted, Renamed, Untracked, TypeChanged };

    QString path;     // relative to the work tree, '/' separated
    QString oldPath;  // Renamed: the path in HEAD
    Change change = Change::Modified;
};

// Branch and dirty state of a work tree, for the status bar and the commit dialog.
struct WorkTreeStatus
{
    Q_DECLARE_TR_FUNCTIONS(Armlift::Git::WorkTreeStatus)

public:
    QString workTree;       // absolute path of the repository's work tree
    QString branch;         // empty when HEAD is detached or unborn
    bool detached = false;
    QList<ChangedFile> changes; // staged and unstaged against HEAD, untracked included (ignored excluded)

    bool isDirty() const { return !changes.isEmpty(); }
    QString summary() const; // "arm64-migration, 3 changed files"

    // Reads the repository that contains `path`. Fails when it is not inside one.
    static Status read(const QString &path, WorkTreeStatus *out);
    // The file as committed in HEAD (empty when it is new).
    static QByteArray headContents(const QString &repositoryPath, const QString &relativePath);
};

} // namespace Armlift::Git
