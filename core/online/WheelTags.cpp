#include "online/WheelTags.h"

#include <QRegularExpression>
#include <algorithm>

namespace Armlift {

using namespace Qt::StringLiterals;

namespace {

struct DistroPython
{
    const char *image;  // repository
    const char *tag;    // a tag prefix ("20.04", "focal", "bookworm", "12")
    int minor;
};

// The python3 each distribution release ships (packages.ubuntu.com / packages.debian.org,
// "python3" source package of the release).
constexpr DistroPython distroPythons[] = {
    {"ubuntu", "18.04", 6}, {"ubuntu", "bionic", 6}, {"ubuntu", "20.04", 8}, {"ubuntu", "focal", 8},
    {"ubuntu", "22.04", 10}, {"ubuntu", "jammy", 10}, {"ubuntu", "24.04", 12}, {"ubuntu", "noble", 12},
    {"debian", "10", 7}, {"debian", "buster", 7}, {"debian", "11", 9}, {"debian", "bullseye", 9},
    {"debian", "12", 11}, {"debian", "bookworm", 11}, {"debian", "13", 13}, {"debian", "trixie", 13},
};

// "2.28" vs "2.17": numeric, part by part.
int compareGlibc(const QString &a, const QString &b)
{
    const QStringList pa = a.split(u'.');
    const QStringList pb = b.split(u'.');
    for (qsizetype i = 0; i < std::max(pa.size(), pb.size()); ++i) {
        const int x = pa.value(i).toInt();
        const int y = pb.value(i).toInt();
        if (x != y)
            return x < y ? -1 : 1;
    }
    return 0;
}

} // namespace

PythonTarget PythonTarget::fromImage(const QString &imageText)
{
    PythonTarget t;
    t.image = imageText;
    QString image = imageText.section(u'@', 0, 0).toLower();
    QString tag;
    const qsizetype slash = image.lastIndexOf(u'/');
    const qsizetype colon = image.lastIndexOf(u':');
    if (colon > slash) {
        tag = image.mid(colon + 1);
        image.truncate(colon);
    }
    const QString repo = image.section(u'/', -1);
    if (tag.contains(QLatin1String("alpine")) || repo == u"alpine"_s)
        t.libc = Libc::Musl;
    else if (!tag.isEmpty() || repo == u"ubuntu"_s || repo == u"debian"_s)
        t.libc = Libc::Glibc;
    if (repo == u"python"_s) {
        static const QRegularExpression re(QStringLiteral(R"(^(\d+)\.(\d+))"));
        const QRegularExpressionMatch m = re.match(tag);
        if (m.hasMatch()) {
            t.major = m.captured(1).toInt();
            t.minor = m.captured(2).toInt();
        }
        return t;
    }
    for (const DistroPython &d : distroPythons) {
        const QString prefix = QLatin1String(d.tag);
        if (repo == QLatin1String(d.image)
            && (tag == prefix || tag.startsWith(prefix + u'-') || tag.startsWith(prefix + u'.'))) {
            t.minor = d.minor;
            t.guessed = true;
            t.libc = Libc::Glibc;
            break;
        }
    }
    return t;
}

bool WheelName::parse(const QString &fileName, WheelName *out)
{
    if (!fileName.endsWith(QLatin1String(".whl"), Qt::CaseInsensitive))
        return false;
    const QStringList parts = fileName.chopped(4).split(u'-');
    if (parts.size() != 5 && parts.size() != 6)
        return false;
    out->pythonTags = parts.at(parts.size() - 3).toLower().split(u'.');
    out->abiTags = parts.at(parts.size() - 2).toLower().split(u'.');
    out->platformTags = parts.at(parts.size() - 1).toLower().split(u'.');
    return true;
}

bool WheelName::isPure() const
{
    return platformTags.contains(QStringLiteral("any"));
}

QString WheelName::manylinuxGlibc(const QString &platformTag)
{
    // PEP 513/571/599 legacy aliases, then PEP 600's manylinux_X_Y_arch.
    if (platformTag.startsWith(QLatin1String("manylinux1_")))
        return QStringLiteral("2.5");
    if (platformTag.startsWith(QLatin1String("manylinux2010_")))
        return QStringLiteral("2.12");
    if (platformTag.startsWith(QLatin1String("manylinux2014_")))
        return QStringLiteral("2.17");
    static const QRegularExpression re(QStringLiteral(R"(^manylinux_(\d+)_(\d+)_)"));
    const QRegularExpressionMatch m = re.match(platformTag);
    return m.hasMatch() ? m.captured(1) + u'.' + m.captured(2) : QString();
}

bool WheelName::installsOnLinuxAarch64(PythonTarget::Libc libc, const QString &glibc) const
{
    if (isPure())
        return true;
    for (const QString &p : platformTags) {
        if (!p.endsWith(QLatin1String("_aarch64")))
            continue;
        const bool many = p.startsWith(QLatin1String("manylinux"));
        const bool musl = p.startsWith(QLatin1String("musllinux"));
        if (many && !glibc.isEmpty()) {
            const QString needs = manylinuxGlibc(p);
            if (!needs.isEmpty() && compareGlibc(needs, glibc) > 0)
                continue; // needs a newer glibc than the image has: pip skips it
        }
        if ((many && libc != PythonTarget::Libc::Musl) || (musl && libc != PythonTarget::Libc::Glibc))
            return true;
    }
    return false;
}

bool WheelName::matchesPython(int major, int minor) const
{
    const QString cp = u"cp" + QString::number(major) + QString::number(minor);
    const bool abi3 = abiTags.contains(QStringLiteral("abi3"));
    for (const QString &tag : pythonTags) {
        if (tag == cp)
            return true;
        if (abi3 && tag.startsWith(QLatin1String("cp"))) {
            // abi3 wheels built for cp3X run on every CPython >= 3.X.
            const QString v = tag.mid(2);
            if (v.size() >= 2 && v.at(0).digitValue() == major && v.mid(1).toInt() <= minor)
                return true;
        }
        if (abiTags.contains(QStringLiteral("none"))
            && (tag == u"py"_s + QString::number(major) || tag == u"py"_s + QString::number(major) + QString::number(minor)))
            return true;
    }
    return false;
}

ReleaseWheels ReleaseWheels::fromFileNames(const QStringList &fileNames)
{
    ReleaseWheels r;
    for (const QString &f : fileNames) {
        WheelName w;
        if (WheelName::parse(f, &w))
            r.wheels.append(w);
    }
    return r;
}

bool ReleaseWheels::hasWheelFor(const PythonTarget &target) const
{
    for (const WheelName &w : wheels) {
        if (!w.installsOnLinuxAarch64(target.libc, target.glibc))
            continue;
        if (!target.knowsVersion() || w.matchesPython(target.major, target.minor))
            return true;
    }
    return false;
}

QString ReleaseWheels::aarch64GlibcFloor(const PythonTarget &target) const
{
    QString lowest;
    for (const WheelName &w : wheels) {
        if (w.isPure() || (target.knowsVersion() && !w.matchesPython(target.major, target.minor)))
            continue;
        for (const QString &p : w.platformTags) {
            const QString needs = p.endsWith(QLatin1String("_aarch64")) ? WheelName::manylinuxGlibc(p) : QString();
            if (!needs.isEmpty() && (lowest.isEmpty() || compareGlibc(needs, lowest) < 0))
                lowest = needs;
        }
    }
    return lowest;
}

QList<int> ReleaseWheels::aarch64Pythons() const
{
    QList<int> minors;
    for (int minor = 0; minor <= 20; ++minor) {
        for (const WheelName &w : wheels) {
            if (w.installsOnLinuxAarch64(PythonTarget::Libc::Unknown) && w.matchesPython(3, minor)) {
                minors.append(minor);
                break;
            }
        }
    }
    return minors;
}

bool ReleaseWheels::hasPlatformWheels() const
{
    return std::any_of(wheels.cbegin(), wheels.cend(), [](const WheelName &w) { return !w.isPure(); });
}

bool ReleaseWheels::hasPureWheel() const
{
    return std::any_of(wheels.cbegin(), wheels.cend(), [](const WheelName &w) { return w.isPure(); });
}

} // namespace Armlift
