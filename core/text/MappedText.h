#pragma once

#include <QList>
#include <QString>
#include <QVarLengthArray>

namespace Armlift {

// Text assembled from pieces of a document (continuations and escapes removed) where
// every character remembers its offset in the document, so analyses of the assembled
// text report exact document positions.
class MappedText
{
public:
    void append(QChar c, int docOffset)
    {
        addSegment(int(m_text.size()), docOffset, 1);
        m_text.append(c);
        m_end = docOffset + 1;
    }
    void appendRange(const QString &doc, int start, int end)
    {
        if (end <= start)
            return;
        addSegment(int(m_text.size()), start, end - start);
        m_text.append(QStringView(doc).mid(start, end - start));
        m_end = end;
    }
    void setEnd(int docOffset) { m_end = docOffset; }

    const QString &text() const { return m_text; }
    int size() const { return int(m_text.size()); }
    bool isEmpty() const { return m_text.isEmpty(); }
    // Document offset of character i; i == size() gives the end offset.
    int docOffset(int i) const
    {
        if (i < 0 || i >= size())
            return i < 0 && !m_segments.isEmpty() ? m_segments.first().docStart : m_end;
        const Segment &seg = m_segments.at(segmentOf(i));
        return seg.docStart + (i - seg.textStart);
    }
    // Document offset just after character i - 1 (an exclusive end).
    int docEnd(int i) const
    {
        if (i <= 0)
            return docOffset(0);
        return docOffset(qMin(i, size()) - 1) + 1;
    }
    MappedText mid(int start, int length) const
    {
        MappedText m;
        start = qMax(start, 0);
        const int end = qMin(size(), start + length);
        if (end > start) {
            m.m_text = m_text.mid(start, end - start);
            for (qsizetype k = segmentOf(start); k < m_segments.size(); ++k) {
                const Segment &seg = m_segments.at(k);
                const int from = qMax(start, seg.textStart);
                const int to = qMin(end, seg.textStart + seg.length);
                if (from >= to)
                    break;
                m.m_segments.append({from - start, seg.docStart + (from - seg.textStart), to - from});
            }
        }
        m.m_end = end > start ? docOffset(end - 1) + 1 : docOffset(start);
        return m;
    }

private:
    // A run of characters copied from consecutive document offsets: most assembled text is a
    // few such runs (one per continued line), so this is far smaller than an offset per character.
    struct Segment
    {
        int textStart;
        int docStart;
        int length;
    };
    void addSegment(int textStart, int docStart, int length)
    {
        if (!m_segments.isEmpty()) {
            Segment &last = m_segments.last();
            if (last.textStart + last.length == textStart && last.docStart + last.length == docStart) {
                last.length += length;
                return;
            }
        }
        m_segments.append({textStart, docStart, length});
    }
    // The segment holding text index i (0 <= i < size()).
    qsizetype segmentOf(int i) const
    {
        qsizetype lo = 0;
        qsizetype hi = m_segments.size() - 1;
        while (lo < hi) {
            const qsizetype mid = (lo + hi + 1) / 2;
            if (m_segments.at(mid).textStart <= i)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    }

    QString m_text;
    // Inline room for a few runs: most texts are one line or a handful of continued lines.
    QVarLengthArray<Segment, 4> m_segments;
    int m_end = 0;
};

} // namespace Armlift
