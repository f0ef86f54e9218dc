#pragma once

#include "text/MappedText.h"

#include <QList>
#include <QString>

namespace Armlift {

struct ShellWord
{
    QString value;   // with quotes removed (expansions kept as written)
    int start = 0;   // index into the analysed text
    int end = 0;     // exclusive
    bool quoted = false;
};

// One simple command (`curl -fsSLO URL`), split on &&, ||, ;, |, & and newlines.
struct ShellCommand
{
    QList<ShellWord> words;    // assignments (A=b) before the command name included
    int start = 0;
    int end = 0;
    // Inside a branch that only runs on some architectures:
    // case "$(dpkg --print-architecture)" in amd64) … ;; esac, if [ "$TARGETARCH" = amd64 ]; then …
    bool archConditional = false;

    // Index of the command name, skipping VAR=value prefixes; -1 when only assignments.
    int nameIndex() const { return m_nameIndex >= -1 ? m_nameIndex : computeNameIndex(); }
    QString name() const;      // basename of the command name ("/usr/bin/pip3" -> "pip3")
    // The same without a copy, valid while the command lives: rules compare it in every loop,
    // so the sealed case is inline.
    QStringView nameView() const
    {
        if (m_nameIndex >= 0)
            return QStringView(words.at(m_nameIndex).value).sliced(m_nameStart);
        return m_nameIndex == -1 ? QStringView() : unsealedNameView();
    }
    // Records nameIndex() once the words are complete: every rule asks for it, many times.
    // Whoever changes `words` afterwards must call it again.
    void seal();

private:
    int computeNameIndex() const;
    QStringView unsealedNameView() const;
    int m_nameIndex = -2; // -2: not sealed, computed on each call
    int m_nameStart = 0;  // where the basename starts in the name word (sealed only)
};

// Splits shell text into simple commands with word positions. It understands quoting,
// $(…), `…`, ${…}, comments, line continuations and the architecture conditionals above;
// it is not a full shell parser and never fails.
class ShellScript
{
public:
    static QList<ShellCommand> parse(const QString &text);
};

} // namespace Armlift
