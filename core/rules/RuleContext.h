#pragma once

#include "dockerfile/Dockerfile.h"
#include "model/Finding.h"
#include "rules/Rule.h"
#include "shell/ShellScript.h"

namespace Armlift {

// A piece of shell the Dockerfile runs: a RUN in shell form, a heredoc body of a RUN, or the
// script string of an exec-form ["sh", "-c", "…"]. Word positions index `text`.
struct ShellSource
{
    int instruction = 0;          // index into Dockerfile::instructions()
    MappedText text;
    QList<ShellCommand> commands;
    // Exec form without a shell (["pip", "install", "numpy==1.18.5"]): one command whose words
    // are the JSON strings; `text` is those strings joined by blanks. Nothing may be inserted
    // as shell syntax here (no `case …;` prefix, no `&&` removal).
    bool execForm = false;
};

// Shell sources of a Dockerfile, computed once and shared by every rule.
QList<ShellSource> collectShellSources(const Dockerfile &dockerfile);
// The same, reusing the split commands of `previous` sources with the same text (the sources of
// an earlier version of the file: an edit leaves most RUN instructions as they were).
QList<ShellSource> collectShellSources(const Dockerfile &dockerfile, const QList<ShellSource> &previous);

// Document range of text[start, end) of a mapped text.
SourceRange rangeIn(const Dockerfile &dockerfile, const MappedText &text, int start, int end);
// Range of a whole shell word.
inline SourceRange rangeOf(const Dockerfile &df, const ShellSource &src, const ShellWord &w)
{
    return rangeIn(df, src.text, w.start, w.end);
}
// An edit replacing text[start, end) of a mapped text in the Dockerfile `file`.
TextEdit replaceIn(const Dockerfile &df, const QString &file, const MappedText &text, int start, int end,
                   const QString &newText);
// An edit inserting `line` (without line break) as a new line after instruction `index`
// (after its heredoc bodies), with the indentation of that instruction.
TextEdit insertLineAfter(const Dockerfile &df, const QString &file, int instructionIndex, const QString &line);
// Inserts `ARG name` into the stage of instruction `index` right after its FROM line, unless
// the stage already declares it before `index`. Returns false when nothing is needed.
bool declareArgEdit(const Dockerfile &df, const QString &file, int instructionIndex, const QString &name,
                    TextEdit *edit);

Finding makeFinding(const RuleInfo &info, const QString &file, const SourceRange &range,
                    const QString &message, const QString &help);

} // namespace Armlift
