#include "rules/python/BuildContextPaths.h"

#include "rules/RuleContext.h"
#include "scan/ProjectFiles.h"

#include <QDir>
#include <QHash>
#include <QRegularExpression>
#include <QVarLengthArray>

#include <optional>

namespace Armlift {

using namespace Qt::StringLiterals;

namespace {

// What contextPathOf asks again for every pip, npm and gem command of a lint: whether a file
// exists (a file-system stat), the WORKDIR at an instruction, and the expanded words of each
// COPY/ADD. Kept per lint (in RuleContext::derived), keyed by path and instruction index.
struct CopyArguments
{
    QStringList sources;  // expanded
    QString destAbs;      // absolute image path
    bool destIsDir = false;
};

struct ContextFacts
{
    QHash<QString, bool> files;
    QHash<int, QString> workdirs; // the directory after each WORKDIR instruction
    QHash<int, std::optional<CopyArguments>> copies; // nullopt: no usable COPY/ADD
};

ContextFacts &contextFacts(const RuleContext &ctx)
{
    static const char key = 0;
    return ctx.derived.slot<ContextFacts>(&key);
}

bool isContextFile(const RuleContext &ctx, const QString &rootRelativePath)
{
    QHash<QString, bool> &files = contextFacts(ctx).files;
    auto it = files.constFind(rootRelativePath);
    if (it == files.cend())
        it = files.insert(rootRelativePath, ctx.project.isFile(rootRelativePath));
    return *it;
}

QString joinImagePath(const QString &dir, const QString &path)
{
    if (path.startsWith(u'/'))
        return QDir::cleanPath(path);
    return QDir::cleanPath(dir + u'/' + path);
}

// A build-context path relative to the scan root; empty when it leaves the root.
QString rootRelative(const RuleContext &ctx, const QString &contextPath)
{
    const QString dir = contextDirectory(ctx.file);
    const QString joined = QDir::cleanPath(dir.isEmpty() ? contextPath : dir + u'/' + contextPath);
    if (joined == u".."_s || joined.startsWith(u"../") || joined.startsWith(u'/'))
        return {};
    return joined == u"."_s ? QString() : joined;
}

QString baseName(const QString &path)
{
    QString p = path;
    while (p.endsWith(u'/') && p.size() > 1)
        p.chop(1);
    return p.mid(p.lastIndexOf(u'/') + 1);
}

bool isGlob(const QString &s)
{
    return s.contains(u'*') || s.contains(u'?') || s.contains(u'[');
}

// The context path (relative to the build context) that `source -> dest` puts at `imagePath`.
QString matchCopy(const RuleContext &ctx, const QString &source, const QString &destAbs, bool destIsDir,
                  const QString &imagePath)
{
    const QString src = QDir::cleanPath(source);
    const QString rootRel = rootRelative(ctx, src);
    const bool srcIsDir = src == u"."_s || source.endsWith(u'/') || (!isGlob(src) && !isContextFile(ctx, rootRel));
    if (srcIsDir) {
        const QString prefix = destAbs == u"/"_s ? destAbs : destAbs + u'/';
        if (!imagePath.startsWith(prefix))
            return {};
        const QString rest = imagePath.mid(prefix.size());
        return src == u"."_s ? rest : src + u'/' + rest;
    }
    const QString name = baseName(imagePath);
    if (isGlob(src)) {
        if (joinImagePath(destAbs, name) != imagePath)
            return {}; // the cheap test first: the pattern is compiled only for a candidate
        const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(baseName(src)));
        if (!re.match(name).hasMatch())
            return {};
        const int slash = int(src.lastIndexOf(u'/'));
        return slash < 0 ? name : src.left(slash + 1) + name;
    }
    if (joinImagePath(destAbs, baseName(src)) == imagePath || (!destIsDir && destAbs == imagePath))
        return src;
    return {};
}

// The stage and the stages it is built FROM, newest first. Inline storage: asked for every
// path lookup, and chains are short.
using StageChain = QVarLengthArray<int, 8>;

StageChain stageChain(const Dockerfile &df, int stage)
{
    StageChain chain;
    while (stage >= 0 && !chain.contains(stage)) {
        chain.append(stage);
        const int parent = df.stages().at(stage).baseStage;
        stage = parent < stage ? parent : -1;
    }
    return chain;
}

// The WORKDIR instruction in effect at `index` (the last one before it in its stage and the
// stages it is built FROM); -1 when none.
int workdirInstructionBefore(const Dockerfile &df, int index)
{
    const auto &ins = df.instructions();
    const StageChain chain = stageChain(df, ins.at(index).stage);
    for (qsizetype k = 0; k < chain.size(); ++k) {
        const Stage &st = df.stages().at(chain.at(k));
        for (int i = k == 0 ? index - 1 : st.lastInstruction; i > st.fromInstruction; --i) {
            if (ins.at(i).effectiveKeyword() == u"WORKDIR"_s)
                return i;
        }
    }
    return -1;
}

QString applyWorkdir(const Dockerfile &df, const QString &dir, int workdirInstruction)
{
    return joinImagePath(dir, df.expand(df.instructions().at(workdirInstruction).args.text().trimmed(),
                                        workdirInstruction));
}

// workdirAt, remembered per WORKDIR instruction: every instruction after it in the stage
// shares its answer.
QString cachedWorkdirAt(const RuleContext &ctx, int index)
{
    const Dockerfile &df = ctx.dockerfile;
    if (index < 0 || index >= df.instructions().size() || df.instructions().at(index).stage < 0)
        return QStringLiteral("/");
    const int setter = workdirInstructionBefore(df, index);
    if (setter < 0)
        return QStringLiteral("/");
    QHash<int, QString> &workdirs = contextFacts(ctx).workdirs;
    auto it = workdirs.constFind(setter);
    if (it == workdirs.cend())
        it = workdirs.insert(setter, applyWorkdir(df, workdirAt(df, setter), setter));
    return *it;
}

// The expanded sources and destination of instruction `i` when it is a COPY/ADD from the build
// context (no --from) with a destination; null otherwise.
const CopyArguments *copyArgumentsAt(const RuleContext &ctx, int i)
{
    const Dockerfile &df = ctx.dockerfile;
    const Instruction &in = df.instructions().at(i);
    const QString &kw = in.effectiveKeyword();
    if (kw != u"COPY"_s && kw != u"ADD"_s)
        return nullptr;
    auto &copies = contextFacts(ctx).copies;
    auto it = copies.find(i);
    if (it == copies.end()) {
        std::optional<CopyArguments> copy;
        QStringList words = in.flag(u"from") ? QStringList() : in.argumentWords();
        if (words.size() >= 2) {
            for (QString &w : words)
                w = df.expand(w, i);
            const QString dest = words.takeLast();
            copy = CopyArguments{words, joinImagePath(cachedWorkdirAt(ctx, i), dest),
                                 dest.endsWith(u'/') || dest == u"."_s || words.size() > 1};
        }
        it = copies.insert(i, copy);
    }
    return it->has_value() ? &**it : nullptr;
}

} // namespace

