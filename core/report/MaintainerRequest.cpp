#include "report/MaintainerRequest.h"

#include <QRegularExpression>
#include <QSet>

namespace Armlift {

using namespace Qt::StringLiterals;

namespace {

// Rule messages name their subject first ("numpy==1.18.5 has no aarch64 wheel …"); build-log
// messages name it after "of"/"for" or in front of "has no".
QString subjectOf(const Finding &f)
{
    static const QList<QRegularExpression> patterns = {
        QRegularExpression(u"^([A-Za-z0-9][A-Za-z0-9._/:@-]*?)(?:[=<>!~]=\\S*)?\\s+(?:has no|is a|without|below|pinned|is pinned|needs)"_s),
        QRegularExpression(u"\\b(?:release of|build of|builds of|image) ([A-Za-z0-9][A-Za-z0-9._/:@-]*?)(?:[=<>!~]=\\S*)?[ :,.]"_s),
        QRegularExpression(u"^([A-Za-z0-9][A-Za-z0-9._/:@-]*) has no arm64"_s),
    };
    for (const QRegularExpression &rx : patterns) {
        const QRegularExpressionMatch m = rx.match(f.message);
        if (m.hasMatch())
            return m.captured(1);
    }
    return {};
}

QString kindOf(const QString &ruleId)
{
    if (ruleId == u"ARM102"_s)
        return u"image"_s;
    if (ruleId.startsWith(u"ARM3"_s))
        return u"wheel"_s;
    return u"binary"_s;
}

} // namespace

bool MaintainerRequests::applies(const Finding &finding)
{
    static const QSet<QString> rules{u"ARM102"_s, u"ARM301"_s, u"ARM302"_s, u"ARM303"_s,
                                     u"ARM304"_s, u"ARM305"_s, u"ARM601"_s};
    return rules.contains(finding.ruleId);
}

MaintainerRequest MaintainerRequests::forFinding(const Finding &finding)
{
    MaintainerRequest r;
    r.kind = kindOf(finding.ruleId);
    r.subject = subjectOf(finding);
    const QString name = r.subject.isEmpty() ? tr("this project") : r.subject;
    if (r.kind == u"image"_s)
        r.title = tr("Please publish a linux/arm64 variant of %1").arg(name);
    else if (r.kind == u"wheel"_s)
        r.title = tr("Please publish manylinux aarch64 wheels for %1").arg(name);
    else
        r.title = tr("Please publish a linux-arm64 (aarch64) build of %1").arg(name);

    const QString what = r.kind == u"image"_s
        ? tr("a multi-arch image index that includes linux/arm64 (for example built with "
             "`docker buildx build --platform linux/amd64,linux/arm64` or `buildah manifest push --all`)")
        : r.kind == u"wheel"_s
        ? tr("wheels tagged `manylinux2014_aarch64` (or `manylinux_2_28_aarch64`) on PyPI, for example built with "
             "cibuildwheel on an arm64 runner")
        : tr("a release artefact for linux-arm64 / aarch64 next to the x86_64 one");
    r.body = tr("We are moving our container builds from x86_64 to arm64 (AWS Graviton, Ampere, Apple silicon) "
                "and %1 is the part that blocks us.\n\n"
                "**What happens on arm64**\n\n%2\n\n"
                "**What would help**\n\n%3.\n\n"
                "Newer releases of many projects already ship arm64 builds; if there is a release or a build flag "
                "we missed, a pointer would be just as welcome. Thank you!\n\n"
                "_Found by Armlift (rule %4)._")
                 .arg(name, finding.message, what, finding.ruleId);
    return r;
}

QList<MaintainerRequest> MaintainerRequests::forResult(const ScanResult &result)
{
    QList<MaintainerRequest> list;
    QSet<QString> seen;
    for (const Finding &f : result.findings) {
        if (!applies(f))
            continue;
        const MaintainerRequest r = forFinding(f);
        const QString key = r.subject.isEmpty() ? QString(f.ruleId + u'|' + f.message)
                                                : QString(r.kind + u'|' + r.subject.toLower());
        if (seen.contains(key))
            continue;
        seen.insert(key);
        list.append(r);
    }
    return list;
}

} // namespace Armlift
