#include "rules/planner/EmulationEstimate.h"

#include "rules/planner/StageAnalysis.h"
#include "rules/python/PythonRequirementCollector.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace Armlift {

using namespace Internal;
using namespace Qt::StringLiterals;

namespace {

bool isVersionQuery(const ShellCommand &cmd, int from)
{
    for (int i = from; i < cmd.words.size(); ++i) {
        const QString &w = cmd.words.at(i).value;
        if (w == u"--version"_s || w == u"-v"_s || w == u"--help"_s || w == u"-h"_s || w == u"-V"_s)
            return true;
    }
    return false;
}

bool isPip(const ShellCommand &cmd, int *installWord)
{
    const int n = cmd.nameIndex();
    int at = -1;
    const QStringView name = cmd.nameView();
    if (isPipName(name))
        at = n + 1;
    else if (isPythonName(name) && n + 2 < cmd.words.size() && cmd.words.at(n + 1).value == u"-m"_s
             && isPipName(cmd.words.at(n + 2).value))
        at = n + 3;
    if (at < 0 || at >= cmd.words.size())
        return false;
    const QString &sub = cmd.words.at(at).value;
    if (sub != u"install"_s && sub != u"wheel"_s)
        return false;
    *installWord = at;
    return true;
}

// pip builds from source: --no-binary, a local project, a VCS URL or an sdist archive.
bool pipBuildsFromSource(const ShellCommand &cmd, int from)
{
    static const QSet<QString> valueOptions = {u"-r"_s, u"--requirement"_s, u"-c"_s, u"--constraint"_s,
                                               u"-i"_s, u"--index-url"_s, u"--extra-index-url"_s,
                                               u"-f"_s, u"--find-links"_s, u"-t"_s, u"--target"_s,
                                               u"--prefix"_s, u"--root"_s, u"--trusted-host"_s};
    for (int i = from; i < cmd.words.size(); ++i) {
        const QString &w = cmd.words.at(i).value;
        if (w == u"--no-binary"_s || w.startsWith(u"--no-binary="))
            return true;
        if (valueOptions.contains(w)) {
            ++i;
            continue;
        }
        if (w.startsWith(u'-'))
            continue;
        if (w == u"."_s || w.startsWith(u"./") || w.startsWith(u'/') || w.startsWith(u"git+")
            || w.endsWith(u".tar.gz") || w.endsWith(u".zip") || w.endsWith(u".tar.bz2"))
            return true;
    }
    return false;
}

// Node's native add-ons build with node-gyp, which needs python3, make and a C++ compiler.
QSet<int> stagesWithNodeToolchain(const Dockerfile &df, const QList<ShellSource> &shell)
{
    enum Tool { Python = 1, Make = 2, Cxx = 4, All = Python | Make | Cxx };
    QHash<int, int> seen; // stage -> the Tool bits its words mention
    QSet<int> out;
    for (const ShellSource &src : shell) {
        const int stage = df.instructions().at(src.instruction).stage;
        int tools = 0;
        for (const ShellCommand &cmd : src.commands) {
            for (const ShellWord &w : cmd.words) {
                const QString &v = w.value;
                if (v == u"node-gyp"_s || v == u"--build-from-source"_s)
                    out.insert(stage);
                if (v.startsWith(u"python"))
                    tools |= Python;
                const bool toolchainPackage = v == u"build-essential"_s || v == u"build-base"_s;
                if (toolchainPackage || v == u"make"_s)
                    tools |= Make;
                if (toolchainPackage || v == u"g++"_s || v == u"clang"_s)
                    tools |= Cxx;
            }
            if (cmd.nameView() == u"npm"_s && cmd.nameIndex() + 1 < cmd.words.size()
                && cmd.words.at(cmd.nameIndex() + 1).value == u"rebuild"_s)
                out.insert(stage);
        }
        if (tools)
            seen[stage] |= tools;
    }
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        if (it.value() == All)
            out.insert(it.key());
    return out;
}

bool compileStep(const ShellCommand &cmd, bool nodeToolchain, CompileStep *step)
{
    const int n = cmd.nameIndex();
    if (n < 0)
        return false;
    const QString name = cmd.name();
    const QString sub = n + 1 < cmd.words.size() ? cmd.words.at(n + 1).value : QString();
    step->firstWord = n;
    step->lastWord = n;
    int goWord = 0;
    if (isGoBuild(cmd, &goWord)) {
        step->firstWord = goWord;
        step->lastWord = goWord + 1;
        step->kind = u"go "_s + cmd.words.at(goWord + 1).value;
        step->goBuild = true;
        return true;
    }
    if (name == u"make"_s || name == u"gmake"_s || name == u"ninja"_s) {
        step->kind = name;
        return !isVersionQuery(cmd, n + 1);
    }
    if (name == u"cmake"_s) {
        for (int i = n + 1; i < cmd.words.size(); ++i)
            if (cmd.words.at(i).value == u"--build"_s) {
                step->lastWord = i;
                step->kind = u"cmake --build"_s;
                return true;
            }
        return false;
    }
    if (name == u"cargo"_s && (sub == u"build"_s || sub == u"install"_s)) {
        step->lastWord = n + 1;
        step->kind = u"cargo "_s + sub;
        return true;
    }
    static const QSet<QString> compilers = {u"gcc"_s, u"g++"_s, u"cc"_s, u"c++"_s, u"clang"_s, u"clang++"_s, u"rustc"_s};
    if (compilers.contains(name) || name.startsWith(u"gcc-") || name.startsWith(u"g++-")) {
        step->kind = name;
        return !isVersionQuery(cmd, n + 1) && cmd.words.size() > n + 1;
    }
    if (name.startsWith(u"python") && sub == u"setup.py"_s) {
        static const QSet<QString> builds = {u"install"_s, u"build"_s, u"build_ext"_s, u"bdist_wheel"_s, u"develop"_s};
        for (int i = n + 2; i < cmd.words.size(); ++i)
            if (builds.contains(cmd.words.at(i).value)) {
                step->lastWord = n + 1;
                step->kind = u"python setup.py"_s;
                return true;
            }
        return false;
    }
    int install = 0;
    if (isPip(cmd, &install) && pipBuildsFromSource(cmd, install + 1)) {
        step->lastWord = install;
        step->kind = u"pip install (sdist)"_s;
        return true;
    }
    if (nodeToolchain && ((name == u"npm"_s && (sub == u"ci"_s || sub == u"install"_s || sub == u"i"_s))
                          || ((name == u"yarn"_s || name == u"pnpm"_s) && (sub.isEmpty() || sub == u"install"_s)))) {
        step->lastWord = sub.isEmpty() ? n : n + 1;
        step->kind = name + (sub.isEmpty() ? QString() : u' ' + sub) + u" (native modules)"_s;
        return true;
    }
    return false;
}

} // namespace

