#include "DiagnosticsPainter.h"

#include "EditorTheme.h"

#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>

namespace Armlift {

int DiagnosticsPainter::position(const QTextDocument *document, int line, int column)
{
    if (line < 1)
        return 0;
    const QTextBlock block = document->findBlockByNumber(line - 1);
    if (!block.isValid())
        return qMax(0, document->characterCount() - 1);
    const int lineLength = block.length() - 1; // without the paragraph separator
    return block.position() + std::clamp(column - 1, 0, lineLength);
}

QTextCursor DiagnosticsPainter::cursorFor(QTextDocument *document, const SourceRange &range)
{
    int start = position(document, range.line, range.column);
    int end = position(document, range.endLine > 0 ? range.endLine : range.line,
                       range.endLine > 0 ? range.endColumn : range.column);
    if (end < start)
        std::swap(start, end);
    if (end == start) {
        const QTextBlock block = document->findBlock(start);
        if (start < block.position() + block.length() - 1)
            ++end;
        else if (start > block.position())
            --start;
    }
    QTextCursor cursor(document);
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    return cursor;
}

QTextCharFormat DiagnosticsPainter::underlineFormat(const KSyntaxHighlighting::Theme &theme, Severity severity)
{
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    const QColor color = EditorTheme::severityColor(theme, severity);
    format.setUnderlineColor(color);
    // The wave is one pixel thin; a light tint of the same colour makes the range findable
    // at a glance (and on a projector) without hiding the syntax colours.
    if (severity != Severity::Info) {
        QColor tint = color;
        tint.setAlpha(40);
        format.setBackground(tint);
    }
    return format;
}

QList<QTextEdit::ExtraSelection> DiagnosticsPainter::selections(QTextDocument *document,
                                                                const QList<Finding> &findings,
                                                                const KSyntaxHighlighting::Theme &theme)
{
    // Less severe first: where ranges overlap, the later (more severe) underline is on top.
    QList<const Finding *> ordered;
    for (const Finding &f : findings)
        ordered.append(&f);
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Finding *a, const Finding *b) { return a->severity < b->severity; });
    QList<QTextEdit::ExtraSelection> out;
    for (const Finding *f : ordered) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = cursorFor(document, f->range);
        selection.format = underlineFormat(theme, f->severity);
        selection.format.setToolTip(QStringLiteral("%1 [%2]").arg(f->message, f->ruleId));
        out.append(selection);
    }
    return out;
}

} // namespace Armlift
