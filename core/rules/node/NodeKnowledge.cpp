#include "rules/node/NodeKnowledge.h"

#include "kb/KnowledgeBase.h"
#include "manifest/npm/SemVer.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Armlift {

namespace {

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        out.append(e.toString());
    return out;
}

// An exact version written as a range ("1.2.3", "=1.2.3", "v1.2.3"); empty otherwise.
QString exactVersion(const QString &spec)
{
    QString s = spec.trimmed();
    if (s.startsWith(u'='))
        s = s.mid(1).trimmed();
    return SemVer::isVersion(s) ? s : QString();
}

} // namespace

bool NodeKnowledge::NativeFact::isBad(const QString &version) const
{
    if (allVersions)
        return true;
    if (!firstGood.isEmpty() && SemVer::compare(version, firstGood) < 0 && badVersions.isEmpty())
        return true;
    if (!badThrough.isEmpty() && SemVer::compare(version, badThrough) <= 0)
        return true;
    for (const QString &b : badVersions)
        if (SemVer::compare(version, b) == 0)
            return true;
    return false;
}

bool NodeKnowledge::NativeFact::specBlocks(const QString &spec) const
{
    if (allVersions)
        return true;
    const QString exact = exactVersion(spec);
    if (!exact.isEmpty())
        return isBad(exact);
    if (!badVersions.isEmpty())
        return false; // a range can pick a good release around the bad ones
    if (!firstGood.isEmpty())
        return !SemVer::rangeAllowsAtLeast(spec, firstGood);
    if (!badThrough.isEmpty()) {
        // Does the range admit anything after badThrough (1.11.3 -> 1.11.4)?
        QStringList parts = badThrough.split(u'.');
        parts.last() = QString::number(parts.last().toInt() + 1);
        return !SemVer::rangeAllowsAtLeast(spec, parts.join(u'.'));
    }
    return false;
}

NodeKnowledge NodeKnowledge::load(const KnowledgeBase &kb)
{
    NodeKnowledge k;
    const QJsonObject section = kb.section(QStringLiteral("npm"));
    for (const QJsonValue &v : section.value(u"nativeBinaries").toArray()) {
        const QJsonObject o = v.toObject();
        NativeFact f;
        f.name = o.value(u"name").toString();
        f.allVersions = o.value(u"allVersions").toBool();
        f.firstGood = o.value(u"firstGood").toString();
        f.badThrough = o.value(u"badThrough").toString();
        f.badVersions = strings(o.value(u"badVersions"));
        f.noPin = o.value(u"noPin").toBool();
        const QJsonObject r = o.value(u"replacement").toObject();
        f.replacement = r.value(u"name").toString();
        f.replacementSpec = r.value(u"spec").toString();
        f.why = o.value(u"why").toString();
        f.help = o.value(u"help").toString();
        f.buildDeps = readBuildDeps(o.value(u"buildDeps"));
        f.source = o.value(u"source").toString();
        if (!f.name.isEmpty() && (f.allVersions || !f.firstGood.isEmpty() || !f.badThrough.isEmpty() || !f.badVersions.isEmpty()))
            k.native.append(f);
    }
    for (const QJsonValue &v : section.value(u"platformPackages").toArray()) {
        const QJsonObject o = v.toObject();
        PlatformFact f;
        f.name = o.value(u"name").toString();
        f.fromVersion = o.value(u"fromVersion").toString();
        f.arm64Packages = strings(o.value(u"arm64Packages"));
        f.siblings = QRegularExpression(o.value(u"siblingPattern").toString());
        f.why = o.value(u"why").toString();
        f.source = o.value(u"source").toString();
        if (!f.name.isEmpty())
            k.platform.append(f);
    }
    const QJsonObject browsers = section.value(u"browsers").toObject();
    const QJsonObject p = browsers.value(u"puppeteer").toObject();
    k.puppeteer.firstArm64Download = p.value(u"firstArm64Download").toString();
    k.puppeteer.skipVariables = strings(p.value(u"skipVariables"));
    k.puppeteer.why = p.value(u"why").toString();
    k.puppeteer.help = p.value(u"help").toString();
    k.puppeteer.source = p.value(u"source").toString();
    const QJsonObject c = p.value(u"chromium").toObject();
    k.puppeteer.apt = c.value(u"apt").toString();
    k.puppeteer.apk = c.value(u"apk").toString();
    k.puppeteer.aptPath = c.value(u"aptPath").toString();
    k.puppeteer.apkPath = c.value(u"apkPath").toString();
    const QJsonObject w = browsers.value(u"playwright").toObject();
    k.playwright.brandedChannels = strings(w.value(u"brandedChannels"));
    k.playwright.why = w.value(u"why").toString();
    k.playwright.help = w.value(u"help").toString();
    k.playwright.source = w.value(u"source").toString();
    k.compilerImages = CompilerImages::read(section.value(u"imagesWithCompilers"));
    return k;
}

} // namespace Armlift
