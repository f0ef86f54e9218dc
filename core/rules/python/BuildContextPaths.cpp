#include "rules/python/BuildContextPaths.h"

#include "rules/RuleContext.h"
#include "scan/ProjectFiles.h"

#include <QDir>
#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace Armlift {

using namespace Qt::StringLiterals;

namespace {

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
    const bool srcIsDir = src == u"."_s || source.endsWith(u'/') || (!isGlob(src) && !ctx.project.isFile(rootRel));
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

QList<int> stageChain(const Dockerfile &df, int stage)
{
    QList<int> chain;
    while (stage >= 0 && !chain.contains(stage)) {
        chain.append(stage);
        const int parent = df.stageByName(df.stages().at(stage).image);
        stage = parent < stage ? parent : -1;
    }
    return chain;
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
    const QList<int> chain = stageChain(df, ins.at(index).stage);
    QString wd = QStringLiteral("/");
    for (qsizetype k = chain.size() - 1; k >= 0; --k) {
        const Stage &st = df.stages().at(chain.at(k));
        const int last = k == 0 ? index - 1 : st.lastInstruction;
        for (int i = st.fromInstruction + 1; i <= last; ++i) {
            if (ins.at(i).effectiveKeyword() == u"WORKDIR"_s)
                wd = joinImagePath(wd, df.expand(ins.at(i).args.text().trimmed(), i));
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
    // stage is a contiguous run of instructions, and a stage is built from earlier ones only.
    QList<int> chain = stageChain(df, ins.at(index).stage);
    std::sort(chain.begin(), chain.end(), std::greater<int>());
    QList<int> candidates;
    for (const int stage : std::as_const(chain)) {
        if (stage < 0 || stage >= df.stages().size())
            continue;
        const Stage &st = df.stages().at(stage);
        for (int i = qMin(index - 1, st.lastInstruction); i >= st.fromInstruction && i >= 0; --i)
            if (ins.at(i).stage == stage)
                candidates.append(i);
    }
    for (const int i : std::as_const(candidates)) {
        const Instruction &in = ins.at(i);
        const QString &kw = in.effectiveKeyword();
        if ((kw != u"COPY"_s && kw != u"ADD"_s) || in.flag(u"from"))
            continue;
        QStringList words = in.argumentWords();
        if (words.size() < 2)
            continue;
        for (QString &w : words)
            w = df.expand(w, i);
        const QString dest = words.takeLast();
        const QString destAbs = joinImagePath(workdirAt(df, i), dest);
        const bool destIsDir = dest.endsWith(u'/') || dest == u"."_s || words.size() > 1;
        for (const QString &source : std::as_const(words)) {
            if (source.contains(u"://"))
                continue;
            const QString contextPath = matchCopy(ctx, source, destAbs, destIsDir, imagePath);
            if (contextPath.isEmpty())
                continue;
            const QString path = rootRelative(ctx, contextPath);
            if (!path.isEmpty() && ctx.project.isFile(path))
                return path;
        }
    }
    return {};
}

QString contextPathOf(const RuleContext &ctx, const ShellSource &src, int command, const QString &path)
{
    const Dockerfile &df = ctx.dockerfile;
    const int index = src.instruction;
    QString cwd = workdirAt(df, index);
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
        if (!rel.isEmpty() && ctx.project.isFile(rel))
            return rel;
    }
    return copiedFrom(ctx, index, imagePath);
}

} // namespace Armlift
