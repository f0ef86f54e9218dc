#include "rules/native/LseAtomicsRule.h"

#include "kb/KnowledgeBase.h"
#include "manifest/Requirements.h"
#include "rules/RuleContext.h"
#include "rules/native/WordMap.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Armlift {

using namespace Qt::StringLiterals;

namespace {

QList<QRegularExpression> patterns(const QJsonValue &v)
{
    QList<QRegularExpression> out;
    for (const QJsonValue &p : v.toArray())
        out.append(QRegularExpression(p.toString()));
    return out;
}

bool anyMatch(const QList<QRegularExpression> &res, const QString &text)
{
    for (const QRegularExpression &re : res) {
        if (re.match(text).hasMatch())
            return true;
    }
    return false;
}

} // namespace

LseAtomicsRule::LseAtomicsRule(const KnowledgeBase &kb)
{
    const QJsonObject native = kb.section(QStringLiteral("native"));
    for (const QJsonValue &v : native.value(u"atomicsHeavyBuilds").toArray()) {
        const QJsonObject o = v.toObject();
        m_builds.append({o.value(u"name").toString(), patterns(o.value(u"fetchPatterns")),
                         patterns(o.value(u"treePatterns")), o.value(u"source").toString()});
    }
    for (const QJsonValue &v : native.value(u"gccByImage").toArray()) {
        const QJsonObject o = v.toObject();
        ImageGcc g;
        for (const QJsonValue &s : o.value(u"images").toArray())
            g.images.append(s.toString());
        for (const QJsonValue &s : o.value(u"tags").toArray())
            g.tags.append(s.toString());
        g.gcc = o.value(u"gcc").toString();
        m_images.append(g);
    }
    m_lseFlags = QRegularExpression(native.value(u"lseFlagsPattern").toString());
    m_minOutline = native.value(u"outlineAtomicsMinGcc").toString();
    m_lseDefault = native.value(u"lseDefaultGcc").toString();
    m_source = native.value(u"lseSource").toString();
}

RuleInfo LseAtomicsRule::info() const
{
    return {QStringLiteral("ARM502"), Severity::Warning, tr("Atomics-heavy build without LSE"),
            tr("PostgreSQL and similar atomics-heavy code built with GCC older than 10 uses slow "
               "load/store-exclusive loops on arm64 instead of LSE atomics.")};
}

QString LseAtomicsRule::gccVersionOf(const QString &imageRef) const
{
    QString image = imageRef.section(u'@', 0, 0);
    const int slash = int(image.lastIndexOf(u'/'));
    const int colon = int(image.lastIndexOf(u':'));
    if (colon <= slash)
        return {}; // no tag: "latest" moves, so the compiler is unknown
    const QString repo = image.mid(slash + 1, colon - slash - 1);
    const QString tag = image.mid(colon + 1);
    for (const ImageGcc &g : m_images) {
        for (const QString &t : g.tags) {
            const bool codename = !t.isEmpty() && t.at(0).isLetter();
            if (g.images.contains(repo)) {
                // 20.04, 20.04_stable, focal-20230605; not 20.041
                if (tag == t || (tag.startsWith(t) && !tag.at(t.size()).isLetterOrNumber() && tag.at(t.size()) != u'.'))
                    return g.gcc;
            }
            // python:3.9-buster, node:14-slim-bullseye, eclipse-temurin:11-focal
            if (codename && (tag.endsWith(u'-' + t) || tag.contains(u'-' + t + u'-')))
                return g.gcc;
        }
    }
    return {};
}

