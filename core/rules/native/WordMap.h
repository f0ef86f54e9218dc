#pragma once

#include "dockerfile/Dockerfile.h"
#include "model/Finding.h"
#include "shell/ShellScript.h"

#include <QList>
#include <QString>
#include <QVarLengthArray>

namespace Armlift {

struct ShellSource;

// Maps each character of a shell word's unquoted value back to its index in the analysed
// text, so a rule can point at (and edit) a part of `CFLAGS="-O2 -mavx2"` or
// `'numpy==1.18.5'` instead of the whole word.
class WordMap
{
public:
    WordMap(const QString &text, const ShellWord &word);

    // False when the value could not be matched character by character (unusual escapes):
    // callers then fall back to the whole word.
    bool isValid() const { return m_valid; }
    int textIndex(int valueIndex) const;     // start position of value[valueIndex]
    int textEnd(int valueEnd) const;         // exclusive end for value[.., valueEnd)
    bool singleQuotedAt(int valueIndex) const;

private:
    // Inline storage: a map is made for every word a rule edits or reports, and most are short.
    QVarLengthArray<int, 64> m_index;
    QVarLengthArray<bool, 64> m_single;
    int m_wordEnd = 0;
    bool m_valid = false;
};

// Range and edit of value[start, end) of a word of a shell source.
SourceRange wordPartRange(const Dockerfile &df, const ShellSource &src, const ShellWord &word, int start, int end);
TextEdit wordPartEdit(const Dockerfile &df, const QString &file, const ShellSource &src, const ShellWord &word,
                      int start, int end, const QString &newText);

// The ARG or ENV pair that defines `name` as seen by instruction `index` (the latest one in
// the stage or, for a stage-less instruction, before the first FROM). Null when none.
const KeyValue *findDefinition(const Dockerfile &df, const QString &name, int index, int *instruction = nullptr);

// External base image of a stage, following `FROM <other stage>`; empty when unknown.
QString baseImageOf(const Dockerfile &df, int stage);

} // namespace Armlift
