#pragma once

#include <QList>
#include <QString>

namespace Armlift {

// Text assembled from pieces of a document (continuations and escapes removed) where
// every character remembers its offset in the document, so analyses of the assembled
// text report exact document positions.
class MappedText
{
public:
    void append(QChar c, int docOffset)
    {
        m_text.append(c);
        m_offsets.append(docOffset);
        m_end = docOffset + 1;
    }
    void appendRange(const QString &doc, int start, int end)
    {
        if (end <= start)
            return;
        m_text.append(QStringView(doc).mid(start, end - start));
        m_offsets.reserve(m_offsets.size() + (end - start));
        for (int i = start; i < end; ++i)
            m_offsets.append(i);
        m_end = end;
    }
    void setEnd(int docOffset) { m_end = docOffset; }

    const QString &text() const { return m_text; }
    int size() const { return int(m_text.size()); }
    bool isEmpty() const { return m_text.isEmpty(); }
    // Document offset of character i; i == size() gives the end offset.
    int docOffset(int i) const
    {
        if (i < int(m_offsets.size()))
            return m_offsets.at(i);
        return m_end;
    }
    // Document offset just after character i - 1 (an exclusive end).
    int docEnd(int i) const
    {
        if (i <= 0)
            return docOffset(0);
        return m_offsets.at(i - 1) + 1;
    }
    MappedText mid(int start, int length) const
    {
        MappedText m;
        const int end = qMin(size(), start + length);
        if (end > start) {
            m.m_text = m_text.mid(start, end - start);
            m.m_offsets = m_offsets.mid(start, end - start);
        }
        m.m_end = end > start ? m_offsets.at(end - 1) + 1 : docOffset(start);
        return m;
    }

private:
    QString m_text;
    QList<int> m_offsets;
    int m_end = 0;
};

} // namespace Armlift