void LseAtomicsRule::check(const RuleContext &ctx, QList<Finding> &out) const
{
    if (m_builds.isEmpty() || m_lseDefault.isEmpty())
        return;
    const RuleInfo ri = info();
    const Dockerfile &df = ctx.dockerfile;
    const auto &ins = df.instructions();
    for (int stage = 0; stage < df.stages().size(); ++stage) {
        const QString image = baseImageOf(df, stage);
        const QString gcc = gccVersionOf(image);
        if (gcc.isEmpty() || compareVersions(gcc, m_lseDefault) >= 0)
            continue;
        // An LSE-capable flag or a newer compiler anywhere in the stage settles it.
        bool settled = false;
        for (int i = df.stages().at(stage).fromInstruction; i <= df.stages().at(stage).lastInstruction; ++i) {
            const Instruction &in = ins.at(i);
            QString text = in.args.text();
            for (const Heredoc &h : in.heredocs)
                text += u'\n' + h.body.text();
            for (const MappedText &a : in.jsonArgs)
                text += u' ' + a.text();
            if (m_lseFlags.isValid() && !m_lseFlags.pattern().isEmpty() && m_lseFlags.match(text).hasMatch())
                settled = true;
        }
        if (settled)
            continue;
        // The first configure run after the sources were fetched (or entered) is the build.
        const Build *fetched = nullptr;
        bool found = false;
        for (const ShellSource &src : ctx.shell) {
            if (found)
                break;
            if (ins.at(src.instruction).stage != stage)
                continue;
            for (const ShellCommand &cmd : src.commands) {
                if (cmd.archConditional)
                    continue;
                const int n = cmd.nameIndex();
                if (n < 0)
                    continue;
                if (!fetched) {
                    const bool cd = cmd.nameView() == u"cd"_s;
                    for (int i = n + 1; i < cmd.words.size() && !fetched; ++i) {
                        // postgresql-${PG_VERSION}.tar.bz2 with ARG PG_VERSION=15.2: match what the shell sees.
                        const QString word = df.expand(cmd.words.at(i).value, src.instruction);
                        for (const Build &b : m_builds) {
                            if (anyMatch(b.fetch, word) || (cd && anyMatch(b.tree, word)))
                                fetched = &b;
                        }
                    }
                    continue;
                }
                if (cmd.nameView() != u"configure"_s)
                    continue;
                const ShellWord &configure = cmd.words.at(n);
                Finding f = makeFinding(
                    ri, ctx.file, rangeOf(df, src, configure),
                    tr("%1 is compiled with GCC %2 (%3), which emits no LSE atomics for arm64: add -moutline-atomics")
                        .arg(fetched->name, gcc, image),
                    tr("GCC enables outline atomics (LSE on CPUs that have it) by default only from %1. Older compilers "
                       "use load/store-exclusive loops, which are much slower under contention on many-core arm64 "
                       "servers. -moutline-atomics exists from GCC %2; with an older compiler use a newer base image "
                       "or -march=armv8.2-a (only for CPUs with LSE). Sources: %3; %4")
                        .arg(m_lseDefault, m_minOutline, fetched->source, m_source));
                if (compareVersions(gcc, m_minOutline) >= 0) {
                    Fix fix;
                    fix.title = tr("Compile %1 with -moutline-atomics").arg(fetched->name);
                    int existing = -1;
                    for (int i = 0; i < cmd.words.size(); ++i) {
                        if (cmd.words.at(i).value.startsWith(u"CFLAGS="))
                            existing = i;
                    }
                    if (existing >= 0) {
                        const ShellWord &w = cmd.words.at(existing);
                        fix.edits = {wordPartEdit(df, ctx.file, src, w, int(w.value.size()), int(w.value.size()),
                                                  w.value.size() > 7 ? QStringLiteral(" -moutline-atomics")
                                                                     : QStringLiteral("-moutline-atomics"))};
                    } else {
                        // configure drops its default -O2 when CFLAGS is set, so keep it (or the
                        // CFLAGS the Dockerfile already sets).
                        const bool inherited = findDefinition(df, QStringLiteral("CFLAGS"), src.instruction) != nullptr;
                        const QString assignment = inherited ? QStringLiteral("CFLAGS=\"$CFLAGS -moutline-atomics\" ")
                                                             : QStringLiteral("CFLAGS=\"-O2 -moutline-atomics\" ");
                        fix.edits = {replaceIn(df, ctx.file, src.text, configure.start, configure.start, assignment)};
                    }
                    f.fixes.append(fix);
                }
                out.append(f);
                found = true; // one finding per stage
                break;
            }
        }
    }
}

} // namespace Armlift
