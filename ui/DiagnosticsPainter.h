#pragma once

#include "model/Finding.h"

#include <KSyntaxHighlighting/Theme>

#include <QTextCursor>
#include <QTextEdit>

class QTextDocument;

namespace Armlift {

// Turns findings into what the editor shows: cursors over their ranges and wavy underlines
// in the theme's severity colours. The selections hold QTextCursors, so they follow edits
// made before the next re-lint replaces them.
class DiagnosticsPainter
{
public:
    // Document position of a 1-based line and UTF-16 column, clamped into the document.
    static int position(const QTextDocument *document, int line, int column);
    // A cursor selecting the finding's range. An empty range (an insertion point) selects the
    // next character, or the previous one at the end of a line, so it stays visible.
    static QTextCursor cursorFor(QTextDocument *document, const SourceRange &range);
    static QTextCharFormat underlineFormat(const KSyntaxHighlighting::Theme &theme, Severity severity);
    static QList<QTextEdit::ExtraSelection> selections(QTextDocument *document, const QList<Finding> &findings,
                                                        const KSyntaxHighlighting::Theme &theme);
};

} // namespace Armlift