QString contextDirectory(const QString &dockerfilePath)
{
    const int slash = int(dockerfilePath.lastIndexOf(u'/'));
    return slash < 0 ? QString() : dockerfilePath.left(slash);
}

QString workdirAt(const Dockerfile &df, int index)
{
    const auto &ins = df.instructions();
    if (index < 0 || index >= ins.size() || ins.at(index).stage < 0)
        return QStringLiteral("/");
    const StageChain chain = stageChain(df, ins.at(index).stage);
    QString wd = QStringLiteral("/");
    for (qsizetype k = chain.size() - 1; k >= 0; --k) {
        const Stage &st = df.stages().at(chain.at(k));
        const int last = k == 0 ? index - 1 : st.lastInstruction;
        for (int i = st.fromInstruction + 1; i <= last; ++i) {
            if (ins.at(i).effectiveKeyword() == u"WORKDIR"_s)
                wd = applyWorkdir(df, wd, i);
        }
    }
    return wd;
}

QString copiedFrom(const RuleContext &ctx, int index, const QString &imagePath)
{
    const Dockerfile &df = ctx.dockerfile;
    const auto &ins = df.instructions();
    if (index < 0 || index >= ins.size() || ins.at(index).stage < 0)
        return {};
    // Only the instructions of the stage and the stages it is built from, newest first: each
    // stage is a contiguous run of instructions, a stage is built from earlier ones only, and
    // stageChain lists the stage before its parents.
    for (const int stage : stageChain(df, ins.at(index).stage)) {
        if (stage >= df.stages().size())
            continue;
        const Stage &st = df.stages().at(stage);
        for (int i = qMin(index - 1, st.lastInstruction); i >= st.fromInstruction && i >= 0; --i) {
            if (ins.at(i).stage != stage)
                continue;
            const CopyArguments *copy = copyArgumentsAt(ctx, i);
            if (!copy)
                continue;
            for (const QString &source : copy->sources) {
                if (source.contains(u"://"))
                    continue;
                const QString contextPath = matchCopy(ctx, source, copy->destAbs, copy->destIsDir, imagePath);
                if (contextPath.isEmpty())
                    continue;
                const QString path = rootRelative(ctx, contextPath);
                if (!path.isEmpty() && isContextFile(ctx, path))
                    return path;
            }
        }
    }
    return {};
}

