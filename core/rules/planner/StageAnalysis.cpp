#include "rules/planner/StageAnalysis.h"

#include "rules/platform/StageUse.h"
#include "rules/python/BuildContextPaths.h"
#include "scan/ProjectFiles.h"
#include "text/TextSearch.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

namespace Armlift::Internal {

using namespace Qt::StringLiterals;

namespace {

// Modules whose Go packages `import "C"`: a module from this list in go.mod means the binary
// needs cgo (and a C compiler for the target). Each module's README states the cgo need.
const QStringList cgoModules = {
    u"github.com/mattn/go-sqlite3"_s,           u"github.com/confluentinc/confluent-kafka-go"_s,
    u"gopkg.in/confluentinc/confluent-kafka-go"_s, u"github.com/linxGnu/grocksdb"_s,
    u"github.com/tecbot/gorocksdb"_s,           u"github.com/DataDog/zstd"_s,
    u"github.com/valyala/gozstd"_s,             u"gocv.io/x/gocv"_s,
    u"github.com/libgit2/git2go"_s,             u"github.com/go-gl/glfw"_s,
    u"github.com/veandco/go-sdl2"_s,            u"github.com/miekg/pkcs11"_s,
    u"github.com/google/gopacket/pcap"_s,       u"github.com/cilium/ebpf/cmd"_s,
};

bool isAssignment(const QString &word)
{
    static const QRegularExpression re(u"^[A-Za-z_][A-Za-z0-9_]*="_s);
    return word.contains(u'=') && re.match(word).hasMatch(); // asked for every word: test '=' first
}

QString assignedName(const QString &word)
{
    return word.section(u'=', 0, 0);
}

bool isPackageInstall(const ShellCommand &cmd, int *firstPackage)
{
    static const QSet<QString> managers = {u"apt-get"_s, u"apt"_s, u"apk"_s, u"yum"_s, u"dnf"_s, u"microdnf"_s};
    const int n = cmd.nameIndex();
    if (n < 0 || !managers.contains(cmd.name()))
        return false;
    for (int i = n + 1; i < cmd.words.size(); ++i) {
        const QString &w = cmd.words.at(i).value;
        if (w == u"install"_s || w == u"add"_s) {
            *firstPackage = i + 1;
            return true;
        }
    }
    return false;
}

// A C toolchain or C headers installed in the stage: the Go code is built with cgo.
QString cgoPackage(const ShellCommand &cmd)
{
    static constexpr QStringView toolchains[] = {u"gcc", u"g++", u"clang", u"build-essential", u"build-base",
                                                 u"musl-dev", u"libc6-dev", u"libc-dev", u"glibc-devel"};
    int first = 0;
    if (!isPackageInstall(cmd, &first))
        return {};
    for (int i = first; i < cmd.words.size(); ++i) {
        const QString &word = cmd.words.at(i).value;
        const QStringView pkg = QStringView(word).left(word.indexOf(u'=')); // pkg=1.2-3 -> pkg
        if (pkg.startsWith(u'-'))
            continue;
        if (pkg.startsWith(u"lib") ? pkg.endsWith(u"-dev") || pkg.endsWith(u"-devel")
                                   : std::find(std::begin(toolchains), std::end(toolchains), pkg) != std::end(toolchains))
            return pkg.toString();
    }
    return {};
}

bool mentionsTargetVar(const QString &text)
{
    static const QRegularExpression re(u"\\bTARGET(ARCH|OS|PLATFORM|VARIANT)\\b"_s);
    // Asked for every word: the literal first, the regex only when it is there.
    return containsText(text, u"TARGET") && re.match(text).hasMatch();
}

QString instructionText(const Instruction &in)
{
    QString text = in.args.text();
    for (const Heredoc &h : in.heredocs)
        text += u'\n' + h.body.text();
    for (const MappedText &a : in.jsonArgs)
        text += u' ' + a.text();
    return text;
}

// instructionText(in).contains(needle) without building the text: asked for every instruction.
bool mentions(const Instruction &in, QStringView needle)
{
    if (containsText(in.args.text(), needle))
        return true;
    for (const Heredoc &h : in.heredocs)
        if (containsText(h.body.text(), needle))
            return true;
    for (const MappedText &a : in.jsonArgs)
        if (containsText(a.text(), needle))
            return true;
    return false;
}

QString goModCgoModule(const RuleContext &ctx)
{
    const QString dir = contextDirectory(ctx.file);
    const QString path = dir.isEmpty() ? u"go.mod"_s : dir + u"/go.mod"_s;
    if (!ctx.project.isFile(path))
        return {};
    QString text;
    QString error;
    if (!ctx.project.readText(path, &text, &error))
        return {};
    for (const QString &module : cgoModules) {
        const QRegularExpression re(u"(^|\\s)"_s + QRegularExpression::escape(module) + u"(/|\\s)"_s,
                                    QRegularExpression::MultilineOption);
        if (re.match(text).hasMatch())
            return module;
    }
    return {};
}

void readGoCommand(GoCommand &g, const ShellCommand &cmd)
{
    for (int i = 0; i < g.goWord; ++i) {
        const QString &w = cmd.words.at(i).value;
        if (!isAssignment(w))
            continue;
        const QString name = assignedName(w);
        if (name == u"GOARCH"_s) {
            g.setsGoarch = true;
            g.goarchVariable = w.contains(u'$');
        } else if (name == u"GOOS"_s) {
            g.setsGoos = true;
        } else if (name == u"CGO_ENABLED"_s) {
            g.setsCgo = true;
        }
    }
    for (int i = g.goWord + 2; i < cmd.words.size(); ++i) {
        const QString &w = cmd.words.at(i).value;
        if (w == u"-o"_s && i + 1 < cmd.words.size())
            g.output = cmd.words.at(i + 1).value;
        else if (w.startsWith(u"-o="))
            g.output = w.mid(3);
        else if (g.install && !w.startsWith(u'-') && w.contains(u'@'))
            g.toolInstall = true;
    }
}

// Does a later command of the stage run the file a go build wrote?
bool runsOutput(const QString &output, const ShellCommand &cmd)
{
    const int n = cmd.nameIndex();
    if (output.isEmpty() || n < 0)
        return false;
    const QString &name = cmd.words.at(n).value;
    QString plain = output;
    if (plain.startsWith(u"./"))
        plain = plain.mid(2);
    return name == output || name == plain || name == u"./"_s + plain
        || (output.contains(u'/') && name == output.section(u'/', -1));
}

} // namespace

StagePlatform stagePlatform(const Dockerfile &df, int stage)
{
    QSet<int> seen;
    while (stage >= 0 && stage < df.stages().size() && !seen.contains(stage)) {
        seen.insert(stage);
        const Stage &st = df.stages().at(stage);
        if (!st.platform.isEmpty()) {
            if (st.platform.contains(u"BUILDPLATFORM"))
                return StagePlatform::Build;
            if (st.platform.contains(u"TARGETPLATFORM"))
                return StagePlatform::Target;
            return st.platform.contains(u'$') ? StagePlatform::Unknown : StagePlatform::Constant;
        }
        const int parent = st.baseStage;
        if (parent < 0 || parent >= stage)
            break;
        stage = parent;
    }
    return StagePlatform::Target;
}

bool isGoBuild(const ShellCommand &cmd, int *goWord, bool *install)
{
    int n = cmd.nameIndex();
    if (n < 0)
        return false;
    if (cmd.nameView() == u"env"_s) {
        ++n;
        while (n < cmd.words.size() && (isAssignment(cmd.words.at(n).value) || cmd.words.at(n).value.startsWith(u'-')))
            ++n;
        if (n >= cmd.words.size())
            return false;
    }
    const QString &word = cmd.words.at(n).value;
    if (QStringView(word).mid(word.lastIndexOf(u'/') + 1) != u"go"_s || n + 1 >= cmd.words.size())
        return false;
    const QString &sub = cmd.words.at(n + 1).value;
    if (sub != u"build"_s && sub != u"install"_s)
        return false;
    if (goWord)
        *goWord = n;
    if (install)
        *install = sub == u"install"_s;
    return true;
}

SourceRange wordsRange(const Dockerfile &df, const ShellSource &src, const ShellCommand &cmd, int from, int to)
{
    return rangeIn(df, src.text, cmd.words.at(from).start, cmd.words.at(to).end);
}

namespace {

QList<GoStage> analyse(const RuleContext &ctx)
{
    const Dockerfile &df = ctx.dockerfile;
    const auto &ins = df.instructions();
    QList<GoStage> result;
    QString goModModule;
    bool goModRead = false;
    // Each stage's shell sources, in document order: looked up per stage, not filtered from
    // every source of the file for every stage.
    QHash<int, QList<const ShellSource *>> shellOf;
    for (const ShellSource &src : ctx.shell)
        shellOf[ins.at(src.instruction).stage].append(&src);

    for (const Stage &st : df.stages()) {
        const QList<const ShellSource *> stageShell = shellOf.value(st.index);
        GoStage gs;
        gs.stage = st.index;
        gs.platform = stagePlatform(df, st.index);
        gs.buildOnly = isBuildOnlyStage(df, st.index);
        bool copiesContext = false;

        for (int i = st.fromInstruction + 1; i <= st.lastInstruction && i < ins.size(); ++i) {
            const Instruction &in = ins.at(i);
            const QString &kw = in.effectiveKeyword();
            gs.mentionsGoarch = gs.mentionsGoarch || mentions(in, u"GOARCH");
            if ((kw == u"COPY"_s || kw == u"ADD"_s) && !in.flag(u"from"))
                copiesContext = true;
            if (kw == u"ENV"_s) {
                for (const KeyValue &kv : in.pairs) {
                    if (kv.key == u"GOARCH"_s) {
                        gs.stageGoarch = true;
                        gs.stageGoarchConstant = !kv.value.text().contains(u'$');
                    } else if (kv.key == u"GOOS"_s) {
                        gs.stageGoos = true;
                    } else if (kv.key == u"CGO_ENABLED"_s) {
                        if (kv.value.text() == u"0"_s)
                            gs.cgoDisabled = true;
                        else if (kv.value.text() == u"1"_s)
                            gs.cgoEvidence = u"ENV CGO_ENABLED=1"_s;
                    } else if (mentionsTargetVar(kv.value.text())) {
                        gs.targetVarsElsewhere = true;
                    }
                }
            } else if (kw != u"RUN"_s && kw != u"ARG"_s && mentionsTargetVar(instructionText(in))) {
                gs.targetVarsElsewhere = true;
            }
        }

        for (const ShellSource *srcPtr : stageShell) {
            const ShellSource &src = *srcPtr;
            for (int c = 0; c < src.commands.size(); ++c) {
                const ShellCommand &cmd = src.commands.at(c);
                for (const ShellWord &w : cmd.words) {
                    if (!mentionsTargetVar(w.value))
                        continue;
                    const QString name = isAssignment(w.value) ? assignedName(w.value) : QString();
                    if (name != u"GOARCH"_s && name != u"GOOS"_s)
                        gs.targetVarsElsewhere = true;
                }
                // export GOARCH=… / a bare GOARCH=… line sets it for the rest of the script.
                if (cmd.nameIndex() < 0 || cmd.nameView() == u"export"_s) {
                    for (const ShellWord &w : cmd.words) {
                        if (!isAssignment(w.value))
                            continue;
                        const QString name = assignedName(w.value);
                        if (name == u"GOARCH"_s) {
                            gs.stageGoarch = true;
                            gs.stageGoarchConstant = gs.stageGoarchConstant || !w.value.contains(u'$');
                        } else if (name == u"GOOS"_s) {
                            gs.stageGoos = true;
                        } else if (w.value == u"CGO_ENABLED=0"_s) {
                            gs.cgoDisabled = true;
                        }
                    }
                }
                for (const ShellWord &w : cmd.words)
                    if (w.value == u"CGO_ENABLED=1"_s && gs.cgoEvidence.isEmpty())
                        gs.cgoEvidence = u"CGO_ENABLED=1"_s;
                if (const QString pkg = cgoPackage(cmd); !pkg.isEmpty() && gs.cgoEvidence.isEmpty())
                    gs.cgoEvidence = pkg;

                GoCommand g;
                if (cmd.archConditional || !isGoBuild(cmd, &g.goWord, &g.install))
                    continue;
                g.source = &src;
                g.command = c;
                readGoCommand(g, cmd);
                gs.commands.append(g);
            }
        }
        if (gs.commands.isEmpty())
            continue;

        // A generator: the stage builds a program and runs it itself.
        for (GoCommand &g : gs.commands) {
            for (const ShellSource *srcPtr : stageShell) {
                const ShellSource &src = *srcPtr;
                if (src.instruction < g.source->instruction)
                    continue;
                for (int c = 0; c < src.commands.size(); ++c) {
                    if (&src == g.source && c <= g.command)
                        continue;
                    if (runsOutput(g.output, src.commands.at(c)))
                        g.outputRunLater = true;
                }
            }
        }
        if (gs.cgoEvidence.isEmpty() && copiesContext) {
            if (!goModRead) {
                goModModule = goModCgoModule(ctx);
                goModRead = true;
            }
            if (!goModModule.isEmpty())
                gs.cgoEvidence = goModModule;
        }
        result.append(gs);
    }
    return result;
}

} // namespace

QList<GoStage> analyseGoStages(const RuleContext &ctx)
{
    // Three planner rules ask: analyse once per check.
    static const char key = 0;
    auto &cached = ctx.derived.slot<std::optional<QList<GoStage>>>(&key);
    if (!cached)
        cached = analyse(ctx);
    return *cached;
}

QList<GoCommand> shippedBuilds(const GoStage &stage)
{
    QList<GoCommand> out;
    for (const GoCommand &g : stage.commands)
        if (!g.toolInstall && !g.outputRunLater)
            out.append(g);
    return out;
}

bool isCrossCompileCandidate(const GoStage &stage)
{
    if (!stage.buildOnly || stage.platform != StagePlatform::Target || stage.stageGoarchConstant)
        return false;
    const QList<GoCommand> shipped = shippedBuilds(stage);
    if (shipped.isEmpty())
        return false;
    // GOARCH=amd64 (ARM401) or GOARCH=arm64 next to the build: a deliberate single-arch choice.
    for (const GoCommand &g : shipped)
        if (g.setsGoarch && !g.goarchVariable)
            return false;
    return true;
}

} // namespace Armlift::Internal
