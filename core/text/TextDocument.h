#pragma once

#include "model/SourceRange.h"

#include <QList>
#include <QString>

namespace Armlift {

// Text with a line index: converts between UTF-16 offsets and 1-based line/column.
// Line breaks are "\n", "\r\n" or a lone "\r"; the break is not part of the line.
class TextDocument
{
public:
    TextDocument() = default;
    explicit TextDocument(QString text);

    const QString &text() const { return m_text; }
    int lineCount() const { return int(m_lineStarts.size()); }
    // 1-based line; returns the line's text without its line break.
    QStringView line(int line) const;
    int lineStart(int line) const;          // offset of the line's first character
    int lineEnd(int line) const;            // offset just before the line break
    int lineOf(int offset) const;           // 1-based
    int columnOf(int offset) const { return offset - lineStart(lineOf(offset)) + 1; }
    int offsetOf(int line, int column) const; // clamped into the text
    SourceRange rangeOf(int startOffset, int endOffset) const;
    // The line break this document mostly uses ("\n" or "\r\n"), for inserted lines.
    QString lineBreak() const;
    // A leading UTF-8 BOM is not part of the text (columns start after it); writers put it back.
    bool hasBom() const { return m_hasBom; }

private:
    QString m_text;
    QList<int> m_lineStarts;
    bool m_hasBom = false;
};

} // namespace Armlift