QString contextPathOf(const RuleContext &ctx, const ShellSource &src, int command, const QString &path)
{
    const Dockerfile &df = ctx.dockerfile;
    const int index = src.instruction;
    QString cwd = cachedWorkdirAt(ctx, index);
    for (int c = 0; c < command && c < src.commands.size(); ++c) {
        const ShellCommand &cmd = src.commands.at(c);
        const int n = cmd.nameIndex();
        if (n >= 0 && cmd.nameView() == u"cd"_s && n + 1 < cmd.words.size() && !cmd.archConditional) {
            const QString dir = df.expand(cmd.words.at(n + 1).value, index);
            if (!dir.contains(u'$') && !dir.startsWith(u'-'))
                cwd = joinImagePath(cwd, dir);
        }
    }
    const QString expanded = df.expand(path, index);
    if (expanded.contains(u'$'))
        return {};
    const QString imagePath = joinImagePath(cwd, expanded);
    // RUN --mount=type=bind,source=requirements.txt,target=/tmp/requirements.txt
    for (const InstructionFlag &f : df.instructions().at(index).flags) {
        if (f.name != u"mount"_s)
            continue;
        QString type = QStringLiteral("bind"), source, target;
        bool fromElsewhere = false;
        for (const QString &part : f.value.split(u',')) {
            const QString key = part.section(u'=', 0, 0);
            const QString value = part.section(u'=', 1);
            if (key == u"type"_s)
                type = value;
            else if (key == u"source"_s || key == u"src"_s)
                source = value;
            else if (key == u"target"_s || key == u"dst"_s || key == u"destination"_s)
                target = value;
            else if (key == u"from"_s)
                fromElsewhere = true;
        }
        if (type != u"bind"_s || fromElsewhere || target.isEmpty())
            continue;
        const QString targetAbs = joinImagePath(cwd, target);
        const QString base = source.isEmpty() ? QStringLiteral(".") : source;
        QString contextPath;
        if (imagePath == targetAbs)
            contextPath = base;
        else if (imagePath.startsWith(targetAbs + u'/'))
            contextPath = base + imagePath.mid(targetAbs.size());
        const QString rel = contextPath.isEmpty() ? QString() : rootRelative(ctx, contextPath);
        if (!rel.isEmpty() && isContextFile(ctx, rel))
            return rel;
    }
    return copiedFrom(ctx, index, imagePath);
}

} // namespace Armlift
