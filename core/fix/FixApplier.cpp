#include "fix/FixApplier.h"

#include "text/TextDocument.h"

#include <algorithm>

namespace Armlift {

FixApplier::Result FixApplier::apply(const QString &text, QList<TextEdit> edits)
{
    const TextDocument doc(text);
    struct Span
    {
        int start;
        int end;
        const TextEdit *edit;
    };
    QList<Span> spans;
    for (const TextEdit &e : edits) {
        const int s = doc.offsetOf(e.range.line, e.range.column);
        const int en = doc.offsetOf(e.range.endLine, e.range.endColumn);
        spans.append({s, qMax(s, en), &e});
    }
    // Stable order: by position; insertions at one point keep their given order.
    std::stable_sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) {
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    });
    Result result;
    QList<Span> accepted;
    for (const Span &sp : spans) {
        bool duplicate = false;
        bool overlaps = false;
        for (const Span &a : accepted) {
            if (a.start == sp.start && a.end == sp.end && a.edit->newText == sp.edit->newText) {
                duplicate = true;
                break;
            }
            // Two insertions at the same point conflict (their order would be a guess);
            // a replacement conflicts with anything inside or across it.
            const bool bothEmpty = a.start == a.end && sp.start == sp.end;
            if ((bothEmpty && a.start == sp.start) || (sp.start < a.end && a.start < sp.end)
                || (a.start == a.end && a.start > sp.start && a.start < sp.end)
                || (sp.start == sp.end && sp.start > a.start && sp.start < a.end))
                overlaps = true;
        }
        if (duplicate)
            continue;
        if (overlaps) {
            result.refused.append(*sp.edit);
            continue;
        }
        accepted.append(sp);
    }
    QString out = doc.text();
    for (auto it = accepted.crbegin(); it != accepted.crend(); ++it)
        out.replace(it->start, it->end - it->start, it->edit->newText);
    if (doc.hasBom())
        out.prepend(QChar(0xFEFF));
    result.text = out;
    result.applied = int(accepted.size());
    return result;
}

} // namespace Armlift
