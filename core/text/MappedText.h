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
    void reserve(int size)
    {
        if (size > 0) // reserving nothing would make a null text an empty one
            m_text.reserve(size);
    }

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
    // Appends src.text()[from, to) keeping the document offsets those characters have in `src`:
    // whole runs at once, where per-character append() would grow the text one by one.
    void appendSlice(const MappedText &src, int from, int to)
    {
        Q_ASSERT(&src != this);
        from = qMax(from, 0);
        to = qMin(to, src.size());
        if (to <= from)
            return;
        const int at = size();
        for (qsizetype k = src.segmentOf(from); k < src.m_segments.size(); ++k) {
            const Segment &seg = src.m_segments.at(k);
            const int a = qMax(from, seg.textStart);
            const int b = qMin(to, seg.textStart + seg.length);
            if (a >= b)
                break;
            addSegment(at + a - from, seg.docStart + (a - seg.textStart), b - a);
        }
        m_text.append(QStringView(src.m_text).mid(from, to - from));
        m_end = src.docOffset(to - 1) + 1;
    }
    MappedText mid(int start, int length) const &
    {
        MappedText m;
        start = qMax(start, 0);
        const int end = qMin(size(), start + length);
        m.appendSlice(*this, start, end);
        if (end <= start)
            m.m_end = docOffset(start);
        return m;
    }
    // The same result, reusing this text's buffers (the parser cuts the arguments off a line).
    MappedText mid(int start, int length) &&
    {
        start = qMax(start, 0);
        const int end = qMin(size(), start + length);
        if (end <= start) {
            MappedText m;
            m.m_end = docOffset(start);
            return m;
        }
        m_end = docOffset(end - 1) + 1;
        qsizetype kept = 0;
        for (qsizetype k = segmentOf(start); k < m_segments.size(); ++k) {
            const Segment seg = m_segments.at(k);
            const int a = qMax(start, seg.textStart);
            const int b = qMin(end, seg.textStart + seg.length);
            if (a >= b)
                break;
            m_segments[kept++] = {a - start, seg.docStart + (a - seg.textStart), b - a};
        }
        m_segments.resize(kept);
        m_text = std::move(m_text).sliced(start, end - start);
        return std::move(*this);
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