QList<CompileStep> findCompileSteps(const Dockerfile &df, const QList<ShellSource> &shell)
{
    const QSet<int> node = stagesWithNodeToolchain(df, shell);
    QList<CompileStep> out;
    for (const ShellSource &src : shell) {
        const bool nodeToolchain = node.contains(df.instructions().at(src.instruction).stage);
        for (int c = 0; c < src.commands.size(); ++c) {
            CompileStep step;
            if (!compileStep(src.commands.at(c), nodeToolchain, &step))
                continue;
            step.source = &src;
            step.command = c;
            out.append(step);
        }
    }
    return out;
}

bool stageEmulated(const Dockerfile &df, int stage)
{
    switch (stagePlatform(df, stage)) {
    case StagePlatform::Build: return false;
    case StagePlatform::Target:
    case StagePlatform::Unknown: return true;
    case StagePlatform::Constant: break;
    }
    // Follow FROM <stage> to the stage that carries the constant.
    int s = stage;
    while (df.stages().at(s).platform.isEmpty() && df.stages().at(s).baseStage >= 0
           && df.stages().at(s).baseStage < s)
        s = df.stages().at(s).baseStage;
    const QString p = df.stages().at(s).platform.toLower();
    return p.contains(u"arm64") || p.contains(u"aarch64");
}

EmulationEstimate EmulationEstimate::of(const Dockerfile &df, const QList<ShellSource> &shell)
{
    return of(df, findCompileSteps(df, shell));
}

EmulationEstimate EmulationEstimate::of(const Dockerfile &df, const QList<CompileStep> &steps)
{
    EmulationEstimate e;
    QSet<int> compiling;
    for (const CompileStep &s : steps)
        compiling.insert(s.source->instruction);
    double total = 0;
    double emulated = 0;
    const auto &ins = df.instructions();
    for (int i = 0; i < ins.size(); ++i) {
        if (ins.at(i).effectiveKeyword() != u"RUN"_s || ins.at(i).stage < 0)
            continue;
        const bool compiles = compiling.contains(i);
        const bool emu = stageEmulated(df, ins.at(i).stage);
        const double weight = compiles ? compileWeight : 1.0;
        ++e.runSteps;
        total += weight;
        if (compiles)
            ++e.compileSteps;
        if (emu) {
            ++e.emulatedSteps;
            emulated += weight;
            if (compiles)
                ++e.emulatedCompileSteps;
        }
    }
    if (total > 0) {
        e.emulatedShare = emulated / total;
        e.slowdown = (1.0 - e.emulatedShare) + e.emulatedShare * kTalkEmulationRatio;
    }
    return e;
}

QString EmulationEstimate::describe() const
{
    if (runSteps == 0)
        return {};
    return tr("Estimate for this Dockerfile built for arm64 on x86-64: %1 of %2 RUN steps run emulated, %3 of them "
              "compiling from source; about %4% of the build work is emulated, so it takes roughly %5x the time of "
              "a native build (the talk's ratio: 22m27s emulated, 3m01s native).")
        .arg(emulatedSteps)
        .arg(runSteps)
        .arg(emulatedCompileSteps)
        .arg(std::lround(emulatedShare * 100))
        .arg(slowdown, 0, 'f', 1);
}

} // namespace Armlift
