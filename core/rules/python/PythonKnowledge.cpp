#include "rules/python/PythonKnowledge.h"

#include "kb/KnowledgeBase.h"
#include "manifest/Requirements.h"

#include <QJsonArray>

namespace Armlift {

namespace {

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        out.append(e.toString());
    return out;
}

} // namespace

PythonKnowledge PythonKnowledge::load(const KnowledgeBase &kb)
{
    PythonKnowledge k;
    const QJsonObject section = kb.section(QStringLiteral("python"));
    for (const QJsonValue &v : section.value(u"firstAarch64Wheel").toArray()) {
        const QJsonObject o = v.toObject();
        WheelFact f;
        f.name = normalizePackageName(o.value(u"name").toString());
        f.firstVersion = o.value(u"version").toString();
        const QJsonObject deps = o.value(u"buildDeps").toObject();
        f.aptBuildDeps = strings(deps.value(u"apt"));
        f.apkBuildDeps = strings(deps.value(u"apk"));
        f.aptPackage = o.value(u"aptPackage").toString();
        f.note = o.value(u"note").toString();
        f.source = o.value(u"source").toString();
        if (!f.name.isEmpty() && !f.firstVersion.isEmpty())
            k.wheels.insert(f.name, f);
    }
    for (const QJsonValue &v : section.value(u"specific").toArray()) {
        const QJsonObject o = v.toObject();
        SpecificFact f;
        f.rule = o.value(u"rule").toString();
        for (const QString &n : strings(o.value(u"names")))
            f.names.append(normalizePackageName(n));
        f.firstGood = o.value(u"firstGood").toString();
        f.note = o.value(u"note").toString();
        f.buildFromSource = o.value(u"buildFromSource").toObject();
        f.source = o.value(u"source").toString();
        k.specific.append(f);
    }
    auto noWheelFacts = [&](const QString &key, QList<NoWheelFact> &into) {
        for (const QJsonValue &v : section.value(key).toArray()) {
            const QJsonObject o = v.toObject();
            NoWheelFact f;
            f.name = normalizePackageName(o.value(u"name").toString());
            f.source = o.value(u"source").toString();
            for (const QJsonValue &r : o.value(u"requires").toArray()) {
                const QJsonObject ro = r.toObject();
                f.requires_.append({strings(ro.value(u"anyOf")), ro.value(u"apt").toString(),
                                    ro.value(u"apk").toString(), ro.value(u"since").toString()});
            }
            into.append(f);
        }
    };
    noWheelFacts(QStringLiteral("noLinuxWheels"), k.noWheels);
    noWheelFacts(QStringLiteral("noAarch64Wheels"), k.noAarch64Wheels);
    for (const QJsonValue &v : section.value(u"releasesWithoutAarch64").toArray()) {
        const QJsonObject o = v.toObject();
        SkippedFact &f = k.skipped[normalizePackageName(o.value(u"name").toString())];
        f.versions += strings(o.value(u"versions"));
        f.previousGood = o.value(u"previousGood").toString();
        f.source = o.value(u"source").toString();
    }
    for (const QJsonValue &v : section.value(u"firstAarch64WheelForPython").toArray()) {
        const QJsonObject o = v.toObject();
        k.perPython[normalizePackageName(o.value(u"name").toString())].insert(
            o.value(u"python").toString(), {o.value(u"version").toString(), o.value(u"source").toString()});
    }
    for (const QJsonValue &v : section.value(u"firstMusllinuxAarch64Wheel").toArray()) {
        const QJsonObject o = v.toObject();
        k.musl.insert(normalizePackageName(o.value(u"name").toString()),
                      {o.value(u"version").toString(), o.value(u"source").toString()});
    }
    for (const QJsonValue &v : section.value(u"aarch64GlibcFloor").toArray()) {
        const QJsonObject o = v.toObject();
        k.glibcFloors.insert(normalizePackageName(o.value(u"name").toString()),
                             {o.value(u"from").toString(), o.value(u"glibc").toString(), o.value(u"tag").toString(),
                              o.value(u"source").toString()});
    }
    for (const QJsonValue &v : section.value(u"glibcByImage").toArray()) {
        const QJsonObject o = v.toObject();
        ImageGlibc g;
        g.repository = o.value(u"repository").toString().toLower();
        for (const QString &t : strings(o.value(u"tags")))
            g.tags.append(QRegularExpression::fromWildcard(t, Qt::CaseSensitive,
                                                           QRegularExpression::NonPathWildcardConversion));
        g.glibc = o.value(u"glibc").toString();
        g.source = o.value(u"source").toString();
        k.imageGlibc.append(g);
    }
    for (const QJsonValue &v : section.value(u"cudaOnly").toArray()) {
        const QJsonObject o = v.toObject();
        CudaFact f;
        f.name = normalizePackageName(o.value(u"name").toString());
        if (o.contains(u"pattern"))
            f.pattern = QRegularExpression(o.value(u"pattern").toString());
        f.below = o.value(u"below").toString();
        f.cpuPackage = o.value(u"cpuPackage").toString();
        f.cpuFirstAarch64 = o.value(u"cpuFirstAarch64").toString();
        f.source = o.value(u"source").toString();
        k.cuda.append(f);
    }
    const QJsonObject images = section.value(u"imagesWithCompilers").toObject();
    k.compilerImages = strings(images.value(u"images"));
    k.compilerImageExceptions = strings(images.value(u"exceptTagsContaining"));
    return k;
}

