#pragma once

#include <QList>
#include <QString>

namespace Armlift {

// One line of a line-based diff. `text` is the line without its line break ("\n", "\r\n").
// oldLine/newLine are 1-based; 0 when the line does not exist on that side
// (Added lines have no oldLine, Removed lines no newLine).
struct DiffLine
{
    enum Kind { Same, Removed, Added } kind = Same;
    QString text;
    int oldLine = 0;
    int newLine = 0;

    friend bool operator==(const DiffLine &, const DiffLine &) = default;
};

// The whole of `before` and `after` as a sequence of Same/Removed/Added lines, removals before
// additions inside a change. Myers' linear-space algorithm after trimming the common prefix and
// suffix, so a 10,000-line file with a few changes costs little more than comparing it.
// A last line without a line break differs from the same text with one (as in diff(1)).
QList<DiffLine> diffLines(const QString &before, const QString &after);

// A unified diff exactly as `diff -u` / `git diff` print it (without timestamps):
// "--- a/<path>", "+++ b/<path>", "@@ -l,n +l,n @@" hunks with `context` lines around each change
// and "\ No newline at end of file" markers. Empty when the texts are equal.
// `patch -p1` and `git apply` accept it.
QString unifiedDiff(const QString &path, const QString &before, const QString &after, int context = 3);

} // namespace Armlift
