#include "rules/python/OldWheelRule.h"

#include "online/WheelTags.h"
#include "rules/RuleContext.h"
#include "rules/native/WordMap.h"
#include "rules/python/PackageInstall.h"
#include "rules/python/PythonFixes.h"
#include "rules/python/PythonRequirementCollector.h"

#include <QHash>
#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>
#include <optional>

namespace Armlift {

using namespace Qt::StringLiterals;

namespace {

// The base image and the Python of a stage, asked for each pinned requirement: remembered per
// stage, and the Python per image text because most stages of a file share one base image.
struct StageImage
{
    QString image;    // baseImageOf
    QString expanded; // with the global ARGs' defaults
    PythonTarget target;
};

class StageImages
{
public:
    explicit StageImages(const Dockerfile &df)
        : m_df(df)
    {
    }

    StageImage of(int stage)
    {
        auto known = m_byStage.constFind(stage);
        if (known == m_byStage.cend()) {
            const QString image = baseImageOf(m_df, stage);
            const QString expanded = m_df.expandGlobal(image);
            auto parsed = m_targets.constFind(expanded);
            if (parsed == m_targets.cend())
                parsed = m_targets.insert(expanded, PythonTarget::fromImage(expanded));
            known = m_byStage.insert(stage, {image, expanded, *parsed});
        }
        return *known;
    }

private:
    const Dockerfile &m_df;
    QHash<int, StageImage> m_byStage;
    QHash<QString, PythonTarget> m_targets;
};

// The distribution's python3-* package only helps the distribution's Python: not in the
// official python images, whose interpreter lives in /usr/local.
bool usesDistroPython(const QString &image)
{
    return !image.contains(QLatin1String("python")) && !image.contains(u'$');
}

} // namespace

// No aarch64 wheel at all, none for the stage's Python version, or none for musl libc (Alpine).
enum class OldWheelRule::Reason { Manylinux, PythonVersion, Musl };

struct OldWheelRule::Threshold
{
    QString version;
    Reason reason = Reason::Manylinux;
    QString source;
    const void *entry = nullptr; // the knowledge-base fact it comes from
};

OldWheelRule::OldWheelRule(std::shared_ptr<const PythonKnowledge> knowledge)
    : m_kb(std::move(knowledge))
{
}

struct OldWheelRule::Texts
{
    QString manylinuxMessage, manylinuxHelp, manylinuxPin;
    QString pythonMessage, pythonHelp, guessedPython, pythonPin;
    QString muslMessage, muslHelp, muslPin;
    QString source, keepAndBuild, installDistro, distroNote;
};

OldWheelRule::Texts OldWheelRule::translatedTexts()
{
    Texts t;
    t.manylinuxMessage = tr("%1 has no aarch64 wheel: pip builds it from source on arm64 "
                            "(first release with an aarch64 wheel: %2)");
    t.manylinuxHelp = tr("pip finds no wheel for aarch64 and downloads the source distribution, which needs "
                         "a C compiler and the Python headers on arm64 (and builds slowly under emulation). "
                         "%1 is the first release with a manylinux aarch64 wheel.");
    t.manylinuxPin = tr("Pin %1 %2 (first release with an aarch64 wheel)");
    t.pythonMessage = tr("%1 has no aarch64 wheel for Python %2 (inferred from the base image %3): pip builds it "
                         "from source on arm64 (first release with a Python %2 aarch64 wheel: %4)");
    t.pythonHelp = tr("Wheels are built per Python version: older releases have aarch64 wheels for older "
                      "Pythons only, so on Python %1 pip downloads the source distribution and compiles it "
                      "(slowly under emulation).");
    t.guessedPython = tr("The Python version is a guess from the distribution's python3 package.");
    t.pythonPin = tr("Pin %1 %2 (first release with an aarch64 wheel for this Python)");
    t.muslMessage = tr("%1 has no musllinux aarch64 wheel: on Alpine (musl libc, inferred from the base image %2) "
                       "pip builds it from source on arm64 (first release with a musllinux aarch64 wheel: %3)");
    t.muslHelp = tr("Alpine uses musl libc, which cannot load manylinux (glibc) wheels: pip needs "
                    "musllinux_*_aarch64 wheels, which most projects published years after their manylinux ones. "
                    "A Debian-based image (python:X.Y-slim) gets the manylinux wheels.");
    t.muslPin = tr("Pin %1 %2 (first release with a musllinux aarch64 wheel)");
    t.source = tr("Source: %1");
    t.keepAndBuild = tr("Keep %1 and install what building it needs (%2)");
    t.installDistro = tr("Install the distribution package %1 instead of %2");
    t.distroNote = tr("The distribution's version may differ from the pinned one; check that it suits the application.");
    return t;
}

QString OldWheelRule::helpText(const Texts &texts, const Threshold &need, const PythonTarget &target,
                               const PythonKnowledge::WheelFact *wheelFact)
{
    QString help;
    switch (need.reason) {
    case Reason::Manylinux:
        help = texts.manylinuxHelp.arg(need.version);
        if (wheelFact && !wheelFact->note.isEmpty())
            help += u' ' + wheelFact->note;
        break;
    case Reason::PythonVersion:
        help = texts.pythonHelp.arg(target.versionText());
        if (target.guessed)
            help += u' ' + texts.guessedPython;
        break;
    case Reason::Musl:
        help = texts.muslHelp;
        break;
    }
    return help + u' ' + texts.source.arg(need.source);
}

RuleInfo OldWheelRule::info() const
{
    return {QStringLiteral("ARM301"), Severity::Error, tr("Python package without an aarch64 wheel"),
            tr("A Python package is pinned below its first release with an aarch64 wheel, so pip "
               "builds it from source on arm64.")};
}

void OldWheelRule::check(const RuleContext &ctx, QList<Finding> &out) const
{
    const RuleInfo ri = info();
    StageImages stages(ctx.dockerfile);
    std::optional<Texts> texts;
    QHash<std::pair<const void *, bool>, QString> helps;
    PackageMemo<bool> specific;
    for (const PythonRequirement &r : PythonRequirementCollector::collect(ctx)) {
        const QString &name = r.requirement.normalizedName;
        if (r.noBinary || specific.get(name, [&] { return m_kb->hasSpecificRule(name); }))
            continue;
        if (checkNoAarch64Wheels(ctx, r, out))
            continue;
        // Unpinned installs get a current release, which has the wheels.
        if (r.requirement.clauses.isEmpty())
            continue;
        const auto it = m_kb->wheels.constFind(name);
        const PythonKnowledge::WheelFact *fact = it == m_kb->wheels.cend() ? nullptr : &it.value();

        // The newest of the thresholds that apply to this stage decides; one finding per requirement.
        const StageImage stage = stages.of(r.stage);
        const PythonTarget &target = stage.target;
        QVarLengthArray<Threshold, 3> thresholds;
        if (fact)
            thresholds.append({fact->firstVersion, Reason::Manylinux, fact->source, fact});
        if (target.knowsVersion()) {
            const auto py = m_kb->perPython.constFind(name);
            if (py != m_kb->perPython.cend()) {
                if (auto v = py->constFind(target.versionText()); v != py->cend())
                    thresholds.append({v->version, Reason::PythonVersion, v->source, &*v});
            }
        }
        if (target.libc == PythonTarget::Libc::Musl) {
            if (auto m = m_kb->musl.constFind(name); m != m_kb->musl.cend())
                thresholds.append({m->version, Reason::Musl, m->source, &*m});
        }
        const Threshold *need = nullptr;
        for (const Threshold &t : thresholds) {
            if (!need || compareVersions(t.version, need->version) > 0)
                need = &t;
        }
        if (!need || r.requirement.allowsVersionAtLeast(need->version)) {
            if (!checkSkippedRelease(ctx, r, out))
                checkGlibcFloor(ctx, r, out);
            continue;
        }

        if (!texts)
            texts = translatedTexts();
        const QString text = requirementText(r);
        QString message;
        QString pinTitle;
        switch (need->reason) {
        case Reason::Manylinux:
            message = texts->manylinuxMessage.arg(text, need->version);
            pinTitle = texts->manylinuxPin;
            break;
        case Reason::PythonVersion:
            message = texts->pythonMessage.arg(text, target.versionText(), target.image, need->version);
            pinTitle = texts->pythonPin;
            break;
        case Reason::Musl:
            message = texts->muslMessage.arg(text, target.image, need->version);
            pinTitle = texts->muslPin;
            break;
        }
        // The help depends only on the fact behind the threshold (a per-Python fact is looked up
        // by the stage's Python version) and on whether that version is a guess: stages that
        // install the same package share one text.
        const std::pair<const void *, bool> helpKey(need->entry, target.guessed);
        auto help = helps.constFind(helpKey);
        if (help == helps.cend())
            help = helps.insert(helpKey, helpText(*texts, *need, target, fact));
        Finding f = makeFinding(ri, r.file, versionFindingRange(r, need->version), message, *help);
        Fix pin;
        if (pinFix(r, need->version, pinTitle.arg(r.requirement.name, need->version), &pin))
            f.fixes.append(std::move(pin));

        const QString manager = packageManagerOf(ctx, r.instruction);
        const QStringList deps = !fact ? QStringList() : manager == u"apk"_s ? fact->apkBuildDeps : fact->aptBuildDeps;
        // With what the source build needs installed first, pip compiles the package on arm64 and
        // the build works, only slower (talk case 2: "Install build dependencies and version
        // 1.18.5 will work"): advice, not an error.
        if (buildDepsInstalled(ctx, r, stage.expanded, target, deps)) {
            f.severity = Severity::Info;
            f.help = tr("This stage installs what the source build needs (%1), so the build works on arm64, only "
                        "more slowly.")
                         .arg(deps.join(u", "))
                + u' ' + f.help;
            out.append(std::move(f));
            continue;
        }
        Fix build;
        TextEdit edit;
        if (!deps.isEmpty() && addPackagesEdit(ctx, r.instruction, deps, &edit)) {
            build.title = texts->keepAndBuild.arg(text, deps.join(u", "));
            build.edits = {std::move(edit)};
            f.fixes.append(std::move(build));
        }

        if (fact && need->reason == Reason::Manylinux && r.inDockerfile && !fact->aptPackage.isEmpty()
            && manager == u"apt"_s && usesDistroPython(stage.image)) {
            Fix distro;
            distro.title = texts->installDistro.arg(fact->aptPackage, text);
            if (r.requirementsInCommand <= 1) {
                distro.edits = {removeFromPipCommand(
                    ctx, r,
                    QStringLiteral("apt-get update && apt-get install -y --no-install-recommends ") + fact->aptPackage)};
            } else {
                TextEdit add;
                if (addPackagesEdit(ctx, r.instruction, {fact->aptPackage}, &add))
                    distro.edits = {removeFromPipCommand(ctx, r, QString()), add};
            }
            distro.note = texts->distroNote;
            if (!distro.edits.isEmpty())
                f.fixes.append(std::move(distro));
        }
        out.append(std::move(f));
    }

    // A wheel file named directly whose platform tags are all x86: pip checks the tags against
    // the interpreter's and stops ("… is not a supported wheel on this platform").
    for (const X86WheelReference &w : PythonRequirementCollector::collectX86Wheels(ctx)) {
        out.append(makeFinding(
            ri, w.file, w.range,
            tr("%1 is an x86 wheel (platform tag %2): pip refuses it on arm64 with \"is not a supported wheel on "
               "this platform\"")
                .arg(w.wheel, w.platformTag),
            tr("A wheel runs only on the platforms its file name lists. Install the package by name and version "
               "(pip then picks the wheel for the image's architecture), or choose the wheel per architecture, "
               "e.g. from $(uname -m) (x86_64 / aarch64), when the vendor publishes an aarch64 one.")));
    }
}

bool OldWheelRule::buildDepsInstalled(const RuleContext &ctx, const PythonRequirement &r, const QString &image,
                                      const PythonTarget &target, const QStringList &deps) const
{
    if (deps.isEmpty())
        return false;
    const QList<InstallCommand> installs = installCommandsBefore(ctx, r.instruction);
    // The full python / buildpack-deps images come with gcc, make and the interpreter's headers;
    // every official python:X.Y image (slim and alpine too) has the headers of its own Python.
    const bool imageCompilers = m_kb->imageHasCompilers(image);
    const bool officialPython = target.knowsVersion() && !target.guessed;
    static const QRegularExpression pythonHeaders(QStringLiteral("^python3(\\.[0-9]+)?-dev(el)?$"));
    for (const QString &dep : deps) {
        if (installsAnyOf(installs, {dep}))
            continue;
        if (imageCompilers && (dep == u"build-essential"_s || dep == u"build-base"_s || dep == u"python3-dev"_s))
            continue;
        if (officialPython && dep == u"python3-dev"_s)
            continue;
        // A C compiler is what pip's source build of an extension needs from build-essential /
        // build-base (`apk add gcc musl-dev`, `apt-get install gcc g++`).
        if ((dep == u"build-essential"_s || dep == u"build-base"_s)
            && installsAnyOf(installs, {u"gcc"_s, u"g++"_s, u"clang"_s}))
            continue;
        if (dep == u"python3-dev"_s) {
            // python3.7-dev (the talk's deadsnakes Python) or python3-devel name the same headers.
            const bool headers = std::any_of(installs.cbegin(), installs.cend(), [](const InstallCommand &c) {
                return std::any_of(c.packages.cbegin(), c.packages.cend(),
                                   [](const QString &p) {
                                       return p.startsWith(u"python3") && pythonHeaders.match(p).hasMatch();
                                   });
            });
            if (headers)
                continue;
        }
        return false;
    }
    return true;
}

bool OldWheelRule::checkNoAarch64Wheels(const RuleContext &ctx, const PythonRequirement &r, QList<Finding> &out) const
{
    for (const PythonKnowledge::NoWheelFact &fact : m_kb->noAarch64Wheels) {
        if (fact.name != r.requirement.normalizedName)
            continue;
        const MissingBuildDeps missing = missingBuildDeps(ctx, r, *m_kb, fact.requires_);
        if (missing.names.isEmpty())
            return true; // builds from source, with what it needs: slow, not broken
        Finding f = makeFinding(info(), r.file, r.nameRange,
                                tr("%1 publishes no aarch64 wheels: pip compiles it on arm64, but this stage does "
                                   "not install %2")
                                    .arg(r.requirement.name, missing.names.join(u", ")),
                                tr("%1 has wheels for x86-64 Linux only, so the amd64 build works and the arm64 build "
                                   "fails with “gcc: No such file or directory” or missing headers. Install the build "
                                   "dependencies in the stage (or use a package that publishes aarch64 wheels). "
                                   "Source: %2")
                                    .arg(r.requirement.name, fact.source));
        addBuildDepsAdvice(ctx, r, missing, f);
        out.append(f);
        return true;
    }
    return false;
}

bool OldWheelRule::checkSkippedRelease(const RuleContext &, const PythonRequirement &r, QList<Finding> &out) const
{
    const auto it = m_kb->skipped.constFind(r.requirement.normalizedName);
    const QString pinned = r.requirement.pinnedVersion();
    if (it == m_kb->skipped.cend() || pinned.isEmpty())
        return false;
    const bool skipped = std::any_of(it->versions.cbegin(), it->versions.cend(),
                                     [&](const QString &v) { return compareVersions(v, pinned) == 0; });
    if (!skipped)
        return false;
    // Point at the pinned version; the fix replaces it (pinFix only moves versions up).
    const WrittenClause *pin = nullptr;
    for (const WrittenClause &c : r.clauses) {
        if ((c.op == u"=="_s || c.op == u"==="_s) && compareVersions(c.version, pinned) == 0)
            pin = &c;
    }
    Finding f = makeFinding(info(), r.file,
                            pin ? pin->versionRange : r.specifierRange.isValid() ? r.specifierRange : r.nameRange,
                            tr("%1 was published without aarch64 wheels: pip builds it from source on arm64")
                                .arg(requirementText(r)),
                            tr("The releases around it have aarch64 wheels, this one does not: pin a neighbouring "
                               "release (or install a compiler and the package's headers and accept a slow source "
                               "build). Source: %1")
                                .arg(it->source));
    if (pin && r.clauses.size() == 1 && !it->previousGood.isEmpty()) {
        Fix fix;
        fix.title = tr("Pin %1 %2 (has aarch64 wheels)").arg(r.requirement.name, it->previousGood);
        TextEdit e;
        e.file = r.file;
        e.range = pin->versionRange;
        e.newText = it->previousGood;
        fix.edits = {e};
        f.fixes.append(fix);
    }
    out.append(f);
    return true;
}

void OldWheelRule::checkGlibcFloor(const RuleContext &ctx, const PythonRequirement &r, QList<Finding> &out) const
{
    const auto floor = m_kb->glibcFloors.constFind(r.requirement.normalizedName);
    if (floor == m_kb->glibcFloors.cend())
        return;
    // Only when the requirement forces the new wheels: an exact pin or a lower bound at or above them.
    bool forced = false;
    for (const VersionClause &c : r.requirement.clauses) {
        if ((c.op == u"=="_s || c.op == u"==="_s || c.op == u">="_s || c.op == u">"_s || c.op == u"~="_s)
            && !c.version.contains(u'*') && compareVersions(c.version, floor->from) >= 0)
            forced = true;
    }
    if (!forced)
        return;
    const QString image = ctx.dockerfile.expandGlobal(baseImageOf(ctx.dockerfile, r.stage));
    const PythonKnowledge::ImageGlibc *glibc = m_kb->glibcOf(image);
    if (!glibc || compareVersions(glibc->glibc, floor->glibc) >= 0)
        return;
    Finding f = makeFinding(info(), r.file, r.specifierRange.isValid() ? r.specifierRange : r.nameRange,
                            tr("%1 has only %2 wheels for aarch64 (glibc %3 or later), but %4 has glibc %5: pip "
                               "builds it from source on arm64")
                                .arg(requirementText(r), floor->tag, floor->glibc, image, glibc->glibc),
                            tr("A manylinux_2_28 wheel needs glibc 2.28; older images (CentOS 7: 2.17, Amazon Linux 2: "
                               "2.26) fall back to the source distribution. Pin a release below %1, or use a base "
                               "image with glibc %2 or later. Source: %3; %4")
                                .arg(floor->from, floor->glibc, floor->source, glibc->source));
    out.append(f);
}

} // namespace Armlift
