#include "fix/TextDiff.h"

#include <QHash>
#include <QStringView>

#include <algorithm>
#include <vector>

namespace Armlift {

using namespace Qt::StringLiterals;

namespace {

// Lines as diff(1) sees them: split after each "\n", the break kept, so that a last line
// without a break never equals the same text with one.
QList<QStringView> splitLines(const QString &text)
{
    QList<QStringView> lines;
    qsizetype start = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (text.at(i) == u'\n') {
            lines.append(QStringView(text).mid(start, i + 1 - start));
            start = i + 1;
        }
    }
    if (start < n)
        lines.append(QStringView(text).mid(start));
    return lines;
}

QStringView withoutBreak(QStringView line)
{
    if (line.endsWith(u'\n'))
        line.chop(1);
    if (line.endsWith(u'\r'))
        line.chop(1);
    return line;
}

// Myers' O(ND) difference algorithm in linear space (the "middle snake" bisection, as in
// diff-match-patch), on line ids. Marks removed lines of A and added lines of B; the arrays
// carry one sentinel slot at each end for the boundary shifting below.
class LineDiff
{
public:
    LineDiff(const std::vector<int> &a, const std::vector<int> &b)
        : m_a(a), m_b(b), m_removed(a.size() + 2, 0), m_added(b.size() + 2, 0)
    {
        run(0, int(a.size()), 0, int(b.size()));
        shiftBoundaries(m_removed, m_added, m_a);
        shiftBoundaries(m_added, m_removed, m_b);
    }

    bool removed(int i) const { return m_removed[std::size_t(i) + 1]; }
    bool added(int j) const { return m_added[std::size_t(j) + 1]; }

private:
    void run(int a0, int a1, int b0, int b1)
    {
        while (a0 < a1 && b0 < b1 && m_a[a0] == m_b[b0]) {
            ++a0;
            ++b0;
        }
        while (a0 < a1 && b0 < b1 && m_a[a1 - 1] == m_b[b1 - 1]) {
            --a1;
            --b1;
        }
        if (a0 == a1) {
            for (int j = b0; j < b1; ++j)
                m_added[std::size_t(j) + 1] = 1;
            return;
        }
        if (b0 == b1) {
            for (int i = a0; i < a1; ++i)
                m_removed[std::size_t(i) + 1] = 1;
            return;
        }
        bisect(a0, a1, b0, b1);
    }

    void bisect(int a0, int a1, int b0, int b1)
    {
        const int n = a1 - a0;
        const int m = b1 - b0;
        const int maxD = (n + m + 1) / 2;
        const int vOffset = maxD;
        const int vLength = 2 * maxD + 2;
        std::vector<int> v1(std::size_t(vLength), -1);
        std::vector<int> v2(std::size_t(vLength), -1);
        v1[std::size_t(vOffset + 1)] = 0;
        v2[std::size_t(vOffset + 1)] = 0;
        const int delta = n - m;
        // With an odd delta the forward path meets the reverse one; with an even delta, vice versa.
        const bool front = (delta % 2 != 0);
        int k1start = 0, k1end = 0, k2start = 0, k2end = 0;
        const auto A = [&](int i) { return m_a[std::size_t(a0 + i)]; };
        const auto B = [&](int j) { return m_b[std::size_t(b0 + j)]; };
        for (int d = 0; d < maxD; ++d) {
            for (int k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
                const int k1Offset = vOffset + k1;
                int x1;
                if (k1 == -d || (k1 != d && v1[std::size_t(k1Offset - 1)] < v1[std::size_t(k1Offset + 1)]))
                    x1 = v1[std::size_t(k1Offset + 1)];
                else
                    x1 = v1[std::size_t(k1Offset - 1)] + 1;
                int y1 = x1 - k1;
                while (x1 < n && y1 < m && A(x1) == B(y1)) {
                    ++x1;
                    ++y1;
                }
                v1[std::size_t(k1Offset)] = x1;
                if (x1 > n) {
                    k1end += 2;
                } else if (y1 > m) {
                    k1start += 2;
                } else if (front) {
                    const int k2Offset = vOffset + delta - k1;
                    if (k2Offset >= 0 && k2Offset < vLength && v2[std::size_t(k2Offset)] != -1) {
                        const int x2 = n - v2[std::size_t(k2Offset)];
                        if (x1 >= x2) {
                            split(a0, a1, b0, b1, x1, y1);
                            return;
                        }
                    }
                }
            }
            for (int k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
                const int k2Offset = vOffset + k2;
                int x2;
                if (k2 == -d || (k2 != d && v2[std::size_t(k2Offset - 1)] < v2[std::size_t(k2Offset + 1)]))
                    x2 = v2[std::size_t(k2Offset + 1)];
                else
                    x2 = v2[std::size_t(k2Offset - 1)] + 1;
                int y2 = x2 - k2;
                while (x2 < n && y2 < m && A(n - x2 - 1) == B(m - y2 - 1)) {
                    ++x2;
                    ++y2;
                }
                v2[std::size_t(k2Offset)] = x2;
                if (x2 > n) {
                    k2end += 2;
                } else if (y2 > m) {
                    k2start += 2;
                } else if (!front) {
                    const int k1Offset = vOffset + delta - k2;
                    if (k1Offset >= 0 && k1Offset < vLength && v1[std::size_t(k1Offset)] != -1) {
                        const int x1 = v1[std::size_t(k1Offset)];
                        const int y1 = vOffset + x1 - k1Offset;
                        if (x1 >= n - x2) {
                            split(a0, a1, b0, b1, x1, y1);
                            return;
                        }
                    }
                }
            }
        }
        // No common line at all: everything of A goes, everything of B comes.
        for (int i = a0; i < a1; ++i)
            m_removed[std::size_t(i) + 1] = 1;
        for (int j = b0; j < b1; ++j)
            m_added[std::size_t(j) + 1] = 1;
    }

