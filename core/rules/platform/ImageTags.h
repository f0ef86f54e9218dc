#pragma once

#include <QJsonArray>
#include <QList>
#include <QRegularExpression>
#include <QString>

namespace Armlift {

// The tags of an image repository that a knowledge-base entry covers: wildcards ("3.6*",
// "*-alpine") and/or a bound on the tag's leading version ("tagsBelow": "1.2" covers 1.1-slim,
// "tagsFrom": "24" covers 24.04). Shared by ARM102 (images without arm64) and ARM104 (images
// that need a newer arm64 CPU).
class ImageTagSet
{
public:
    enum class Bound { Below, AtLeast };

    ImageTagSet() = default;
    // `boundVersion` empty: no version bound.
    ImageTagSet(const QJsonArray &wildcards, const QString &boundVersion, Bound bound);

    bool isEmpty() const { return m_wildcards.isEmpty() && m_version.isEmpty(); }
    bool contains(const QString &tag) const;

    // "v1.21.3-alpine" -> {1, 21, 3}; empty when the text does not start with a version.
    static QList<int> leadingVersion(const QString &text);

private:
    QList<QRegularExpression> m_wildcards;
    QList<int> m_version;
    Bound m_bound = Bound::Below;
};

} // namespace Armlift
