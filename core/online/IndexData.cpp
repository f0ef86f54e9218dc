#include "online/IndexData.h"

#include "manifest/Requirements.h"

#include <QRegularExpression>
#include <algorithm>

namespace Armlift {

using namespace Qt::StringLiterals;

PyPIProject PyPIProject::fromJson(const QJsonObject &json)
{
    PyPIProject p;
    static const QRegularExpression pre(QStringLiteral(R"((a|b|rc|dev)\d*)"), QRegularExpression::CaseInsensitiveOption);
    const QJsonObject releases = json.value(u"releases").toObject();
    for (auto it = releases.begin(); it != releases.end(); ++it) {
        Release r;
        r.version = it.key();
        r.preRelease = pre.match(r.version).hasMatch();
        const QJsonArray files = it.value().toArray();
        bool allYanked = !files.isEmpty();
        for (const auto &f : files) {
            const QJsonObject o = f.toObject();
            r.files.append(o.value(u"filename").toString());
            allYanked = allYanked && o.value(u"yanked").toBool();
        }
        r.yanked = allYanked;
        r.wheels = ReleaseWheels::fromFileNames(r.files);
        p.releases.append(r);
    }
    std::sort(p.releases.begin(), p.releases.end(),
              [](const Release &a, const Release &b) { return compareVersions(a.version, b.version) < 0; });
    return p;
}

const PyPIProject::Release *PyPIProject::release(const QString &version) const
{
    for (const Release &r : releases)
        if (compareVersions(r.version, version) == 0)
            return &r;
    return nullptr;
}

const PyPIProject::Release *PyPIProject::firstWithWheel(const QString &from, const PythonTarget &target) const
{
    for (const Release &r : releases) {
        if (compareVersions(r.version, from) < 0 || r.yanked || r.preRelease)
            continue;
        if (r.wheels.hasWheelFor(target))
            return &r;
    }
    return nullptr;
}

bool PyPIProject::hasNativeWheels() const
{
    return std::any_of(releases.cbegin(), releases.cend(), [](const Release &r) { return r.wheels.hasPlatformWheels(); });
}

GoReleases GoReleases::fromJson(const QJsonArray &json)
{
    GoReleases g;
    for (const auto &v : json) {
        const QJsonObject o = v.toObject();
        Release r;
        r.version = o.value(u"version").toString();
        if (r.version.startsWith(u"go"))
            r.version.remove(0, 2);
        r.stable = o.value(u"stable").toBool();
        for (const auto &f : o.value(u"files").toArray()) {
            const QJsonObject file = f.toObject();
            if (file.value(u"os").toString() != u"linux"_s || file.value(u"kind").toString() != u"archive"_s)
                continue;
            const QString arch = file.value(u"arch").toString();
            if (arch == u"amd64"_s)
                r.amd64Sha256 = file.value(u"sha256").toString();
            else if (arch == u"arm64"_s)
                r.arm64Sha256 = file.value(u"sha256").toString();
        }
        if (!r.version.isEmpty())
            g.byVersion.insert(r.version, r);
    }
    return g;
}

QString GoReleases::latestPatch(const QString &version) const
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d+\.\d+)(?:\.(\d+))?$)"));
    const QRegularExpressionMatch m = re.match(version);
    if (!m.hasMatch())
        return {};
    QString best;
    int bestPatch = -1;
    for (const Release &r : byVersion) {
        const QRegularExpressionMatch rm = re.match(r.version);
        if (!r.stable || !rm.hasMatch() || rm.captured(1) != m.captured(1))
            continue;
        const int patch = rm.captured(2).toInt();
        if (patch > bestPatch) {
            bestPatch = patch;
            best = r.version;
        }
    }
    return best;
}

} // namespace Armlift