    void split(int a0, int a1, int b0, int b1, int x, int y)
    {
        run(a0, a0 + x, b0, b0 + y);
        run(a0 + x, a1, b0 + y, b1);
    }

    // GNU diff's shift_boundaries: slide each run of changes as far down as equal lines allow,
    // merging with neighbouring runs, then back up to line up with a change in the other file.
    // This picks the same of several equally short diffs that diff -u and git print.
    static void shiftBoundaries(std::vector<char> &changedStore, std::vector<char> &otherStore,
                                const std::vector<int> &equivs)
    {
        char *changed = changedStore.data() + 1;  // changed[-1] and changed[iEnd] are sentinels
        char *otherChanged = otherStore.data() + 1;
        const int iEnd = int(equivs.size());
        int i = 0;
        int j = 0;
        while (true) {
            while (i < iEnd && !changed[i]) {
                while (otherChanged[j++]) {
                }
                ++i;
            }
            if (i == iEnd)
                break;
            int start = i;
            while (changed[++i]) {
            }
            while (otherChanged[j])
                ++j;
            int runLength;
            int corresponding;
            do {
                runLength = i - start;
                while (start && equivs[std::size_t(start - 1)] == equivs[std::size_t(i - 1)]) {
                    changed[--start] = 1;
                    changed[--i] = 0;
                    while (changed[start - 1])
                        --start;
                    while (otherChanged[--j]) {
                    }
                }
                corresponding = otherChanged[j - 1] ? i : iEnd;
                while (i != iEnd && equivs[std::size_t(start)] == equivs[std::size_t(i)]) {
                    changed[start++] = 0;
                    changed[i++] = 1;
                    while (changed[i])
                        ++i;
                    while (otherChanged[++j])
                        corresponding = i;
                }
            } while (runLength != i - start);
            while (corresponding < i) {
                changed[--start] = 1;
                changed[--i] = 0;
                while (otherChanged[--j]) {
                }
            }
        }
    }

