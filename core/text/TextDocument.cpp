#include "text/TextDocument.h"

#include <algorithm>

namespace Armlift {

TextDocument::TextDocument(QString text)
    : m_text(std::move(text))
{
    if (m_text.startsWith(QChar(0xFEFF))) {
        m_text.remove(0, 1);
        m_hasBom = true;
    }
    m_lineStarts.append(0);
    if (!m_text.contains(u'\r')) {
        // The usual case: only "\n" breaks, found by the vectorised search.
        for (qsizetype i = m_text.indexOf(u'\n'); i >= 0; i = m_text.indexOf(u'\n', i + 1))
            m_lineStarts.append(int(i + 1));
        return;
    }
    const int n = int(m_text.size());
    const QChar *d = m_text.constData();
    for (int i = 0; i < n; ++i) {
        if (d[i] == u'\r') {
            if (i + 1 < n && d[i + 1] == u'\n')
                ++i;
            m_lineStarts.append(i + 1);
        } else if (d[i] == u'\n') {
            m_lineStarts.append(i + 1);
        }
    }
}

QStringView TextDocument::line(int l) const
{
    if (l < 1 || l > lineCount())
        return {};
    return QStringView(m_text).mid(lineStart(l), lineEnd(l) - lineStart(l));
}

int TextDocument::lineStart(int l) const
{
    if (l < 1)
        return 0;
    if (l > lineCount())
        return int(m_text.size());
    return m_lineStarts.at(l - 1);
}

int TextDocument::lineEnd(int l) const
{
    if (l < 1)
        return 0;
    if (l >= lineCount())
        return int(m_text.size());
    int end = m_lineStarts.at(l); // start of next line
    if (end > 0 && m_text.at(end - 1) == u'\n')
        --end;
    if (end > lineStart(l) && m_text.at(end - 1) == u'\r')
        --end;
    return end;
}

int TextDocument::lineOf(int offset) const
{
    auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset);
    return int(it - m_lineStarts.cbegin());
}

int TextDocument::offsetOf(int l, int column) const
{
    if (l > lineCount())
        return int(m_text.size());
    const int start = lineStart(l);
    return std::clamp(start + column - 1, start, lineEnd(l));
}

SourceRange TextDocument::rangeOf(int startOffset, int endOffset) const
{
    SourceRange r;
    r.line = lineOf(startOffset);
    r.column = startOffset - lineStart(r.line) + 1;
    // Most ranges end on the line they start on: one search, not two.
    r.endLine = endOffset >= startOffset && (r.line >= lineCount() || endOffset < lineStart(r.line + 1))
        ? r.line
        : lineOf(endOffset);
    r.endColumn = endOffset - lineStart(r.endLine) + 1;
    // An end offset that sits right after a line break belongs to the line it ends.
    return r;
}

QString TextDocument::lineBreak() const
{
    return m_text.contains(QLatin1String("\r\n")) ? QStringLiteral("\r\n") : QStringLiteral("\n");
}

} // namespace Armlift