const PythonKnowledge::SpecificFact *PythonKnowledge::specificFor(const QString &normalizedName) const
{
    for (const SpecificFact &f : specific) {
        if (f.names.contains(normalizedName))
            return &f;
    }
    return nullptr;
}

const PythonKnowledge::CudaFact *PythonKnowledge::cudaFor(const QString &normalizedName) const
{
    for (const CudaFact &f : cuda) {
        if (!f.name.isEmpty() ? f.name == normalizedName
                              : (f.pattern.isValid() && !f.pattern.pattern().isEmpty()
                                 && f.pattern.match(normalizedName).hasMatch()))
            return &f;
    }
    return nullptr;
}

bool PythonKnowledge::hasSpecificRule(const QString &normalizedName) const
{
    return specificFor(normalizedName) || cudaFor(normalizedName);
}

const PythonKnowledge::ImageGlibc *PythonKnowledge::glibcOf(const QString &imageRef) const
{
    QString image = imageRef.section(u'@', 0, 0).toLower();
    const int colon = int(image.lastIndexOf(u':'));
    const int slash = int(image.lastIndexOf(u'/'));
    const QString tag = colon > slash ? image.mid(colon + 1) : QStringLiteral("latest");
    if (colon > slash)
        image.truncate(colon);
    for (const QString &prefix : {QStringLiteral("docker.io/library/"), QStringLiteral("docker.io/"),
                                  QStringLiteral("library/")}) {
        if (image.startsWith(prefix)) {
            image.remove(0, prefix.size());
            break;
        }
    }
    for (const ImageGlibc &g : imageGlibc) {
        if (g.repository != image)
            continue;
        for (const QRegularExpression &t : g.tags)
            if (t.match(tag).hasMatch())
                return &g;
    }
    return nullptr;
}

bool PythonKnowledge::imageHasCompilers(const QString &imageRef) const
{
    const QString image = imageRef.section(u'@', 0, 0);
    // docker.io/library/python:3.11-bookworm -> repository "python", tag "3.11-bookworm"
    const int colon = int(image.lastIndexOf(u':'));
    const int slash = int(image.lastIndexOf(u'/'));
    const QString repo = image.mid(slash + 1, (colon > slash ? colon : image.size()) - slash - 1);
    const QString tag = colon > slash ? image.mid(colon + 1) : QString();
    if (!compilerImages.contains(repo))
        return false;
    for (const QString &e : compilerImageExceptions) {
        if (tag.contains(e))
            return false;
    }
    return true;
}

} // namespace Armlift