    const std::vector<int> &m_a;
    const std::vector<int> &m_b;
    std::vector<char> m_removed;
    std::vector<char> m_added;
};

struct Op
{
    DiffLine::Kind kind;
    int oldIndex; // 0-based, -1 when absent
    int newIndex;
};

QList<Op> diffOps(const QList<QStringView> &a, const QList<QStringView> &b)
{
    // Compare ints, not strings: every distinct line gets an id.
    QHash<QStringView, int> ids;
    ids.reserve(a.size() + b.size());
    const auto idsOf = [&ids](const QList<QStringView> &lines) {
        std::vector<int> out;
        out.reserve(std::size_t(lines.size()));
        for (QStringView l : lines) {
            auto it = ids.constFind(l);
            if (it == ids.constEnd())
                it = ids.insert(l, int(ids.size()));
            out.push_back(it.value());
        }
        return out;
    };
    const std::vector<int> ia = idsOf(a);
    const std::vector<int> ib = idsOf(b);
    const LineDiff diff(ia, ib);

    QList<Op> ops;
    ops.reserve(std::max(a.size(), b.size()));
    const int n = int(a.size());
    const int m = int(b.size());
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
        if (i < n && diff.removed(i)) {
            ops.append({DiffLine::Removed, i++, -1});
        } else if (j < m && diff.added(j)) {
            ops.append({DiffLine::Added, -1, j++});
        } else {
            ops.append({DiffLine::Same, i++, j++});
        }
    }
    return ops;
}

QString rangeText(int before, int count)
{
    // diff -u: "l,n"; ",1" is left out; an empty range names the line before it.
    const int start = count > 0 ? before + 1 : before;
    if (count == 1)
        return QString::number(start);
    return QString::number(start) + u',' + QString::number(count);
}

void appendLine(QString &out, QChar prefix, QStringView line)
{
    out += prefix;
    out += line;
    if (!line.endsWith(u'\n'))
        out += u"\n\\ No newline at end of file\n";
}

} // namespace

QList<DiffLine> diffLines(const QString &before, const QString &after)
{
    const QList<QStringView> a = splitLines(before);
    const QList<QStringView> b = splitLines(after);
    QList<DiffLine> out;
    const QList<Op> ops = diffOps(a, b);
    out.reserve(ops.size());
    for (const Op &op : ops) {
        const QStringView raw = op.oldIndex >= 0 ? a.at(op.oldIndex) : b.at(op.newIndex);
        out.append(DiffLine{op.kind, withoutBreak(raw).toString(), op.oldIndex + 1, op.newIndex + 1});
    }
    return out;
}

QString unifiedDiff(const QString &path, const QString &before, const QString &after, int context)
{
    if (before == after)
        return {};
    context = std::max(0, context);
    const QList<QStringView> a = splitLines(before);
    const QList<QStringView> b = splitLines(after);
    const QList<Op> ops = diffOps(a, b);

    QString out = u"--- a/"_s + path + u"\n+++ b/"_s + path + u'\n';
    const int total = int(ops.size());
    int k = 0;
    int pos = 0;
    int oldBefore = 0;
    int newBefore = 0;
    while (k < total) {
        while (k < total && ops.at(k).kind == DiffLine::Same)
            ++k;
        if (k == total)
            break;
        // Grow the hunk while the next change is at most 2*context unchanged lines away.
        int last = k;
        int next = k + 1;
        while (next < total) {
            if (ops.at(next).kind != DiffLine::Same) {
                last = next++;
                continue;
            }
            int same = next;
            while (same < total && ops.at(same).kind == DiffLine::Same)
                ++same;
            if (same == total || same - next > 2 * context)
                break;
            last = same;
            next = same + 1;
        }
        const int first = std::max(0, k - context);
        const int end = std::min(total, last + 1 + context);
        // Lines before the hunk on each side: count the ops passed since the last hunk.
        for (; pos < first; ++pos) {
            oldBefore += ops.at(pos).oldIndex >= 0 ? 1 : 0;
            newBefore += ops.at(pos).newIndex >= 0 ? 1 : 0;
        }
        int oldCount = 0;
        int newCount = 0;
        for (int x = first; x < end; ++x) {
            oldCount += ops.at(x).oldIndex >= 0 ? 1 : 0;
            newCount += ops.at(x).newIndex >= 0 ? 1 : 0;
        }
        out += u"@@ -"_s + rangeText(oldBefore, oldCount) + u" +"_s + rangeText(newBefore, newCount)
            + u" @@\n"_s;
        for (int x = first; x < end; ++x) {
            const Op &op = ops.at(x);
            switch (op.kind) {
            case DiffLine::Same: appendLine(out, u' ', a.at(op.oldIndex)); break;
            case DiffLine::Removed: appendLine(out, u'-', a.at(op.oldIndex)); break;
            case DiffLine::Added: appendLine(out, u'+', b.at(op.newIndex)); break;
            }
        }
        k = end;
    }
    return out;
}

} // namespace Armlift
