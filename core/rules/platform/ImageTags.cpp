#include "rules/platform/ImageTags.h"

namespace Armlift {

namespace {

// <0, 0 or >0 like strcmp; missing components count as 0 (1.2 == 1.2.0).
int compareVersions(const QList<int> &a, const QList<int> &b)
{
    for (qsizetype i = 0; i < qMax(a.size(), b.size()); ++i) {
        const int x = i < a.size() ? a.at(i) : 0;
        const int y = i < b.size() ? b.at(i) : 0;
        if (x != y)
            return x < y ? -1 : 1;
    }
    return 0;
}

} // namespace

ImageTagSet::ImageTagSet(const QJsonArray &wildcards, const QString &boundVersion, Bound bound)
    : m_version(leadingVersion(boundVersion))
    , m_bound(bound)
{
    for (const QJsonValue &t : wildcards)
        m_wildcards.append(QRegularExpression::fromWildcard(t.toString(), Qt::CaseSensitive,
                                                            QRegularExpression::NonPathWildcardConversion));
}

bool ImageTagSet::contains(const QString &tag) const
{
    for (const QRegularExpression &w : m_wildcards)
        if (w.match(tag).hasMatch())
            return true;
    if (m_version.isEmpty())
        return false;
    const QList<int> v = leadingVersion(tag);
    if (v.isEmpty())
        return false;
    const int c = compareVersions(v, m_version);
    return m_bound == Bound::Below ? c < 0 : c >= 0;
}

QList<int> ImageTagSet::leadingVersion(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^v?(\d+(?:\.\d+)*))"));
    const QRegularExpressionMatch m = re.match(text);
    QList<int> parts;
    if (m.hasMatch()) {
        for (const QStringView p : m.capturedView(1).tokenize(u'.'))
            parts.append(p.toInt());
    }
    return parts;
}

} // namespace Armlift
